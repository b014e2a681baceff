package io.github.jobbmatch.json;

import java.util.List;

/**
 * What reading a JSON Lines stream gave: the accepted documents and the refused lines, both in line
 * order. A bad line never stops the reading, so the caller decides whether a partial batch is
 * acceptable ({@link #hasErrors()}).
 *
 * @param accepted valid documents with their line numbers
 * @param errors refused lines with every problem of each
 * @param <T> Candidate, Employer or Need
 */
public record ReadResult<T>(List<NumberedDocument<T>> accepted, List<LineError> errors) {
    public ReadResult {
        accepted = List.copyOf(accepted);
        errors = List.copyOf(errors);
    }

    /** The accepted documents without line numbers. */
    public List<T> documents() {
        return accepted.stream().map(NumberedDocument::document).toList();
    }

    /** Whether any line was refused. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
