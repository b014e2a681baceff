package io.github.jobbmatch.model;

/** Kind of opening a need offers. Wire values as in the interchange format. */
public enum OpeningKind implements WireEnum {
    PERMANENT("permanent"),
    TEMPORARY("temporary"),
    APPRENTICESHIP("apprenticeship"),
    RECRUITMENT_POSITION("recruitment-position"),
    WORK_TRIAL("work-trial"),
    SEASONAL("seasonal");

    private final String wire;

    OpeningKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
