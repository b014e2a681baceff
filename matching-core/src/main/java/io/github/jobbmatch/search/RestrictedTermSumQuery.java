package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * A capped sum of equal constant term scores (the text and interests clauses: each of the form's words a candidate
 * has earns the same points, the sum capped) restricted to the documents the gates let through, that counts each
 * candidate's words term by term instead of leap-frogging every word's posting list over the set: common words come
 * from {@link SegmentGateCache} (kept from their second use), the others are read. A candidate with {@code k} of the
 * words scores what {@link CappedSumQuery} gives for {@code k} equal clauses: their sum as Lucene's disjunction adds it
 * (in double, exact for so few equal floats), times the boost, capped. Same matches, same scores as
 * {@code new SegmentBoundQuery(clause, within)}, which it falls back to per segment when the set is small.
 */
final class RestrictedTermSumQuery extends Query {

    private final CappedSumQuery clause;
    private final CappedSumQuery.TermSum sum;
    private final String field;
    private final BytesRef[] terms;
    private final PassingDocsQuery.Docs within;
    private final SegmentGateCache kept;
    private final int sparseShift;

    private RestrictedTermSumQuery(CappedSumQuery clause, CappedSumQuery.TermSum sum, PassingDocsQuery.Docs within,
            SegmentGateCache kept, int sparseShift) {
        this.sparseShift = sparseShift;
        this.clause = clause;
        this.sum = sum;
        this.field = sum.field();
        this.terms = sum.terms().toArray(BytesRef[]::new);
        this.within = Objects.requireNonNull(within, "within");
        this.kept = Objects.requireNonNull(kept, "kept");
    }

    /**
     * The clause {@code q} restricted to {@code within} and counted term by term, when it is a capped sum of distinct
     * terms of one field with equal constant scores ({@link CappedSumQuery#termSum()}); else null.
     */
    static RestrictedTermSumQuery of(Query q, PassingDocsQuery.Docs within, SegmentGateCache kept) {
        return of(q, within, kept, RestrictedLevelsQuery.SPARSE_SHIFT);
    }

    /**
     * As {@link #of(Query, PassingDocsQuery.Docs, SegmentGateCache)}, walking a rare word's postings when it holds at
     * most a {@code 2^sparseShift}th of the segment's documents (tests force either way).
     */
    static RestrictedTermSumQuery of(Query q, PassingDocsQuery.Docs within, SegmentGateCache kept, int sparseShift) {
        if (!(q instanceof CappedSumQuery capped)) {
            return null;
        }
        CappedSumQuery.TermSum sum = capped.termSum();
        return sum == null || sum.terms().size() > Byte.MAX_VALUE ? null
                : new RestrictedTermSumQuery(capped, sum, within, kept, sparseShift);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        // The words stay those read off the clause as compiled; the clause is rewritten for the fallback's weight (a
        // CappedSumQuery rewrites to one).
        Query r = clause.rewrite(searcher);
        return r == clause || !(r instanceof CappedSumQuery c) ? this
                : new RestrictedTermSumQuery(c, sum, within, kept, sparseShift);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight fallback = new SegmentBoundQuery(clause, within).createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return fallback;
        }
        float[] byCount = new float[terms.length + 1]; // the score of k words
        for (int k = 1; k <= terms.length; k++) {
            byCount[k] = clause.termSumScore(sum, k, boost);
        }
        return new FilterWeight(this, fallback) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                FixedBitSet bits = within.bits()[context.ord];
                int count = within.counts()[context.ord];
                SegmentTerms words = count == 0 ? null : SegmentTerms.seek(context, field, terms, kept);
                if (words == null || words.present() == 0) {
                    return null;
                }
                if ((double) words.postings() > (double) RestrictedLevelsQuery.READ_FACTOR * count * terms.length) {
                    return fallback.scorerSupplier(context); // a small set: leap-frog over it
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return countWords(words, bits, within.words()[context.ord], byCount);
                    }

                    @Override
                    public long cost() {
                        return count;
                    }
                };
            }
        };
    }

    /** Counts the words of every document of the set, term by term. */
    private Scorer countWords(SegmentTerms words, FixedBitSet bits, int[] withinWords, float[] byCount)
            throws IOException {
        int maxDoc = bits.length();
        long[] within = bits.getBits();
        byte[] counts = new byte[maxDoc];
        FixedBitSet any = new FixedBitSet(maxDoc);
        long[] anyWords = any.getBits();
        FixedBitSet scratch = null;
        for (int j = 0; j < terms.length; j++) {
            if (words.rare(j, maxDoc >> sparseShift)) {
                PostingsEnum postings = words.postings(j); // a rare word: walked against the set
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if ((within[doc >> 6] & (1L << doc)) != 0) {
                        counts[doc]++;
                        anyWords[doc >> 6] |= 1L << doc;
                    }
                }
                continue;
            }
            if (scratch == null) {
                scratch = new FixedBitSet(maxDoc);
            }
            FixedBitSet termDocs = words.docs(j, scratch);
            if (termDocs == null) {
                continue; // a word the segment lacks
            }
            long[] docWords = termDocs.getBits();
            for (int w : withinWords) {
                long m = docWords[w] & within[w];
                anyWords[w] |= m;
                while (m != 0) {
                    counts[(w << 6) | Long.numberOfTrailingZeros(m)]++;
                    m &= m - 1;
                }
            }
        }
        int max = 0;
        int n = 0;
        for (int w : withinWords) {
            long m = anyWords[w];
            n += Long.bitCount(m);
            while (m != 0) {
                max = Math.max(max, counts[(w << 6) | Long.numberOfTrailingZeros(m)]);
                m &= m - 1;
            }
        }
        DocIdSetIterator it = new BitSetIterator(any, n);
        return new SegmentBoundScorer(byCount[max]) {
            @Override
            public int docID() {
                return it.docID();
            }

            @Override
            public DocIdSetIterator iterator() {
                return it;
            }

            @Override
            public float score() {
                return byCount[counts[it.docID()]];
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        clause.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String f) {
        return "RestrictedTermSum(" + clause.toString(f) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && clause.equals(((RestrictedTermSumQuery) o).clause)
                && within == ((RestrictedTermSumQuery) o).within && kept == ((RestrictedTermSumQuery) o).kept
                && sparseShift == ((RestrictedTermSumQuery) o).sparseShift;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), clause, System.identityHashCode(within));
    }
}
