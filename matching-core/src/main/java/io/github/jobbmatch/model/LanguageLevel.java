package io.github.jobbmatch.model;

/** Proficiency in a language, in ascending order. Wire values as in the interchange format. */
public enum LanguageLevel implements WireEnum {
    BASIC("basic"),
    GOOD("good"),
    FLUENT("fluent"),
    NATIVE("native");

    private final String wire;

    LanguageLevel(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
