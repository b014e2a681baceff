package io.github.jobbmatch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Tests one document against a {@link Weight} by advancing a fresh scorer of its leaf to it: what
 * {@link Weight#explain} decides, without building the explanation tree. Used for the few hits of a
 * search (short list, near misses), never in a loop over the pool.
 */
public final class DocProbe {

    private DocProbe() {}

    /**
     * The scorer of {@code weight} positioned on {@code doc} (a leaf-local id), or null when the document
     * does not match. The scorer's {@link Scorer#score()} is then the document's score.
     */
    public static Scorer scorerAt(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
        ScorerSupplier ss = weight.scorerSupplier(leaf);
        if (ss == null) {
            return null;
        }
        // Lead cost 1: one document is visited, so the supplier should pick its cheapest way to get there.
        Scorer s = ss.get(1);
        TwoPhaseIterator tpi = s.twoPhaseIterator();
        if (tpi == null) {
            DocIdSetIterator it = s.iterator();
            return it.advance(doc) == doc ? s : null;
        }
        return tpi.approximation().advance(doc) == doc && tpi.matches() ? s : null;
    }

    /** Whether {@code doc} (a leaf-local id) matches {@code weight}. */
    public static boolean matches(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
        return scorerAt(weight, leaf, doc) != null;
    }
}
