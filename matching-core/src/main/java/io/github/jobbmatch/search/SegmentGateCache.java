package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
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
 * index (kept from their second use, so that a query or term used once is not kept). Evaluating such a query reads
 * every posting of it, often hundreds of thousands at a million candidates, where the kept bit set costs one pass over
 * the segment's words.
 *
 * <p>A segment's terms never change, and deletions are applied separately (from the live documents), so an entry is
 * valid while its segment lives. Weakly keyed by segment core (entries go with their segment), at most
 * {@value #PER_SEGMENT} queries or terms per segment by default, the most used kept (see {@link Segment}): a bit per
 * document each, so at most {@value #PER_SEGMENT} bits (128 bytes) per document. Thread-safe; one per search service.
 */
final class SegmentGateCache {

    /**
     * Default of {@link #perSegment}: 128 bytes a document at most. A hundred forms searched in turn keep about 835 sets
     * per segment at a million candidates (docs/benchmarks.md, issue 4 round 9).
     */
    static final int PER_SEGMENT = 1024;

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
     * One segment's kept bit sets and how often each query or term was used, and where the scored clauses' terms are
     * in its terms dictionary ({@link SegmentTerms}: a dictionary seek costs about a microsecond, and a search looks up
     * a hundred terms in every segment).
     *
     * <p>Why not least-recently-used: the forms an office searches come round in cycles (each open form searched a few
     * times a day), and when the sets their searches use outnumber what a segment keeps, a least-recently-used cache
     * evicts each set just before it recurs: every search then reads its sets whole, to keep them, and gains nothing
     * (measured: at 100 forms and a million candidates a segment needs about 770 sets, and with 512 kept a search was
     * a fifth slower than with all kept; docs/benchmarks.md, issue 4 round 9). So a set is kept from its second use
     * only when there is room or it has been used more often than a kept one (several sampled, the least used
     * evicted); uses are halved now and then, so that what stopped recurring makes room. A set refused is read only
     * where the search needs it, as a set used once is.
     */
    static final class Segment {
        /** How many kept sets are compared with a newcomer (the least used of them is its rival). */
        private static final int SAMPLE = 8;

        private final int capacity;
        private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<Term, Lookup> lookups = new ConcurrentHashMap<>();
        /** The kept entries (the first {@code keptCount}), for sampling rivals; guarded by {@code this}. */
        private final Entry[] keptEntries;
        private int keptCount;
        /** Uses counted since the last halving; every {@link #agingPeriod} uses the counts are halved. */
        private final AtomicInteger sinceAging = new AtomicInteger();
        private final int agingPeriod;

        Segment(int capacity) {
            this.capacity = capacity;
            this.keptEntries = new Entry[capacity];
            this.agingPeriod = Math.max(1024, 16 * capacity);
        }

        /** A query or term seen: its uses, and its kept set once it is kept (at {@code slot} of the kept entries). */
        private static final class Entry {
            final Object key;
            volatile FixedBitSet bits;
            /** Approximate (increments may race): a count for ranking, not an exact one. */
            volatile int uses;
            int slot = -1; // guarded by the segment

            Entry(Object key) {
                this.key = key;
            }
        }

        /** The kept documents of {@code q} (every document of the segment, deleted or not; not to be changed), or null; counts a use when kept. */
        FixedBitSet kept(Object q) {
            Entry e = entries.get(q);
            if (e == null) {
                return null;
            }
            FixedBitSet bits = e.bits;
            if (bits != null) {
                used(e);
            }
            return bits;
        }

        /** The kept documents of {@code q}, or null, without counting a use (the explanations look, they do not search). */
        FixedBitSet peek(Object q) {
            Entry e = entries.get(q);
            return e == null ? null : e.bits;
        }

        /**
         * Counts a use of {@code q}, which is not kept, and says whether to read and {@link #keep} its documents now: from
         * its second use ({@code firstUse}: from its first), when a kept set is free or used less often than it (that set
         * is then evicted). Otherwise the caller reads only what it needs.
         */
        boolean admit(Object q, boolean firstUse) {
            if (capacity == 0) {
                return false;
            }
            Entry e = entries.computeIfAbsent(q, Entry::new);
            int uses = used(e);
            if (uses < (firstUse ? 1 : 2) || e.bits != null) {
                return false;
            }
            synchronized (this) {
                if (e.slot >= 0) {
                    return false; // another search admitted it meanwhile
                }
                if (keptCount == capacity) {
                    Entry rival = null;
                    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
                    for (int i = 0; i < Math.min(SAMPLE, keptCount); i++) {
                        Entry c = keptEntries[random.nextInt(keptCount)];
                        if (rival == null || c.uses < rival.uses) {
                            rival = c;
                        }
                    }
                    if (rival.uses >= uses) {
                        return false; // kept sets are used at least as often: keep them
                    }
                    evict(rival);
                }
                e.slot = keptCount;
                keptEntries[keptCount++] = e;
                if (entries.get(q) != e) {
                    evict(e); // halved away meanwhile: not kept after all
                    return false;
                }
                return true;
            }
        }

        /** Keeps {@code all}, every document of the segment matching {@code q}, admitted by {@link #admit}; not changed after. */
        void keep(Object q, FixedBitSet all) {
            Entry e = entries.get(q);
            if (e != null) {
                synchronized (this) {
                    if (e.slot >= 0) {
                        e.bits = all;
                    }
                }
            }
        }

        /** Gives up the room {@link #admit} made for {@code q} (its documents could not be read). */
        void release(Object q) {
            Entry e = entries.get(q);
            if (e != null) {
                synchronized (this) {
                    if (e.slot >= 0) {
                        evict(e);
                    }
                }
            }
        }

        /** How many sets are kept (or being read to be kept). */
        synchronized int keptCount() {
            return keptCount;
        }

        private void evict(Entry e) {
            Entry last = keptEntries[--keptCount];
            keptEntries[e.slot] = last;
            last.slot = e.slot;
            keptEntries[keptCount] = null;
            e.slot = -1;
            e.bits = null;
        }

        /** Counts a use of {@code e} and returns its uses; halves every count each {@link #agingPeriod} uses. */
        private int used(Entry e) {
            int uses = e.uses + 1;
            e.uses = uses;
            if (sinceAging.incrementAndGet() >= agingPeriod) {
                age();
            }
            return uses;
        }

        /** Halves every count, forgetting what was seen but neither kept nor used since the last halving. */
        private void age() {
            synchronized (this) {
                if (sinceAging.get() < agingPeriod) {
                    return; // another thread aged them
                }
                sinceAging.set(0);
                for (Entry e : entries.values()) {
                    e.uses >>= 1;
                    if (e.uses == 0 && e.slot < 0) {
                        entries.remove(e.key, e);
                    }
                }
            }
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
            FixedBitSet all = segment == null ? null : segment.kept(q);
            if (all == null) {
                boolean keep = segment != null && segment.admit(q, once == null);
                if (!keep && once != null) {
                    return once.matchesWithin(leaf, domain);
                }
                try {
                    all = whole.read(leaf);
                } catch (IOException | RuntimeException e) {
                    if (keep) {
                        segment.release(q);
                    }
                    throw e;
                }
                if (keep) {
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
        return s == null ? null : s.peek(term);
    }

    /** The segment's kept entries, or null when it has no stable core (nothing is kept for it). */
    Segment segment(LeafReaderContext leaf) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        try {
            Segment s = bySegment.getIfPresent(helper.getKey());
            return s != null ? s : bySegment.get(helper.getKey(), () -> new Segment(perSegment));
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
