package io.github.jobbmatch.testing;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.Attendance;
import io.github.jobbmatch.model.Availability;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.Education;
import io.github.jobbmatch.model.EducationLevel;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.EvidenceSource;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
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
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.TargetGroup;
import io.github.jobbmatch.model.Task;
import io.github.jobbmatch.model.TrialEvidence;
import io.github.jobbmatch.model.TrialOutcome;
import io.github.jobbmatch.model.Wish;
import io.github.jobbmatch.taxonomy.Concept;
import io.github.jobbmatch.taxonomy.ConceptKind;
import io.github.jobbmatch.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/** A small test taxonomy, builders of model records, and seeded random documents. */
public final class SearchFixtures {

    private SearchFixtures() {}

    /** Kitchen, warehouse, care and building concepts with broader, narrower and related links. */
    public static Taxonomy taxonomy() {
        return Taxonomy.builder()
                .add(new Concept("skill:matlaging", ConceptKind.SKILL, "Matlaging", List.of("Kokkearbeid"), null, List.of("skill:baking")))
                .add(new Concept("skill:baking", ConceptKind.SKILL, "Baking", null, null, null))
                .add(new Concept("skill:oppvask", ConceptKind.SKILL, "Oppvask og renhold", List.of("Renhold"), null, null))
                .add(new Concept("skill:kunde", ConceptKind.SKILL, "Kundebehandling", List.of("Kundeservice"), null, null))
                .add(new Concept("cert:hygiene", ConceptKind.CERTIFICATE, "Hygienekurs for næringsmiddelbransjen",
                        List.of("Hygienekurs"), null, null))
                .add(new Concept("cert:politiattest", ConceptKind.CERTIFICATE, "Politiattest", null, null, null))
                .add(new Concept("lic:B", ConceptKind.LICENCE, "Førerkort klasse B", List.of("Førerkort B"), null, null))
                .add(new Concept("lic:BE", ConceptKind.LICENCE, "Førerkort klasse BE", null, List.of("lic:B"), null))
                .add(new Concept("lic:C", ConceptKind.LICENCE, "Førerkort klasse C", null, List.of("lic:B"), null))
                .add(new Concept("cert:truck", ConceptKind.CERTIFICATE, "Truckførerbevis", null, null, List.of("skill:lager")))
                .add(new Concept("cert:truck-t1", ConceptKind.CERTIFICATE, "Truckførerbevis T1-T4", null, List.of("cert:truck"), null))
                .add(new Concept("skill:lager", ConceptKind.SKILL, "Lagerarbeid", null, null, null))
                .add(new Concept("skill:omsorg", ConceptKind.SKILL, "Omsorgsarbeid", null, null, null))
                .add(new Concept("skill:hoyde", ConceptKind.SKILL, "Arbeid i høyden", null, null, null))
                .add(new Concept("edu:helsefag", ConceptKind.EDUCATION, "Fagbrev helsearbeiderfaget", null, null, List.of("skill:omsorg")))
                .build();
    }

    /** A mutable builder of valid candidates (test only). */
    public static final class C {
        public String id;
        public LocalDate updated = LocalDate.of(2026, 10, 1);
        public FollowedBy followedBy = new FollowedBy("NAV Kristiansand", OrganisationKind.NAV, "veileder-1");
        public Consent consent = new Consent(Searchable.ALL_ORGANISATIONS, ShareWithEmployer.ON_PRESENTATION);
        public Readiness readiness = Readiness.CLARIFIED;
        public Location home = new Location("4204", 58.16, 8.02);
        public Mobility mobility = new Mobility(30.0, List.of(), false, false);
        public Availability availability = new Availability(LocalDate.of(2026, 12, 1), new PercentRange(40.0, 100.0),
                List.of(Shift.DAY));
        public List<Experience> experience = new ArrayList<>();
        public List<Wish> wishes = new ArrayList<>();
        public List<Competence> competences = new ArrayList<>();
        public List<Certificate> certificates = new ArrayList<>();
        public List<Education> education = new ArrayList<>();
        public List<LanguageSkill> languages = new ArrayList<>(List.of(new LanguageSkill("no", LanguageLevel.GOOD)));
        public List<String> interests = new ArrayList<>();
        public String strengths;
        public List<Accommodation> accommodationNeeds = new ArrayList<>();
        public List<TargetGroup> targetGroups = new ArrayList<>();
        public List<TrialEvidence> evidence = new ArrayList<>();

        public C(String id) {
            this.id = id;
        }

        public C competence(String label) {
            competences.add(new Competence(label, null, 3, EvidenceSource.CV));
            return this;
        }

        public C certificate(String label) {
            certificates.add(new Certificate(label, null));
            return this;
        }

        public C experience(String title, String styrk, double years, ExperienceKind kind) {
            experience.add(new Experience(title, styrk, years, kind));
            return this;
        }

        public C wish(String title, String styrk) {
            wishes.add(new Wish(title, styrk));
            return this;
        }

        public C mobilityWith(String... licences) {
            mobility = new Mobility(30.0, List.of(licences), true, false);
            return this;
        }

