package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Scores {@code min(cap, score of the wrapped query)}. Wrapped around a sum of constant-score term
 * clauses it gives a text component without collection-wide IDF, bounded by a known maximum, so that
 * one shard and many shards rank alike and the maximum is known in advance.
 */
public final class CappedSumQuery extends Query {

    private final Query in;
    private final float cap;

    /** Caps {@code in} at {@code cap}. */
    public CappedSumQuery(Query in, float cap) {
        this.in = Objects.requireNonNull(in, "in");
        if (!(cap >= 0) || Float.isInfinite(cap)) {
            throw new IllegalArgumentException("cap must be finite and >= 0, got " + cap);
        }
        this.cap = cap;
    }

    /** The wrapped query. */
    public Query in() {
        return in;
    }

    /** The cap. */
    public float cap() {
        return cap;
    }

    /**
     * The wrapped sum's terms when it is a sum of distinct terms of one field with equal constant scores (the form
     * {@link NeedQueryCompiler} writes for the text and interests clauses); null for any other sum.
     */
    public TermSum termSum() {
        if (!(in instanceof BooleanQuery sum) || sum.getMinimumNumberShouldMatch() != 0 || sum.clauses().isEmpty()) {
            return null;
        }
        String field = null;
        float perTerm = Float.NaN;
        List<BytesRef> terms = new ArrayList<>();
        Set<BytesRef> distinct = new HashSet<>();
        for (BooleanClause c : sum.clauses()) {
            if (c.occur() != BooleanClause.Occur.SHOULD || !(c.query() instanceof BoostQuery b)
                    || !(b.getQuery() instanceof ConstantScoreQuery cs) || !(cs.getQuery() instanceof TermQuery t)
                    || (field != null && !field.equals(t.getTerm().field()))
                    || (!Float.isNaN(perTerm) && perTerm != b.getBoost()) || !distinct.add(t.getTerm().bytes())) {
                return null;
            }
            field = t.getTerm().field();
            perTerm = b.getBoost();
            terms.add(t.getTerm().bytes());
        }
        return new TermSum(field, terms, perTerm);
    }

    /**
     * A sum of distinct terms of one field, each scoring {@code perTerm} (see {@link #termSum()}).
     *
     * @param field the field
     * @param terms the terms, in the sum's order
     * @param perTerm each term's score
     */
    public record TermSum(String field, List<BytesRef> terms, float perTerm) {
        public TermSum {
            terms = List.copyOf(terms);
        }
    }

    /**
     * What this query scores, under the enclosing {@code boost}, for a document holding {@code k > 0} of its term sum's
     * terms: Lucene's disjunction adds the k equal scores in double, and this query multiplies and caps the sum as its
     * scorer does.
     */
    public float termSumScore(TermSum sum, int k, float boost) {
        double total = 0;
        for (int i = 0; i < k; i++) {
            total += sum.perTerm();
        }
        return Math.min(cap * boost, (float) total * boost);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query r = in.rewrite(searcher);
        return r == in ? this : new CappedSumQuery(r, cap);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, 1f);
        float bound = cap * boost;
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier ss = in.scorerSupplier(context);
                if (ss == null) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        Scorer s = ss.get(leadCost);
                        return new FilterScorer(s) {
                            @Override
                            public float score() throws IOException {
                                return Math.min(bound, in.score() * boost);
                            }

                            @Override
                            public float getMaxScore(int upTo) throws IOException {
                                return Math.min(bound, in.getMaxScore(upTo) * boost);
                            }

                            @Override
                            public int advanceShallow(int target) throws IOException {
                                return in.advanceShallow(target);
                            }
                        };
                    }

                    @Override
                    public long cost() {
                        return ss.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) {
                    return e;
                }
                float v = Math.min(bound, e.getValue().floatValue() * boost);
                return Explanation.match(v, "min of cap " + bound + " and sum", e);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "Capped(" + in.toString(field) + ", " + cap + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && in.equals(((CappedSumQuery) o).in) && cap == ((CappedSumQuery) o).cap;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, cap);
    }
}
