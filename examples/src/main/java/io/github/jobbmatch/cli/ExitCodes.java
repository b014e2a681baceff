package io.github.jobbmatch.cli;

/** Exit codes of {@code bin/jobbmatch}, documented in docs/cli.md. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** The input had errors (invalid documents); what was valid was still processed where the command says so. */
    static final int INVALID_INPUT = 1;
    /** Wrong usage: unknown subcommand or flag, missing or malformed flag value. */
    static final int USAGE = 2;
    /** No JDK 21+ found (from the launcher script). */
    static final int NO_JDK = 3;
    /** A file or index could not be read or written. */
    static final int IO_ERROR = 4;
    /** Something was asked for that does not exist (an unknown need or candidate id). */
    static final int NOT_FOUND = 5;
    /** An unexpected internal error. */
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
