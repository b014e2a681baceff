package io.github.jobbmatch.index;

import java.util.Optional;

/**
 * Maps an occupation title as written ("Hjelpepleier (psykisk helsearbeid)") to a 4-digit STYRK-08
 * code. Used for experience, wishes and need titles that carry no code. Must be thread-safe.
 */
@FunctionalInterface
public interface OccupationResolver {

    /** The STYRK-08 code of this title, or empty when unknown. */
    Optional<String> styrk08(String title);

    /** Resolves no title. */
    static OccupationResolver none() {
        return title -> Optional.empty();
    }
}
