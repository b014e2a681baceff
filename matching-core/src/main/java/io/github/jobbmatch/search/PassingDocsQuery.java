package io.github.jobbmatch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents the funnel found passing every gate, per leaf of one searcher: the short-list query's
 * filter in place of the gates themselves, so no gate (the travel gate's haversine least of all) is
 * evaluated twice in one search. Valid only on the searcher it was computed on; never cached.
 */
final class PassingDocsQuery extends Query {

    private final FixedBitSet[] byLeaf;

    /** @param byLeaf per leaf ordinal, the live documents passing every gate */
    PassingDocsQuery(FixedBitSet[] byLeaf) {
        this.byLeaf = byLeaf;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                FixedBitSet bits = byLeaf[context.ord];
                int n = bits.cardinality();
                if (n == 0) {
                    return null;
                }
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, n)));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "PassingDocs";
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
