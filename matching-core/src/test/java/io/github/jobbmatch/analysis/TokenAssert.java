package io.github.jobbmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Hand-written counterpart of Lucene's BaseTokenStreamTestCase.assertAnalyzesTo (not available here). */
final class TokenAssert {
    private TokenAssert() {}

    /** Terms with their position increments, as "term/inc". */
    static List<String> termsWithIncrements(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    static void assertAnalyzesTo(Analyzer a, String text, String... expected) {
        assertThat(NorwegianText.tokens(a, text)).as("tokens of '%s'", text).containsExactly(expected);
    }
}
