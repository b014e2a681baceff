package io.github.jobbmatch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a token that a Lucene compound filter decomposed (a token directly followed by subwords at
 * the same position), keeping only its parts; the first part inherits the token's position
 * increment so phrase positions stay intact.
 *
 * <p>Subwords are recognised by their position increment of 0: nothing before the compound filter in
 * {@link NorwegianWorkAnalyzer}'s split chain stacks tokens, and Lucene 10.5 (the release OpenSearch 3.8
 * ships) gives subwords no type of their own. Whether the held token is itself a part is tracked here,
 * because the first part takes over the dropped token's increment.
 */
final class DropDecomposedFilter extends TokenFilter {
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private State held;
    private boolean heldIsPart;
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
                heldIsPart = posAtt.getPositionIncrement() == 0;
            }
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                restoreState(held);
                held = null;
                return true;
            }
            State next = captureState();
            boolean nextIsPart = posAtt.getPositionIncrement() == 0;
            restoreState(held);
            int heldIncrement = posAtt.getPositionIncrement();
            if (nextIsPart && !heldIsPart) {
                // The held token was decomposed: drop it; its first part takes its position.
                restoreState(next);
                posAtt.setPositionIncrement(heldIncrement);
                held = captureState();
                heldIsPart = true;
                continue;
            }
            held = next;
            heldIsPart = nextIsPart;
            return true;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        held = null;
        heldIsPart = false;
        exhausted = false;
    }
}
