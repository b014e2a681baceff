package io.github.jobbmatch.model;

/** Attendance observed during a work trial. Wire values as in the interchange format. */
public enum Attendance implements WireEnum {
    STABLE("stable"),
    VARIABLE("variable");

    private final String wire;

    Attendance(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
