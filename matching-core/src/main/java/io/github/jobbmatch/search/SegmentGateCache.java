package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per segment, the documents of the gates that recur unchanged across searches, kept as bit sets: the visibility
 * gate of one viewer organisation and view is the same for every need, and evaluating it reads every candidate
 * (about 2 ms at a million) where the kept bit set costs one AND. A segment's terms never change, and deletions are
 * applied separately (from the live documents), so an entry is valid while its segment lives. Weakly keyed by
 * segment core (entries go with their segment), at most {@value #PER_SEGMENT} gates per segment, least recently used
 * first out: a bit per document each. Thread-safe; one per search service.
 */
final class SegmentGateCache {

    static final int PER_SEGMENT = 32;

    private final Cache<IndexReader.CacheKey, Cache<Query, FixedBitSet>> bySegment =
            CacheBuilder.newBuilder().weakKeys().build();

    /** The gate {@code q}, read from this cache (and filled on a miss) per segment with a stable core. */
    DomainGate gate(IndexSearcher searcher, Query q) throws IOException {
        Weight weight = DomainGate.matchingWeight(searcher, q);
        return (leaf, domain) -> {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            FixedBitSet all;
            if (helper == null) {
                all = read(weight, leaf);
            } else {
                try {
                    all = bySegment.get(helper.getKey(), () -> CacheBuilder.newBuilder().maximumSize(PER_SEGMENT)
                            .<Query, FixedBitSet>build()).get(q, () -> read(weight, leaf));
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                            : new IllegalStateException(e.getCause());
                }
            }
            FixedBitSet out = domain.clone();
            out.and(all);
            return out;
        };
    }

    /** Every document of the segment (deleted or not) that {@code w} matches. */
    private static FixedBitSet read(Weight w, LeafReaderContext leaf) throws IOException {
        FixedBitSet all = new FixedBitSet(leaf.reader().maxDoc());
        ScorerSupplier ss = w.scorerSupplier(leaf);
        if (ss != null) {
            all.or(ss.get(Long.MAX_VALUE).iterator());
        }
        return all;
    }
}
