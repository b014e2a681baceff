package io.github.jobbmatch.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.EducationLevel;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.model.TargetGroup;
import io.github.jobbmatch.model.Validator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleGeneratorTest {

    private static final int N = 20_000;

    /** Shared across tests: generation is deterministic, so one large sample serves every statistic. */
    private static final List<Candidate> SAMPLE = new SampleGenerator(42, Calibration.builtIn()).candidates(N).toList();

    @Test
    void sameSeedGivesIdenticalOutputAndOtherSeedsDiffer() {
        SampleGenerator a = new SampleGenerator(7, Calibration.builtIn());
        SampleGenerator b = new SampleGenerator(7, Calibration.builtIn());
        assertThat(a.candidates(300).toList()).isEqualTo(b.candidates(300).toList());
        List<Employer> ea = a.employers(50);
        assertThat(ea).isEqualTo(b.employers(50));
        assertThat(a.needs(200, ea).toList()).isEqualTo(b.needs(200, ea).toList());
        // random access agrees with the stream, in any order
        assertThat(a.candidate(299)).isEqualTo(b.candidates(300).skip(299).findFirst().orElseThrow());
        assertThat(new SampleGenerator(8, Calibration.builtIn()).candidates(20).toList())
                .isNotEqualTo(a.candidates(20).toList());
    }

    @Test
    void referenceDateShiftsDatesOnly() {
        SampleGenerator g = new SampleGenerator(3, Calibration.builtIn(), LocalDate.of(2030, 1, 1));
        assertThat(g.candidates(200)).allSatisfy(c -> {
            assertThat(c.updated()).isBeforeOrEqualTo(LocalDate.of(2030, 1, 1));
            assertThat(c.updated()).isAfter(LocalDate.of(2028, 12, 31));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 42, 1234, 99_999, -5, Long.MAX_VALUE, Long.MIN_VALUE})
    void everyDocumentIsValid(long seed) {
        Random random = new Random(seed);
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        for (int i = 0; i < 300; i++) {
            long index = i < 150 ? i : Math.abs(random.nextLong() % 10_000_000L);
            Candidate c = g.candidate(index);
            assertThat(Validator.validate(c)).as("candidate %s", c.id()).isEmpty();
        }
        List<Employer> employers = g.employers(60);
        employers.forEach(e -> assertThat(Validator.validate(e)).as("employer %s", e.id()).isEmpty());
        g.needs(300, employers).forEach(n -> assertThat(Validator.validate(n)).as("need %s", n.id()).isEmpty());
    }

    @Test
    void idsAreUnique() {
        assertThat(SAMPLE).extracting(Candidate::id).doesNotHaveDuplicates();
    }

    @Test
    void immigrantShareFollowsTheFieldReports() {
        double share = share(c -> c.targetGroups().contains(TargetGroup.IMMIGRANT));
        assertThat(share).isBetween(0.30, 0.40);
        // immigrants speak Norwegian below native level and another language natively
        assertThat(SAMPLE).filteredOn(c -> c.targetGroups().contains(TargetGroup.IMMIGRANT)).allSatisfy(c ->
                assertThat(c.languages()).anyMatch(l -> !l.code().equals("no") && l.level().name().equals("NATIVE")));
    }

    @Test
    void youthAndHigherEducationShares() {
        assertThat(share(c -> c.targetGroups().contains(TargetGroup.YOUTH))).isBetween(0.37, 0.45); // 23 % + 18 %
        double higher = share(c -> c.education().stream().anyMatch(e -> e.level() == EducationLevel.BACHELOR
                || e.level() == EducationLevel.MASTER || e.level() == EducationLevel.VOCATIONAL_COLLEGE));
        assertThat(higher).isBetween(0.26, 0.36); // field reports: 31 %
    }

    @Test
    void consentNoneIsASmallMinorityAndMostAreSearchableEverywhere() {
        assertThat(share(c -> c.consent().searchable() == Searchable.NONE)).isBetween(0.02, 0.08);
        assertThat(share(c -> c.consent().searchable() == Searchable.ALL_ORGANISATIONS)).isGreaterThan(0.7);
    }

    @Test
    void mostCommonOccupationsFollowTheCalibration() {
        Map<String, Long> counts = SAMPLE.stream()
                .collect(Collectors.groupingBy(c -> c.wishes().get(0).styrk08(), Collectors.counting()));
        List<String> top = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).toList();
        assertThat(top).containsExactlyInAnyOrder("5223", "5311", "9112");
        double expected = 9862.0 / Calibration.builtIn().seekers().stream().mapToDouble(Calibration.Occupation::weight).sum();
        assertThat(counts.get("5223") / (double) N).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.015));
    }

    @Test
    void accommodationNeedsFavourMentalHealthOverPhysical() {
        Map<Accommodation, Integer> counts = new HashMap<>();
        SAMPLE.forEach(c -> c.accommodationNeeds().forEach(a -> counts.merge(a, 1, Integer::sum)));
        int mental = counts.getOrDefault(Accommodation.QUIET_ENVIRONMENT, 0) + counts.getOrDefault(Accommodation.PREDICTABLE_ROUTINES, 0);
        int physical = counts.getOrDefault(Accommodation.NO_HEAVY_LIFTING, 0) + counts.getOrDefault(Accommodation.LIMITED_STANDING, 0);
        assertThat(mental).isGreaterThan(2 * physical);
    }

    @Test
    void candidatesHaveHomeAndVolunteerExperienceSometimes() {
        assertThat(share(c -> c.experience().stream().anyMatch(e -> e.kind() == ExperienceKind.HOME))).isBetween(0.15, 0.35);
        assertThat(share(c -> c.experience().stream().anyMatch(e -> e.kind() == ExperienceKind.VOLUNTEER))).isBetween(0.1, 0.3);
        assertThat(share(c -> !c.evidence().isEmpty())).isBetween(0.35, 0.55);
        assertThat(SAMPLE).allSatisfy(c -> assertThat(c.experience()).extracting(Experience::years)
                .allMatch(y -> y == null || y <= 50));
    }

    @Test
    void needsFollowDemandAndSectorFigures() {
        SampleGenerator g = new SampleGenerator(11, Calibration.builtIn());
        List<Employer> employers = g.employers(400);
        List<Need> needs = g.needs(6000, employers).toList();
        Map<String, Employer> byId = employers.stream().collect(Collectors.toMap(Employer::id, e -> e));
        // the largest unmet demand of 2017 was for nurses
        Map<String, Long> counts = needs.stream().collect(Collectors.groupingBy(Need::styrk08, Collectors.counting()));
        String top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(top).isEqualTo("2223");
        // construction needs ask for a trade certificate about 73 % of the time
        List<Need> construction = needs.stream().filter(n -> Trades.of(n.styrk08()) == Trades.CONSTRUCTION).toList();
        assertThat(construction).hasSizeGreaterThan(200);
        double fagbrev = construction.stream().filter(n -> n.requirements().stream()
                .anyMatch(q -> q.label().equals(Trades.CONSTRUCTION.fagbrev()))).count() / (double) construction.size();
        assertThat(fagbrev).isBetween(0.62, 0.84);
        // public employers mostly offer recruitment positions, apprenticeships and trials
        List<Need> publicNeeds = needs.stream().filter(n -> byId.get(n.employerId()).sector() == Sector.PUBLIC).toList();
        double pathways = publicNeeds.stream().filter(n -> Set.of(OpeningKind.RECRUITMENT_POSITION, OpeningKind.APPRENTICESHIP,
                OpeningKind.WORK_TRIAL).contains(n.opening().kind())).count() / (double) publicNeeds.size();
        assertThat(pathways).isGreaterThan(0.6);
        // most needs are open; none says an accommodation is both offered and impossible (validated elsewhere)
        assertThat(needs.stream().filter(Need::isOpen).count() / (double) needs.size()).isBetween(0.78, 0.92);
        // physical limits are more often impossible at private firms than public ones
        assertThat(notPossibleShare(needs, byId, Sector.PRIVATE, Accommodation.NO_HEAVY_LIFTING))
                .isGreaterThan(notPossibleShare(needs, byId, Sector.PUBLIC, Accommodation.NO_HEAVY_LIFTING));
    }

    @Test
    void needsAndCandidatesShareAVocabulary() {
        SampleGenerator g = new SampleGenerator(5, Calibration.builtIn());
        Set<String> candidateLabels = new HashSet<>();
        SAMPLE.forEach(c -> {
            c.competences().forEach(x -> candidateLabels.add(x.label()));
            c.certificates().forEach(x -> candidateLabels.add(x.label()));
        });
        List<Need> needs = g.needs(2000, g.employers(200)).toList();
        long wants = needs.stream().flatMap(n -> n.requirements().stream()).filter(q -> q.kind().name().equals("WANT")).count();
        long known = needs.stream().flatMap(n -> n.requirements().stream()).filter(q -> q.kind().name().equals("WANT"))
                .map(Requirement::label).filter(candidateLabels::contains).count();
        assertThat(known / (double) wants).isGreaterThan(0.95);
    }

    @Test
    void calibrationFromFilesDrivesOccupations() throws URISyntaxException {
        Calibration c = Calibration.load(Path.of(getClass().getResource("/sample-calibration/good").toURI()));
        SampleGenerator g = new SampleGenerator(1, c);
        Set<String> allowed = Set.of("5223", "9112", "7115");
        assertThat(g.candidates(500)).allSatisfy(x -> {
            assertThat(Validator.validate(x)).isEmpty();
            assertThat(x.wishes().get(0).styrk08()).isIn(allowed);
        });
        List<Employer> employers = g.employers(30);
        assertThat(g.needs(200, employers)).allSatisfy(n -> {
            assertThat(Validator.validate(n)).isEmpty();
            assertThat(n.styrk08()).isIn("2223", "2512", "9112");
        });
    }

    @Test
    void showcaseNeedsAreValidAndReferToTheirEmployers() {
        List<Employer> employers = SampleGenerator.showcaseEmployers();
        List<Need> needs = SampleGenerator.showcaseNeeds();
        assertThat(needs).extracting(Need::id).containsExactly("n-demo-kantine", "n-demo-stillas", "n-demo-hjemmetjeneste");
        employers.forEach(e -> assertThat(Validator.validate(e)).isEmpty());
        needs.forEach(n -> assertThat(Validator.validate(n)).isEmpty());
        Set<String> employerIds = employers.stream().map(Employer::id).collect(Collectors.toSet());
        assertThat(needs).allSatisfy(n -> assertThat(employerIds).contains(n.employerId()));
        Need home = needs.get(2);
        assertThat(home.requirements()).filteredOn(q -> q.kind().name().equals("MUST")).extracting(Requirement::label)
                .containsExactlyInAnyOrder("Politiattest", "Førerkort klasse B");
        assertThat(employers.stream().filter(e -> e.id().equals(home.employerId())).findFirst().orElseThrow().sector())
                .isEqualTo(Sector.PUBLIC);
    }

    @Test
    void fewCandidatesMeetEveryScaffoldingMust() {
        // "Kurs i stillasmontering" is a construction course about one in five construction candidates hold,
        // and working at heights is rarer still: so near misses carry the showcase.
        long both = SAMPLE.stream().filter(c -> c.certificates().stream().anyMatch(x -> x.label().equals("Kurs i stillasmontering"))
                && c.competences().stream().anyMatch(x -> x.label().equals("Arbeid i høyden"))).count();
        long one = SAMPLE.stream().filter(c -> c.certificates().stream().anyMatch(x -> x.label().equals("Kurs i stillasmontering"))
                || c.competences().stream().anyMatch(x -> x.label().equals("Arbeid i høyden"))).count();
        assertThat(both).isLessThan(one / 3);
        assertThat(one).isPositive();
    }

    private static double share(java.util.function.Predicate<Candidate> p) {
        return SAMPLE.stream().filter(p).count() / (double) N;
    }

    private static double notPossibleShare(List<Need> needs, Map<String, Employer> byId, Sector sector, Accommodation a) {
        List<Need> of = needs.stream().filter(n -> byId.get(n.employerId()).sector() == sector && n.accommodations() != null).toList();
        return of.stream().filter(n -> n.accommodations().notPossible().contains(a)).count() / (double) of.size();
    }
}
