package io.github.jobbmatch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;

/**
 * A gate prepared for one searcher, evaluated per segment into a bit set over a domain: the documents of the
 * domain it lets through. Exact within the domain; what it says outside the domain is undefined.
 */
@FunctionalInterface
interface DomainGate {

    /** The documents of {@code domain} (a bit set over the segment's documents) that pass. */
    FixedBitSet matchesWithin(LeafReaderContext leaf, FixedBitSet domain) throws IOException;
}
