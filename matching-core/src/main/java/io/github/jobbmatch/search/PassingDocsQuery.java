package io.github.jobbmatch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents the funnel found passing every gate, per leaf of one searcher: the short-list query's
 * filter in place of the gates themselves, so no gate (the travel gate's haversine least of all) is
 * evaluated twice in one search. Valid only on the searcher it was computed on; never cached.
 */
final class PassingDocsQuery extends Query {

    /**
     * A set of documents per leaf ordinal with each leaf's count, counted once (a million-bit set takes a while to
     * count).
     *
     * @param bits per leaf ordinal, the documents
     * @param counts per leaf ordinal, their number
     * @param words per leaf ordinal, the indexes of the bit set's words that hold a document, ascending (loops over
     *     the set's words skip the empty ones: a set of a few thousand documents in a segment of 200,000 fills a
     *     third of its words or less)
     */
    record Docs(FixedBitSet[] bits, int[] counts, int[][] words) {
        /** The documents of {@code bits}, counted as {@code counts}. */
        Docs(FixedBitSet[] bits, int[] counts) {
            this(bits, counts, nonZeroWords(bits));
        }

        private static int[][] nonZeroWords(FixedBitSet[] bits) {
            int[][] out = new int[bits.length][];
            for (int i = 0; i < bits.length; i++) {
                out[i] = nonZeroWords(bits[i]);
            }
            return out;
        }

        /** The indexes of the words of {@code bits} that hold a document, ascending. */
        static int[] nonZeroWords(FixedBitSet bits) {
            long[] words = bits.getBits();
            int n = 0;
            int[] nz = new int[words.length];
            for (int w = 0; w < words.length; w++) {
                if (words[w] != 0) {
                    nz[n++] = w;
                }
            }
            return java.util.Arrays.copyOf(nz, n);
        }

        /** The documents of {@code bits}, counted. */
        static Docs of(FixedBitSet[] bits) {
            int[] counts = new int[bits.length];
            for (int i = 0; i < bits.length; i++) {
                counts[i] = bits[i].cardinality();
            }
            return new Docs(bits, counts);
        }
    }

    private final Docs docs;

    /** @param byLeaf per leaf ordinal, the live documents passing every gate */
    PassingDocsQuery(FixedBitSet[] byLeaf) {
        this(Docs.of(byLeaf));
    }

    /** @param docs the live documents passing every gate, counted */
    PassingDocsQuery(Docs docs) {
        this.docs = docs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                FixedBitSet bits = docs.bits()[context.ord];
                int n = docs.counts()[context.ord];
                if (n == 0) {
                    return null;
                }
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, n)));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "PassingDocs";
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
