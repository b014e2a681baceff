package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jobbmatch.explain.HealthWords;
import io.github.jobbmatch.index.CandidateProfile;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.LanguageSkill;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.search.SearchResult.ShortlistEntry;
import io.github.jobbmatch.taxonomy.Taxonomy;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random candidates and needs; every short list is checked against an independent Java
 * implementation of the hard gates, and every score against its explanation.
 */
class SearchPropertyTest {

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shortlistNeverBreaksAGateAndScoresAgreeWithExplanations(long seed) throws IOException {
        Random r = new Random(seed);
        Taxonomy taxonomy = SearchFixtures.taxonomy();
        MatchingConfig config = MatchingConfig.builder().taxonomy(taxonomy).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            MatchingSearch search = MatchingSearch.builder(index).nearMisses(20).build();
            List<Object> docs = new ArrayList<>();
            Map<String, Candidate> candidates = new HashMap<>();
            for (int i = 0; i < 60; i++) {
                Candidate c = SearchFixtures.randomCandidate(r, "k-" + i);
                candidates.put(c.id(), c);
                docs.add(c);
            }
            docs.add(SearchFixtures.employer("e-1", EmployerStatus.ACTIVE));
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Need n = SearchFixtures.randomNeed(r, "n-" + i, "e-1");
                needs.add(n);
                docs.add(n);
            }
            assertThat(index.upsertAll(docs).rejected()).as("seed %d", seed).isEmpty();
            index.refresh();

