package io.github.jobbmatch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops a token that a Lucene compound filter decomposed (a token directly followed by subwords at
 * the same position), keeping only its parts; the first part inherits the token's position
 * increment so phrase positions stay intact.
 */
final class DropDecomposedFilter extends TokenFilter {
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private State held;
    private boolean exhausted;

    DropDecomposedFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (held == null) {
                if (exhausted || !input.incrementToken()) {
                    exhausted = true;
                    return false;
                }
                held = captureState();
            }
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                restoreState(held);
                held = null;
                return true;
            }
            State next = captureState();
            boolean nextIsPart = posAtt.getPositionIncrement() == 0
                    && CompoundWordTokenFilterBase.TOKEN_TYPE_SUBWORD.equals(typeAtt.type());
            restoreState(held);
            boolean heldIsPart = CompoundWordTokenFilterBase.TOKEN_TYPE_SUBWORD.equals(typeAtt.type());
            int heldIncrement = posAtt.getPositionIncrement();
            if (nextIsPart && !heldIsPart) {
                // The held token was decomposed: drop it; its first part takes its position.
                restoreState(next);
                posAtt.setPositionIncrement(heldIncrement);
                held = captureState();
                continue;
            }
            held = next;
            return true;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        held = null;
        exhausted = false;
    }
}
