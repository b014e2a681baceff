package io.github.jobbmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.taxonomy.Taxonomy;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TaxonomyExpansionFilterTest {

    private final Taxonomy taxonomy = SearchFixtures.taxonomy();
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            WhitespaceTokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, new TaxonomyExpansionFilter(source, taxonomy));
        }
    };

    private List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + pos.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void aConceptIsFollowedByItsBroaderConceptsAtTheSamePosition() throws IOException {
        List<String> expected = new ArrayList<>(List.of("lic:C@1"));
        taxonomy.broaderClosure("lic:C").stream().filter(b -> !b.equals("lic:C")).forEach(b -> expected.add(b + "@0"));
        expected.add("ukjent@1");
        assertThat(expected).contains("lic:B@0");
        assertThat(tokens("lic:C ukjent")).containsExactlyElementsOf(expected);
    }

    @Test
    void otherTokensPassUnchanged() throws IOException {
        assertThat(tokens("hei lic:B")).containsExactly("hei@1", "lic:B@1");
    }
}
