package io.github.jobbmatch.taxonomy;

/**
 * How well a concept the candidate holds meets a concept that is asked for, best first. The
 * default weights are the share of a requirement's points each level earns; a search can override
 * them (see the search configuration).
 *
 * <ul>
 *   <li>{@link #EXACT} 1.0 — the same concept, named by its preferred label or id;</li>
 *   <li>{@link #SYNONYM} 0.9 — the same concept, named by an alternative label;</li>
 *   <li>{@link #NARROWER} 0.85 — the candidate holds a more specific concept (asked "truck",
 *       holds "truck T1–T4"), which satisfies the requirement;</li>
 *   <li>{@link #BROADER} 0.5 — the candidate holds a more general concept, a partial fit;</li>
 *   <li>{@link #RELATED} 0.3 — a related concept, some transferable skill.</li>
 * </ul>
 * Only EXACT, SYNONYM and NARROWER satisfy a {@code must} requirement.
 */
public enum MatchLevel {
    EXACT(1.0f),
    SYNONYM(0.9f),
    NARROWER(0.85f),
    BROADER(0.5f),
    RELATED(0.3f);

    private final float defaultWeight;

    MatchLevel(float defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    /** The documented default share of a requirement's points earned at this level. */
    public float defaultWeight() {
        return defaultWeight;
    }

    /** Whether this level meets a {@code must} requirement. */
    public boolean satisfiesMust() {
        return this == EXACT || this == SYNONYM || this == NARROWER;
    }
}
