package io.github.jobbmatch.model;

/** How a work trial ended. Wire values as in the interchange format. */
public enum TrialOutcome implements WireEnum {
    HIRED("hired"),
    COMPLETED("completed"),
    ENDED_EARLY("ended-early");

    private final String wire;

    TrialOutcome(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
