package io.github.jobbmatch.index;

import java.util.List;

/**
 * Maps a driving licence class code ({@code B}, {@code C1}, ...) to the taxonomy concepts it stands
 * for. Implication between classes (C needs B) belongs in the taxonomy as broader links.
 */
@FunctionalInterface
public interface LicenceConcepts {

    /** Concept ids for this class code; empty when none. */
    List<String> conceptIds(String classCode);

    /** The default: class {@code B} is concept {@code lic:B}. */
    static LicenceConcepts prefixed(String prefix) {
        return code -> code == null ? List.of() : List.of(prefix + code);
    }

    /** Maps no licence to a concept (they stay searchable as text). */
    static LicenceConcepts none() {
        return code -> List.of();
    }
}
