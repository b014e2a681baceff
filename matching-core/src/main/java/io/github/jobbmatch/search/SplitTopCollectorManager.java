package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.FixedBitSet;

/**
 * Two top-k collections in one pass over the union of two disjoint document sets: a document of {@code first}
 * (per leaf ordinal) goes to the first collector, any other to the second. The short list and the near misses score
 * the same clauses, so one pass creates each clause's scorers once per segment instead of twice. Each collector
 * raises its own minimum competitive score; the scorers are told the lower of the two (only what neither top can
 * take is skipped), and a side with no document in a segment does not hold the other back there.
 */
final class SplitTopCollectorManager implements CollectorManager<SplitTopCollectorManager.Split, TopDocs[]> {

    private final TopFieldCollectorManager first;
    private final TopFieldCollectorManager second;
    private final FixedBitSet[] firstDocs;
    private final int[] firstCounts;
    private final int[] secondCounts;

    /**
     * @param first the first collection's manager
     * @param second the second's
     * @param firstDocs per leaf ordinal, the documents that go to the first
     * @param firstCounts per leaf ordinal, how many documents of the searched set go to the first
     * @param secondCounts per leaf ordinal, how many go to the second
     */
    SplitTopCollectorManager(TopFieldCollectorManager first, TopFieldCollectorManager second, FixedBitSet[] firstDocs,
            int[] firstCounts, int[] secondCounts) {
        this.first = first;
        this.second = second;
        this.firstDocs = firstDocs;
        this.firstCounts = firstCounts;
        this.secondCounts = secondCounts;
    }

    @Override
    public Split newCollector() throws IOException {
        return new Split(first.newCollector(), second.newCollector());
    }

    /** The two collections' results, first then second. */
    @Override
    public TopDocs[] reduce(Collection<Split> collectors) throws IOException {
        List<TopFieldCollector> a = new ArrayList<>();
        List<TopFieldCollector> b = new ArrayList<>();
        for (Split s : collectors) {
            a.add(s.first);
            b.add(s.second);
        }
        return new TopDocs[] {first.reduce(a), second.reduce(b)};
    }

    /** One slice's pair of collectors. */
    final class Split implements Collector {
        private final TopFieldCollector first;
        private final TopFieldCollector second;

        private Split(TopFieldCollector first, TopFieldCollector second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public ScoreMode scoreMode() {
            return first.scoreMode().needsScores() || second.scoreMode().needsScores() ? ScoreMode.TOP_SCORES
                    : ScoreMode.TOP_DOCS;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector a = first.getLeafCollector(context);
            LeafCollector b = second.getLeafCollector(context);
            FixedBitSet toFirst = firstDocs[context.ord];
            // A side with no document here takes nothing from this segment: its minimum must not hold the other back.
            boolean[] empty = {firstCounts[context.ord] == 0, secondCounts[context.ord] == 0};
            float[] minimum = {empty[0] ? Float.POSITIVE_INFINITY : 0f, empty[1] ? Float.POSITIVE_INFINITY : 0f};
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    float[] told = {0f};
                    a.setScorer(new Side(scorer, minimum, 0, empty[0], told));
                    b.setScorer(new Side(scorer, minimum, 1, empty[1], told));
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (toFirst.get(doc)) {
                        a.collect(doc);
                    } else {
                        b.collect(doc);
                    }
                }

                @Override
                public void finish() throws IOException {
                    a.finish();
                    b.finish();
                }
            };
        }
    }

    /** The scorer as one side sees it: its minimum competitive score is passed on only as the lower of the two. */
    private static final class Side extends FilterScorable {
        private final float[] minimum;
        private final int side;
        private final boolean empty;
        private final float[] told;

        Side(Scorable in, float[] minimum, int side, boolean empty, float[] told) {
            super(in);
            this.minimum = minimum;
            this.side = side;
            this.empty = empty;
            this.told = told;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            if (empty) {
                return; // no document of this side in the segment: nothing here can enter its top
            }
            minimum[side] = minScore;
            float lower = Math.min(minimum[0], minimum[1]);
            if (lower > told[0] && lower != Float.POSITIVE_INFINITY) {
                told[0] = lower;
                in.setMinCompetitiveScore(lower);
            }
        }
    }
}
