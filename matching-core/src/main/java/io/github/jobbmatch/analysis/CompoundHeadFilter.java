package io.github.jobbmatch.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits, for every token, the token itself and each dictionary word that is a proper suffix of it,
 * at the same position. Norwegian compounds put the head last ("gravemaskin|kjører",
 * "spesial|sykepleier"), so a suffix that is a known word names what the thing <em>is</em>: an
 * unseen "gravemaskinkjører" yields "maskinkjører" and "kjører", which the same filter also yields
 * for the known "maskinkjører". Prefix parts ("grave") are deliberately not emitted.
 */
public final class CompoundHeadFilter extends TokenFilter {
    private final CharArraySet dictionary;
    private final int minSuffix;
    private final int minRest;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    /**
     * @param dictionary known words, normalised like the tokens
     * @param minSuffix shortest suffix considered a word
     * @param minRest shortest modifier that must remain before the suffix
     */
    public CompoundHeadFilter(TokenStream input, CharArraySet dictionary, int minSuffix, int minRest) {
        super(input);
        this.dictionary = dictionary;
        this.minSuffix = minSuffix;
        this.minRest = minRest;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            termAtt.setEmpty().append(pending.poll());
            posAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = termAtt.buffer();
        int len = termAtt.length();
        for (int start = minRest; start <= len - minSuffix; start++) {
            if (dictionary.contains(buf, start, len - start)) {
                pending.add(new String(buf, start, len - start));
            }
        }
        if (!pending.isEmpty()) {
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
