package io.github.jobbmatch.taxonomy;

import java.util.Locale;
import java.util.Optional;

/**
 * Maps the driving-licence class codes of the interchange format ({@code B}, {@code BE},
 * {@code C1}, ... as listed in {@code Validator.LICENCE_CLASSES}) to concept ids of the
 * {@link StarterTaxonomy starter taxonomy} and back. The id of class {@code C1E} is
 * {@code lic:c1e}; a case system with its own taxonomy uses the same ids for licences so that the
 * licence hierarchy (class C implies C1 implies B) keeps working.
 */
public final class Licences {

    /** Prefix of driving-licence concept ids. */
    public static final String PREFIX = "lic:";
    /** Id of the root concept "Førerkort", broader than every class. */
    public static final String DRIVING_LICENCE = "lic:forerkort";

    private Licences() {}

    /**
     * The concept id of a licence class code, for example {@code "C1E"} → {@code "lic:c1e"};
     * empty when the code is not a licence class of the format. Case and surrounding blanks are
     * ignored.
     */
    public static Optional<String> conceptId(String classCode) {
        if (classCode == null) {
            return Optional.empty();
        }
        String code = classCode.strip().toUpperCase(Locale.ROOT);
        return io.github.jobbmatch.model.Validator.LICENCE_CLASSES.contains(code)
                ? Optional.of(PREFIX + code.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The licence class code of a concept id, for example {@code "lic:be"} → {@code "BE"}. */
    public static Optional<String> classCode(String conceptId) {
        if (conceptId == null || !conceptId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String code = conceptId.substring(PREFIX.length()).toUpperCase(Locale.ROOT);
        return io.github.jobbmatch.model.Validator.LICENCE_CLASSES.contains(code)
                ? Optional.of(code)
                : Optional.empty();
    }
}
