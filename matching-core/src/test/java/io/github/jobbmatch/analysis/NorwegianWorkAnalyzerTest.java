package io.github.jobbmatch.analysis;

import static io.github.jobbmatch.analysis.TokenAssert.assertAnalyzesTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.analysis.NorwegianWorkAnalyzer.CompoundMode;
import io.github.jobbmatch.analysis.NorwegianWorkAnalyzer.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NorwegianWorkAnalyzerTest {

    /** Only the steps up to stemming: no compounds, so each step can be seen on its own. */
    private final NorwegianWorkAnalyzer noCompounds = new NorwegianWorkAnalyzer(Config.defaults().withCompoundMode(CompoundMode.NONE));
    private final NorwegianWorkAnalyzer defaults = new NorwegianWorkAnalyzer();

    @Test
    void confusablesFromCyrillicAndGreekFoldToLatin() {
        // "е" is Cyrillic U+0435, "ο" is Greek U+03BF, "А" is Cyrillic U+0410.
        assertAnalyzesTo(noCompounds, "syk\u0435pleier", "sykeplei");
        assertAnalyzesTo(noCompounds, "renh\u03bflder", "renhold");
        assertAnalyzesTo(noCompounds, "\u0410ssistent", "asistent");
        assertThat(Confusables.fold("B\u0435rg\u0435n")).isEqualTo("Bergen");
    }

    @Test
    void invisibleCharactersDoNotSplitWords() {
        assertAnalyzesTo(noCompounds, "syke\u00ADpleier", "sykeplei");
        assertAnalyzesTo(noCompounds, "syke\u200Bpleier", "sykeplei");
    }

    @Test
    void aeOeAaAndSwedishLettersMeetTheNorwegianForm() {
        assertThat(NorwegianText.tokens(noCompounds, "Baerum")).isEqualTo(NorwegianText.tokens(noCompounds, "Bærum"));
        assertThat(NorwegianText.tokens(noCompounds, "Tromsoe")).isEqualTo(NorwegianText.tokens(noCompounds, "Tromsø"));
        assertThat(NorwegianText.tokens(noCompounds, "Saafoer")).isEqualTo(NorwegianText.tokens(noCompounds, "Såfør"));
        assertThat(NorwegianText.tokens(noCompounds, "Björn")).isEqualTo(NorwegianText.tokens(noCompounds, "Bjørn"));
        assertThat(NorwegianText.tokens(noCompounds, "Kärnkraft")).isEqualTo(NorwegianText.tokens(noCompounds, "Kærnkraft"));
        assertThat(NorwegianText.tokens(noCompounds, "Café")).isEqualTo(NorwegianText.tokens(noCompounds, "kafe"));
    }

    @Test
    void lowerCasingAndTokenisation() {
        assertAnalyzesTo(noCompounds, "HR-DIREKTØR", "hr", "direktør");
    }

    @Test
    void bokmaalAndNynorskInflectionsStemAlike() {
        // bokmål plural, definite plural; nynorsk agent nouns
        assertAnalyzesTo(noCompounds, "renholder renholdere renholderne", "renhold", "renhold", "renhold");
        assertAnalyzesTo(noCompounds, "reinhaldar reinhaldarar reinhaldarane", "renhold", "renhold", "renhold");
        assertThat(NorwegianText.tokens(noCompounds, "Hjelpepleiar"))
                .isEqualTo(NorwegianText.tokens(noCompounds, "hjelpepleier"));
        assertThat(NorwegianText.tokens(noCompounds, "sjukepleiar"))
                .isEqualTo(NorwegianText.tokens(noCompounds, "sykepleier"));
        assertThat(NorwegianText.tokens(noCompounds, "dagleg leiar"))
                .isEqualTo(NorwegianText.tokens(noCompounds, "daglig leder"));
        assertThat(NorwegianText.tokens(noCompounds, "lærarar"))
                .isEqualTo(NorwegianText.tokens(noCompounds, "lærere"));
    }

    @Test
    void spellingKeyCollapsesDoubleConsonantsAndSkj() {
        assertThat(NorwegianSpelling.normalize("kokk")).isEqualTo("kok");
        assertThat(NorwegianSpelling.normalize("asisstent")).isEqualTo(NorwegianSpelling.normalize("assistent"));
        assertThat(NorwegianSpelling.normalize("skjøtter")).isEqualTo(NorwegianSpelling.normalize("sjøter"));
        assertThat(NorwegianSpelling.normalize("controller")).isEqualTo("kontroler");
        assertThat(NorwegianText.tokens(noCompounds, "tømmrer")).isEqualTo(NorwegianText.tokens(noCompounds, "tømrer"));
        // Off: the words stay as typed (after lower-casing and stemming).
        NorwegianWorkAnalyzer raw = new NorwegianWorkAnalyzer(
                Config.defaults().withCompoundMode(CompoundMode.NONE).withSpelling(false));
        assertAnalyzesTo(raw, "kokker", "kokk");
    }

    @Test
    void stopWordsAreDropped() {
        assertAnalyzesTo(noCompounds, "tømrere og snekkere", "tømr", "snek");
    }

    @Test
    void compoundsAreSplitWithTheOriginalKeptAtTheSamePosition() throws Exception {
        assertThat(NorwegianText.tokens(defaults, "helsefagarbeider"))
                .startsWith("helsefagarbeid")
                .contains("hels", "fag", "arbeid", "fagarbeid");
        assertThat(NorwegianText.tokens(defaults, "truckførerbevis")).contains("truk", "før", "bevi");
        List<String> withInc = TokenAssert.termsWithIncrements(defaults, "renholder helsefagarbeider");
        assertThat(withInc.get(0)).isEqualTo("renhold/1");
        assertThat(withInc.get(1)).isEqualTo("helsefagarbeid/1");
        assertThat(withInc.subList(2, withInc.size())).allMatch(s -> s.endsWith("/0"));
    }

    @Test
    void compoundsCanDropTheOriginal() throws Exception {
        NorwegianWorkAnalyzer parts = new NorwegianWorkAnalyzer(Config.defaults().withKeepOriginal(false));
        List<String> t = TokenAssert.termsWithIncrements(parts, "kokk helsefagarbeider");
        assertThat(t).doesNotContain("helsefagarbeid/1", "helsefagarbeid/0");
        assertThat(t.get(0)).isEqualTo("kok/1");
        assertThat(t.get(1)).isEqualTo("hels/1");
        assertThat(t.subList(2, t.size())).allMatch(s -> s.endsWith("/0")).contains("arbeid/0");
    }

    @Test
    void callerSuppliedDictionaryReplacesOrExtendsTheDefault() {
        NorwegianWorkAnalyzer own = new NorwegianWorkAnalyzer(Config.defaults().withOnlyDictionary(Set.of("bio", "ingeniør")));
        assertAnalyzesTo(own, "Overbioingeniør", "overbioingeniør", "bio", "ingeniør");
        NorwegianWorkAnalyzer none = new NorwegianWorkAnalyzer(Config.defaults().withOnlyDictionary(Set.of()));
        assertAnalyzesTo(none, "Overbioingeniør", "overbioingeniør");
    }

    @Test
    void headModeEmitsOnlySuffixesThatAreWords() {
        NorwegianWorkAnalyzer head = new NorwegianWorkAnalyzer(Config.defaults()
                .withOnlyDictionary(Set.of("maskinkjører", "kjører", "grave")).withCompoundMode(CompoundMode.HEAD));
        assertAnalyzesTo(head, "Gravemaskinkjører", "gravemaskinkjør", "maskinkjør", "kjør");
        assertAnalyzesTo(head, "maskinkjørere", "maskinkjør", "kjør");
    }

    @Test
    void configRejectsNonsense() {
        assertThatThrownBy(() -> Config.defaults().withOnlyDictionary(Set.of()).withStopWords(Set.of())
                .withCompoundMode(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Config(Set.of(), CompoundMode.SPLIT, true, true, true, Set.of(), 1))
                .hasMessageContaining("minSubword");
    }

    @Test
    void sharedAnalyzerIsThreadSafe() throws Exception {
        List<String> expected = NorwegianText.tokens(defaults, "Reinhaldarar og helsefagarbeidarar i Bærum");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                fs.add(pool.submit(() -> NorwegianText.tokens(defaults, "Reinhaldarar og helsefagarbeidarar i Baerum")));
            }
            for (Future<List<String>> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    private static final String[] WORDS = {
        "sykepleier", "renholder", "helsefagarbeider", "kjøkkenassistent", "lagermedarbeider", "sjåfør",
        "barnehageassistent", "butikkmedarbeider", "truckfører", "bærum", "tømrer", "gårdbruker", "møbelsnekker",
        "operatør", "vaktmester", "miljøarbeider", "tannhelsesekretær", "elektriker", "kokk", "anleggsmaskinfører",
    };

    /** Perturbations a person or a copy-paste makes must not change the tokens. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void perturbedSpellingsMeetTheCanonicalWord(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 20; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            String p = perturb(w, r);
            assertThat(NorwegianText.tokens(defaults, p))
                    .as("seed %d: '%s' vs '%s'", seed, p, w)
                    .isEqualTo(NorwegianText.tokens(defaults, w));
        }
    }

    /** Any input, however odd, analyses without error and yields only non-empty terms. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryTextNeverBreaksTheChain(long seed) {
        Random r = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyzæøåÆØÅäöéü -()/,.;\u0435\u03bf\u00AD\u200B0123456789";
        for (int i = 0; i < 30; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(60);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            List<String> t = NorwegianText.tokens(defaults, sb.toString());
            assertThat(t).as("seed %d: '%s'", seed, sb).allMatch(s -> !s.isEmpty());
        }
    }

    private static String perturb(String w, Random r) {
        String p = w;
        switch (r.nextInt(5)) {
            case 0 -> p = p.toUpperCase(java.util.Locale.ROOT);
            case 1 -> p = p.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
            case 2 -> p = p.replace("e", "\u0435").replace("o", "\u03bf"); // Cyrillic e, Greek o
            case 3 -> p = p.replace("ø", "ö").replace("æ", "ä");
            default -> {
                int k = 1 + r.nextInt(Math.max(1, p.length() - 2));
                p = p.substring(0, k) + "\u00AD" + p.substring(k); // soft hyphen from a word processor
            }
        }
        return r.nextBoolean() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }
}
