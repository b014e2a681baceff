package io.github.jobbmatch.analysis;

import io.github.jobbmatch.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The taxonomy expansion as a token filter: a token that is a concept id is followed, at the same position, by
 * every broader concept's id, so that a field indexed through it satisfies a requirement of any broader concept
 * (the rule of {@link io.github.jobbmatch.index.Fields#C_SATISFIES}). Other tokens pass unchanged.
 */
public final class TaxonomyExpansionFilter extends TokenFilter {

    private final Taxonomy taxonomy;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    /** Expands concept ids of this taxonomy. */
    public TaxonomyExpansionFilter(TokenStream input, Taxonomy taxonomy) {
        super(input);
        this.taxonomy = taxonomy;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            termAtt.setEmpty().append(pending.poll());
            posAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String term = termAtt.toString();
        if (taxonomy.concept(term).isPresent()) {
            pending.addAll(taxonomy.broaderClosure(term));
            pending.remove(term);
            current = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
