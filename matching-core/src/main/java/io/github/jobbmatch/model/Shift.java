package io.github.jobbmatch.model;

/** A shift of the working day or week. Wire values as in the interchange format. */
public enum Shift implements WireEnum {
    DAY("day"),
    EVENING("evening"),
    NIGHT("night"),
    WEEKEND("weekend");

    private final String wire;

    Shift(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
