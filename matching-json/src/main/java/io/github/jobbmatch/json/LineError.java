package io.github.jobbmatch.json;

import io.github.jobbmatch.model.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One refused line of a JSON Lines stream.
 *
 * @param line 1-based line number in the stream
 * @param id the document's id when it could be read, or null
 * @param violations every problem of the line, each with its JSON path; never empty
 */
public record LineError(int line, String id, List<Violation> violations) {
    public LineError {
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a LineError needs at least one violation");
        }
    }

    /** One text line per violation: {@code FILE:LINE: $.path: message}. */
    public String format(String file) {
        return violations.stream()
                .map(v -> file + ":" + line + ": " + v)
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
