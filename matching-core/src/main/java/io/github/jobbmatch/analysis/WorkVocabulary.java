package io.github.jobbmatch.analysis;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small built-in list of common parts of Norwegian working-life compounds, so that compound
 * splitting is useful without a taxonomy. Callers normally add their own vocabulary (taxonomy
 * labels, job titles) through {@link NorwegianWorkAnalyzer.Config#withDictionary}.
 */
public final class WorkVocabulary {

    private static final Set<String> DEFAULT = Set.copyOf(new TreeSet<>(Arrays.asList((
            // heads: what a person is or does
            "arbeider medarbeider assistent fører pleier hjelper leder sjef konsulent rådgiver sekretær "
            + "operatør montør mekaniker sjåfør kjører selger lærer lærling tekniker ingeniør "
            + "renholder vakt betjent fagarbeider snekker tømrer maler murer rørlegger elektriker "
            + "kokk servitør baker slakter frisør agent megler forvalter inspektør koordinator "
            + "terapeut sykepleier vernepleier miljøarbeider miljøterapeut veileder instruktør "
            + "kasserer ekspeditør lagerarbeider plukker pakker sveiser maskinist reparatør "
            + "bud sjauer vaktmester driftsleder arbeidsleder formann "
            // fields and objects
            + "helse fag lager butikk kjøkken renhold bygg anlegg barnehage barn ungdom eldre omsorg "
            + "hjemme hjemmetjeneste sykehjem sykehus klinikk skole kontor regnskap lønn personal "
            + "salg kunde service transport truck bil buss taxi last maskin grave kran lift "
            + "produksjon industri verksted mekanisk elektro rør ventilasjon tre metall plast "
            + "mat restaurant kantine hotell resepsjon vask rengjøring gartner park hage jord skog "
            + "fisk havbruk oppdrett landbruk dyr data it nettverk drift bevis sertifikat kurs "
            + "psykisk miljø rus bolig avlastning hjelpe hjelp syke bio spesial over under "
            + "vare varer post pakke logistikk kjøre fører bevis truckfører").split(" "))));

    private WorkVocabulary() {}

    /** The built-in compound parts, lower-case bokmål (immutable). */
    public static Set<String> defaults() {
        return DEFAULT;
    }
}
