package io.github.jobbmatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.fixtures.RandomDocuments;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    static Candidate candidate(String id) {
        return new Candidate(id, DAY, new FollowedBy("NAV Grünerløkka", OrganisationKind.NAV, null),
                new Consent(Searchable.ALL_ORGANISATIONS, ShareWithEmployer.ON_PRESENTATION),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Employer employer() {
        return new Employer("e-1", "Kantina AS", null, Sector.PRIVATE, null, null, null, null, null, null, null, null);
    }

    static Need need() {
        return new Need("n-1", "e-1", DAY, null, "Kantinemedarbeider", null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** Candidate with the given parts replaced; everything else as in the minimal valid candidate. */
    private static Candidate withHome(Location home) {
        Candidate c = candidate("k-1");
        return new Candidate(c.id(), c.updated(), c.followedBy(), c.consent(), null, home, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static Candidate withLists(List<Experience> experience, List<Wish> wishes, List<Competence> competences,
            List<LanguageSkill> languages, List<String> interests, List<TrialEvidence> evidence) {
        Candidate c = candidate("k-1");
        return new Candidate(c.id(), c.updated(), c.followedBy(), c.consent(), null, null, null, null, experience, wishes,
                competences, null, null, languages, interests, null, null, null, evidence);
    }

    private static Need withRequirements(List<Requirement> requirements) {
        Need n = need();
        return new Need(n.id(), n.employerId(), n.created(), null, n.title(), null, null, null, null, null, null, null,
                requirements, null, null, null, null);
    }

    private static Arguments rule(String name, Supplier<List<Violation>> violations, String path, String fragment) {
        return Arguments.of(name, violations, path, fragment);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("candidate id required", () -> Validator.validate(candidate(null)), "$.id", "required"),
                rule("candidate id alphabet", () -> Validator.validate(candidate("k 1")), "$.id", "[A-Za-z0-9._:-]"),
                rule("candidate id length", () -> Validator.validate(candidate("k".repeat(129))), "$.id", "1-128"),
                rule("updated required", () -> Validator.validate(new Candidate("k-1", null, candidate("k").followedBy(),
                        candidate("k").consent(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null)), "$.updated", "required"),
                rule("followedBy required", () -> Validator.validate(new Candidate("k-1", DAY, null, candidate("k").consent(),
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)),
                        "$.followedBy", "required"),
                rule("followedBy kind required", () -> Validator.validate(new Candidate("k-1", DAY,
                        new FollowedBy("NAV", null, null), candidate("k").consent(), null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null)), "$.followedBy.kind", "required"),
                rule("consent parts required", () -> Validator.validate(new Candidate("k-1", DAY, candidate("k").followedBy(),
                        new Consent(Searchable.NONE, null), null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null)), "$.consent.shareWithEmployer", "required"),
                rule("municipality 4 digits", () -> Validator.validate(withHome(new Location("301", null, null))),
                        "$.home.municipality", "4-digit"),
                rule("latitude range", () -> Validator.validate(withHome(new Location(null, 91.0, 10.0))), "$.home.lat",
                        "from -90 to 90"),
                rule("longitude range", () -> Validator.validate(withHome(new Location(null, 60.0, -181.0))), "$.home.lon",
                        "from -180 to 180"),
                rule("lat without lon", () -> Validator.validate(withHome(new Location(null, 60.0, null))), "$.home",
                        "both lat and lon"),
                rule("experience title required", () -> Validator.validate(withLists(
                        List.of(new Experience(" ", null, null, null)), null, null, null, null, null)), "$.experience[0].title",
                        "non-empty"),
                rule("experience styrk", () -> Validator.validate(withLists(
                        List.of(new Experience("Kokk", "51201", null, null)), null, null, null, null, null)),
                        "$.experience[0].styrk08", "4-digit STYRK-08"),
                rule("experience years", () -> Validator.validate(withLists(
                        List.of(new Experience("Kokk", null, 81.0, null)), null, null, null, null, null)),
                        "$.experience[0].years", "from 0 to 80"),
                rule("wish needs title or code", () -> Validator.validate(withLists(null, List.of(new Wish(null, null)), null,
                        null, null, null)), "$.wishes[0]", "title or a styrk08"),
                rule("competence level", () -> Validator.validate(withLists(null, null,
                        List.of(new Competence("Matlaging", null, 6, null)), null, null, null)), "$.competences[0].level",
                        "from 1 to 5"),
                rule("language code", () -> Validator.validate(withLists(null, null, null,
                        List.of(new LanguageSkill("nor", LanguageLevel.GOOD)), null, null)), "$.languages[0].code", "ISO 639-1"),
                rule("label too long", () -> Validator.validate(withLists(null, null, null, null,
                        List.of("x".repeat(Limits.LABEL_LENGTH + 1)), null)), "$.interests[0]", "at most 300 characters"),
                rule("control character", () -> Validator.validate(withLists(null, null, null, null, List.of("a\u0007b"), null)),
                        "$.interests[0]", "control characters"),
                rule("lone surrogate", () -> Validator.validate(withLists(null, null, null, null, List.of("a\ud800b"), null)),
                        "$.interests[0]", "lone surrogate"),
                rule("list too long", () -> Validator.validate(withLists(null, null, null, null,
                        Collections.nCopies(Limits.LIST_LENGTH + 1, "x"), null)), "$.interests", "at most 200 elements"),
                rule("trial ends before it starts", () -> Validator.validate(withLists(null, null, null, null, null,
                        List.of(new TrialEvidence(DAY, DAY.minusDays(1), null, null, null)))), "$.evidence[0].to",
                        "on or after from"),
                rule("unknown licence class", () -> Validator.validate(new Candidate("k-1", DAY, candidate("k").followedBy(),
                        candidate("k").consent(), null, null, new Mobility(null, List.of("B", "Q"), null, null), null, null, null,
                        null, null, null, null, null, null, null, null, null)), "$.mobility.driversLicences[1]",
                        "driving licence class"),
                rule("duplicate shift", () -> Validator.validate(new Candidate("k-1", DAY, candidate("k").followedBy(),
                        candidate("k").consent(), null, null, null,
                        new Availability(null, null, List.of(Shift.DAY, Shift.DAY)), null, null, null, null, null, null, null,
                        null, null, null, null)), "$.availability.shifts[1]", "duplicate value \"day\""),
                rule("percent min above max", () -> Validator.validate(new Candidate("k-1", DAY, candidate("k").followedBy(),
                        candidate("k").consent(), null, null, null,
                        new Availability(null, new PercentRange(80.0, 50.0), null), null, null, null, null, null, null, null,
                        null, null, null, null)), "$.availability.percent", "min <= max"),
                rule("travel range", () -> Validator.validate(new Candidate("k-1", DAY, candidate("k").followedBy(),
                        candidate("k").consent(), null, null, new Mobility(-1.0, null, null, null), null, null, null, null, null,
                        null, null, null, null, null, null, null)), "$.mobility.maxTravelKm", "from 0 to 2000"),
                rule("employer name required", () -> Validator.validate(new Employer("e-1", null, null, Sector.PUBLIC, null, null,
                        null, null, null, null, null, null)), "$.name", "required"),
                rule("employer sector required", () -> Validator.validate(new Employer("e-1", "A", null, null, null, null, null,
                        null, null, null, null, null)), "$.sector", "required"),
                rule("org number", () -> Validator.validate(new Employer("e-1", "A", "12345678", Sector.PUBLIC, null, null, null,
                        null, null, null, null, null)), "$.orgNumber", "9 digits"),
                rule("NACE code", () -> Validator.validate(new Employer("e-1", "A", null, Sector.PUBLIC, "47,111", null, null,
                        null, null, null, null, null)), "$.industry", "NACE"),
                rule("size not negative", () -> Validator.validate(new Employer("e-1", "A", null, Sector.PUBLIC, null, -1, null,
                        null, null, null, null, null)), "$.size", "at least 0"),
                rule("capacity not negative", () -> Validator.validate(new Employer("e-1", "A", null, Sector.PUBLIC, null, null,
                        null, null, new Capacity(-2), null, null, null)), "$.capacity.concurrentCandidates", "at least 0"),
                rule("history not negative", () -> Validator.validate(new Employer("e-1", "A", null, Sector.PUBLIC, null, null,
                        null, null, null, null, null, new EmployerHistory(1, -1, 0))), "$.history.hires", "at least 0"),
                rule("need employer required", () -> Validator.validate(new Need("n-1", null, DAY, null, "T", null, null, null,
                        null, null, null, null, null, null, null, null, null)), "$.employerId", "required"),
                rule("need created required", () -> Validator.validate(new Need("n-1", "e-1", null, null, "T", null, null, null,
                        null, null, null, null, null, null, null, null, null)), "$.created", "required"),
                rule("need title required", () -> Validator.validate(new Need("n-1", "e-1", DAY, null, "", null, null, null,
                        null, null, null, null, null, null, null, null, null)), "$.title", "non-empty"),
                rule("description too long", () -> Validator.validate(new Need("n-1", "e-1", DAY, null, "T", null,
                        "x".repeat(Limits.TEXT_LENGTH + 1), null, null, null, null, null, null, null, null, null, null)),
                        "$.description", "at most 10000 characters"),
                rule("positions at least 1", () -> Validator.validate(new Need("n-1", "e-1", DAY, null, "T", null, null,
                        new Opening(null, 0, null), null, null, null, null, null, null, null, null, null)),
                        "$.opening.positions", "at least 1"),
                rule("need travel range", () -> Validator.validate(new Need("n-1", "e-1", DAY, null, "T", null, null, null,
                        new NeedLocation(null, null, null, 2001.0), null, null, null, null, null, null, null, null)),
                        "$.location.maxTravelKm", "from 0 to 2000"),
                rule("task text required", () -> Validator.validate(new Need("n-1", "e-1", DAY, null, "T", null, null, null,
                        null, null, null, List.of(new Task(null, true)), null, null, null, null, null)), "$.tasks[0].text",
                        "required"),
                rule("requirement kind required", () -> Validator.validate(withRequirements(
                        List.of(new Requirement("Truck", null, null, null, null)))), "$.requirements[0].kind", "required"),
                rule("requirement priority", () -> Validator.validate(withRequirements(
                        List.of(new Requirement("Truck", null, RequirementKind.WANT, 0, null)))), "$.requirements[0].priority",
                        "from 1 (most important) to 100"),
                rule("concept id", () -> Validator.validate(withRequirements(
                        List.of(new Requirement("Truck", " ", RequirementKind.MUST, null, null)))), "$.requirements[0].concept",
                        "taxonomy concept id"),
                rule("language requirement never trainable", () -> Validator.validate(new Need("n-1", "e-1", DAY, null, "T",
                        null, null, null, null, null, null, null, null,
                        List.of(new LanguageRequirement("no", LanguageLevel.GOOD, RequirementKind.TRAINABLE)), null, null, null)),
                        "$.languages[0].kind", "must, want"),
                rule("accommodation both offered and not possible", () -> Validator.validate(new Need("n-1", "e-1", DAY, null,
                        "T", null, null, null, null, null, null, null, null, null,
                        new Accommodations(List.of(Accommodation.MENTOR), List.of(Accommodation.REMOTE_DAYS, Accommodation.MENTOR)),
                        null, null)), "$.accommodations.notPossible[1]", "also listed as offered"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleNamesPathAndExpectation(String name, Supplier<List<Violation>> violations, String path, String fragment) {
        List<Violation> found = violations.get();
        assertThat(found).as(name).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.message()).contains(fragment);
        });
    }

    @Test
    void minimalDocumentsAreValid() {
        assertThat(Validator.validate(candidate("k-1"))).isEmpty();
        assertThat(Validator.validate(employer())).isEmpty();
        assertThat(Validator.validate(need())).isEmpty();
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Need n = new Need(null, "bad id!", null, null, " ", "12", null, new Opening(null, 0, null),
                new NeedLocation("x", 100.0, null, -5.0), new PercentRange(120.0, 10.0), List.of(Shift.DAY, Shift.DAY),
                List.of(new Task("", null)), List.of(new Requirement(null, null, null, 500, null)),
                List.of(new LanguageRequirement("NO", null, null)), null, List.of(""), null);
        List<Violation> found = Validator.validate(n);
        assertThat(found).extracting(Violation::path).contains(
                "$.id", "$.employerId", "$.created", "$.title", "$.styrk08", "$.opening.positions",
                "$.location.municipality", "$.location.lat", "$.location", "$.location.maxTravelKm",
                "$.percent.min", "$.percent", "$.shifts[1]", "$.tasks[0].text", "$.requirements[0].label",
                "$.requirements[0].kind", "$.requirements[0].priority", "$.languages[0].code", "$.languages[0].level",
                "$.languages[0].kind", "$.interests[0]");
        assertThatThrownBy(() -> Validator.requireValid(n))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).isEqualTo(found))
                .hasMessageContaining("$.employerId").hasMessageContaining("$.interests[0]");
    }

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedDocumentsAreValid(long seed) {
        RandomDocuments r = new RandomDocuments(seed);
        for (int i = 0; i < 5; i++) {
            assertThat(Validator.validate(r.candidate())).as("candidate, seed %d", seed).isEmpty();
            assertThat(Validator.validate(r.employer())).as("employer, seed %d", seed).isEmpty();
            assertThat(Validator.validate(r.need())).as("need, seed %d", seed).isEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameSeedSameDocuments(long seed) {
        assertThat(new RandomDocuments(seed).need()).as("seed %d", seed).isEqualTo(new RandomDocuments(seed).need());
        assertThat(new RandomDocuments(seed).candidate()).as("seed %d", seed).isEqualTo(new RandomDocuments(seed).candidate());
    }
}
