package io.github.jobbmatch.model;

/** Where a piece of experience comes from; {@code home} covers skills from home life. Wire values as in the interchange format. */
public enum ExperienceKind implements WireEnum {
    WORK("work"),
    TRIAL("trial"),
    APPRENTICESHIP("apprenticeship"),
    VOLUNTEER("volunteer"),
    HOME("home");

    private final String wire;

    ExperienceKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
