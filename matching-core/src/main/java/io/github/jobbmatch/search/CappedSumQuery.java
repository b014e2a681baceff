package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

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
