package io.github.jobbmatch.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OccupationResolverTest {

    private static OccupationResolver resolver;

    @BeforeAll
    static void build() throws Exception {
        resolver = OccupationResolver.build(Fixtures.styrk(), Fixtures.titles());
    }

    @AfterAll
    static void close() throws Exception {
        resolver.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Hjelpepleier (psykisk helsearbeid)|5321",   // unseen qualifier
        "Overbioingeniør|3212",                      // unseen compound, head last
        "Gravemaskinkjører|8342",                    // unseen compound: gravemaskin|kjører
        "reinhaldar|9112",                           // nynorsk
        "Renholdere|9112",                           // plural
        "hjelpepleiar|5321",                         // nynorsk agent noun
        "sykepelier|2223",                           // misspelt
        "HELSEFAGARBEIDER|5321",
        "Sjukepleiar i heimetenesta|2223",
    })
    void resolvesUnseenTitles(String title, String code) {
        List<OccupationMatch> m = resolver.resolve(title, 3);
        assertThat(m).as("%s -> %s", title, m).isNotEmpty();
        assertThat(m.get(0).styrk08()).as("%s -> %s", title, m).isEqualTo(code);
    }

    @Test
    void knownTitleScoresHigherThanAVariantAndCarriesTheStyrkName() {
        OccupationMatch exact = resolver.resolve("Bioingeniør", 1).get(0);
        OccupationMatch variant = resolver.resolve("Overbioingeniør", 1).get(0);
        assertThat(exact.name()).isEqualTo("Bioingeniører");
        assertThat(exact.score()).isGreaterThan(variant.score()).isLessThanOrEqualTo(1.0);
    }

    /**
     * A generic main part never seen with any code, whose qualifier words were seen with one code
     * only: the word-to-code evidence decides (NAV's "Lærling (bøkker)" pattern).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Lærling (psykiatri)|2223",
        "Konsulent (laboratorium)|3212",
        "Prosjektmedarbeider (eldreomsorg)|5321",
    })
    void qualifierWordsPointToTheirCode(String title, String code) {
        List<OccupationMatch> m = resolver.resolve(title, 3);
        assertThat(m).as("%s -> %s", title, m).isNotEmpty();
        assertThat(m.get(0).styrk08()).as("%s -> %s", title, m).isEqualTo(code);
    }

    @Test
    void nothingRecognisedGivesNothing() {
        assertThat(resolver.resolve("   ", 3)).isEmpty();
        assertThat(resolver.resolve("---", 3)).isEmpty();
    }

    @Test
    void badArgumentsAreRejected() throws Exception {
        assertThatThrownBy(() -> resolver.resolve("x", 0)).hasMessageContaining("max must be at least 1");
        assertThatThrownBy(() -> OccupationResolver.build(List.of(new StyrkCode("5", 1, "", "A")), Fixtures.titles()))
                .hasMessageContaining("no level-4 codes");
    }

    @Test
    void titlesWithCodesOutsideTheClassificationAreIgnored() throws Exception {
        var titles = new java.util.ArrayList<>(Fixtures.titles());
        titles.add(new JobTitle("7777", "Renholder"));
        try (OccupationResolver r = OccupationResolver.build(Fixtures.styrk(), titles)) {
            assertThat(r.resolve("Renholder", 5)).extracting(OccupationMatch::styrk08).doesNotContain("7777");
        }
    }

    static LongStream seeds() {
        return LongStream.range(100, 130);
    }

    /** For any text: at most max results, distinct known codes, scores in (0, 1], best first. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultsAreBoundedSortedAndDistinct(long seed) {
        Random r = new Random(seed);
        String[] parts = {"syke", "pleier", "renhold", "er", "bio", "ingeniør", "maskin", "kjører", "hjelpe",
            "(", ")", " ", "fag", "arbeider", "xyz", "å", "sjukepleiar", "Ø"};
        for (int i = 0; i < 15; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int j = 0; j < n; j++) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            int max = 1 + r.nextInt(5);
            List<OccupationMatch> m = resolver.resolve(sb.toString(), max);
            String what = "seed " + seed + ": '" + sb + "' -> " + m;
            assertThat(m).as(what).hasSizeLessThanOrEqualTo(max);
            assertThat(m).as(what).allSatisfy(x -> {
                assertThat(x.score()).isGreaterThan(0).isLessThanOrEqualTo(1);
                assertThat(resolver.code(x.styrk08())).isPresent();
            });
            assertThat(m.stream().map(OccupationMatch::styrk08).distinct().count()).as(what).isEqualTo(m.size());
            for (int k = 1; k < m.size(); k++) {
                assertThat(m.get(k - 1).score()).as(what).isGreaterThanOrEqualTo(m.get(k).score());
            }
        }
    }
}
