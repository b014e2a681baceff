package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
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
 * {@value #PER_SEGMENT} queries or terms per segment by default, least recently used first out: a bit per document
 * each, so at most {@value #PER_SEGMENT} bits (64 bytes) per document. Thread-safe; one per search service.
 */
final class SegmentGateCache {

    /** Default of {@link #perSegment}: 64 bytes a document at most. */
    static final int PER_SEGMENT = 512;

    /** How many queries or terms one segment keeps. */
    private final int perSegment;

    /** A cache keeping {@value #PER_SEGMENT} queries or terms per segment. */
    SegmentGateCache() {
        this(PER_SEGMENT);
    }

    /** A cache keeping at most {@code perSegment} queries or terms per segment (a bit per document each). */
    SegmentGateCache(int perSegment) {
        if (perSegment < 0) {
            throw new IllegalArgumentException("perSegment: expected at least 0, got " + perSegment);
        }
        this.perSegment = perSegment;
    }

    /**
     * How many term look-ups a segment keeps (their place in the terms dictionary, a hundred bytes or so each): the
     * forms' vocabulary is a few thousand terms; past this the look-ups start again.
     */
    static final int LOOKUPS = 20_000;

    /**
     * One segment's kept bit sets, the queries seen once (a second use keeps them), and where the scored clauses'
     * terms are in its terms dictionary ({@link SegmentTerms}: a dictionary seek costs about a microsecond, and a
     * search looks up a hundred terms in every segment).
     */
    record Segment(Cache<Object, FixedBitSet> kept, Cache<Object, Boolean> seen,
            java.util.concurrent.ConcurrentHashMap<Term, Lookup> lookups) {

        /**
         * Whether the matches of {@code q} in this segment are worth keeping: true from its second use on (this call
         * counts as a use).
         */
        boolean secondUse(Object q) {
            return seen.asMap().putIfAbsent(q, Boolean.TRUE) != null;
        }

        /** Keeps {@code all}, every document of the segment matching {@code q}; the caller no longer changes it. */
        void keep(Object q, FixedBitSet all) {
            kept.put(q, all);
        }

        /** Where {@code term} is, or null when not looked up yet. */
        Lookup lookup(Term term) {
            return lookups.get(term);
        }

        /** Keeps where {@code term} is (forgetting every look-up when there are too many). */
        void looked(Term term, Lookup at) {
            if (lookups.size() >= LOOKUPS) {
                lookups.clear();
            }
            lookups.put(term, at);
        }
    }

    /**
     * A term's place in one segment's terms dictionary and its document frequency; {@link #ABSENT} when the segment
     * lacks it. The state is only read (copied into a terms enumeration by {@code seekExact}).
     */
    record Lookup(TermState state, int docFreq) {
        static final Lookup ABSENT = new Lookup(null, 0);
    }

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
        return gate(q, leaf -> read(weight, leaf), once);
    }

    /** Reads every document of a segment (deleted or not) that a gate passes. */
    @FunctionalInterface
    interface Whole {
        FixedBitSet read(LeafReaderContext leaf) throws IOException;
    }

    /**
     * The gate {@code q}, kept per segment (with a stable core) from its second use, read by {@code whole}; the first
     * use (and a segment without a stable core) is evaluated by {@code once}.
     */
    DomainGate gate(Query q, Whole whole, DomainGate once) {
        return (leaf, domain) -> {
            Segment segment = segment(leaf);
            FixedBitSet all = segment == null ? null : segment.kept().getIfPresent(q);
            if (all == null) {
                if (once != null && (segment == null || !segment.secondUse(q))) {
                    return once.matchesWithin(leaf, domain);
                }
                all = whole.read(leaf);
                if (segment != null) {
                    segment.keep(q, all);
                }
            }
            FixedBitSet out = domain.clone();
            out.and(all);
            return out;
        };
    }

    /** The kept documents of the segment holding {@code term} (deleted or not; not to be changed), or null. */
    FixedBitSet keptDocs(LeafReaderContext leaf, Term term) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        Segment s = helper == null ? null : bySegment.getIfPresent(helper.getKey());
        return s == null ? null : s.kept().getIfPresent(term);
    }

    /** The segment's kept entries, or null when it has no stable core (nothing is kept for it). */
    Segment segment(LeafReaderContext leaf) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        try {
            Segment s = bySegment.getIfPresent(helper.getKey());
            return s != null ? s : bySegment.get(helper.getKey(), () -> new Segment(
                    CacheBuilder.newBuilder().maximumSize(perSegment).build(),
                    CacheBuilder.newBuilder().maximumSize(4L * perSegment).build(),
                    new java.util.concurrent.ConcurrentHashMap<>()));
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
