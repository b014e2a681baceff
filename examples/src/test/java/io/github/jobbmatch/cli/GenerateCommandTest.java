package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, -7})
    void sameSeedGivesIdenticalFilesThatValidate(long seed) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        String s = Long.toString(seed);
        assertThat(run("generate", "--out", a.toString(), "--candidates", "300", "--seed", s, "--with-showcase")).isEqualTo(0);
        assertThat(run("generate", "--out", b.toString(), "--candidates", "300", "--seed", s, "--with-showcase")).isEqualTo(0);
        for (String f : List.of("candidates.jsonl", "employers.jsonl", "needs.jsonl")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        assertThat(Files.readAllLines(a.resolve("candidates.jsonl"))).hasSize(300);
        assertThat(Files.readAllLines(a.resolve("employers.jsonl"))).hasSize(30 + 3);
        assertThat(Files.readAllLines(a.resolve("needs.jsonl"))).hasSize(37 + 3).anyMatch(l -> l.contains("\"n-demo-kantine\""));
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains(": 300 candidates", ": 33 employers", ": 40 needs");

        outBytes.reset();
        assertThat(run("validate", "--candidates", a.resolve("candidates.jsonl").toString(),
                "--employers", a.resolve("employers.jsonl").toString(),
                "--needs", a.resolve("needs.jsonl").toString())).as(err()).isEqualTo(ExitCodes.OK);
        assertThat(err()).isEmpty();
    }

    @Test
    void differentSeedsGiveDifferentFilesAndCountsFollowTheFlags() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(run("generate", "--out", a.toString(), "--candidates", "20", "--seed", "1", "--employers", "4", "--needs", "9")).isZero();
        assertThat(run("generate", "--out", b.toString(), "--candidates", "20", "--seed", "2", "--employers", "4", "--needs", "9")).isZero();
        assertThat(Files.readString(a.resolve("candidates.jsonl"))).isNotEqualTo(Files.readString(b.resolve("candidates.jsonl")));
        assertThat(Files.readAllLines(a.resolve("employers.jsonl"))).hasSize(4);
        assertThat(Files.readAllLines(a.resolve("needs.jsonl"))).hasSize(9).noneMatch(l -> l.contains("n-demo-"));
    }

    @Test
    void calibrationFromFilesDrivesTheOccupationsAndAMalformedFileIsInvalidInput() throws IOException {
        Path cal = Files.createDirectories(dir.resolve("cal"));
        // Two occupations only, in the layout of NAV's published files: every candidate gets one of them.
        Files.writeString(cal.resolve("nav-arbeidssokere-per-yrke-2017.csv"), """
                styrk08;yrke;arbeidssokere_2017
                5120;Kokker;1 400
                9112;Rengjøringsbetjenter;600
                """);
        Files.writeString(cal.resolve("nav-ettersporsel-yrke-fylke-2017.csv"), """
                aar;yrkekode;yrke;ostfold;akershus;oslo;hedmark;oppland;buskerud;vestfold;telemark;aust_agder;vest_agder;rogaland;hordaland;sogn_fjordane;more_og_romsdal;trondelag;nordland;troms;finnmark;norge
                2017;5120;Kokker;0;0;300;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;300
                """);
        Path o = dir.resolve("o");
        assertThat(run("generate", "--out", o.toString(), "--candidates", "30", "--seed", "1", "--calibration", cal.toString()))
                .as(err()).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("calibration " + cal);
        assertThat(Files.readAllLines(o.resolve("candidates.jsonl")))
                .allMatch(l -> l.contains("\"styrk08\":\"5120\"") || l.contains("\"styrk08\":\"9112\""));

        Files.writeString(cal.resolve("nav-arbeidssokere-per-yrke-2017.csv"), """
                styrk08;yrke;arbeidssokere_2017
                5120;Kokker;mange
                """);
        assertThat(run("generate", "--out", o.toString(), "--candidates", "3", "--seed", "1", "--calibration", cal.toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err()).contains("nav-arbeidssokere-per-yrke-2017.csv");
    }

    @Test
    void flagErrorsAreUsageErrorsOnStderr() throws IOException {
        assertThat(run("generate", "--candidates", "10", "--seed", "1")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("generate", "--out", dir.toString(), "--seed", "1")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("generate", "--out", dir.toString(), "--candidates", "10")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("generate", "--out", dir.toString(), "--candidates", "-1", "--seed", "1")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("generate", "--out", dir.toString(), "--candidates", "10", "--seed", "1", "--employers", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("missing required flag --out", "missing required flag --candidates",
                "missing required flag --seed", "--candidates must be from 0", "--employers must be from 1");
        assertThat(run("generate", "--out", dir.toString(), "--candidates", "10", "--seed", "1",
                "--calibration", dir.resolve("nope").toString())).isEqualTo(ExitCodes.IO_ERROR);
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThat(run("generate", "--out", file.toString(), "--candidates", "1", "--seed", "1")).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(outBytes.size()).isZero();
    }
}
