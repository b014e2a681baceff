package io.github.jobbmatch.search;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/**
 * A scored clause's scorer with one score bound for its whole segment (see {@link SegmentBoundQuery} for why):
 * {@link #getMaxScore} is that bound everywhere, and there are no blocks to move to.
 */
abstract class SegmentBoundScorer extends Scorer {

    private final float max;

    SegmentBoundScorer(float max) {
        this.max = max;
    }

    @Override
    public final float getMaxScore(int upTo) {
        return max;
    }

    @Override
    public final int advanceShallow(int target) {
        return DocIdSetIterator.NO_MORE_DOCS;
    }
}
