package io.github.jobbmatch.bench;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.Availability;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.EvidenceSource;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageSkill;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Mobility;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedLocation;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.model.Opening;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.PercentRange;
import io.github.jobbmatch.model.Readiness;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.Wish;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A seeded planted-fit benchmark: needs from hand-written templates and, for each, candidates whose
 * relevance is decided by the rules below, written here and independent of the scoring code:
 * <ul>
 *   <li>3 — full fit: every must, every want and trainable, the need's interests, experience in the job,
 *       home well within the travel limit, only accommodations the employer offers;</li>
 *   <li>2 — good fit: every must, one want, no trainable, one interest, the experience;</li>
 *   <li>1 — trainable near miss: every must, no want, no trainable, the interests;</li>
 *   <li>0, decoy — reads like a full fit (every want and trainable, the interests, the experience, the
 *       job title in the strengths text) but breaks one hard rule: a must missing, an accommodation the
 *       employer marked not possible, or a home beyond the need's travel limit. A decoy in a short list
 *       is a hard violation.</li>
 * </ul>
 * Every label is a preferred label of the starter taxonomy, written as a case system would send it
 * (no concept ids), so it must be recognised through the public format.
 */
final class PlantedBenchmark {

    /** One need template: the requirement labels are starter-taxonomy labels. */
    record Template(String title, String styrk, List<String> musts, List<String> wants, List<String> trainables,
            List<String> interests, Accommodation notPossible, double maxTravelKm) {}

    /** A city: municipality number and coordinates. */
    record City(String municipality, double lat, double lon) {}

    /** A judged candidate. */
    record Judged(Candidate candidate, int relevance, boolean decoy, String rule) {}

    /** One need with its judged candidates. */
    record Case(Need need, List<Judged> judged) {
        Map<String, Judged> byId() {
            Map<String, Judged> m = new LinkedHashMap<>();
            judged.forEach(j -> m.put(j.candidate().id(), j));
            return m;
        }
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("Lagermedarbeider", "4321", List.of("Truckførerbevis T1-T4"),
                    List.of("Plukking", "Varemottak", "Lagerstyringssystem"), List.of("HMS-kurs"),
                    List.of("bil og motor", "orden og struktur"), Accommodation.NO_HEAVY_LIFTING, 30),
            new Template("Helsefagarbeider i hjemmetjenesten", "5321", List.of("Politiattest"),
                    List.of("Personlig stell", "Legemiddelhåndtering", "Eldreomsorg"), List.of("Forflytningskurs"),
                    List.of("eldre", "omsorg"), Accommodation.REMOTE_DAYS, 25),
            new Template("Kantinemedarbeider", "9412", List.of("Hygienekurs for næringsmiddelbransjen"),
                    List.of("Matlaging", "Anretning", "Oppvask"), List.of("Allergenkurs"),
                    List.of("matlaging", "mat"), Accommodation.QUIET_ENVIRONMENT, 20),
            new Template("Renholder", "9112", List.of("Renholdskurs"),
                    List.of("Renhold", "Bruk av renholdsmidler", "Vindusvask"), List.of("HMS-kurs"),
                    List.of("orden og struktur", "trening"), Accommodation.LIMITED_STANDING, 25),
            new Template("Butikkmedarbeider", "5223", List.of("Kunnskapsprøven etter alkoholloven"),
                    List.of("Kassearbeid", "Varepåfylling", "Kundebehandling"), List.of("Hygienekurs for næringsmiddelbransjen"),
                    List.of("mennesker", "mat"), Accommodation.LIMITED_CUSTOMER_CONTACT, 20),
            new Template("Stillasbygger", "7119", List.of("Stillaskurs", "Kurs i arbeid i høyden"),
                    List.of("Stillasbygging", "Byggearbeid"), List.of("HMS-kort for bygge- og anleggsplasser"),
                    List.of("friluftsliv", "trening"), Accommodation.NO_HEAVY_LIFTING, 40),
            new Template("Barnehageassistent", "5311", List.of("Politiattest for arbeid med barn"),
                    List.of("Barnehagearbeid", "Lek og aktiviteter med barn", "Språkstimulering"), List.of("Førstehjelp for barn"),
                    List.of("barn", "musikk"), Accommodation.QUIET_ENVIRONMENT, 20),
            new Template("Sveiser", "7212", List.of("Sveisesertifikat"),
                    List.of("Sveising", "Tegningslesing"), List.of("Sertifikat for varme arbeider"),
                    List.of("bil og motor", "teknologi"), Accommodation.NO_HEAVY_LIFTING, 35),
            new Template("Institusjonskokk", "5120", List.of("Hygienekurs for næringsmiddelbransjen"),
                    List.of("Storkjøkkendrift", "Varmmatlaging", "Spesialkost"), List.of("Allergenkurs"),
                    List.of("matlaging", "eldre"), Accommodation.LIMITED_STANDING, 25),
            new Template("Truckfører", "8344", List.of("Truckførerbevis T1-T4"),
                    List.of("Truckkjøring", "Lasting og lossing", "Bruk av håndterminal"), List.of("Sertifikat for varme arbeider"),
                    List.of("bil og motor", "data"), Accommodation.PHYSICAL_AIDS, 30));