            for (Need need : needs) {
                String viewerOrg = r.nextBoolean() ? "NAV Kristiansand" : "Jobbvekst AS";
                View view = r.nextInt(3) == 0 ? View.EMPLOYER : View.ADVISER;
                SearchResult res = search.search(new SearchRequest(need.id(), 100, view, new Viewer(viewerOrg, "v"), List.of()));
                String ctx = "seed " + seed + ", need " + need.id() + ", view " + view;

                // The short list is exactly the set of candidates passing every gate (top 100 > 60 candidates).
                Set<String> expected = new HashSet<>();
                for (Candidate c : candidates.values()) {
                    if (visible(c, viewerOrg, view) && failedGates(c, need, config) == 0) {
                        expected.add(c.id());
                    }
                }
                Set<String> got = new HashSet<>();
                for (ShortlistEntry e : res.shortlist()) {
                    got.add(view == View.ADVISER ? e.candidateId() : reverseAlias(search, need.id(), e.alias(), candidates));
                }
                assertThat(got).as(ctx).isEqualTo(expected);
                assertThat(res.pool().passedGates()).as(ctx).isEqualTo(expected.size());

                double previous = Double.MAX_VALUE;
                for (ShortlistEntry e : res.shortlist()) {
                    assertThat(e.score()).as(ctx).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous + 1e-6);
                    previous = e.score();
                    assertThat(HealthWords.contains(e.explanation())).as(ctx + ": " + e.explanation()).isFalse();
                    if (view == View.ADVISER) {
                        double achieved = e.scoreParts().stream().mapToDouble(SearchResult.ScorePart::points).sum();
                        double achievable = e.scoreParts().stream().mapToDouble(SearchResult.ScorePart::max).sum();
                        double expectedScore = achievable == 0 ? 0 : achieved / achievable;
                        assertThat(e.score()).as(ctx + " " + e.candidateId()).isCloseTo(expectedScore, within(1e-5));
                        assertThat(e.requirements()).as(ctx).hasSize(need.requirements().size() + need.languages().size());
                    } else {
                        assertThat(e.candidateId()).isNull();
                        assertThat(e.followedBy()).isNull();
                    }
                }
                // Near misses fail exactly one gate and are visible.
                for (SearchResult.NearMiss m : res.nearMisses()) {
                    String id = view == View.ADVISER ? m.candidateId() : reverseAlias(search, need.id(), m.alias(), candidates);
                    Candidate c = candidates.get(id);
                    assertThat(visible(c, viewerOrg, view)).as(ctx + " near miss " + id).isTrue();
                    assertThat(failedGates(c, need, config)).as(ctx + " near miss " + id).isEqualTo(1);
                    assertThat(expected).as(ctx).doesNotContain(id);
                }
                // The funnel only ever shrinks and ends at the gate-passing count.
                long prev = Long.MAX_VALUE;
                for (var step : res.diagnostics().funnel()) {
                    assertThat(step.remaining()).as(ctx + " " + step.gate()).isLessThanOrEqualTo(prev);
                    prev = step.remaining();
                }
            }
        }
    }

    static String reverseAlias(MatchingSearch search, String needId, String alias, Map<String, Candidate> candidates) {
        return candidates.keySet().stream().filter(id -> search.alias(needId, id).equals(alias)).findFirst().orElseThrow();
    }

    static boolean visible(Candidate c, String viewerOrg, View view) {
        boolean searchable = c.consent().searchable() == Searchable.ALL_ORGANISATIONS
                || c.consent().searchable() == Searchable.OWN_ORGANISATION && c.followedBy().organisation().equals(viewerOrg);
        return searchable && (view == View.ADVISER || c.consent().shareWithEmployer() == ShareWithEmployer.ON_PRESENTATION);
    }

    /**
     * Relaxable gates failed (musts, must languages, each conflicting accommodation); -1 when a
     * non-relaxable gate (percent, shifts, travel) fails. Written independently of the compiler.
     */
    static int failedGates(Candidate c, Need n, MatchingConfig config) {
        Taxonomy t = config.taxonomy();
        CandidateProfile p = CandidateProfile.of(c, config);
        Set<String> satisfies = new HashSet<>();
        for (String id : p.heldIds()) {
            satisfies.add(id);
            satisfies.addAll(t.broaderClosure(id));
        }
        int failed = 0;
        for (Requirement req : n.requirements()) {
            if (req.kind() != RequirementKind.MUST) {
                continue;
            }
            List<String> concepts = config.conceptLookup().lookup(req.label()).stream().map(h -> h.conceptId()).toList();
            boolean ok;
            if (!concepts.isEmpty()) {
                ok = concepts.stream().anyMatch(satisfies::contains);
            } else {
                List<String> want = TextTerms.analyze(config.analyzer(), Fields.C_LABELS, req.label(), 16);
                Set<String> have = new HashSet<>();
                for (String label : labels(c)) {
                    have.addAll(TextTerms.analyze(config.analyzer(), Fields.C_LABELS, label, 64));
                }
                ok = have.containsAll(want);
            }
            failed += ok ? 0 : 1;
        }
        for (LanguageRequirement l : n.languages()) {
            if (l.kind() == RequirementKind.MUST) {
                boolean ok = false;
                for (LanguageSkill s : c.languages()) {
                    ok |= s.code().equals(l.code()) && s.level().ordinal() >= l.level().ordinal();
                }
                failed += ok ? 0 : 1;
            }
        }
        if (n.accommodations() != null) {
            for (Accommodation a : n.accommodations().notPossible()) {
                failed += c.accommodationNeeds().contains(a) ? 1 : 0;
            }
        }
        // Non-relaxable gates.
        if (n.percent() != null && c.availability() != null && c.availability().percent() != null) {
            var cp = c.availability().percent();
            if (n.percent().max() != null && cp.min() != null && cp.min() > n.percent().max()
                    || n.percent().min() != null && cp.max() != null && cp.max() < n.percent().min()) {
                return -1;
            }
        }
        if (!n.shifts().isEmpty() && c.availability() != null && !c.availability().shifts().isEmpty()
                && c.availability().shifts().stream().noneMatch(n.shifts()::contains)) {
            return -1;
        }
        Double lat = n.location() != null && n.location().lat() != null ? n.location().lat() : 58.1467;
        Double lon = n.location() != null && n.location().lon() != null ? n.location().lon() : 7.9956;
        if (c.home() != null) {
            double km = SloppyMath.haversinMeters(lat, lon, c.home().lat(), c.home().lon()) / 1000;
            if (n.location() != null && n.location().maxTravelKm() != null && km > n.location().maxTravelKm()) {
                return -1;
            }
            if (c.mobility() != null && c.mobility().maxTravelKm() != null && km > c.mobility().maxTravelKm()) {
                return -1;
            }
        }
        return failed;
    }

    static List<String> labels(Candidate c) {
        List<String> l = new ArrayList<>();
        c.competences().forEach(x -> l.add(x.label()));
        c.certificates().forEach(x -> l.add(x.label()));
        c.experience().forEach(x -> l.add(x.title()));
        c.education().forEach(x -> l.add(x.field()));
        if (c.mobility() != null) {
            c.mobility().driversLicences().forEach(x -> l.add(CandidateProfile.licenceLabel(x)));
        }
        return l;
    }
}
