package io.github.jobbmatch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A gate prepared for one searcher, evaluated per segment into a bit set over a domain: the documents of the
 * domain it lets through. Exact within the domain; what it says outside the domain is undefined.
 */
@FunctionalInterface
interface DomainGate {

    /** The documents of {@code domain} (a bit set over the segment's documents) that pass. */
    FixedBitSet matchesWithin(LeafReaderContext leaf, FixedBitSet domain) throws IOException;

    /**
     * A gate query's weight for matching, outside the searcher's query cache: a gate is read once per search (or
     * kept by {@link SegmentGateCache} when it recurs), and filling Lucene's cache with it costs a read of the whole
     * segment that the next, different form seldom reuses.
     */
    static Weight matchingWeight(IndexSearcher searcher, Query q) throws IOException {
        return searcher.rewrite(q).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
}
