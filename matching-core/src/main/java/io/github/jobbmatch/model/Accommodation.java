package io.github.jobbmatch.model;

/**
 * The accommodation vocabulary ("tilrettelegging") shared by candidates and needs. A candidate's
 * functional needs are expressed only through these values: there is no field for diagnoses.
 */
public enum Accommodation implements WireEnum {
    FLEXIBLE_HOURS("flexible-hours", "fleksibel arbeidstid"),
    GRADUAL_START("gradual-start", "gradvis opptrapping"),
    ADAPTED_TASKS("adapted-tasks", "tilpassede eller alternative arbeidsoppgaver"),
    NO_HEAVY_LIFTING("no-heavy-lifting", "ingen tunge løft"),
    LIMITED_STANDING("limited-standing", "mulighet for å sitte / begrenset stående arbeid"),
    PHYSICAL_AIDS("physical-aids", "fysiske eller tekniske hjelpemidler"),
    QUIET_ENVIRONMENT("quiet-environment", "rolig eller skjermet arbeidsmiljø"),
    PREDICTABLE_ROUTINES("predictable-routines", "faste rutiner og forutsigbarhet"),
    LIMITED_CUSTOMER_CONTACT("limited-customer-contact", "begrenset kundekontakt"),
    ADAPTED_INSTRUCTIONS("adapted-instructions", "tilpasset opplæring og instruksjon (skriftlig, visuell, muntlig)"),
    MENTOR("mentor", "fadder eller mentor på arbeidsplassen"),
    CLOSE_FOLLOW_UP("close-follow-up", "tett oppfølging"),
    LANGUAGE_SUPPORT("language-support", "språkstøtte / norskopplæring på jobb"),
    REDUCED_PACE("reduced-pace", "redusert arbeidstempo"),
    EXTRA_BREAKS("extra-breaks", "ekstra pauser eller fridager ved behov"),
    REMOTE_DAYS("remote-days", "hjemmekontor enkelte dager");

    private final String wire;
    private final String norwegian;

    Accommodation(String wire, String norwegian) {
        this.wire = wire;
        this.norwegian = norwegian;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The Norwegian (bokmål) name used in explanations. */
    public String norwegian() {
        return norwegian;
    }
}
