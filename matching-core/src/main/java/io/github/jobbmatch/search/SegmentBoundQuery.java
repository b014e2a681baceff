package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * One scored clause that reports a single score bound for the whole segment: its maximum, read once. Same
 * matches, same scores.
 *
 * <p>Why: our clauses are dis-maxes and capped sums of constant-score term clauses. Without impacts, Lucene
 * derives their block bounds from the sub-clauses' next matching documents, which cuts the doc-id space into
 * windows of a few documents; MaxScore then spends most of its time recomputing bounds and re-partitioning
 * clauses per window (half of a near-miss search at 1,000,000 candidates) for bounds that are mostly the
 * global maximum anyway. With one bound per segment, MaxScore partitions once and again only when the minimum
 * competitive score has risen enough to change the partition, and the pruning that matters (a clause left out
 * once the others cannot reach the top without it) still works.
 */
final class SegmentBoundQuery extends Query {

    private final Query in;
    private final PassingDocsQuery.Docs within;

    SegmentBoundQuery(Query in) {
        this(in, null);
    }

    /**
     * As {@link #SegmentBoundQuery(Query)}, matching only the documents of {@code within} (per leaf ordinal) when
     * given: for a query that filters on exactly that set anyway. MaxScore collects its essential clauses' matches
     * window by window and drops those outside the filter only after scoring them; a clause restricted to the set
     * leap-frogs over it instead (the sparser of the two leads), so a dense clause is neither iterated nor scored
     * outside the candidates the gates let through.
     */
    SegmentBoundQuery(Query in, PassingDocsQuery.Docs within) {
        this.in = Objects.requireNonNull(in, "in");
        this.within = within;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query r = in.rewrite(searcher);
        return r == in ? this : new SegmentBoundQuery(r, within);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (scoreMode != ScoreMode.TOP_SCORES) {
            return inner; // bounds are only read when pruning
        }
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                FixedBitSet bits = within == null ? null : within.bits()[context.ord];
                int count = bits == null ? 0 : within.counts()[context.ord];
                ScorerSupplier ss = bits != null && count == 0 ? null : in.scorerSupplier(context);
                if (ss == null) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        Scorer s = ss.get(leadCost);
                        s.advanceShallow(0);
                        float max = s.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
                        // A two-phase clause (none of ours today) keeps its own iteration rather than lose its approximation.
                        boolean restrict = bits != null && s.twoPhaseIterator() == null;
                        return new Bounded(s, max, restrict
                                ? ConjunctionUtils.intersectIterators(List.of(s.iterator(), new BitSetIterator(bits, count)))
                                : null);
                    }

                    @Override
                    public long cost() {
                        return bits == null ? ss.cost() : Math.min(ss.cost(), count);
                    }
                };
            }
        };
    }

    /** A clause's scorer with one bound for the segment, iterating {@code restricted} when given. */
    private static final class Bounded extends SegmentBoundScorer {
        private final Scorer in;
        private final DocIdSetIterator restricted;

        Bounded(Scorer in, float max, DocIdSetIterator restricted) {
            super(max);
            this.in = in;
            this.restricted = restricted;
        }

        @Override
        public int docID() {
            return restricted != null ? restricted.docID() : in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return restricted != null ? restricted : in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return restricted != null ? null : in.twoPhaseIterator();
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "SegmentBound(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && in.equals(((SegmentBoundQuery) o).in) && within == ((SegmentBoundQuery) o).within;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, System.identityHashCode(within));
    }
}
