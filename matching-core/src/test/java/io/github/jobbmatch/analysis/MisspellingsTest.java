package io.github.jobbmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class MisspellingsTest {
    @Test
    void editsGrowWithTokenLength() {
        assertThat(Misspellings.maxEdits(4)).isZero();
        assertThat(Misspellings.maxEdits(5)).isEqualTo(1);
        assertThat(Misspellings.maxEdits(9)).isEqualTo(2);
    }

    @Test
    void longTokensBecomeFuzzyShortOnesExact() {
        NorwegianWorkAnalyzer a = new NorwegianWorkAnalyzer(NorwegianWorkAnalyzer.Config.defaults()
                .withCompoundMode(NorwegianWorkAnalyzer.CompoundMode.NONE));
        BooleanQuery q = (BooleanQuery) Misspellings.tolerant("f", a, "HR sykepelier");
        assertThat(q.clauses()).hasSize(2).allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
        assertThat(q.clauses().get(0).query()).isInstanceOf(TermQuery.class);
        FuzzyQuery fuzzy = (FuzzyQuery) q.clauses().get(1).query();
        assertThat(fuzzy.getMaxEdits()).isEqualTo(1);
        assertThat(fuzzy.getTerm().text()).isEqualTo("sykepeli");
    }
}
