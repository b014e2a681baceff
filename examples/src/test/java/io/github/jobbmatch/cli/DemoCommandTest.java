package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.explain.HealthWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the demo end to end on a small sample (a few hundred candidates keeps it to a few seconds). */
class DemoCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return new DemoCommand(tmp).run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textOutputShowsTheThreeScenariosWithAFunnelAndNoHealthWords() throws Exception {
        assertThat(run("--candidates", "400", "--seed", "3")).isEqualTo(ExitCodes.OK);
        String out = out();
        assertThat(out).contains("1. Kantinemedarbeider — Fjordkantina AS (n-demo-kantine)",
                "(n-demo-stillas)", "(n-demo-hjemmetjeneste)");
        assertThat(out.split("Kortliste / short list", -1)).hasSize(4);
        String broad = out.substring(0, out.indexOf("4. Kandidat først / candidate-first"));
        assertThat(broad.split("Nesten-treff / near misses", -1)).hasSize(4);
        // The scaffolding pathway is built so that few hold both musts: its result is thin.
        String stillas = out.substring(out.indexOf("(n-demo-stillas)"), out.indexOf("(n-demo-hjemmetjeneste)"));
        assertThat(stillas).contains("Trakt / funnel", "samtykke til søk", "Kan arbeide i høyden", "Kurs i stillasmontering");
        assertThat(out).containsPattern("\\n  1\\. k-\\d+ +\\d+ %");
        // Candidate-first for the canteen's best candidate: their openings, with the person to call.
        String first = out.substring(out.indexOf("1. k-") + 3, out.indexOf(' ', out.indexOf("1. k-") + 3));
        String openings = out.substring(out.indexOf("4. Kandidat først / candidate-first"));
        assertThat(openings).contains("for " + first).containsPattern("\\n  1\\. n-[\\w-]+ +\\d+ %").contains("Kontaktperson: ");
        assertThat(HealthWords.contains(out)).as("health words in:%n%s", out).isFalse();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Indeksert");
        assertThat(leftovers()).as("temporary index deleted").isZero();
    }

    @Test
    void jsonOutputIsOneArrayOfTheThreeResultsAndTheCandidateFirstOne() throws Exception {
        assertThat(run("--json", "--candidates", "200")).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(4);
        assertThat(json.get(0).get("needId").asText()).isEqualTo("n-demo-kantine");
        assertThat(json.get(1).get("needId").asText()).isEqualTo("n-demo-stillas");
        assertThat(json.get(2).get("needId").asText()).isEqualTo("n-demo-hjemmetjeneste");
        assertThat(json.get(3).get("candidateId").asText())
                .isEqualTo(json.get(0).get("shortlist").get(0).get("candidateId").asText());
        assertThat(json.get(3).get("shortlist").get(0).has("needId")).isTrue();
        for (JsonNode r : json) {
            assertThat(r.has("shortlist")).isTrue();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(json.get(i).get("diagnostics").get("funnel").size()).isPositive();
        }
        assertThat(leftovers()).isZero();
    }

    @Test
    void sameSeedGivesTheSameDemo() throws Exception {
        run("--candidates", "150", "--seed", "9");
        String first = out();
        outBytes.reset();
        run("--candidates", "150", "--seed", "9");
        assertThat(out()).isEqualTo(first);
    }

    @Test
    void badFlagsAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"demo", "--candidates", "5"}, o, e)).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.run(new String[] {"demo", "--seed", "x"}, o, e)).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.run(new String[] {"demo", "--top", "3"}, o, e)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--candidates must be from 10",
                "--seed expects a whole number", "unknown flag --top");
    }

    private long leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }
}
