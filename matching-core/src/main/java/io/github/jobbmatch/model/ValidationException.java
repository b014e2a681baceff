package io.github.jobbmatch.model;

import java.util.List;
import java.util.stream.Collectors;

/** A document was refused; carries every violation found, not only the first. */
public class ValidationException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public ValidationException(String subject, List<Violation> violations) {
        super(subject + " is invalid: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** Every violation, in document order. */
    public List<Violation> violations() {
        return violations;
    }
}
