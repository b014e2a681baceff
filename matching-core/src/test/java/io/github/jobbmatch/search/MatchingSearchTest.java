package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jobbmatch.explain.HealthWords;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.search.SearchResult.ShortlistEntry;
import io.github.jobbmatch.testing.SearchFixtures;
import io.github.jobbmatch.testing.SearchFixtures.C;
import io.github.jobbmatch.testing.SearchFixtures.N;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchingSearchTest {

    static final Viewer NAV = new Viewer("NAV Kristiansand", "veileder");
    static final Viewer OTHER = new Viewer("Jobbvekst AS", "jobbkonsulent");

    MatchingIndex index;
    MatchingSearch search;
    List<SearchAuditor.Event> audit = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build());
        search = MatchingSearch.builder(index).auditor(audit::add)
                .clock(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC))
                .aliasKey("test-key-0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
        index.upsert(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    void add(Object... docs) {
        var r = index.upsertAll(List.of(docs));
        assertThat(r.rejected()).as("fixtures are valid").isEmpty();
        index.refresh();
    }

    SearchResult run(String needId) {
        return search.search(SearchRequest.of(needId, NAV));
    }

    static List<String> ids(SearchResult r) {
        return r.shortlist().stream().map(ShortlistEntry::candidateId).toList();
    }

    static C cook(String id) {
        return new C(id).competence("Matlaging").experience("Kjøkkenassistent", "9412", 2, ExperienceKind.WORK)
                .wish("Kantinemedarbeider", "9412");
    }

    @Test
    void candidateWithoutConsentNeverAppears() {
        C none = cook("k-none");
        none.consent = new Consent(Searchable.NONE, ShareWithEmployer.ON_PRESENTATION);
        C own = cook("k-own");
        own.consent = new Consent(Searchable.OWN_ORGANISATION, ShareWithEmployer.ON_PRESENTATION);
        add(none.build(), own.build(), cook("k-all").build(), new N("n-1").build());

        SearchResult nav = search.search(new SearchRequest("n-1", 20, View.ADVISER, NAV, List.of()));
        assertThat(ids(nav)).containsExactlyInAnyOrder("k-all", "k-own");
        assertThat(nav.pool().visible()).isEqualTo(2);
        SearchResult other = search.search(new SearchRequest("n-1", 20, View.ADVISER, OTHER, List.of()));
        assertThat(ids(other)).containsExactly("k-all");
        assertThat(other.nearMisses()).extracting(SearchResult.NearMiss::candidateId).doesNotContain("k-none", "k-own");
    }

    @Test
    void mustIsAGateAndNearMissesNameTheGapAndRoute() {
        add(cook("k-1").certificate("Politiattest").build(),
                cook("k-2").build(),
                new N("n-1").must("Politiattest").build());
        SearchResult r = run("n-1");
        assertThat(ids(r)).containsExactly("k-1");
        assertThat(r.shortlist().get(0).requirements()).first().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VerdictStatus.MET);
            assertThat(v.evidence()).isEqualTo("Politiattest");
        });
        assertThat(r.nearMisses()).singleElement().satisfies(m -> {
            assertThat(m.candidateId()).isEqualTo("k-2");
            assertThat(m.gapKind()).isEqualTo("requirement");
            assertThat(m.gap()).isEqualTo("Politiattest");
            assertThat(m.route()).isEqualTo(Route.CERTIFICATE);
        });
    }

    @Test
    void aNeedOrEmployerUpdatedBetweenSearchesIsSearchedAsUpdated() {
        // The service keeps compiled needs across searches: an updated form or employer must not be searched as it was.
        add(cook("k-1").certificate("Politiattest").build(), cook("k-2").build(), new N("n-1").build());
        assertThat(ids(run("n-1"))).containsExactlyInAnyOrder("k-1", "k-2");
        add(new N("n-1").must("Politiattest").build());
        SearchResult updated = run("n-1");
        assertThat(ids(updated)).containsExactly("k-1");
        assertThat(updated.nearMisses()).extracting(SearchResult.NearMiss::candidateId).containsExactly("k-2");
        // The workplace is the employer's (the form gives none): moved to Tromsø, nobody near Kristiansand can travel.
        add(SearchFixtures.employerAt("e-kantina", EmployerStatus.ACTIVE,
                new io.github.jobbmatch.model.Location("5501", 69.6492, 18.9553)));
        SearchResult moved = run("n-1");
        assertThat(moved.shortlist()).isEmpty();
        assertThat(moved.diagnostics().funnel()).last().satisfies(f -> {
            assertThat(f.gate()).isEqualTo("travel");
            assertThat(f.remaining()).isZero();
        });
        add(SearchFixtures.employer("e-kantina", EmployerStatus.PAUSED));
        assertThat(run("n-1").shortlist()).isEmpty();
        assertThat(run("n-1").diagnostics().reasons()).extracting(SearchResult.Reason::code).contains("employer-paused");
    }

    @Test
    void narrowerConceptSatisfiesMustAndUnresolvedMustGatesOnText() {
        add(cook("k-c").mobilityWith("C").build(), cook("k-none").build(),
                new N("n-1").must("Førerkort klasse B").build(),
                new N("n-2").must("Sertifikat for motorsag").build(),
                cook("k-saw").certificate("Sertifikat for motorsag").build());
        assertThat(ids(run("n-1"))).containsExactly("k-c");
        assertThat(ids(run("n-2"))).containsExactly("k-saw");
    }

    @Test
    void notPossibleAccommodationKeepsOutOfShortlistAndGivesAskEmployerNearMiss() {
        add(cook("k-remote").needs(Accommodation.REMOTE_DAYS).build(), cook("k-ok").build(), new N("n-1").build());
        SearchResult r = run("n-1");
        assertThat(ids(r)).containsExactly("k-ok");
        assertThat(r.nearMisses()).singleElement().satisfies(m -> {
            assertThat(m.candidateId()).isEqualTo("k-remote");
            assertThat(m.route()).isEqualTo(Route.ASK_EMPLOYER);
            assertThat(m.gapKind()).isEqualTo("accommodation");
            assertThat(m.gap()).isEqualTo(Accommodation.REMOTE_DAYS.norwegian());
        });
    }

    @Test
    void unknownAccommodationIsAQuestionForTheEmployerAndComesLast() {
        add(cook("k-1").needs(Accommodation.GRADUAL_START, Accommodation.QUIET_ENVIRONMENT).build(), new N("n-1").build());
        ShortlistEntry e = run("n-1").shortlist().get(0);
        assertThat(e.accommodations().offered()).containsExactly(Accommodation.GRADUAL_START);
        assertThat(e.accommodations().unknown()).containsExactly(Accommodation.QUIET_ENVIRONMENT);
        assertThat(e.explanation()).contains("Spør arbeidsgiver: er rolig eller skjermet arbeidsmiljø mulig?");
        assertThat(e.explanation().indexOf("Har erfaring")).isLessThan(e.explanation().indexOf("Spør arbeidsgiver"));
        assertThat(e.explanation().indexOf("Interessert")).isLessThan(e.explanation().indexOf("legge til rette"));
    }

    @Test
    void partialFormStillGivesASensibleShortlist() {
        C fit = new C("k-fit").wish("Kantinemedarbeider", null).experience("Kantinemedarbeider", null, 3, ExperienceKind.WORK);
        C other = new C("k-other").wish("Stillasbygger", null).experience("Lagermedarbeider", null, 1, ExperienceKind.WORK);
        Need partial = new Need("n-p", "e-kantina", java.time.LocalDate.of(2026, 10, 2), null, "Kantinemedarbeider",
                null, null, null, null, null, null, null, null, null, null, null, null);
        add(fit.build(), other.build(), partial);
        SearchResult r = run("n-p");
        assertThat(ids(r)).containsExactly("k-fit", "k-other");
        assertThat(r.shortlist().get(0).score()).isGreaterThan(r.shortlist().get(1).score());
        assertThat(r.shortlist().get(0).explanation()).contains("Har erfaring som kantinemedarbeider");
    }

    @Test
    void funnelNamesTheRequirementThatEmptiedTheResult() {
        add(cook("k-1").build(), cook("k-2").build(), new N("n-1").must("Matlaging").must("Politiattest").build());
        SearchResult r = run("n-1");
        assertThat(r.shortlist()).isEmpty();
        assertThat(r.pool().visible()).isEqualTo(2);
        assertThat(r.pool().passedGates()).isZero();
        assertThat(r.diagnostics().funnel()).extracting(SearchResult.FunnelStep::gate)
                .startsWith("consent", "requirement[0]", "requirement[1]");
        assertThat(r.diagnostics().funnel()).extracting(SearchResult.FunnelStep::remaining).startsWith(2L, 2L, 0L);
        assertThat(r.diagnostics().reasons()).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("emptied-by");
            assertThat(x.message()).contains("Politiattest");
        });
    }

    @Test
    void followingOrganisationNeverChangesTheScore() {
        List<Object> docs = new ArrayList<>();
        String[][] followers = {{"NAV Kristiansand", "nav"}, {"Jobbvekst AS", "provider"}, {"Kommune X", "municipality"},
            {"Annen", "other"}};
        for (int i = 0; i < followers.length; i++) {
            C c = cook("k-" + i).needs(Accommodation.MENTOR);
            c.followedBy = new FollowedBy(followers[i][0],
                    io.github.jobbmatch.model.WireEnum.parse(OrganisationKind.class, followers[i][1]).orElseThrow(),
                    i % 2 == 0 ? null : "v-" + i);
            docs.add(c.build());
        }
        docs.add(new N("n-1").want("Kundebehandling", 2).build());
        add(docs.toArray());
        SearchResult r = search.search(new SearchRequest("n-1", 10, View.ADVISER, NAV, List.of()));
        assertThat(r.shortlist()).hasSize(4);
        assertThat(r.shortlist()).extracting(ShortlistEntry::score).containsOnly(r.shortlist().get(0).score());
        assertThat(r.shortlist()).extracting(ShortlistEntry::followedBy).doesNotContainNull();
    }

    @Test
    void explanationOfEveryHitAgreesWithItsScore() {
        add(cook("k-1").stableTrial().build(), new C("k-2").competence("Baking").build(),
                new C("k-3").competence("Kundeservice").build(),
                new N("n-1").want("Matlaging", 1).want("Kundebehandling", 2).trainable("Hygienekurs for næringsmiddelbransjen")
                        .build());
        SearchResult r = run("n-1");
        assertThat(r.shortlist()).hasSize(3);
        for (ShortlistEntry e : r.shortlist()) {
            double achieved = e.scoreParts().stream().mapToDouble(SearchResult.ScorePart::points).sum();
            double achievable = e.scoreParts().stream().mapToDouble(SearchResult.ScorePart::max).sum();
            assertThat(achieved / achievable).as(e.candidateId()).isCloseTo(e.score(), within(1e-5));
            assertThat(e.score()).isBetween(0.0, 1.0);
        }
        ShortlistEntry k2 = r.shortlist().stream().filter(e -> e.candidateId().equals("k-2")).findFirst().orElseThrow();
        assertThat(k2.requirements().get(0).status()).isEqualTo(VerdictStatus.MET_BY_RELATED);
        assertThat(k2.requirements().get(0).evidence()).isEqualTo("Baking");
        ShortlistEntry k3 = r.shortlist().stream().filter(e -> e.candidateId().equals("k-3")).findFirst().orElseThrow();
        assertThat(k3.requirements().get(1).status()).isEqualTo(VerdictStatus.MET);
        assertThat(k3.requirements().get(2).status()).isEqualTo(VerdictStatus.TRAINABLE_GAP);
        assertThat(k3.explanation()).contains("Kan læres: Hygienekurs for næringsmiddelbransjen (kurs)");
        assertThat(r.shortlist().get(0).candidateId()).isEqualTo("k-1");
        assertThat(r.shortlist().get(0).explanation()).contains("stabilt oppmøte");
    }

    @Test
    void employerViewShowsOnlyPresentableCandidatesUnderAliases() {
        C never = cook("k-never");
        never.consent = new Consent(Searchable.ALL_ORGANISATIONS, ShareWithEmployer.NEVER);
        add(never.stableTrial().build(), cook("k-1").stableTrial().build(), new N("n-1").build(), new N("n-2").build());
        SearchResult r = search.search(new SearchRequest("n-1", 5, View.EMPLOYER, NAV, List.of()));
        assertThat(r.shortlist()).singleElement().satisfies(e -> {
            assertThat(e.candidateId()).isNull();
            assertThat(e.followedBy()).isNull();
            assertThat(e.scoreParts()).isEmpty();
            assertThat(e.alias()).startsWith("kandidat-").doesNotContain("k-1");
            assertThat(e.alias()).isEqualTo(search.alias("n-1", "k-1")).isNotEqualTo(search.alias("n-2", "k-1"));
            assertThat(e.requirements()).allSatisfy(v -> assertThat(v.evidence()).isNull());
            assertThat(e.explanation()).doesNotContain("oppmøte", "NAV", "k-1");
        });
        assertThat(audit.get(audit.size() - 1).candidateIds()).containsExactly("k-1");
    }

    @Test
    void excludedCandidatesAreLeftOut() {
        add(cook("k-1").build(), cook("k-2").build(), new N("n-1").build());
        SearchResult r = search.search(new SearchRequest("n-1", 5, View.ADVISER, NAV, List.of("k-1")));
        assertThat(ids(r)).containsExactly("k-2");
    }

    @Test
    void pausedEmployerOrFilledNeedGivesEmptyResultWithReason() {
        add(cook("k-1").build(), new N("n-1").build());
        var filled = new N("n-filled");
        filled.status = NeedStatus.FILLED;
        add(filled.build());
        SearchResult f = run("n-filled");
        assertThat(f.shortlist()).isEmpty();
        assertThat(f.nearMisses()).isEmpty();
        assertThat(f.diagnostics().reasons()).extracting(SearchResult.Reason::code).containsExactly("need-not-open");

        index.upsert(SearchFixtures.employer("e-kantina", EmployerStatus.PAUSED));
        index.refresh();
        SearchResult p = run("n-1");
        assertThat(p.shortlist()).isEmpty();
        assertThat(p.diagnostics().reasons()).extracting(SearchResult.Reason::code).containsExactly("employer-paused");
    }

    @Test
    void languageMustGatesAndTravelLimitApplies() {
        C basic = cook("k-basic");
        basic.languages = List.of(new io.github.jobbmatch.model.LanguageSkill("no", LanguageLevel.BASIC));
        C far = cook("k-far");
        far.home = new io.github.jobbmatch.model.Location(null, 59.9, 10.7); // Oslo, ~250 km
        C nohome = cook("k-nohome");
        nohome.home = null;
        N n = new N("n-1");
        n.languages.add(new LanguageRequirement("no", LanguageLevel.GOOD, RequirementKind.MUST));
        add(basic.build(), far.build(), nohome.build(), cook("k-near").build(), n.build());
        SearchResult r = run("n-1");
        assertThat(ids(r)).containsExactlyInAnyOrder("k-near", "k-nohome");
        ShortlistEntry nh = r.shortlist().stream().filter(e -> e.candidateId().equals("k-nohome")).findFirst().orElseThrow();
        assertThat(nh.travelKm()).isNull();
        assertThat(nh.explanation()).contains("reiseavstanden er ukjent");
        assertThat(r.nearMisses()).extracting(SearchResult.NearMiss::candidateId).containsExactly("k-basic");
        assertThat(r.nearMisses().get(0).route()).isEqualTo(Route.COURSE);
        assertThat(r.diagnostics().funnel()).extracting(SearchResult.FunnelStep::gate).contains("language[0]", "travel");
    }

    @Test
    void candidatesOwnMaximumTravelIsAGate() {
        C picky = cook("k-picky");
        picky.home = new io.github.jobbmatch.model.Location(null, 58.25, 8.0); // ~11 km from the workplace
        picky.mobility = new io.github.jobbmatch.model.Mobility(5.0, List.of(), false, false);
        C fine = cook("k-fine");
        fine.home = new io.github.jobbmatch.model.Location(null, 58.25, 8.0);
        add(picky.build(), fine.build(), new N("n-1").build());
        assertThat(ids(run("n-1"))).containsExactly("k-fine");
    }

    @Test
    void percentAndShiftGatesLetUnknownPass() {
        C full = cook("k-full");
        full.availability = new io.github.jobbmatch.model.Availability(null,
                new io.github.jobbmatch.model.PercentRange(100.0, 100.0), List.of(io.github.jobbmatch.model.Shift.NIGHT));
        C unknown = cook("k-unknown");
        unknown.availability = null;
        N n = new N("n-1");
        n.percent = new io.github.jobbmatch.model.PercentRange(20.0, 50.0);
        add(full.build(), unknown.build(), n.build());
        SearchResult r = run("n-1");
        assertThat(ids(r)).containsExactly("k-unknown");
    }

    @Test
    void targetGroupsScoreOnlyWhenWelcomed() {
        C tg = cook("k-tg");
        tg.targetGroups.add(io.github.jobbmatch.model.TargetGroup.YOUTH);
        N welcomes = new N("n-w");
        N not = new N("n-not");
        not.welcomesTargetGroups = false;
        add(tg.build(), cook("k-plain").build(), welcomes.build(), not.build());
        Map<String, Double> w = scores(run("n-w"));
        Map<String, Double> n = scores(run("n-not"));
        assertThat(w.get("k-tg")).isGreaterThan(w.get("k-plain"));
        assertThat(n.get("k-tg")).isEqualTo(n.get("k-plain"));
    }

    @Test
    void unknownNeedIsAClearError() {
        assertThatThrownBy(() -> run("n-missing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n-missing");
    }

    @Test
    void everySearchIsAudited() {
        add(cook("k-1").build(), new N("n-1").build());
        run("n-1");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.needId()).isEqualTo("n-1");
            assertThat(e.viewer()).isEqualTo(NAV);
            assertThat(e.view()).isEqualTo(View.ADVISER);
            assertThat(e.candidateIds()).containsExactly("k-1");
            assertThat(e.at()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        });
    }

    @Test
    void explanationsNeverContainHealthWordsEvenWhenTheCandidateTextDoes() {
        C c = cook("k-1");
        c.competences.add(new io.github.jobbmatch.model.Competence("Mestring av sykdom", null, null, null));
        c.interests.add("matlaging");
        c.interests.add("psykisk helse");
        N n = new N("n-1").want("Mestring av sykdom", 1);
        n.accommodations = new Accommodations(List.of(), List.of());
        add(c.needs(Accommodation.values()).build(), n.build());
        ShortlistEntry e = run("n-1").shortlist().get(0);
        assertThat(HealthWords.contains(e.explanation())).as(e.explanation()).isFalse();
        assertThat(e.explanation()).contains("Spør arbeidsgiver");
    }

    @Test
    void nearMissesFailExactlyOneUnitCountingEachConflictingAccommodation() {
        // Two musts, a must language and two notPossible accommodations: five units, a near miss fails one.
        N n = new N("n-1").must("Matlaging").must("Politiattest");
        n.languages.add(new LanguageRequirement("no", LanguageLevel.GOOD, RequirementKind.MUST));
        n.accommodations = new Accommodations(List.of(), List.of(Accommodation.REMOTE_DAYS, Accommodation.MENTOR));
        C basic = cook("k-lang").certificate("Politiattest");
        basic.languages = List.of(new io.github.jobbmatch.model.LanguageSkill("no", LanguageLevel.BASIC));
        C basicNoCert = cook("k-lang-cert");
        basicNoCert.languages = List.of(new io.github.jobbmatch.model.LanguageSkill("no", LanguageLevel.BASIC));
        add(cook("k-fit").certificate("Politiattest").build(),
                cook("k-cert").build(),                                                         // fails one must
                new C("k-both").experience("Lagermedarbeider", null, 1, ExperienceKind.WORK).build(), // fails both musts
                basic.build(),                                                                  // fails the language
                basicNoCert.build(),                                                            // language and a must
                cook("k-remote").certificate("Politiattest").needs(Accommodation.REMOTE_DAYS).build(), // one conflict
                cook("k-two").certificate("Politiattest").needs(Accommodation.REMOTE_DAYS, Accommodation.MENTOR).build(),
                cook("k-cert-remote").needs(Accommodation.MENTOR).build(),                      // a must and a conflict
                n.build());
        SearchResult r = run("n-1");
        assertThat(ids(r)).containsExactly("k-fit");
        assertThat(r.nearMisses()).extracting(SearchResult.NearMiss::candidateId)
                .containsExactlyInAnyOrder("k-cert", "k-lang", "k-remote");
        Map<String, String> gaps = new java.util.HashMap<>();
        r.nearMisses().forEach(m -> gaps.put(m.candidateId(), m.gapKind() + ":" + m.gap() + ":" + m.route()));
        assertThat(gaps).containsEntry("k-cert", "requirement:Politiattest:" + Route.CERTIFICATE)
                .containsEntry("k-lang", "language:" + r.diagnostics().funnel().stream()
                        .filter(f -> f.gate().equals("language[0]")).findFirst().orElseThrow().label() + ":" + Route.COURSE)
                .containsEntry("k-remote", "accommodation:" + Accommodation.REMOTE_DAYS.norwegian() + ":" + Route.ASK_EMPLOYER);
        // Ordered by score, then by document; the limit keeps the best.
        for (int i = 1; i < r.nearMisses().size(); i++) {
            assertThat(r.nearMisses().get(i).score()).isLessThanOrEqualTo(r.nearMisses().get(i - 1).score());
        }
        MatchingSearch two = MatchingSearch.builder(index).nearMisses(2).build();
        assertThat(two.search(SearchRequest.of("n-1", NAV)).nearMisses()).extracting(SearchResult.NearMiss::candidateId)
                .containsExactlyElementsOf(r.nearMisses().subList(0, 2).stream().map(SearchResult.NearMiss::candidateId).toList());
    }

    @Test
    void nearMissesWithOnlyAccommodationUnitsOrNoneAtAll() {
        N onlyAcc = new N("n-acc");
        onlyAcc.accommodations = new Accommodations(List.of(), List.of(Accommodation.REMOTE_DAYS, Accommodation.MENTOR));
        N none = new N("n-none");
        none.accommodations = new Accommodations(List.of(), List.of());
        add(cook("k-ok").build(), cook("k-remote").needs(Accommodation.REMOTE_DAYS).build(),
                cook("k-two").needs(Accommodation.REMOTE_DAYS, Accommodation.MENTOR).build(), onlyAcc.build(), none.build());
        assertThat(run("n-acc").nearMisses()).extracting(SearchResult.NearMiss::candidateId).containsExactly("k-remote");
        SearchResult all = run("n-none");
        assertThat(all.nearMisses()).isEmpty();
        assertThat(ids(all)).containsExactlyInAnyOrder("k-ok", "k-remote", "k-two");
    }

    static Map<String, Double> scores(SearchResult r) {
        Map<String, Double> m = new java.util.HashMap<>();
        r.shortlist().forEach(e -> m.put(e.candidateId(), e.score()));
        return m;
    }
}
