package io.github.jobbmatch.sample;

import java.util.List;
import java.util.Map;

/**
 * Norwegian text pools of the generator, written in resource language ("møter presis", not what
 * someone lacks). No health words and no diagnoses anywhere: functional needs appear only as
 * accommodation values.
 */
final class Texts {

    static final List<String> HOME = List.of(
            "Matlaging for storfamilie", "Omsorg for eldre forelder", "Oppussing av eget hus",
            "Hagearbeid og vedlikehold av hage", "Skrur på bil og moped", "Passer småsøsken og nevøer",
            "Driver husholdningen for familien", "Syr og reparerer klær", "Baker til familieselskaper",
            "Stell av husdyr på småbruk");

    static final List<String> VOLUNTEER = List.of(
            "Frivillig i idrettslaget (kiosk og dugnad)", "Frivillig på Frivilligsentralen",
            "Leksehjelp for barn", "Frivillig ved matutdeling", "Besøksvenn for eldre",
            "Trener for barnelag i fotball", "Frivillig i moskeens kjøkken", "Frivillig i menighetens kafé",
            "Frivillig på festival (rigg og vakthold)", "Tolkehjelp for nyankomne");

    static final List<String> GENERAL_INTERESTS = List.of(
            "friluftsliv", "matlaging", "trening", "musikk", "data", "dyr", "hage", "bil og motor",
            "fotball", "barn", "eldre", "bygg", "lesing", "håndarbeid", "fiske");

    static final List<String> STRENGTHS = List.of(
            "Møter presis og er rolig med kunder.",
            "Stabilt oppmøte gjennom hele arbeidstreningen.",
            "Praktisk anlagt og trives i team.",
            "Lærer raskt når oppgavene blir vist.",
            "Grundig og nøyaktig i arbeidet.",
            "Blid og hjelpsom mot kolleger.",
            "Tar ansvar og gjør ferdig det som er påbegynt.",
            "Trives med faste rutiner og klare oppgaver.",
            "Har godt humør og er lett å samarbeide med.",
            "Motivert for å komme i fast jobb.",
            "Tåler travle perioder og holder oversikten.",
            "Flink til å se hva som må gjøres.",
            "Rolig og tålmodig, også når det er mye folk.",
            "Har fått gode tilbakemeldinger fra praksisplassen.");

    static final Map<String, List<String>> TRADE_STRENGTHS = Map.ofEntries(
            Map.entry("retail", List.of("Liker kundekontakt og er god til å hjelpe folk å finne fram.")),
            Map.entry("cleaning", List.of("Jobber selvstendig og har øye for detaljer.")),
            Map.entry("warehouse", List.of("Har god orden og arbeider effektivt med plukk.")),
            Map.entry("care", List.of("Omsorgsfull og trygg i møte med eldre.", "Skaper god kontakt med brukerne.")),
            Map.entry("health", List.of("Faglig trygg og god til å samarbeide på tvers.")),
            Map.entry("childcare", List.of("Leken og tydelig, og skaper trygghet for barna.")),
            Map.entry("kitchen", List.of("Glad i å lage mat og holder kjøkkenet ryddig.")),
            Map.entry("hospitality", List.of("Serviceinnstilt og trives når det er travelt.")),
            Map.entry("construction", List.of("Fysisk sterk og vant til å jobbe ute i all slags vær.")),
            Map.entry("metal", List.of("Flink med hendene og har teknisk forståelse.")),
            Map.entry("transport", List.of("Trygg sjåfør som planlegger rutene godt.")),
            Map.entry("production", List.of("Holder jevnt tempo og følger rutinene nøye.")),
            Map.entry("office", List.of("Strukturert og god på data.")),
            Map.entry("agriculture", List.of("Trives ute og er vant til å stelle dyr.")));

    static final List<String> PROVIDERS = List.of(
            "Jobbvekst AS", "Arbeidsbro AS", "Inkluderingspartner AS", "Veien Videre Kompetanse AS",
            "Trinn for Trinn AS", "Ressursverkstedet AS", "Nordlys Arbeid og Inkludering AS", "Fjordvekst AS");

    static final List<String> OSLO_NAV_OFFICES = List.of(
            "NAV Grünerløkka", "NAV Gamle Oslo", "NAV Søndre Nordstrand", "NAV Alna", "NAV Stovner",
            "NAV Grorud", "NAV Bjerke", "NAV Sagene", "NAV Frogner", "NAV Nordre Aker", "NAV Østensjø",
            "NAV Nordstrand", "NAV St. Hanshaugen", "NAV Ullern", "NAV Vestre Aker");

    /** Native languages of immigrant candidates (ISO 639-1) with rough weights by the largest groups. */
    static final List<String> NATIVE_LANGUAGES = List.of("pl", "ar", "so", "ti", "lt", "uk", "fa", "en", "ur", "ru", "th", "es", "vi", "tr", "sv");
    static final double[] NATIVE_LANGUAGE_WEIGHTS = {18, 14, 10, 8, 8, 9, 7, 4, 4, 3, 3, 3, 3, 3, 3};

    static final List<String> WHY_INCLUDE = List.of(
            "Vi vil gjerne gi en sjanse til en som har stått utenfor arbeidslivet.",
            "Vi har gode erfaringer med arbeidstrening og ønsker å ta inn flere.",
            "Vi mangler folk og er åpne for kandidater uten formell kompetanse.",
            "Vi har en fast fadder som følger opp nye medarbeidere.",
            "Vi ønsker å rekruttere lokalt og bidra til inkludering.",
            "Det er rom for å starte i redusert stilling og trappe opp.");

    private Texts() {}
}
