package io.github.jobbmatch.search;

import io.github.jobbmatch.model.WireEnum;

/** Who the result is for: an adviser (internal) or the employer (no internal fields, aliases). */
public enum View implements WireEnum {
    ADVISER("adviser"),
    EMPLOYER("employer");

    private final String wire;

    View(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
