package io.github.jobbmatch.model;

/** Target groups of work inclusion. Internal: never shown in the employer view. Wire values as in the interchange format. */
public enum TargetGroup implements WireEnum {
    YOUTH("youth"),
    CV_GAP("cv-gap"),
    REDUCED_WORK_CAPACITY("reduced-work-capacity"),
    IMMIGRANT("immigrant"),
    LONG_TERM_UNEMPLOYED("long-term-unemployed");

    private final String wire;

    TargetGroup(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
