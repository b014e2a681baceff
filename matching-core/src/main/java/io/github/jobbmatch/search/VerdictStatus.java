package io.github.jobbmatch.search;

import io.github.jobbmatch.model.WireEnum;

/** How a candidate meets one requirement. */
public enum VerdictStatus implements WireEnum {
    /** Held (exact, synonym or a narrower concept). */
    MET("met"),
    /** A broader or related concept: a partial fit. */
    MET_BY_RELATED("met-by-related"),
    /** A {@code want} the candidate does not show. */
    MISSING("missing"),
    /** A {@code trainable} requirement still to be learned. */
    TRAINABLE_GAP("trainable-gap");

    private final String wire;

    VerdictStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
