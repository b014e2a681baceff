package io.github.jobbmatch.search;

import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.CompiledNeed.Aspect;
import io.github.jobbmatch.search.CompiledNeed.Level;
import io.github.jobbmatch.search.CompiledNeed.ScoredClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermQuery;

/**
 * What the explanation of an opening reads of its compiled need ({@code HitExplainer}: the scored clauses and the
 * workplace), kept with a need's slim form so that explaining an opening does not compile the need again (about two
 * thirds of explaining it). Each scored clause is kept as compiled, shared across needs through an interner (equal
 * clauses: the same requirement at the same index, the same occupation, workplace or start date), except the
 * capped sums of a need's own text terms, which few needs share: those are kept as their terms and rebuilt when
 * explained, and only when the rebuilt clause was checked equal to the compiled one when the form was made (else the
 * compiled clause is kept). So {@link #compiled} gives clauses equal to the compiler's; {@code ExplainFormTest}
 * compares them on seeded needs.
 */
final class ExplainForm {

    private final Object[] clauses;
    private final float achievable;
    private final double workplaceLat;
    private final double workplaceLon;

    private ExplainForm(Object[] clauses, float achievable, double workplaceLat, double workplaceLon) {
        this.clauses = clauses;
        this.achievable = achievable;
        this.workplaceLat = workplaceLat;
        this.workplaceLon = workplaceLon;
    }

    /** The form of {@code cn}, sharing equal clauses and terms through {@code shared} (an interner). */
    static ExplainForm of(CompiledNeed cn, UnaryOperator<Object> shared) {
        Object[] out = new Object[cn.clauses().size()];
        for (int i = 0; i < out.length; i++) {
            ScoredClause c = cn.clauses().get(i);
            TermSum sum = TermSum.of(c, shared);
            out[i] = sum != null && sum.clause().equals(c) ? sum : shared.apply(c);
        }
        return new ExplainForm(out, cn.achievable(), cn.workplaceLat(), cn.workplaceLon());
    }

    /**
     * The need compiled as far as an explanation reads it: its scored clauses (equal to the compiler's), achievable
     * points and workplace, and no gates (an explanation is of a need whose gates the candidate passed).
     */
    CompiledNeed compiled(Need need, Employer employer, SearchRequest request) {
        List<ScoredClause> list = new ArrayList<>(clauses.length);
        for (Object c : clauses) {
            list.add(c instanceof TermSum s ? s.clause() : (ScoredClause) c);
        }
        return new CompiledNeed(need, employer, request, List.of(), list, achievable, workplaceLat, workplaceLon,
                List.of());
    }

    /** How many clauses are kept as terms (for tests: the compact form is used). */
    int termSums() {
        int n = 0;
        for (Object c : clauses) {
            if (c instanceof TermSum) {
                n++;
            }
        }
        return n;
    }

    /**
     * A capped sum of single terms of one field, each a constant {@code perTerm} (the compiler's text and interest
     * clauses): the clause rebuilt as {@code NeedQueryCompiler} builds it.
     */
    private record TermSum(String key, Aspect aspect, int index, float max, float perTerm, String field,
            String[] terms) {

        static TermSum of(ScoredClause c, UnaryOperator<Object> shared) {
            if (!(c.query() instanceof CappedSumQuery) || c.levels().isEmpty()) {
                return null;
            }
            float perTerm = c.levels().get(0).weight();
            String field = null;
            String[] terms = new String[c.levels().size()];
            for (int i = 0; i < terms.length; i++) {
                Level l = c.levels().get(i);
                if (!(l.match() instanceof TermQuery tq) || l.matchLevel() != null || !l.concepts().isEmpty()
                        || Float.floatToIntBits(l.weight()) != Float.floatToIntBits(perTerm)) {
                    return null;
                }
                String text = tq.getTerm().text();
                if ((field != null && !field.equals(tq.getTerm().field())) || !l.name().equals(text)
                        || !l.terms().equals(List.of(text))) {
                    return null;
                }
                field = tq.getTerm().field();
                terms[i] = (String) shared.apply(text);
            }
            return new TermSum(c.key(), c.aspect(), c.index(), c.max(), perTerm, (String) shared.apply(field), terms);
        }

        /** As {@code NeedQueryCompiler.capped}: a Boolean sum of the boosted terms, capped at the maximum. */
        ScoredClause clause() {
            BooleanQuery.Builder sum = new BooleanQuery.Builder();
            List<Level> levels = new ArrayList<>(terms.length);
            for (String t : terms) {
                TermQuery q = new TermQuery(new Term(field, t));
                sum.add(new BoostQuery(new ConstantScoreQuery(q), perTerm), Occur.SHOULD);
                levels.add(new Level(t, null, perTerm, q, Set.of(), List.of(t)));
            }
            return new ScoredClause(key, aspect, index, max, new CappedSumQuery(sum.build(), max), levels);
        }
    }
}
