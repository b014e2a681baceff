package io.github.jobbmatch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Some terms of one field in one segment, as {@link ClauseAtATimeTopK} reads them: per term, its bit set kept in a
 * {@link SegmentGateCache} from earlier searches, or its place in the terms dictionary (looked up once per segment and
 * kept there too), or neither when the segment lacks it. A common term read again is kept (from its second use, when it
 * holds at least a {@code 2^KEEP_SHIFT}th of the segment's documents). One segment, one search, one thread at a time.
 */
final class SegmentTerms {

    /**
     * A term with at least a {@code 2^KEEP_SHIFT}th of the segment's documents is kept from its second use (reading it
     * again costs more than keeping a bit per document; a rarer one is quick to read).
     */
    static final int KEEP_SHIFT = 7;

    private final LeafReaderContext context;
    private final String field;
    private final BytesRef[] terms;
    /** The segment's kept entries, or null when it has no stable core (then nothing is kept). */
    private final SegmentGateCache.Segment segment;
    private final Terms indexed;
    private TermsEnum te;
    private final FixedBitSet[] keptDocs;
    private final TermState[] states;
    private final int[] docFreqs;
    private final int present;
    private PostingsEnum reuse;

    private SegmentTerms(LeafReaderContext context, String field, BytesRef[] terms, SegmentGateCache kept, Terms indexed)
            throws IOException {
        this.context = context;
        this.field = field;
        this.terms = terms;
        this.indexed = indexed;
        this.keptDocs = new FixedBitSet[terms.length];
        this.states = new TermState[terms.length];
        this.docFreqs = new int[terms.length];
        this.segment = kept.segment(context);
        int n = 0;
        for (int j = 0; j < terms.length; j++) {
            Term term = new Term(field, terms[j]);
            keptDocs[j] = segment == null ? null : segment.kept(term);
            if (keptDocs[j] != null) {
                n++;
                continue;
            }
            // Where the term is in the dictionary: looked up once per segment, then read off the kept look-up.
            SegmentGateCache.Lookup at = segment == null ? null : segment.lookup(term);
            if (at == null) {
                TermsEnum e = terms();
                at = e.seekExact(terms[j]) ? new SegmentGateCache.Lookup(e.termState(), e.docFreq())
                        : SegmentGateCache.Lookup.ABSENT;
                if (segment != null) {
                    segment.looked(new Term(field, BytesRef.deepCopyOf(terms[j])), at); // kept: its own bytes
                }
            }
            if (at.state() != null) {
                states[j] = at.state();
                docFreqs[j] = at.docFreq();
                n++;
            }
        }
        this.present = n;
    }

    /** The field's terms enumeration, made when first needed. */
    private TermsEnum terms() throws IOException {
        if (te == null) {
            te = indexed.iterator();
        }
        return te;
    }

    /** The terms in this segment, or null when the segment has no such field. */
    static SegmentTerms seek(LeafReaderContext context, String field, BytesRef[] terms, SegmentGateCache kept)
            throws IOException {
        Terms indexed = context.reader().terms(field);
        return indexed == null ? null : new SegmentTerms(context, field, terms, kept, indexed);
    }

    /** How many terms were looked up (present or not). */
    int size() {
        return terms.length;
    }

    /** How many of the terms the segment holds (kept or in its dictionary). */
    int present() {
        return present;
    }

    /** The kept documents of term {@code j} (every document of the segment, deleted or not; not to be changed), or null. */
    FixedBitSet kept(int j) {
        return keptDocs[j];
    }

    /** Whether the segment holds term {@code j} (kept, or in its dictionary). */
    boolean has(int j) {
        return keptDocs[j] != null || states[j] != null;
    }

    /** How many documents hold term {@code j}, when it is not kept (0 when kept or absent). */
    int docFreq(int j) {
        return docFreqs[j];
    }

    /** The postings of term {@code j}, which the segment holds and which is not kept (to walk a rare term). */
    PostingsEnum postings(int j) throws IOException {
        TermsEnum e = terms();
        e.seekExact(terms[j], states[j]);
        reuse = e.postings(reuse, PostingsEnum.NONE);
        return reuse;
    }

    /**
     * The documents of term {@code j} (every one of the segment, deleted or not; not to be changed), read whole and kept
     * now when the term is common and {@link SegmentGateCache.Segment#admit admitted} (this counts a use); else null. Also
     * for a term the caller would otherwise read only at a few documents: kept, it costs one AND per word in later
     * searches.
     */
    FixedBitSet keepIfAdmitted(int j) throws IOException {
        if (keptDocs[j] != null || states[j] == null) {
            return keptDocs[j];
        }
        int maxDoc = context.reader().maxDoc();
        Term term = new Term(field, terms[j]);
        if (segment == null || docFreqs[j] < maxDoc >> KEEP_SHIFT || !segment.admit(term, false)) {
            return null;
        }
        FixedBitSet docs = new FixedBitSet(maxDoc);
        try {
            docs.or(postings(j));
        } catch (IOException | RuntimeException e) {
            segment.release(term);
            throw e;
        }
        segment.keep(term, docs);
        keptDocs[j] = docs;
        return docs;
    }

    /**
     * Every document of the segment (deleted or not) holding term {@code j}: kept, or read from its postings (and kept
     * from its second use when common; else into {@code scratch}, cleared first, or a new set when it is null); null
     * when the segment lacks the term. A kept set must not be changed.
     */
    FixedBitSet docs(int j, FixedBitSet scratch) throws IOException {
        FixedBitSet kept = keepIfAdmitted(j); // kept already, or a common term used again: read whole and kept
        if (kept != null || states[j] == null) {
            return kept;
        }
        FixedBitSet docs = scratch == null ? new FixedBitSet(context.reader().maxDoc()) : scratch;
        if (scratch != null) {
            docs.clear();
        }
        docs.or(postings(j));
        return docs;
    }
}
