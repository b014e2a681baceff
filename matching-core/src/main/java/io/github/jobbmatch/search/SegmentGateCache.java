package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per segment, the documents of the queries that recur unchanged across searches, kept as bit sets: the visibility
 * gate of one viewer organisation and view is the same for every need (kept from its first use); a requirement,
 * language, accommodation, percent or shifts gate, and a common term of the scored clauses (readiness, stable trial,
 * a language level, a welcomed target group, a common word; see {@link SegmentTerms}) recur across the forms of one
 * index (kept from their second use, so that a query or term used once is not kept). Evaluating such a query reads every posting of it, often hundreds of
 * thousands at a million candidates, where the kept bit set costs one pass over the segment's words.
 *
 * <p>A segment's terms never change, and deletions are applied separately (from the live documents), so an entry is
 * valid while its segment lives. Weakly keyed by segment core (entries go with their segment), at most
 * {@value #PER_SEGMENT} queries per segment, least recently used first out: a bit per document each, so at most
 * {@value #PER_SEGMENT} bits (8 bytes) per document. Thread-safe; one per search service.
 */
final class SegmentGateCache {

    static final int PER_SEGMENT = 64;

    /** One segment's kept bit sets, and the queries seen once (a second use keeps them). */
    private record Segment(Cache<Object, FixedBitSet> kept, Cache<Object, Boolean> seen) {}

    private final Cache<IndexReader.CacheKey, Segment> bySegment = CacheBuilder.newBuilder().weakKeys().build();

    /** The gate {@code q}, kept per segment (with a stable core) from its first use. */
    DomainGate gate(IndexSearcher searcher, Query q) throws IOException {
        return gate(q, DomainGate.matchingWeight(searcher, q), null);
    }

    /**
     * The gate {@code q} (matched by {@code weight}), kept per segment (with a stable core) from its second use; the
     * first (and a segment without a stable core) is evaluated by {@code once}, which may read less than the whole
     * segment. With {@code once} null, kept from the first use.
     */
    DomainGate gate(Query q, Weight weight, DomainGate once) {
        return (leaf, domain) -> {
            Segment segment = segment(leaf);
            FixedBitSet all = segment == null ? null : segment.kept().getIfPresent(q);
            if (all == null) {
                if (once != null && (segment == null || !secondUse(segment, q))) {
                    return once.matchesWithin(leaf, domain);
                }
                all = read(weight, leaf);
                if (segment != null) {
                    segment.kept().put(q, all);
                }
            }
            FixedBitSet out = domain.clone();
            out.and(all);
            return out;
        };
    }

    /**
     * The kept matches of {@code q} (a query, or a {@code Term} for its postings) in this segment (every document,
     * deleted or not; never to be changed), or null.
     */
    FixedBitSet kept(LeafReaderContext leaf, Object q) {
        Segment segment = segment(leaf);
        return segment == null ? null : segment.kept().getIfPresent(q);
    }

    /**
     * Whether the matches of {@code q} in this segment are worth keeping: true from its second use on (this call counts
     * as a use); false in a segment without a stable core.
     */
    boolean secondUse(LeafReaderContext leaf, Object q) {
        Segment segment = segment(leaf);
        return segment != null && secondUse(segment, q);
    }

    /** Keeps {@code all}, every document of the segment matching {@code q}; the caller no longer changes it. */
    void keep(LeafReaderContext leaf, Object q, FixedBitSet all) {
        Segment segment = segment(leaf);
        if (segment != null) {
            segment.kept().put(q, all);
        }
    }

    private static boolean secondUse(Segment segment, Object q) {
        return segment.seen().asMap().putIfAbsent(q, Boolean.TRUE) != null;
    }

    private Segment segment(LeafReaderContext leaf) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        try {
            return bySegment.get(helper.getKey(), () -> new Segment(
                    CacheBuilder.newBuilder().maximumSize(PER_SEGMENT).build(),
                    CacheBuilder.newBuilder().maximumSize(4L * PER_SEGMENT).build()));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
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
