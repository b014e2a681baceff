package io.github.jobbmatch.model;

/** Who may find a candidate in a search. Wire values as in the interchange format. */
public enum Searchable implements WireEnum {
    NONE("none"),
    OWN_ORGANISATION("own-organisation"),
    ALL_ORGANISATIONS("all-organisations");

    private final String wire;

    Searchable(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
