package io.github.jobbmatch.taxonomy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A taxonomy file could not be read because of what it says (not because of I/O). Lists every
 * problem found, each with the source name and line number, so a whole file can be fixed in one go.
 */
public final class TaxonomyFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    /** How many problems the message spells out; {@link #problems()} has them all. */
    private static final int MESSAGE_PROBLEMS = 20;

    /**
     * One problem of a taxonomy file.
     *
     * @param source the name of the file or resource
     * @param line the 1-based line number
     * @param message what is wrong
     */
    public record Problem(String source, int line, String message) {
        @Override
        public String toString() {
            return source + ":" + line + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    TaxonomyFormatException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in line order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        String head = problems.size() == 1 ? "invalid taxonomy file: "
                : "invalid taxonomy file (" + problems.size() + " problems): ";
        String body = problems.stream().limit(MESSAGE_PROBLEMS).map(Problem::toString)
                .collect(Collectors.joining("; "));
        return head + body + (problems.size() > MESSAGE_PROBLEMS ? "; ..." : "");
    }
}
