package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;

/**
 * The openings' cheap relevance of a need for one candidate: a sum of constant scores, one per clause a need
 * matches (a clause is a set of terms of one field; matching any of them counts once). It picks the needs that are
 * scored exactly ({@link OpeningsSearch.Builder#rescoreLimit}) and the near-miss scan's needs.
 *
 * <p>Two ways to the same top k: {@link #query()} for Lucene (the reference path), and {@link #top} term at a time
 * over the open needs of each segment, from their postings kept as open-need ordinals ({@link SegmentPostings}).
 * Both give the same scores bit for bit: Lucene sums a disjunction's clause scores in a double and rounds once to a
 * float (the filter adds an exact 0), and a few float weights add up exactly in a double whatever the order; both
 * break ties by the lower document id. Term at a time reads each term's open needs once per search instead of
 * advancing every term's postings to each filtered need (two Lucene searches were a quarter of a search).
 */
final class OpeningsRelevance {

    /** One clause: the terms of one field, any of which scores {@code weight} once. */
    record Clause(String field, List<BytesRef> terms, float weight) {
        Clause {
            terms = List.copyOf(new LinkedHashSet<>(terms));
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("a clause needs at least one term");
            }
        }
    }

    private final List<Clause> clauses;

    /**
     * @param clauses the clauses; equal ones (same field, same terms in any order) are merged into one with the sum of
     *     their weights rounded once to a float, as Lucene's rewrite merges equal SHOULD clauses of a query (a sum
     *     such as 8 + 2.4 rounds there, so keeping them apart would give another score)
     */
    OpeningsRelevance(List<Clause> clauses) {
        Map<Map.Entry<String, Set<BytesRef>>, Double> weights = new LinkedHashMap<>();
        Map<Map.Entry<String, Set<BytesRef>>, Clause> first = new HashMap<>();
        for (Clause c : clauses) {
            var key = Map.entry(c.field(), Set.copyOf(c.terms()));
            weights.merge(key, (double) c.weight(), Double::sum);
            first.putIfAbsent(key, c);
        }
        List<Clause> merged = new ArrayList<>(weights.size());
        weights.forEach((key, w) -> merged.add(new Clause(key.getKey(), first.get(key).terms(), w.floatValue())));
        this.clauses = List.copyOf(merged);
    }

    List<Clause> clauses() {
        return clauses;
    }

    /** The relevance as a Lucene query: a disjunction of constant scores. */
    Query query() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause c : clauses) {
            Query q = c.terms().size() == 1 ? new TermQuery(new Term(c.field(), c.terms().get(0)))
                    : new TermInSetQuery(c.field(), c.terms());
            Query scored = new ConstantScoreQuery(q);
            b.add(c.weight() == 1f ? scored : new BoostQuery(scored, c.weight()), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The best needs of each set by this relevance, as Lucene's top k of {@code FILTER(set) SHOULD(query())} gives
     * them: score descending, then global document id ascending.
     *
     * @param leaves the searcher's leaves
     * @param openDocs per leaf ordinal, the open needs' document ids ascending (null: none), the ordinals of
     *     {@code postings}
     * @param postings per leaf ordinal, the segment's kept postings
     * @param sets the sets to rank, each per leaf ordinal (a set's documents are open needs)
     * @param ks per set, how many to keep
     * @return per set, its top documents best first
     */
    ScoreDoc[][] top(List<LeafReaderContext> leaves, int[][] openDocs, SegmentPostings[] postings, FixedBitSet[][] sets,
            int[] ks) throws IOException {
        LongHeap[] heaps = new LongHeap[sets.length];
        for (int s = 0; s < sets.length; s++) {
            heaps[s] = new LongHeap(Math.max(1, ks[s]));
        }
        for (LeafReaderContext leaf : leaves) {
            int[] docs = openDocs[leaf.ord];
            if (docs == null) {
                continue;
            }
            double[] sum = scores(leaf.reader(), docs.length, postings[leaf.ord]);
            for (int s = 0; s < sets.length; s++) {
                FixedBitSet set = sets[s][leaf.ord];
                if (set == null || ks[s] == 0) {
                    continue;
                }
                LongHeap heap = heaps[s];
                // The set's documents (a few in a hundred of the open needs) in order, each found among the open
                // needs by galloping from the last one found.
                int o = 0;
                int maxDoc = set.length();
                for (int d = set.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                        d = d + 1 < maxDoc ? set.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                    o = ordinal(docs, o, d);
                    long key = key((float) sum[o], leaf.docBase + d);
                    if (heap.size() < ks[s]) {
                        heap.push(key);
                    } else if (key > heap.top()) {
                        heap.updateTop(key);
                    }
                }
            }
        }
        ScoreDoc[][] out = new ScoreDoc[sets.length][];
        for (int s = 0; s < sets.length; s++) {
            LongHeap heap = heaps[s];
            ScoreDoc[] best = new ScoreDoc[ks[s] == 0 ? 0 : heap.size()];
            for (int i = best.length - 1; i >= 0; i--) {
                long key = heap.pop();
                best[i] = new ScoreDoc((int) (0xFFFFFFFFL - (key & 0xFFFFFFFFL)), Float.intBitsToFloat((int) (key >>> 32)));
            }
            out[s] = best;
        }
        return out;
    }

    /**
     * The position of {@code doc} in {@code docs} (ascending), at or after {@code from}: galloping, then binary search.
     *
     * @throws IllegalArgumentException when it is not there (a ranked set holds open needs only)
     */
    static int ordinal(int[] docs, int from, int doc) {
        int lo = from;
        int step = 1;
        int hi = from;
        while (hi < docs.length && docs[hi] < doc) {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }
        int i = java.util.Arrays.binarySearch(docs, lo, Math.min(hi + 1, docs.length), doc);
        if (i < 0) {
            throw new IllegalArgumentException("document " + doc + " is not an open need of the segment");
        }
        return i;
    }

    /** Larger is better: the score's bits (a score is never negative, so its bits order as it does), then the lower doc. */
    private static long key(float score, int globalDoc) {
        return ((long) Float.floatToIntBits(score) << 32) | (0xFFFFFFFFL - globalDoc);
    }

    /** Per open-need ordinal of one segment, the exact sum of the clause weights it matches. */
    private double[] scores(LeafReader reader, int openCount, SegmentPostings postings) throws IOException {
        double[] sum = new double[openCount];
        int[] counted = null;
        for (int ci = 0; ci < clauses.size(); ci++) {
            Clause c = clauses.get(ci);
            double w = c.weight();
            if (c.terms().size() == 1) {
                for (int o : postings.ords(reader, c.field(), c.terms().get(0))) {
                    sum[o] += w;
                }
                continue;
            }
            // Several terms: a need counts once however many of them it holds.
            if (counted == null) {
                counted = new int[openCount];
            }
            int mark = ci + 1;
            for (BytesRef t : c.terms()) {
                for (int o : postings.ords(reader, c.field(), t)) {
                    if (counted[o] != mark) {
                        counted[o] = mark;
                        sum[o] += w;
                    }
                }
            }
        }
        return sum;
    }

    /**
     * One segment's postings of the terms relevance asks for, as ordinals of its open needs, read once per segment
     * core and term. Bounded (in ordinals held): a term evicted is read again from the index when next asked for.
     */
    static final class SegmentPostings {
        private static final int[] NONE = new int[0];
        private final int[] openDocs;
        private final Cache<Term, int[]> byTerm;

        /** @param openDocs the segment's open needs, ascending; the ordinals are their positions */
        SegmentPostings(int[] openDocs, long maxOrdinals) {
            this.openDocs = openDocs;
            this.byTerm = CacheBuilder.newBuilder().maximumWeight(maxOrdinals)
                    .weigher((Term t, int[] ords) -> 1 + ords.length).build();
        }

        /** The open needs of the segment holding this term, as ordinals ascending. */
        int[] ords(LeafReader reader, String field, BytesRef term) throws IOException {
            Term key = new Term(field, term);
            int[] ords = byTerm.getIfPresent(key);
            if (ords != null) {
                return ords;
            }
            try {
                return byTerm.get(new Term(field, BytesRef.deepCopyOf(term)), () -> read(reader, field, term));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private int[] read(LeafReader reader, String field, BytesRef term) throws IOException {
            var terms = reader.terms(field);
            if (terms == null) {
                return NONE;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) {
                return NONE;
            }
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            int[] out = new int[Math.min(openDocs.length, Math.max(16, te.docFreq()))];
            int n = 0;
            int o = 0;
            // Both ascending: walk the open needs alongside the postings.
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && o < openDocs.length; d = pe.nextDoc()) {
                while (o < openDocs.length && openDocs[o] < d) {
                    o++;
                }
                if (o < openDocs.length && openDocs[o] == d) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = o++;
                }
            }
            return n == 0 ? NONE : java.util.Arrays.copyOf(out, n);
        }
    }
}
