package io.github.jobbmatch.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNormalizerTest {

    private final LabelNormalizer n = LabelNormalizer.instance();

    @Test
    void splitsOnAnythingButLettersAndDigits() {
        assertThat(n.apply("Truckførerbevis T1-T4")).containsExactly("truckførerbevis", "t1", "t4");
        assertThat(n.apply("  ")).isEmpty();
        assertThat(n.apply(null)).isEmpty();
    }

    @Test
    void foldsLookAlikesAndAccents() {
        assertThat(n.apply("Kafé Töj Bär")).isEqualTo(n.apply("kafe tøj bær"));
        assertThat(n.apply("Aase Baade")).isEqualTo(n.apply("Åse Både"));
        assertThat(n.apply("ＴＲＵＣＫ")).containsExactly("truck");
    }

    @Test
    void stripsOneInflectionEndingKeepingAStem() {
        assertThat(n.apply("høyden høyde høyda")).containsExactly("høyd", "høyd", "høyd");
        assertThat(n.apply("arbeide arbeid")).containsExactly("arbeid", "arbeid");
        assertThat(n.apply("kokken kokkene")).containsExactly("kokk", "kokk");
        assertThat(n.apply("hjelpepleier hjelpepleiar")).containsExactly("hjelpeplei", "hjelpeplei");
        // Short words and codes are left alone.
        assertThat(n.apply("bad t1 c1e 5321")).containsExactly("bad", "t1", "c1e", "5321");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 25).mapToObj(i -> 31L * i + 5);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tokensAreFoldedLettersAndDigits(long seed) {
        Random rnd = new Random(seed);
        String alphabet = "aAbBeEnNrRtTæÆøØåÅäÄöÖéÉ19 -_/.,;:()\t\u00A0";
        for (int i = 0; i < 100; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(40); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<String> tokens = n.apply(text);
            assertThat(tokens).as("seed %d: '%s'", seed, text).allSatisfy(t -> {
                assertThat(t).isNotEmpty().isLowerCase().doesNotContain("aa").doesNotContain("ä").doesNotContain("ö")
                        .doesNotContain("é");
                assertThat(t.chars().allMatch(Character::isLetterOrDigit)).isTrue();
            });
            assertThat(n.apply(text.toUpperCase(java.util.Locale.ROOT))).as("seed %d: case", seed).isEqualTo(tokens);
        }
    }
}
