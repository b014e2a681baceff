package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * A level's match that is a test of one field's terms: one term, any of a set of terms, or all of a few terms (the
 * forms {@link NeedQueryCompiler} writes for concepts, codes and words). Such a level can be decided from the terms
 * themselves (their posting lists, or a hit's terms) without a Lucene scorer of the query, with the same answer.
 *
 * @param field the field
 * @param terms the terms (a set's in its sorted order)
 * @param all whether every term is needed (else any one)
 */
public record TermLevel(String field, BytesRef[] terms, boolean all) {

    /** The term test {@code q} is, or null when it is another kind of query. */
    public static TermLevel of(Query q) {
        if (q instanceof TermQuery t) {
            return new TermLevel(t.getTerm().field(), new BytesRef[] {t.getTerm().bytes()}, false);
        }
        if (q instanceof TermInSetQuery t) {
            List<BytesRef> terms = new ArrayList<>();
            try {
                BytesRefIterator it = t.getBytesRefIterator();
                for (BytesRef b = it.next(); b != null; b = it.next()) {
                    terms.add(BytesRef.deepCopyOf(b));
                }
            } catch (IOException e) {
                return null; // not thrown by the in-memory term list; a scorer decides then
            }
            return new TermLevel(t.getField(), terms.toArray(BytesRef[]::new), false);
        }
        if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0 && !b.clauses().isEmpty()) {
            String field = null;
            List<BytesRef> terms = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                if (!(c.query() instanceof TermQuery t)
                        || (c.occur() != BooleanClause.Occur.FILTER && c.occur() != BooleanClause.Occur.MUST)
                        || (field != null && !field.equals(t.getTerm().field()))) {
                    return null;
                }
                field = t.getTerm().field();
                terms.add(t.getTerm().bytes());
            }
            return new TermLevel(field, terms.toArray(BytesRef[]::new), true);
        }
        return null;
    }
}
