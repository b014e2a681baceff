package io.github.jobbmatch.cli;

/** Wrong usage of the command line; its message is shown with a pointer to {@code help}. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