        public C needs(Accommodation... a) {
            accommodationNeeds.addAll(List.of(a));
            return this;
        }

        public C stableTrial() {
            evidence.add(new TrialEvidence(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31), null, Attendance.STABLE,
                    TrialOutcome.COMPLETED));
            return this;
        }

        public Candidate build() {
            return new Candidate(id, updated, followedBy, consent, readiness, home, mobility, availability, experience,
                    wishes, competences, certificates, education, languages, interests, strengths, accommodationNeeds,
                    targetGroups, evidence);
        }
    }

    /** A mutable builder of valid needs (test only). */
    public static final class N {
        public String id;
        public String employerId = "e-kantina";
        public LocalDate created = LocalDate.of(2026, 10, 2);
        public NeedStatus status = NeedStatus.OPEN;
        public String title = "Kantinemedarbeider";
        public String styrk08 = "9412";
        public String description = "Lunsjkantine for 200 ansatte. Vi lager mat fra bunnen.";
        public Opening opening = new Opening(OpeningKind.PERMANENT, 1, LocalDate.of(2027, 1, 15));
        public NeedLocation location = new NeedLocation(null, null, null, 35.0);
        public PercentRange percent = new PercentRange(40.0, 100.0);
        public List<Shift> shifts = new ArrayList<>(List.of(Shift.DAY));
        public List<Task> tasks = new ArrayList<>();
        public List<Requirement> requirements = new ArrayList<>();
        public List<LanguageRequirement> languages = new ArrayList<>();
        public Accommodations accommodations = new Accommodations(List.of(Accommodation.GRADUAL_START, Accommodation.MENTOR),
                List.of(Accommodation.REMOTE_DAYS));
        public List<String> interests = new ArrayList<>(List.of("matlaging"));
        public Boolean welcomesTargetGroups = true;

        public N(String id) {
            this.id = id;
        }

        public N must(String label) {
            requirements.add(new Requirement(label, null, RequirementKind.MUST, null, null));
            return this;
        }

        public N want(String label, int priority) {
            requirements.add(new Requirement(label, null, RequirementKind.WANT, priority, null));
            return this;
        }

        public N trainable(String label) {
            requirements.add(new Requirement(label, null, RequirementKind.TRAINABLE, null, null));
            return this;
        }

        public Need build() {
            return new Need(id, employerId, created, status, title, styrk08, description, opening, location, percent,
                    shifts, tasks, requirements, languages, accommodations, interests, welcomesTargetGroups);
        }
    }

    /** The kitchen employer, active, in Kristiansand. */
    public static Employer employer(String id, EmployerStatus status) {
        return new Employer(id, "Fjordkantina AS", "912345678", Sector.PRIVATE, "56.290", 14,
                new Location("4204", 58.1467, 7.9956), null, null, status, LocalDate.of(2026, 10, 2), null);
    }

    /** {@link #employer(String, EmployerStatus)} at another place ({@code null}: no location). */
    public static Employer employerAt(String id, EmployerStatus status, Location at) {
        Employer base = employer(id, status);
        return new Employer(base.id(), base.name(), base.orgNumber(), base.sector(), base.industry(), base.size(), at,
                base.contact(), base.capacity(), base.status(), base.needsConfirmed(), base.history());
    }

    // ---- Seeded random documents -------------------------------------------------------------

    private static final String[] LABELS = {"Matlaging", "Kokkearbeid", "Baking", "Oppvask og renhold", "Renhold",
        "Kundebehandling", "Kundeservice", "Hygienekurs", "Politiattest", "Truckførerbevis", "Truckførerbevis T1-T4",
        "Lagerarbeid", "Omsorgsarbeid", "Arbeid i høyden", "Sveising", "Maling av hus", "Regnskap"};
    private static final String[] TITLES = {"Kjøkkenassistent", "Kantinemedarbeider", "Lagermedarbeider",
        "Hjelpepleier", "Butikkmedarbeider", "Renholder", "Stillasbygger"};
    private static final String[] STYRK = {"9412", "5120", "4321", "5321", "5223", "9112", "7119"};
    private static final String[] INTERESTS = {"matlaging", "baking", "bygg", "motorsport", "eldre", "omsorg",
        "dyr", "musikk", "hagearbeid"};
    private static final String[] ORGS = {"NAV Kristiansand", "NAV Fredrikstad", "Jobbvekst AS", "Kommune X"};
    private static final String[] LANGS = {"no", "en", "ar", "so"};

    /** A random valid candidate. */
    public static Candidate randomCandidate(Random r, String id) {
        C c = new C(id);
        c.followedBy = new FollowedBy(pick(r, ORGS), pick(r, OrganisationKind.values()), r.nextBoolean() ? "v-" + r.nextInt(9) : null);
        c.consent = new Consent(pick(r, Searchable.values()), pick(r, ShareWithEmployer.values()));
        c.readiness = r.nextInt(4) == 0 ? null : pick(r, Readiness.values());
        c.home = r.nextInt(5) == 0 ? null : new Location(null, 58.0 + r.nextDouble() * 0.6, 7.7 + r.nextDouble() * 0.8);
        List<String> lic = new ArrayList<>();
        if (r.nextBoolean()) {
            lic.add(pick(r, new String[] {"B", "BE", "C", "D"}));
        }
        c.mobility = r.nextInt(4) == 0 ? null : new Mobility(r.nextBoolean() ? null : 5.0 + r.nextInt(60), lic,
                r.nextBoolean(), null);
        if (r.nextInt(5) == 0) {
            c.availability = null;
        } else {
            Double min = r.nextBoolean() ? null : (double) (r.nextInt(6) * 10);
            Double max = r.nextBoolean() ? null : (double) (60 + r.nextInt(5) * 10);
            List<Shift> shifts = new ArrayList<>();
            for (Shift s : Shift.values()) {
                if (r.nextInt(3) == 0) {
                    shifts.add(s);
                }
            }
            c.availability = new Availability(r.nextBoolean() ? LocalDate.of(2026, 11, 1).plusDays(r.nextInt(150)) : null,
                    new PercentRange(min, max), shifts);
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            int t = r.nextInt(TITLES.length);
            c.experience(TITLES[t], r.nextBoolean() ? STYRK[t] : null, r.nextInt(10) + 0.5 * r.nextInt(2),
                    pick(r, ExperienceKind.values()));
        }
        for (int i = r.nextInt(2); i > 0; i--) {
            int t = r.nextInt(TITLES.length);
            c.wish(TITLES[t], r.nextBoolean() ? STYRK[t] : null);
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            c.competence(pick(r, LABELS));
        }
        for (int i = r.nextInt(2); i > 0; i--) {
            c.certificate(pick(r, LABELS));
        }
        if (r.nextInt(4) == 0) {
            c.education.add(new Education(pick(r, EducationLevel.values()), "Fagbrev helsearbeiderfaget", r.nextBoolean()));
        }
        c.languages = new ArrayList<>();
        for (String code : LANGS) {
            if (r.nextInt(3) == 0) {
                c.languages.add(new LanguageSkill(code, pick(r, LanguageLevel.values())));
            }
        }
        c.interests = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            String x = pick(r, INTERESTS);
            if (!c.interests.contains(x)) {
                c.interests.add(x);
            }
        }
        c.strengths = r.nextBoolean() ? "Møter presis, rolig med kunder" : null;
        c.accommodationNeeds = new ArrayList<>(subset(r, Accommodation.values(), 3));
        c.targetGroups = new ArrayList<>(subset(r, TargetGroup.values(), 2));
        if (r.nextBoolean()) {
            c.evidence.add(new TrialEvidence(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), null,
                    pick(r, Attendance.values()), pick(r, TrialOutcome.values())));
        }
        return c.build();
    }

    /** A random valid need with some musts, languages and notPossible accommodations. */
    public static Need randomNeed(Random r, String id, String employerId) {
        N n = new N(id);
        n.employerId = employerId;
        int t = r.nextInt(TITLES.length);
        n.title = TITLES[t];
        n.styrk08 = r.nextBoolean() ? STYRK[t] : null;
        n.location = r.nextBoolean() ? new NeedLocation(null, 58.15, 8.0, r.nextBoolean() ? null : 10.0 + r.nextInt(40)) : null;
        n.percent = r.nextBoolean() ? null : new PercentRange(r.nextBoolean() ? null : 50.0, r.nextBoolean() ? null : 80.0);
        n.shifts = new ArrayList<>(subset(r, Shift.values(), 2));
        n.requirements = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            n.requirements.add(new Requirement(pick(r, LABELS), null, pick(r, RequirementKind.values()),
                    r.nextBoolean() ? 1 + r.nextInt(4) : null, null));
        }
        if (r.nextBoolean()) {
            n.requirements.add(new Requirement("Førerkort klasse B", null, RequirementKind.MUST, null, null));
        }
        n.languages = new ArrayList<>();
        if (r.nextBoolean()) {
            n.languages.add(new LanguageRequirement("no", pick(r, LanguageLevel.values()), r.nextBoolean()
                    ? RequirementKind.MUST : RequirementKind.WANT));
        }
        List<Accommodation> all = new ArrayList<>(List.of(Accommodation.values()));
        java.util.Collections.shuffle(all, r);
        n.accommodations = new Accommodations(all.subList(0, r.nextInt(3)), all.subList(3, 3 + r.nextInt(3)));
        n.interests = new ArrayList<>(subset(r, INTERESTS, 2));
        n.welcomesTargetGroups = r.nextBoolean() ? null : r.nextBoolean();
        n.opening = r.nextBoolean() ? null : new Opening(OpeningKind.PERMANENT, 1, LocalDate.of(2027, 1, 1));
        return n.build();
    }

    static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static <T> List<T> subset(Random r, T[] values, int max) {
        List<T> out = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            T v = pick(r, values);
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Every accommodation, for readability in tests. */
    public static EnumSet<Accommodation> allAccommodations() {
        return EnumSet.allOf(Accommodation.class);
    }
}
