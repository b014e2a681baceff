package io.github.jobbmatch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies {@link NorwegianSpelling#normalize} to every token that is not marked as a keyword. */
public final class NorwegianSpellingFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    /** Wraps a lower-cased, æøå-normalised token stream. */
    public NorwegianSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            String t = termAtt.toString();
            String n = NorwegianSpelling.normalize(t);
            if (!n.equals(t)) {
                termAtt.setEmpty().append(n);
            }
        }
        return true;
    }
}
