package io.github.jobbmatch.json;

import io.github.jobbmatch.model.ValidationException;
import io.github.jobbmatch.model.Violation;
import java.util.List;

/**
 * A document of the interchange format was refused. Carries every problem found, each with the
 * JSON path of the offending value ({@code $.requirements[2].kind}) and what was expected, so a case
 * system can fix a document in one round. This is the only exception the codec throws for bad input.
 */
public final class DocumentException extends ValidationException {

    private final String documentType;
    private final String id;

    /**
     * @param documentType {@code candidate}, {@code employer} or {@code need}
     * @param id the document's id when it could be read, or null
     * @param violations every problem found, not empty
     */
    public DocumentException(String documentType, String id, List<Violation> violations) {
        super(documentType + (id == null ? "" : " " + id), requireNonEmpty(violations));
        this.documentType = documentType;
        this.id = id;
    }

    private static List<Violation> requireNonEmpty(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a DocumentException needs at least one violation");
        }
        return violations;
    }

    /** {@code candidate}, {@code employer} or {@code need}. */
    public String documentType() {
        return documentType;
    }

    /** The document's id when it could be read (a string at {@code $.id}), or null. */
    public String id() {
        return id;
    }
}
