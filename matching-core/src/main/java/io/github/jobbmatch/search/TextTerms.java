package io.github.jobbmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Analyses text into distinct terms with the configured analyzer, as the index does. */
public final class TextTerms {

    private TextTerms() {}

    /** The distinct analysed terms of {@code text} for {@code field}, in order, at most {@code limit}. */
    public static List<String> analyze(Analyzer analyzer, String field, String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < limit) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis failed", e);
        }
        return List.copyOf(terms);
    }

    /** The distinct analysed terms of several texts, at most {@code limit}. */
    public static List<String> analyze(Analyzer analyzer, String field, List<String> texts, int limit) {
        Set<String> terms = new LinkedHashSet<>();
        for (String t : texts) {
            for (String term : analyze(analyzer, field, t, limit)) {
                if (terms.size() < limit) {
                    terms.add(term);
                }
            }
        }
        return new ArrayList<>(terms);
    }
}
