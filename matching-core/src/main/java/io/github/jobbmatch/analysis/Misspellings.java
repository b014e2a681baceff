package io.github.jobbmatch.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * Tolerance for typing errors the spelling key of {@link NorwegianSpelling} does not cover
 * ("sykepelier", "renholdr"): edit-distance queries for the longer analysed tokens. Short tokens
 * get none, because one edit in a four-letter word usually makes another word.
 *
 * <p>Policy: tokens of fewer than {@value #MIN_LENGTH_ONE_EDIT} characters are matched exactly;
 * up to {@value #MIN_LENGTH_TWO_EDITS} - 1 characters one edit is allowed; longer ones two. The
 * first character must match (prefix length 1), which keeps the automaton small and reflects that
 * people rarely get the first letter wrong.
 */
public final class Misspellings {

    /** Shortest token that tolerates one edit. */
    public static final int MIN_LENGTH_ONE_EDIT = 5;
    /** Shortest token that tolerates two edits. */
    public static final int MIN_LENGTH_TWO_EDITS = 9;

    private Misspellings() {}

    /** The number of edits allowed for an analysed token of this length. */
    public static int maxEdits(int tokenLength) {
        if (tokenLength >= MIN_LENGTH_TWO_EDITS) {
            return 2;
        }
        return tokenLength >= MIN_LENGTH_ONE_EDIT ? 1 : 0;
    }

    /**
     * A query in which each analysed token of {@code text} is one SHOULD clause: a
     * {@link FuzzyQuery} for long tokens, an exact term otherwise.
     */
    public static Query tolerant(String field, Analyzer analyzer, String text) {
        List<String> tokens = NorwegianText.tokens(analyzer, text);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : tokens) {
            int edits = maxEdits(t.length());
            Term term = new Term(field, t);
            Query q = edits == 0 ? new org.apache.lucene.search.TermQuery(term) : new FuzzyQuery(term, edits, 1);
            b.add(q, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
