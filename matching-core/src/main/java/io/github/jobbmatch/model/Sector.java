package io.github.jobbmatch.model;

/** Sector of an employer. Wire values as in the interchange format. */
public enum Sector implements WireEnum {
    PUBLIC("public"),
    PRIVATE("private"),
    NON_PROFIT("non-profit");

    private final String wire;

    Sector(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
