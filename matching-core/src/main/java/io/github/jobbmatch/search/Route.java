package io.github.jobbmatch.search;

import io.github.jobbmatch.model.WireEnum;

/** A suggested way to close a gap. */
public enum Route implements WireEnum {
    ON_THE_JOB("on-the-job", "opplæring på arbeidsplassen"),
    COURSE("course", "kurs"),
    CERTIFICATE("certificate", "sertifikat eller attest"),
    APPRENTICESHIP("apprenticeship", "læreløp mot fagbrev"),
    ASK_EMPLOYER("ask-employer", "avklaring med arbeidsgiver");

    private final String wire;
    private final String norwegian;

    Route(String wire, String norwegian) {
        this.wire = wire;
        this.norwegian = norwegian;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Norwegian bokmål name for explanations. */
    public String norwegian() {
        return norwegian;
    }
}
