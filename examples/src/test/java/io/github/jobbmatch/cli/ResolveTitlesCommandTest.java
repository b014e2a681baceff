package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveTitlesCommandTest {

    @TempDir
    Path dir;
    Path styrk;
    Path titles;
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void fixtures() throws Exception {
        styrk = dir.resolve("styrk.csv");
        titles = dir.resolve("titles.csv");
        Files.writeString(styrk, """
                code;level;parentCode;name
                5;1;;Salgs- og serviceyrker
                53;2;5;Omsorg
                532;3;53;Pleiemedarbeidere
                5321;4;532;Helsefagarbeidere
                9;1;;Andre yrker
                91;2;9;Renhold
                911;3;91;Renholdere
                9112;4;911;Renholdere i virksomheter
                """, StandardCharsets.UTF_8);
        Files.writeString(titles, """
                styrk08;tittel
                5321;Hjelpepleier
                5321;Helsefagarbeider
                9112;Renholder
                """, StandardCharsets.UTF_8);
    }

    private int run(String stdin, String... args) throws Exception {
        ResolveTitlesCommand c = new ResolveTitlesCommand(
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return c.run(args, out, err);
    }

    @Test
    void writesOneJsonObjectPerTitle() throws Exception {
        int code = run("Hjelpepleiar\n\nReinhaldar \"natt\"\n", "--styrk", styrk.toString(), "--titles", titles.toString(), "--top", "1");
        assertThat(code).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = outBytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("title").asText()).isEqualTo("Hjelpepleiar");
        assertThat(first.get("matches")).hasSize(1);
        assertThat(first.get("matches").get(0).get("styrk08").asText()).isEqualTo("5321");
        assertThat(first.get("matches").get(0).get("name").asText()).isEqualTo("Helsefagarbeidere");
        assertThat(first.get("matches").get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("title").asText()).isEqualTo("Reinhaldar \"natt\"");
        assertThat(second.get("matches").get(0).get("styrk08").asText()).isEqualTo("9112");
    }

    @Test
    void isListedAndDocumentedInMain() {
        assertThat(Main.run(new String[] {"help"}, out, err)).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("resolve-titles");
        assertThat(Main.run(new String[] {"help", "resolve-titles"}, out, err)).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("--styrk FILE");
    }

    @Test
    void usageErrorsThroughMain() {
        assertThat(Main.run(new String[] {"resolve-titles", "--styrk", styrk.toString()}, out, err))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("missing required flag --titles");
        assertThat(Main.run(new String[] {"resolve-titles", "--styrk", styrk.toString(), "--titles", titles.toString(),
            "--top", "0"}, out, err)).isEqualTo(ExitCodes.USAGE);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--top must be from 1 to 50");
    }

    @Test
    void missingOrBrokenFilesAreIoErrorsNamingTheFile() throws Exception {
        Path none = dir.resolve("none.csv");
        assertThat(Main.run(new String[] {"resolve-titles", "--styrk", none.toString(), "--titles", titles.toString()},
                out, err)).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("none.csv");
        Files.writeString(titles, "styrk08;tittel\n53;Renholder\n", StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"resolve-titles", "--styrk", styrk.toString(), "--titles", titles.toString()},
                out, err)).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("titles.csv:2").contains("four digits");
    }
}
