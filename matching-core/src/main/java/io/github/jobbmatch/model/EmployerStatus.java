package io.github.jobbmatch.model;

/** Whether an employer takes candidates now; a paused employer never appears in a search. Wire values as in the interchange format. */
public enum EmployerStatus implements WireEnum {
    ACTIVE("active"),
    PAUSED("paused");

    private final String wire;

    EmployerStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
