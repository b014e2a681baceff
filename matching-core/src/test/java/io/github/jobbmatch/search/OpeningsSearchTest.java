package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Capacity;
import io.github.jobbmatch.model.Contact;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.ValidationException;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Candidate-first scenarios written by hand: gates, capacity, near misses, audit, followedBy. */
class OpeningsSearchTest {

    static final Viewer NAV = new Viewer("NAV Kristiansand", "veileder");

    MatchingIndex index;
    List<SearchAuditor.OpeningsEvent> audit = new ArrayList<>();
    OpeningsSearch search;

    @BeforeEach
    void setUp() {
        index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build());
        Employer active = withCapacity(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE), 2);
        Employer paused = SearchFixtures.employer("e-paused", EmployerStatus.PAUSED);
        Employer other = SearchFixtures.employer("e-other", EmployerStatus.ACTIVE);
        SearchFixtures.N open = new SearchFixtures.N("n-open");
        SearchFixtures.N filled = new SearchFixtures.N("n-filled");
        filled.status = NeedStatus.FILLED;
        SearchFixtures.N pausedNeed = new SearchFixtures.N("n-paused-need");
        pausedNeed.status = NeedStatus.PAUSED;
        SearchFixtures.N atPausedEmployer = new SearchFixtures.N("n-paused-employer");
        atPausedEmployer.employerId = "e-paused";
        SearchFixtures.N driver = new SearchFixtures.N("n-driver").must("Førerkort klasse B");
        driver.employerId = "e-other";
        SearchFixtures.N other2 = new SearchFixtures.N("n-other");
        other2.employerId = "e-other";
        other2.title = "Lagermedarbeider";
        other2.styrk08 = "9321";
        Candidate ola = new SearchFixtures.C("k-ola").competence("Matlaging").build();
        assertThat(index.upsertAll(List.of(active, paused, other, open.build(), filled.build(), pausedNeed.build(),
                atPausedEmployer.build(), driver.build(), other2.build(), ola)).rejected()).isEmpty();
        index.refresh();
        search = OpeningsSearch.builder(index).auditor(new SearchAuditor() {
            @Override
            public void searched(Event event) {}

            @Override
            public void searchedOpenings(OpeningsEvent event) {
                audit.add(event);
            }
        }).build();
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    static Employer withCapacity(Employer e, int capacity) {
        return new Employer(e.id(), e.name(), e.orgNumber(), e.sector(), e.industry(), e.size(), e.location(),
                new Contact("Kari Nordmann", "Fjordkantina AS"), new Capacity(capacity), e.status(), e.needsConfirmed(),
                e.history());
    }

    static List<String> ids(OpeningsResult r) {
        return r.shortlist().stream().map(Opening::needId).toList();
    }

    @Test
    void pausedEmployersAndNeedsThatAreNotOpenNeverAppear() {
        OpeningsResult r = search.search(OpeningsRequest.of("k-ola", NAV));
        assertThat(ids(r)).contains("n-open", "n-other")
                .doesNotContain("n-filled", "n-paused-need", "n-paused-employer");
        assertThat(r.nearMisses()).extracting(OpeningsResult.OpeningNearMiss::needId)
                .doesNotContain("n-filled", "n-paused-need", "n-paused-employer");
        assertThat(r.pool().visible()).isEqualTo(4);
        assertThat(r.pool().passedGates()).isEqualTo(2);
    }

    @Test
    void aMissingMustIsANearMissWithItsGapAndRoute() {
        OpeningsResult r = search.search(OpeningsRequest.of("k-ola", NAV));
        assertThat(ids(r)).doesNotContain("n-driver");
        assertThat(r.nearMisses()).singleElement().satisfies(m -> {
            assertThat(m.needId()).isEqualTo("n-driver");
            assertThat(m.gapKind()).isEqualTo("requirement");
            assertThat(m.gap()).isEqualTo("Førerkort klasse B");
            assertThat(m.route()).isEqualTo(Route.CERTIFICATE);
        });
    }

    @Test
    void anEmployerAtCapacityIsLeftOutUntilInProcessDrops() {
        OpeningsResult full = search.search(new OpeningsRequest("k-ola", null, 10, NAV,
                Map.of("n-open", 1, "n-filled", 1)));
        assertThat(ids(full)).doesNotContain("n-open").contains("n-other");
        assertThat(full.diagnostics().funnel()).extracting(SearchResult.FunnelStep::gate).contains("capacity");
        OpeningsResult room = search.search(new OpeningsRequest("k-ola", null, 10, NAV, Map.of("n-open", 1)));
        assertThat(ids(room)).contains("n-open");
    }

    @Test
    void entriesCarryContactVerdictsAndANorwegianExplanation() {
        Opening o = search.search(OpeningsRequest.of("k-ola", NAV)).shortlist().stream()
                .filter(x -> x.needId().equals("n-open")).findFirst().orElseThrow();
        assertThat(o.employerId()).isEqualTo("e-kantina");
        assertThat(o.employerName()).isEqualTo("Fjordkantina AS");
        assertThat(o.contact()).isEqualTo(new Contact("Kari Nordmann", "Fjordkantina AS"));
        assertThat(o.title()).isEqualTo("Kantinemedarbeider");
        assertThat(o.explanation()).startsWith("Fast stilling: Kantinemedarbeider hos Fjordkantina AS.");
        assertThat(o.score()).isBetween(0.0, 1.0);
        assertThat(o.rankScore()).isCloseTo(o.score() + o.adjustments().stream()
                .mapToDouble(OpeningsResult.Adjustment::points).sum(), within(1e-9));
    }

    @Test
    void followedByNeverChangesTheScore() {
        Candidate ola = index.candidate("k-ola").orElseThrow();
        Candidate moved = new Candidate(ola.id(), ola.updated(), new FollowedBy("Jobbvekst AS", OrganisationKind.PROVIDER,
                "annen"), ola.consent(), ola.readiness(), ola.home(), ola.mobility(), ola.availability(), ola.experience(),
                ola.wishes(), ola.competences(), ola.certificates(), ola.education(), ola.languages(), ola.interests(),
                ola.strengths(), ola.accommodationNeeds(), ola.targetGroups(), ola.evidence());
        OpeningsResult a = search.search(OpeningsRequest.of(ola, NAV));
        OpeningsResult b = search.search(OpeningsRequest.of(moved, NAV));
        assertThat(b.shortlist()).extracting(Opening::needId, Opening::score, Opening::rankScore)
                .isEqualTo(a.shortlist().stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.needId(), o.score(),
                        o.rankScore())).toList());
        // The ad-hoc record scores exactly as the indexed candidate.
        OpeningsResult indexed = search.search(OpeningsRequest.of("k-ola", NAV));
        assertThat(a.shortlist()).extracting(Opening::score)
                .isEqualTo(indexed.shortlist().stream().map(Opening::score).toList());
    }

    @Test
    void unknownOrInvisibleCandidatesAreNotFoundAndInvalidRecordsRejected() {
        assertThatThrownBy(() -> search.search(OpeningsRequest.of("k-nobody", NAV)))
                .isInstanceOf(NoSuchElementException.class);
        Candidate bad = new SearchFixtures.C("").build();
        assertThatThrownBy(() -> search.search(OpeningsRequest.of(bad, NAV))).isInstanceOf(ValidationException.class);
    }

    @Test
    void everySearchIsAudited() {
        OpeningsResult r = search.search(OpeningsRequest.of("k-ola", NAV));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.candidateId()).isEqualTo("k-ola");
            assertThat(e.viewer()).isEqualTo(NAV);
            assertThat(e.adHoc()).isFalse();
            assertThat(e.needIds()).containsAll(ids(r)).contains("n-driver");
        });
    }

    @Test
    void aRefusedLookUpIsAuditedToo() {
        assertThatThrownBy(() -> search.search(OpeningsRequest.of("k-nobody", NAV)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.candidateId()).isEqualTo("k-nobody");
            assertThat(e.viewer()).isEqualTo(NAV);
            assertThat(e.needIds()).isEmpty();
        });
    }

    @Test
    void theDefaultAuditHookRecordsTheCandidate() {
        List<SearchAuditor.Event> events = new ArrayList<>();
        OpeningsSearch.builder(index).auditor(events::add).build().search(OpeningsRequest.of("k-ola", NAV));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.candidateIds()).containsExactly("k-ola");
            assertThat(e.needId()).isNull();
        });
    }
}
