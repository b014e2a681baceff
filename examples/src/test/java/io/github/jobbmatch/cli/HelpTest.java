package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every subcommand has help, reachable both ways, and the overview lists it. */
class HelpTest {

    @Test
    void everyCommandHasUsageThroughHelpAndDashDashHelp() {
        for (Command c : Main.commands()) {
            String viaHelp = run(0, "help", c.name());
            String viaFlag = run(0, c.name(), "--help");
            assertThat(viaHelp).as(c.name()).startsWith("usage: jobbmatch " + c.name()).isEqualTo(viaFlag);
            assertThat(c.summary()).as(c.name()).isNotBlank();
        }
        String overview = run(0, "help");
        for (Command c : Main.commands()) {
            assertThat(overview).contains("  " + c.name() + " ");
        }
        assertThat(overview).contains("demo", "generate");
    }

    @Test
    void unknownCommandIsAUsageErrorOnStderr() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"demoo"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'demoo'");
    }

    private static String run(int expected, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).as(String.join(" ", args)).isEqualTo(expected);
        return out.toString(StandardCharsets.UTF_8);
    }
}
