package io.github.jobbmatch.model;

/** Level of education, in ascending order. Wire values as in the interchange format. */
public enum EducationLevel implements WireEnum {
    PRIMARY("primary"),
    UPPER_SECONDARY("upper-secondary"),
    TRADE_CERTIFICATE("trade-certificate"),
    VOCATIONAL_COLLEGE("vocational-college"),
    BACHELOR("bachelor"),
    MASTER("master"),
    DOCTORATE("doctorate");

    private final String wire;

    EducationLevel(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
