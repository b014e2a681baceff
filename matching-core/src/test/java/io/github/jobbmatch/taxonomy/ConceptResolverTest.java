package io.github.jobbmatch.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptResolverTest {

    private static final ConceptResolver R = new ConceptResolver(StarterTaxonomy.load());

    private static List<String> ids(List<ConceptMatch> matches) {
        return matches.stream().map(m -> m.concept().id()).toList();
    }

    @Test
    void preferredLabelIsExactAndAltLabelIsSynonym() {
        assertThat(R.resolve("Truckførerbevis T1-T4")).singleElement().satisfies(m -> {
            assertThat(m.concept().id()).isEqualTo("cert:truck-t1-t4");
            assertThat(m.level()).isEqualTo(MatchLevel.EXACT);
            assertThat(m.confidence()).isEqualTo(1f);
        });
        assertThat(R.resolve("  hygienekurs ")).singleElement().satisfies(m -> {
            assertThat(m.concept().id()).isEqualTo("cert:hygienekurs");
            assertThat(m.level()).isEqualTo(MatchLevel.SYNONYM);
            assertThat(m.confidence()).isEqualTo(1f);
        });
        assertThat(ids(R.resolve("Førerkort klasse B"))).containsExactly("lic:b");
        assertThat(ids(R.resolve("Hjelpepleier"))).containsExactly("occ:helsefagarbeider");
        assertThat(R.best("Hjelpepleiar").orElseThrow().level()).isEqualTo(MatchLevel.SYNONYM);
        assertThat(ids(R.resolve("Reinhaldar"))).containsExactly("occ:renholder");
        assertThat(ids(R.resolve("Politiattest"))).containsExactly("cert:politiattest");
    }

    @Test
    void normalisedWholeLabelsMatchWithFullConfidence() {
        // Other punctuation, case and a Swedish ö: same tokens as the preferred label.
        assertThat(R.resolve("TRUCKFÖRERBEVIS t1/t4")).singleElement().satisfies(m -> {
            assertThat(m.concept().id()).isEqualTo("cert:truck-t1-t4");
            assertThat(m.confidence()).isEqualTo(1f);
        });
        assertThat(ids(R.resolve("førerkort, klasse b"))).containsExactly("lic:b");
        // Definite form of the preferred label.
        assertThat(ids(R.resolve("Matlagingen"))).containsExactly("skill:matlaging");
    }

    @Test
    void theMostSpecificConceptsInsideALongerTextAreFound() {
        assertThat(R.resolve("Politiattest kan fremvises")).singleElement().satisfies(m -> {
            assertThat(m.concept().id()).isEqualTo("cert:politiattest");
            assertThat(m.level()).isEqualTo(MatchLevel.EXACT);
            assertThat(m.confidence()).isLessThan(1f).isGreaterThan(0f);
        });
        assertThat(ids(R.resolve("Matlaging for storfamilie"))).containsExactly("skill:matlaging");
        assertThat(ids(R.resolve("Oppvask og renhold")))
                .containsExactlyInAnyOrder("skill:oppvask", "skill:renhold");
        assertThat(ids(R.resolve("Kan arbeide i høyden"))).containsExactly("skill:arbeid-i-hoyden");
        assertThat(ids(R.resolve("Har truckførerbevis T1-T4 fra 2019"))).containsExactly("cert:truck-t1-t4");
        assertThat(ids(R.resolve("Har førerkort klasse B"))).containsExactly("lic:b");
        assertThat(ids(R.resolve("Gyldig hygienekurs for næringsmiddelbransjen"))).containsExactly("cert:hygienekurs");
        assertThat(ids(R.resolve("Fagbrev som helsefagarbeider (2015)"))).containsExactly("cert:fagbrev-helsefagarbeider");
        assertThat(ids(R.resolve("Hjelpepleier (psykisk helsearbeid)"))).contains("occ:helsefagarbeider");
    }

    @Test
    void aNarrowerMatchHidesTheBroaderOneItImplies() {
        // C implies B: a text naming both classes resolves to the most specific.
        assertThat(ids(R.resolve("Har førerkort klasse B og førerkort klasse C"))).containsExactly("lic:c");
    }

    @Test
    void kindsRestrictTheResult() {
        // Restricted to occupations, the stemmed "oppvasker"/"renholder" are found, with less confidence.
        List<ConceptMatch> occupations = R.resolve("Oppvask og renhold", EnumSet.of(ConceptKind.OCCUPATION));
        assertThat(ids(occupations)).containsExactlyInAnyOrder("occ:oppvasker", "occ:renholder");
        float skillConfidence = R.resolve("Oppvask og renhold").get(0).confidence();
        assertThat(occupations).allSatisfy(m -> assertThat(m.confidence()).isLessThan(skillConfidence));
        assertThat(ids(R.resolve("Hygienekurs", EnumSet.of(ConceptKind.SKILL)))).isEmpty();
        assertThat(ids(R.resolve("Hygienekurs", EnumSet.of(ConceptKind.CERTIFICATE)))).containsExactly("cert:hygienekurs");
        assertThat(R.resolve("Renhold", Set.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Motorsport", "Sjakk", "Fotball og friluftsliv", "", "   ", "!!!", "B", "og i på",
            "Kvantefysikk", "Strikking"})
    void labelsTheTaxonomyLacksGiveNothing(String text) {
        assertThat(R.resolve(text)).as("'%s'", text).isEmpty();
    }

    @Test
    void shortCodesMatchOnlyAsTheWholeText() {
        assertThat(ids(R.resolve("ADR"))).containsExactly("cert:adr");
        assertThat(ids(R.resolve("Bor i Bø, B-menneske"))).isEmpty();
    }

    @Test
    void nullTextIsAnError() {
        assertThatThrownBy(() -> R.resolve(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    @Test
    void aPluggedNormaliserIsUsedForLabelsAndText() {
        // A toy analyzer with compound splitting: "storkjøkkenoppvask" gives storkjøkken + oppvask.
        Function<String, List<String>> compounds = text -> {
            List<String> out = new ArrayList<>();
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                out.add(w);
                if (w.endsWith("oppvask") && !w.equals("oppvask")) {
                    out.add("oppvask");
                }
            }
            return out;
        };
        ConceptResolver custom = new ConceptResolver(StarterTaxonomy.load(), compounds);
        assertThat(ids(custom.resolve("Storkjøkkenoppvask"))).containsExactly("skill:oppvask");
        assertThat(ids(R.resolve("Storkjøkkenoppvask"))).isEmpty();
        // A normaliser that returns null or empty tokens is tolerated.
        ConceptResolver silly = new ConceptResolver(StarterTaxonomy.load(), text -> null);
        assertThat(silly.resolve("Matlaging")).extracting(m -> m.concept().id()).containsExactly("skill:matlaging");
        assertThat(silly.resolve("Matlaging for storfamilie")).isEmpty();
    }

    @Test
    void concurrentUseGivesTheSameAnswers() throws Exception {
        List<String> texts = List.of("Politiattest kan fremvises", "Oppvask og renhold", "Truckførerbevis T1-T4",
                "Matlaging for storfamilie", "Sjakk", "Kan arbeide i høyden");
        List<List<ConceptMatch>> expected = texts.stream().map(R::resolve).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    for (int k = 0; k < 200; k++) {
                        int j = k % texts.size();
                        if (!R.resolve(texts.get(j)).equals(expected.get(j))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 30).mapToObj(i -> 104729L * i + 11);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyLabelOfASampledConceptResolvesBackToIt(long seed) {
        Random rnd = new Random(seed);
        List<Concept> all = List.copyOf(StarterTaxonomy.load().concepts());
        for (int i = 0; i < 25; i++) {
            Concept c = all.get(rnd.nextInt(all.size()));
            String pref = maybeRecase(rnd, c.prefLabel());
            List<ConceptMatch> m = R.resolve(pref);
            assertThat(m).as("seed %d: pref label '%s' of %s", seed, pref, c.id()).isNotEmpty();
            assertThat(m.get(0).concept().id()).as("seed %d: '%s'", seed, pref).isEqualTo(c.id());
            assertThat(m.get(0).level()).as("seed %d: '%s'", seed, pref).isEqualTo(MatchLevel.EXACT);
            assertThat(m.get(0).confidence()).isEqualTo(1f);
            for (String alt : c.altLabels()) {
                String a = maybeRecase(rnd, alt);
                assertThat(R.resolve(a)).as("seed %d: alt label '%s' of %s", seed, a, c.id())
                        .anySatisfy(x -> {
                            assertThat(x.concept().id()).isEqualTo(c.id());
                            assertThat(x.level()).isEqualTo(MatchLevel.SYNONYM);
                        });
            }
            // Embedded in a sentence, the concept is still found (possibly with more specific ones).
            String sentence = "Jeg har " + c.prefLabel() + " fra før";
            List<ConceptMatch> inText = R.resolve(sentence);
            assertThat(inText).as("seed %d: '%s'", seed, sentence).allSatisfy(x -> assertThat(x.confidence()).isLessThan(1f));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomTextNeverBreaksTheResolver(long seed) {
        Random rnd = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyzæøåÆØÅäöé0123456789 -/.,()";
        for (int i = 0; i < 50; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(60); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<ConceptMatch> out = R.resolve(text);
            assertThat(out).as("seed %d: '%s'", seed, text).allSatisfy(m -> {
                assertThat(m.confidence()).isBetween(0f, 1f);
                assertThat(m.level()).isIn(MatchLevel.EXACT, MatchLevel.SYNONYM);
            });
            assertThat(out).as("seed %d: sorted", seed)
                    .isSortedAccordingTo((a, b) -> Float.compare(b.confidence(), a.confidence()));
            assertThat(ids(out)).as("seed %d: no duplicates", seed).doesNotHaveDuplicates();
        }
    }

    private static String maybeRecase(Random rnd, String s) {
        return switch (rnd.nextInt(3)) {
            case 0 -> s.toUpperCase(Locale.ROOT);
            case 1 -> s.toLowerCase(Locale.ROOT);
            default -> s;
        };
    }
}
