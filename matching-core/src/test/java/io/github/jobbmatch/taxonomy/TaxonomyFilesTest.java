package io.github.jobbmatch.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonomyFilesTest {

    private static Taxonomy read(String text) throws IOException {
        return TaxonomyFiles.read(new StringReader(text), "test.txt");
    }

    private static TaxonomyFormatException failure(String text) {
        try {
            read(text);
        } catch (TaxonomyFormatException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a TaxonomyFormatException for:\n" + text);
    }

    @Test
    void readsConceptsWithAllFieldsCommentsAndBlankLines() throws IOException {
        Taxonomy t = read("""
                # a comment
                
                skill:renhold | skill | Renhold | Rengjøring; Reinhald
                occ:renholder | occupation | Renholder | Reinhaldar | occ:renhold-yrker | skill:renhold | 9112
                   # indented comment
                occ:renhold-yrker | OCCUPATION | Renholdsyrker | | | | 91;
                """);
        assertThat(t.size()).isEqualTo(3);
        Concept c = t.concept("occ:renholder").orElseThrow();
        assertThat(c.kind()).isEqualTo(ConceptKind.OCCUPATION);
        assertThat(c.altLabels()).containsExactly("Reinhaldar");
        assertThat(c.broader()).containsExactly("occ:renhold-yrker");
        assertThat(c.related()).containsExactly("skill:renhold");
        assertThat(c.styrk08()).containsExactly("9112");
        assertThat(t.concept("skill:renhold").orElseThrow().altLabels()).containsExactly("Rengjøring", "Reinhald");
        assertThat(t.byStyrk08("91")).extracting(Concept::id).containsExactly("occ:renhold-yrker");
        assertThat(t.related("skill:renhold")).contains("occ:renholder");
    }

    @Test
    void escapesKeepSeparatorsInsideLabels() throws IOException {
        Taxonomy t = read("x:a | skill | Plukk \\| pakk | A\\;B; C\\\\D\n");
        Concept c = t.concept("x:a").orElseThrow();
        assertThat(c.prefLabel()).isEqualTo("Plukk | pakk");
        assertThat(c.altLabels()).containsExactly("A;B", "C\\D");
    }

    @Test
    void skipsByteOrderMarkAndAcceptsLicenseSpelling() throws IOException {
        Taxonomy t = read("\uFEFFlic:b | license | Førerkort klasse B\n");
        assertThat(t.concept("lic:b").orElseThrow().kind()).isEqualTo(ConceptKind.LICENCE);
    }

    @Test
    void unknownKindNamesSourceLineAndAllowedKinds() {
        TaxonomyFormatException e = failure("""
                skill:a | skill | A
                skill:b | skil | B
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("test.txt");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("unknown kind 'skil'").contains("occupation, skill, certificate");
        });
        assertThat(e).hasMessageContaining("test.txt:2:");
    }

    @Test
    void missingPreferredLabelIsReportedWithItsLine() {
        TaxonomyFormatException e = failure("# header\n\nskill:a | skill |  | Alt\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("missing preferred label");
        });
    }

    @Test
    void danglingLinksAreReportedAtTheLineThatLinks() {
        TaxonomyFormatException e = failure("""
                skill:a | skill | A
                skill:b | skill | B | | skill:nope | skill:gone
                """);
        assertThat(e.problems()).extracting(TaxonomyFormatException.Problem::line).containsOnly(2);
        assertThat(e.problems()).extracting(TaxonomyFormatException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("broader id 'skill:nope' is not defined"))
                .anySatisfy(m -> assertThat(m).contains("related id 'skill:gone' is not defined"));
    }

    @Test
    void duplicateIdNamesTheFirstDefinition() {
        TaxonomyFormatException e = failure("""
                skill:a | skill | A
                skill:b | skill | B
                skill:a | skill | A again
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate id 'skill:a'").contains("first defined on line 1");
        });
    }

    @Test
    void cycleOfBroaderLinksIsReportedWithThePath() {
        TaxonomyFormatException e = failure("""
                skill:a | skill | A | | skill:c
                skill:b | skill | B | | skill:a
                skill:c | skill | C | | skill:b
                skill:d | skill | D | | skill:a
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("cycle").contains("skill:a").contains("skill:b").contains("skill:c");
            assertThat(p.line()).isBetween(1, 3);
        });
    }

    @Test
    void selfLinksAreRejected() {
        TaxonomyFormatException e = failure("skill:a | skill | A | | skill:a | skill:a\n");
        assertThat(e.problems()).extracting(TaxonomyFormatException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("itself as broader"))
                .anySatisfy(m -> assertThat(m).contains("itself as related"));
    }

    @Test
    void malformedLinesAreReportedEachWithItsLine() {
        TaxonomyFormatException e = failure("""
                skill:a | skill
                skill:b | skill | B | | | | | extra
                skill:c | skill | C \\x
                occ:d | occupation | D | | | | 53210
                bad id | skill | E
                skill:f | | F
                """);
        assertThat(e.problems()).extracting(TaxonomyFormatException.Problem::line).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(e.problems().get(0).message()).contains("expected 3 to 7 fields").contains("found 2");
        assertThat(e.problems().get(1).message()).contains("found 8");
        assertThat(e.problems().get(2).message()).contains("backslash");
        assertThat(e.problems().get(3).message()).contains("STYRK-08 code '53210'");
        assertThat(e.problems().get(4).message()).contains("id 'bad id'");
        assertThat(e.problems().get(5).message()).contains("missing kind");
    }

    @Test
    void readsAndWritesFiles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "skill:a | skill | Ærlig innsalg | Øving; Åpenhet\n", StandardCharsets.UTF_8);
        Taxonomy t = TaxonomyFiles.read(f);
        Path g = dir.resolve("copy.txt");
        TaxonomyFiles.write(t, g);
        assertThat(List.copyOf(TaxonomyFiles.read(g).concepts())).isEqualTo(List.copyOf(t.concepts()));

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "skill:a | skil | A\n");
        assertThatThrownBy(() -> TaxonomyFiles.read(bad)).isInstanceOf(TaxonomyFormatException.class)
                .hasMessageContaining(bad.toString() + ":1:");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "skill:a | skill | Rengj\u00f8ring\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TaxonomyFiles.read(latin1)).isInstanceOf(IOException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void writerRefusesWhatTheFormatCannotHold() {
        Taxonomy blanks = Taxonomy.builder()
                .add(new Concept("skill:a", ConceptKind.SKILL, " padded", List.of(), List.of(), List.of()))
                .build();
        assertThatThrownBy(() -> TaxonomyFiles.toString(blanks)).hasMessageContaining("skill:a")
                .hasMessageContaining("surrounding blanks");
        Taxonomy newline = Taxonomy.builder()
                .add(new Concept("skill:a", ConceptKind.SKILL, "A", List.of("two\nlines"), List.of(), List.of()))
                .build();
        assertThatThrownBy(() -> TaxonomyFiles.toString(newline)).hasMessageContaining("line break");
        Taxonomy badId = Taxonomy.builder()
                .add(new Concept("skill a", ConceptKind.SKILL, "A", List.of(), List.of(), List.of()))
                .build();
        assertThatThrownBy(() -> TaxonomyFiles.toString(badId)).hasMessageContaining("'skill a'");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 7919L * i + 3);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeThenReadGivesTheSameTaxonomy(long seed) throws IOException {
        Taxonomy original = randomTaxonomy(new Random(seed));
        String text = TaxonomyFiles.toString(original);
        Taxonomy copy = TaxonomyFiles.read(new StringReader(text), "seed-" + seed);
        assertThat(List.copyOf(copy.concepts())).as("seed %d, file:%n%s", seed, text)
                .isEqualTo(List.copyOf(original.concepts()));
        assertThat(TaxonomyFiles.toString(copy)).as("seed %d", seed).isEqualTo(text);
    }

    /** A random valid taxonomy; broader links only point at earlier concepts, so there is no cycle. */
    static Taxonomy randomTaxonomy(Random rnd) {
        int n = 1 + rnd.nextInt(40);
        List<String> ids = new ArrayList<>();
        Taxonomy.Builder b = Taxonomy.builder();
        ConceptKind[] kinds = ConceptKind.values();
        for (int i = 0; i < n; i++) {
            String id = "k" + i + ":" + word(rnd, "abcdefghijklmnopqrstuvwxyz0123456789-._/", 1 + rnd.nextInt(12));
            List<String> alt = new ArrayList<>();
            for (int a = rnd.nextInt(4); a > 0; a--) {
                alt.add(label(rnd));
            }
            List<String> broader = new ArrayList<>();
            List<String> related = new ArrayList<>();
            if (!ids.isEmpty()) {
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    String target = ids.get(rnd.nextInt(ids.size()));
                    if (!broader.contains(target)) {
                        broader.add(target);
                    }
                }
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    String target = ids.get(rnd.nextInt(ids.size()));
                    if (!related.contains(target)) {
                        related.add(target);
                    }
                }
            }
            List<String> styrk = new ArrayList<>();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                styrk.add(word(rnd, "0123456789", 1 + rnd.nextInt(4)));
            }
            b.add(new Concept(id, kinds[rnd.nextInt(kinds.length)], label(rnd), alt, broader, related, styrk));
            ids.add(id);
        }
        return b.build();
    }

    private static String label(Random rnd) {
        String s = word(rnd, "abcæøåÆØÅ éü|;\\#-()T1", 1 + rnd.nextInt(25)).strip();
        return s.isEmpty() ? "x" : s;
    }

    private static String word(Random rnd, String alphabet, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