    static final List<City> CITIES = List.of(
            new City("0301", 59.9139, 10.7522), new City("4601", 60.3913, 5.3221), new City("5001", 63.4305, 10.3951),
            new City("1103", 58.9700, 5.7331), new City("4204", 58.1467, 7.9956));

    private static final LocalDate REF = LocalDate.of(2026, 11, 23);
    private static final List<Accommodation> OFFERED = List.of(Accommodation.MENTOR, Accommodation.GRADUAL_START,
            Accommodation.CLOSE_FOLLOW_UP);

    private PlantedBenchmark() {}

    /** Every template in every city (50 needs), with judged candidates; {@code employerIds} cycled. */
    static List<Case> cases(long seed, List<String> employerIds) {
        Random r = new Random(seed);
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (City city : CITIES) {
            for (Template t : TEMPLATES) {
                String needId = "q-need-" + n;
                Need need = need(t, city, needId, employerIds.get(n % employerIds.size()));
                List<Judged> judged = new ArrayList<>();
                int k = 0;
                for (int i = 0; i < 2; i++) {
                    judged.add(new Judged(candidate(r, needId + "-c" + k++, t, city, Profile.FULL, -1), 3, false, "full fit"));
                }
                for (int i = 0; i < 2; i++) {
                    judged.add(new Judged(candidate(r, needId + "-c" + k++, t, city, Profile.GOOD, -1), 2, false, "good fit"));
                }
                judged.add(new Judged(candidate(r, needId + "-c" + k++, t, city, Profile.TRAINABLE, -1), 1, false, "trainable near miss"));
                for (int m = 0; m < t.musts().size(); m++) {
                    judged.add(new Judged(candidate(r, needId + "-c" + k++, t, city, Profile.DECOY_MUST, m), 0, true,
                            "decoy: lacks must " + t.musts().get(m)));
                    judged.add(new Judged(candidate(r, needId + "-c" + k++, t, city, Profile.DECOY_MUST, m), 0, true,
                            "decoy: lacks must " + t.musts().get(m)));
                }
                judged.add(new Judged(candidate(r, needId + "-c" + k++, t, city, Profile.DECOY_ACCOMMODATION, -1), 0, true,
                        "decoy: needs " + t.notPossible().wire()));
                judged.add(new Judged(candidate(r, needId + "-c" + k++, t, city, Profile.DECOY_TRAVEL, -1), 0, true,
                        "decoy: lives beyond " + t.maxTravelKm() + " km"));
                out.add(new Case(need, judged));
                n++;
            }
        }
        return out;
    }

    /** Every label of the templates that should resolve to a concept. */
    static Stream<String> labels() {
        return TEMPLATES.stream().flatMap(t -> Stream.of(t.musts(), t.wants(), t.trainables()).flatMap(List::stream)).distinct();
    }

