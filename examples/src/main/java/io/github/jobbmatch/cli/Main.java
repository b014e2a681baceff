package io.github.jobbmatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Entry point of {@code bin/jobbmatch}: dispatches to a subcommand. Results on stdout, errors on stderr. */
public final class Main {

    /**
     * Lucene reports through java.util.logging that the incubating vector API is not enabled; that
     * only matters for vector search, which matching does not use, so the CLI keeps it off the
     * terminal. Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    /** The subcommands, in the order {@code help} lists them. Each later feature adds one line here. */
    static List<Command> commands() {
        return List.of(
                new VersionCommand(),
                new ValidateCommand(),
                new ResolveTitlesCommand(),
                new IndexCommand(),
                new SearchCommand(),
                new OpeningsCommand(),
                new DemoCommand(),
                new GenerateCommand());
    }

    public static void main(String[] args) {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            if (args.length >= 2) {
                return help(args[1], out, err);
            }
            printOverview(out);
            return args.length == 0 ? ExitCodes.USAGE : ExitCodes.OK;
        }
        if (args[0].equals("--version")) {
            args[0] = "version";
        }
        Command command = find(args[0]);
        if (command == null) {
            err.println("error: unknown command '" + args[0] + "'. Run 'jobbmatch help' for the list.");
            return ExitCodes.USAGE;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        if (List.of(rest).contains("--help") || List.of(rest).contains("-h")) {
            out.print(command.usage());
            return ExitCodes.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: see 'jobbmatch help " + command.name() + "'");
            return ExitCodes.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        } catch (Exception e) {
            err.println("error: internal error in '" + command.name() + "': " + e);
            return ExitCodes.INTERNAL;
        }
    }

    private static Command find(String name) {
        return commands().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static int help(String name, PrintStream out, PrintStream err) {
        Command c = find(name);
        if (c == null) {
            err.println("error: unknown command '" + name + "'. Run 'jobbmatch help' for the list.");
            return ExitCodes.USAGE;
        }
        out.print(c.usage());
        return ExitCodes.OK;
    }

    private static void printOverview(PrintStream out) {
        out.println("jobbmatch " + VersionCommand.version() + " - match candidates and employers in Norwegian work inclusion");
        out.println();
        out.println("usage: jobbmatch <command> [flags]");
        out.println();
        out.println("commands:");
        for (Command c : commands()) {
            out.printf("  %-16s %s%n", c.name(), c.summary());
        }
        out.printf("  %-16s %s%n", "help [command]", "this list, or the flags of one command");
        out.println();
        out.println("Exit codes: 0 ok, 1 invalid input, 2 usage, 3 no JDK, 4 I/O error, 5 not found, 70 internal error.");
    }
}
