package io.github.jobbmatch.model;

/** What a competence claim rests on. Wire values as in the interchange format. */
public enum EvidenceSource implements WireEnum {
    CV("cv"),
    TRIAL("trial"),
    COURSE("course"),
    ADVISER("adviser");

    private final String wire;

    EvidenceSource(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
