package io.github.jobbmatch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Convenience helpers around an analyzer. */
public final class NorwegianText {

    /** The field name used when a caller does not care (analyzers here treat all fields alike). */
    public static final String ANY_FIELD = "text";

    private NorwegianText() {}

    /** The terms the analyzer produces for this text, in order (parts follow their compound). */
    public static List<String> tokens(Analyzer analyzer, String text) {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(text, "text");
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(ANY_FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // Analysing a String never does I/O; this would be a bug in a filter.
            throw new UncheckedIOException("analysis of '" + text + "' failed", e);
        }
        return out;
    }
}
