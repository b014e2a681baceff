package io.github.jobbmatch.taxonomy;

import java.util.Objects;

/**
 * A concept a free-text label resolved to.
 *
 * @param concept the concept
 * @param level {@link MatchLevel#EXACT} when the text matched the preferred label,
 *     {@link MatchLevel#SYNONYM} when it matched an alternative label
 * @param confidence 1 for a whole-label match; below 1 when the label was found inside a longer text
 *     ("Politiattest kan fremvises"), lower the more of the text is left unexplained
 */
public record ConceptMatch(Concept concept, MatchLevel level, float confidence) {

    public ConceptMatch {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(level, "level");
        if (level != MatchLevel.EXACT && level != MatchLevel.SYNONYM) {
            throw new IllegalArgumentException("a label matches at EXACT or SYNONYM, not " + level);
        }
        if (!(confidence > 0f && confidence <= 1f)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], was " + confidence);
        }
    }
}
