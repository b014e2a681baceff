package io.github.jobbmatch.model;

/** How absolute a requirement is: {@code must} gates, {@code want} is scored by priority, {@code trainable} can be learned. Wire values as in the interchange format. */
public enum RequirementKind implements WireEnum {
    MUST("must"),
    WANT("want"),
    TRAINABLE("trainable");

    private final String wire;

    RequirementKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
