package io.github.jobbmatch.index;

import io.github.jobbmatch.taxonomy.MatchLevel;
import java.util.Objects;

/**
 * One concept a label resolves to, and how well the label names it.
 *
 * @param conceptId taxonomy concept id
 * @param level {@link MatchLevel#EXACT} for the preferred label or an explicit id,
 *     {@link MatchLevel#SYNONYM} for an alternative label
 */
public record ConceptHit(String conceptId, MatchLevel level) {
    public ConceptHit {
        Objects.requireNonNull(conceptId, "conceptId");
        Objects.requireNonNull(level, "level");
    }
}
