package io.github.jobbmatch.cli;

import java.io.PrintStream;
import java.util.Set;

/** {@code jobbmatch version}: the library version and the Java runtime. */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the version of jobbmatch and of the Java runtime";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch version

                Prints the jobbmatch version, the Lucene version and the Java runtime.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Args.parse(args, Set.of(), Set.of());
        out.println("jobbmatch " + version());
        out.println("lucene " + org.apache.lucene.util.Version.LATEST);
        out.println("java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        return ExitCodes.OK;
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
