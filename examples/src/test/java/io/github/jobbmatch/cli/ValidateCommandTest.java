package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String EMPLOYERS = """
            {"id":"e-1","name":"Kantina AS","sector":"private"}
            {"id":"e-2","name":"Verftet","sector":"private","size":"big"}
            """;
    private static final String NEEDS = """
            {"id":"n-1","employerId":"e-1","created":"2026-11-22","title":"Kokk"}
            {"id":"n-2","employerId":"e-9","created":"2026-11-22","title":"Lager"}

            {"id":"n-3","employerId":"e-1","created":"2026-11-22","title":"Oppvask","requirements":[{"label":"a","kind":"maybe"}]}
            {"id":"n-1","employerId":"e-1","created":"2026-11-23","title":"Kokk igjen"}
            """;
    private static final String CANDIDATES = """
            {"id":"k-1","updated":"2026-11-22","followedBy":{"organisation":"NAV","kind":"nav"},"consent":{"searchable":"none","shareWithEmployer":"never"}}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void validFileGivesSummaryAndExitZero() throws IOException {
        Path c = file("candidates.jsonl", CANDIDATES);
        assertThat(run("validate", "--candidates", c.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out()).isEqualTo(c + ": 1 valid, 0 invalid" + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void everyErrorIsPrintedWithFileLineAndPath() throws IOException {
        Path e = file("employers.jsonl", EMPLOYERS);
        Path n = file("needs.jsonl", NEEDS);
        assertThat(run("validate", "--employers", e.toString(), "--needs", n.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err()).contains(
                e + ":2: $.size: expected an integer, got string \"big\"",
                n + ":2: $.employerId: expected the id of an employer in " + e + ", got \"e-9\"",
                n + ":4: $.requirements[0].kind: expected one of must, want, trainable, got \"maybe\"",
                n + ":5: $.id: expected a unique id, got \"n-1\" already used on line 1");
        assertThat(out()).contains(e + ": 1 valid, 1 invalid", n + ": 1 valid, 3 invalid");
    }

    @Test
    void unknownEmployerIsNotCheckedWithoutAnEmployerFile() throws IOException {
        Path n = file("needs.jsonl", NEEDS);
        assertThat(run("validate", "--needs", n.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err()).doesNotContain("$.employerId");
        assertThat(out()).contains(n + ": 2 valid, 2 invalid");
    }

    @Test
    void usageErrors() {
        assertThat(run("validate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("at least one of --candidates, --employers, --needs");
        assertThat(run("validate", "--cands", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("unknown flag --cands");
    }

    @Test
    void unreadableFileExitsWithIoError() {
        Path missing = dir.resolve("nope.jsonl");
        assertThat(run("validate", "--candidates", missing.toString())).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(err()).contains("cannot read " + missing).contains("no such file");
        assertThat(run("validate", "--employers", dir.toString())).isEqualTo(ExitCodes.IO_ERROR);
    }

    @Test
    void listedInHelp() {
        assertThat(run("help")).isEqualTo(ExitCodes.OK);
        assertThat(out()).contains("validate");
    }
}
