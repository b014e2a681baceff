package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jobbmatch.explain.HealthWords;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random candidates, employers and needs: the openings of every candidate are checked against an
 * independent Java implementation of the gates, and both directions are checked to agree.
 */
class OpeningsPropertyTest {

    static LongStream seeds() {
        return LongStream.range(1, 8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void openingsAreExactlyTheGatePassingNeedsAndScoresEqualTheBroadSearch(long seed) throws Exception {
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            List<Object> docs = new ArrayList<>();
            Map<String, Candidate> candidates = new HashMap<>();
            for (int i = 0; i < 30; i++) {
                Candidate c = SearchFixtures.randomCandidate(r, "k-" + i);
                candidates.put(c.id(), c);
                docs.add(c);
            }
            Map<String, Employer> employers = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                Employer e = SearchFixtures.employer("e-" + i, i == 2 && r.nextBoolean() ? EmployerStatus.PAUSED
                        : EmployerStatus.ACTIVE);
                employers.put(e.id(), e);
                docs.add(e);
            }
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Need n = SearchFixtures.randomNeed(r, "n-" + i, "e-" + r.nextInt(3));
                if (r.nextInt(6) == 0) {
                    n = withStatus(n, r.nextBoolean() ? NeedStatus.FILLED : NeedStatus.PAUSED);
                }
                needs.add(n);
                docs.add(n);
            }
            assertThat(index.upsertAll(docs).rejected()).as("seed %d", seed).isEmpty();
            index.refresh();

            OpeningsSearch openings = OpeningsSearch.builder(index).nearMisses(100).build();
            MatchingSearch broad = MatchingSearch.builder(index).build();
            Map<String, Map<String, Double>> broadScores = new HashMap<>();
            Map<String, String> topCandidate = new HashMap<>();
            for (Need n : needs) {
                // The viewer of the broad search sees every candidate that consents to all organisations.
                SearchResult res = broad.search(new SearchRequest(n.id(), 100, View.ADVISER, new Viewer(null, "v"), List.of()));
                Map<String, Double> scores = new HashMap<>();
                res.shortlist().forEach(e -> scores.put(e.candidateId(), e.score()));
                broadScores.put(n.id(), scores);
                if (!res.shortlist().isEmpty()) {
                    topCandidate.put(n.id(), res.shortlist().get(0).candidateId());
                }
            }

            Map<String, OpeningsResult> results = new HashMap<>();
            for (Candidate c : candidates.values()) {
                String ctx = "seed " + seed + ", candidate " + c.id();
                OpeningsResult res = openings.search(new OpeningsRequest(c.id(), null, 100,
                        new Viewer(c.followedBy().organisation(), "v"), Map.of()));
                results.put(c.id(), res);
                // The funnel: open needs, then those of active employers (counted here without the index).
                assertThat(res.pool().visible()).as(ctx).isEqualTo(needs.stream().filter(Need::isOpen).count());
                res.diagnostics().funnel().stream().filter(f -> f.gate().equals("employer-active")).findFirst()
                        .ifPresent(f -> assertThat(f.remaining()).as(ctx).isEqualTo(needs.stream()
                                .filter(n -> n.isOpen() && employers.get(n.employerId()).isActive()).count()));
                Set<String> expected = new HashSet<>();
                for (Need n : needs) {
                    if (n.isOpen() && employers.get(n.employerId()).isActive()
                            && SearchPropertyTest.failedGates(c, n, config) == 0) {
                        expected.add(n.id());
                    }
                }
                Set<String> got = new HashSet<>();
                double previous = Double.MAX_VALUE;
                for (Opening o : res.shortlist()) {
                    got.add(o.needId());
                    assertThat(o.rankScore()).as(ctx).isLessThanOrEqualTo(previous + 1e-9);
                    previous = o.rankScore();
                    assertThat(o.score()).as(ctx).isBetween(0.0, 1.0);
                    assertThat(HealthWords.contains(o.explanation())).as(ctx + ": " + o.explanation()).isFalse();
                    Double broadScore = broadScores.get(o.needId()).get(c.id());
                    if (broadScore != null) {
                        assertThat(o.score()).as(ctx + " need " + o.needId() + " vs broad search")
                                .isCloseTo(broadScore, within(1e-5));
                    }
                    double achieved = o.scoreParts().stream().mapToDouble(SearchResult.ScorePart::points).sum();
                    double achievable = o.scoreParts().stream().mapToDouble(SearchResult.ScorePart::max).sum();
                    assertThat(o.score()).as(ctx).isCloseTo(achievable == 0 ? 0 : achieved / achievable, within(1e-5));
                }
                assertThat(got).as(ctx).isEqualTo(expected);
                for (OpeningsResult.OpeningNearMiss m : res.nearMisses()) {
                    Need n = needs.stream().filter(x -> x.id().equals(m.needId())).findFirst().orElseThrow();
                    assertThat(n.isOpen()).as(ctx).isTrue();
                    assertThat(employers.get(n.employerId()).isActive()).as(ctx).isTrue();
                    assertThat(SearchPropertyTest.failedGates(c, n, config)).as(ctx + " near miss " + n.id()).isEqualTo(1);
                }
                // Every need failing exactly one relaxable gate (and no other) is found as a near miss.
                long oneAway = needs.stream().filter(n -> n.isOpen() && employers.get(n.employerId()).isActive()
                        && SearchPropertyTest.failedGates(c, n, config) == 1).count();
                assertThat(res.nearMisses()).as(ctx).hasSize((int) Math.min(100, oneAway));
                // Every broad-search hit of this candidate is among its openings, with the same score.
                for (Need n : needs) {
                    Double s = broadScores.get(n.id()).get(c.id());
                    if (s != null && employers.get(n.employerId()).isActive()) {
                        assertThat(got).as(ctx).contains(n.id());
                    }
                }
            }

            // The top candidate of a need has that need among its openings, and only adjustments (bounded by
            // their weights) can put a need with a lower score above it.
            OpeningsWeights w = OpeningsWeights.defaults();
            double maxAdjustment = w.wish() + w.interests() + w.openingKind() + w.confirmed() + 2 * w.record();
            for (Map.Entry<String, String> e : topCandidate.entrySet()) {
                List<Opening> list = results.get(e.getValue()).shortlist();
                Opening mine = list.stream().filter(o -> o.needId().equals(e.getKey())).findFirst().orElse(null);
                if (!employers.get(needs.stream().filter(n -> n.id().equals(e.getKey())).findFirst().orElseThrow()
                        .employerId()).isActive()) {
                    continue;
                }
                assertThat(mine).as("seed %d need %s in openings of %s", seed, e.getKey(), e.getValue()).isNotNull();
                for (Opening o : list.subList(0, mine.rank() - 1)) {
                    assertThat(o.score()).as("seed %d", seed).isGreaterThanOrEqualTo(mine.score() - maxAdjustment - 1e-6);
                }
            }
        }
    }

    static Need withStatus(Need n, NeedStatus status) {
        return new Need(n.id(), n.employerId(), n.created(), status, n.title(), n.styrk08(), n.description(), n.opening(),
                n.location(), n.percent(), n.shifts(), n.tasks(), n.requirements(), n.languages(), n.accommodations(),
                n.interests(), n.welcomesTargetGroups());
    }
}
