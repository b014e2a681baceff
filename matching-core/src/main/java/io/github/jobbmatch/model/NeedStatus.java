package io.github.jobbmatch.model;

/** Status of a recruitment need; only open needs are searched. Wire values as in the interchange format. */
public enum NeedStatus implements WireEnum {
    OPEN("open"),
    PAUSED("paused"),
    FILLED("filled");

    private final String wire;

    NeedStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
