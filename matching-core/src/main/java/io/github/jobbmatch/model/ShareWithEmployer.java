package io.github.jobbmatch.model;

/** Whether a candidate may be presented to an employer. Wire values as in the interchange format. */
public enum ShareWithEmployer implements WireEnum {
    NEVER("never"),
    ON_PRESENTATION("on-presentation");

    private final String wire;

    ShareWithEmployer(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
