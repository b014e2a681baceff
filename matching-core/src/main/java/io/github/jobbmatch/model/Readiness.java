package io.github.jobbmatch.model;

/** How far the candidate's work capacity and needs are assessed ("avklart"). Wire values as in the interchange format. */
public enum Readiness implements WireEnum {
    CLARIFIED("clarified"),
    IN_CLARIFICATION("in-clarification"),
    NOT_ASSESSED("not-assessed");

    private final String wire;

    Readiness(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