    static Need need(Template t, City city, String id, String employerId) {
        List<Requirement> reqs = new ArrayList<>();
        t.musts().forEach(m -> reqs.add(new Requirement(m, null, RequirementKind.MUST, null, null)));
        for (int i = 0; i < t.wants().size(); i++) {
            reqs.add(new Requirement(t.wants().get(i), null, RequirementKind.WANT, i + 1, null));
        }
        t.trainables().forEach(m -> reqs.add(new Requirement(m, null, RequirementKind.TRAINABLE, null, null)));
        return new Need(id, employerId, REF.minusDays(10), NeedStatus.OPEN, t.title(), t.styrk(),
                "Vi søker en " + t.title().toLowerCase(java.util.Locale.ROOT) + " som vil lære og bidra.",
                new Opening(OpeningKind.PERMANENT, 1, REF.plusDays(30)),
                new NeedLocation(city.municipality(), city.lat(), city.lon(), t.maxTravelKm()),
                new PercentRange(50.0, 100.0), List.of(Shift.DAY), List.of(), reqs, List.of(),
                new Accommodations(OFFERED, List.of(t.notPossible())), t.interests(), true);
    }

    enum Profile { FULL, GOOD, TRAINABLE, DECOY_MUST, DECOY_ACCOMMODATION, DECOY_TRAVEL }

    /** A candidate built by the profile's rule; {@code skipMust} is the must a DECOY_MUST lacks. */
    static Candidate candidate(Random r, String id, Template t, City city, Profile p, int skipMust) {
        List<Certificate> certs = new ArrayList<>();
        List<Competence> comps = new ArrayList<>();
        for (int m = 0; m < t.musts().size(); m++) {
            if (!(p == Profile.DECOY_MUST && m == skipMust)) {
                certs.add(new Certificate(t.musts().get(m), null));
            }
        }
        boolean readsWell = p == Profile.FULL || p.name().startsWith("DECOY");
        List<String> wants = readsWell ? t.wants() : p == Profile.GOOD ? List.of(t.wants().get(r.nextInt(t.wants().size()))) : List.of();
        wants.forEach(w -> comps.add(new Competence(w, null, 3, EvidenceSource.CV)));
        if (readsWell) {
            t.trainables().forEach(x -> certs.add(new Certificate(x, null)));
        }
        List<String> interests = p == Profile.GOOD ? List.of(t.interests().get(r.nextInt(t.interests().size()))) : t.interests();
        List<Experience> exp = p == Profile.TRAINABLE ? List.of()
                : List.of(new Experience(t.title(), t.styrk(), 1.0 + r.nextInt(5), ExperienceKind.WORK));
        // Home: within 40 % of the travel limit, or 1.5-2x beyond it for the travel decoy.
        double km = p == Profile.DECOY_TRAVEL ? t.maxTravelKm() * (1.5 + r.nextDouble() * 0.5) : t.maxTravelKm() * 0.4 * r.nextDouble();
        double bearing = r.nextDouble() * 2 * Math.PI;
        double lat = city.lat() + km * Math.cos(bearing) / 111.0;
        double lon = city.lon() + km * Math.sin(bearing) / (111.0 * Math.cos(Math.toRadians(city.lat())));
        List<Accommodation> acc = p == Profile.DECOY_ACCOMMODATION ? List.of(t.notPossible())
                : r.nextBoolean() ? List.of(OFFERED.get(r.nextInt(OFFERED.size()))) : List.of();
        String strengths = readsWell ? "Erfaren " + t.title().toLowerCase(java.util.Locale.ROOT) + ", stabil og motivert." : "Motivert og stabil.";
        return new Candidate(id, REF.minusDays(5), new FollowedBy("nav-" + city.municipality(), OrganisationKind.NAV, null),
                new Consent(Searchable.ALL_ORGANISATIONS, ShareWithEmployer.ON_PRESENTATION), Readiness.CLARIFIED,
                new Location(city.municipality(), lat, lon), new Mobility(null, List.of(), false, false),
                new Availability(REF, new PercentRange(50.0, 100.0), List.of(Shift.DAY)), exp,
                List.of(new Wish(t.title(), t.styrk())), comps, certs, List.of(),
                List.of(new LanguageSkill("no", LanguageLevel.NATIVE)), interests, strengths, acc, List.of(), List.of());
    }
}
