package io.github.jobbmatch.model;

/** Kind of organisation that follows a candidate. Wire values as in the interchange format. */
public enum OrganisationKind implements WireEnum {
    NAV("nav"),
    PROVIDER("provider"),
    MUNICIPALITY("municipality"),
    OTHER("other");

    private final String wire;

    OrganisationKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
