package io.github.jobbmatch.cli;

import java.io.PrintStream;

/** One subcommand of {@code bin/jobbmatch}. */
interface Command {

    /** The subcommand's name, as typed. */
    String name();

    /** One line for the command list. */
    String summary();

    /** Full usage text for {@code jobbmatch help NAME}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the subcommand name; parse them with {@link Args#parse}
     * @return the exit code (see {@link ExitCodes})
     */
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
