package io.github.jobbmatch.model;

/**
 * One thing wrong with a document.
 *
 * @param path JSON path of the offending value, for example {@code $.requirements[2].kind}
 * @param message what was expected, in words a case-system developer can act on
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
