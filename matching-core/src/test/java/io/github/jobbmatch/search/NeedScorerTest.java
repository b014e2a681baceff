package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.Documents;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link NeedScorer} against the straightforward Lucene scoring it replaces ({@code OpeningsSearch.scoreOne}: the
 * need's query for a checked candidate rewritten, weighted and scored on the candidate's one-document index): for
 * every pair of seeded random needs and candidates, both the fixtures' (small taxonomy, every gate kind, employers
 * with and without a location) and the sample generator's (the benchmark's needs: concepts, languages, start dates,
 * percent ranges, shifts, text), the same verdict and the bit-identical float score.
 */
class NeedScorerTest {

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fixtureNeedsScoreAsLucene(long seed) throws Exception {
        System.out.println("NeedScorerTest fixtures seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        Fixture f = Fixture.of(r, 40);
        check(seed, config, f.needs(), f.employers(), f.candidates());
    }

    /**
     * A long range left to the scorer's own look-up (the start date's "available by") against Lucene's count on the
     * one-document index: bounds drawn at random and at the ends of the longs, candidates available exactly at a
     * bound, a day either side, in between and never (no date). Within a start clause a bound hit exactly scores the
     * same either way (the decay gives the full weight at distance 0), so the range is tested as a gate of its own.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void longRangesMatchAsLucene(long seed) throws Exception {
        System.out.println("NeedScorerTest long ranges seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        Documents documents = new Documents(config);
        java.time.LocalDate base = java.time.LocalDate.of(2026, 11, 1);
        for (int round = 0; round < 20; round++) {
            long lo = r.nextInt(4) == 0 ? Long.MIN_VALUE : base.toEpochDay() + r.nextInt(60);
            long hi = r.nextInt(4) == 0 ? Long.MAX_VALUE : Math.max(lo, base.toEpochDay()) + r.nextInt(60);
            org.apache.lucene.search.Query range = org.apache.lucene.document.LongField.newRangeQuery(
                    io.github.jobbmatch.index.Fields.C_FROM, lo, hi);
            CompiledNeed cn = new CompiledNeed(SearchFixtures.randomNeed(r, "n", "e-0"), null, null,
                    List.of(new CompiledNeed.Gate("start", CompiledNeed.GateKind.REQUIREMENT, "start", range, Occur.FILTER,
                            -1, null)), List.of(), 0f, Double.NaN, Double.NaN, List.of());
            NeedScorer scorer = NeedScorer.of(cn);
            List<Long> days = new ArrayList<>();
            for (long bound : new long[] {lo, hi}) {
                if (bound != Long.MIN_VALUE && bound != Long.MAX_VALUE) {
                    days.addAll(List.of(bound - 1, bound, bound + 1));
                }
            }
            days.add(base.toEpochDay() + r.nextInt(120));
            days.add(null);
            for (Long day : days) {
                SearchFixtures.C c = new SearchFixtures.C("k-" + round);
                c.availability = day == null ? null : new io.github.jobbmatch.model.Availability(
                        java.time.LocalDate.ofEpochDay(day), null, List.of());
                IndexSearcher one = documents.memorySearcher(documents.candidate(c.build()));
                assertThat(scorer.gateMatches(0, new NeedScorer.Candidate(one)))
                        .as("seed %d range [%d, %d] day %s", seed, lo, hi, day).isEqualTo(one.count(range) > 0);
            }
        }
    }

    /**
     * Fixture needs and candidates, drawn from {@code r} in this order: four employers (a third without a place), 80
     * needs (every third listing each requirement two to four times), then {@code candidates} candidates.
     */
    record Fixture(List<Employer> employers, List<Need> needs, List<Candidate> candidates) {
        static Fixture of(Random r, int candidates) {
            List<Employer> employers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Location at = r.nextInt(3) == 0 ? null
                        : new Location(null, 57.9 + r.nextDouble() * 0.8, 7.5 + r.nextDouble() * 1.2);
                employers.add(SearchFixtures.employerAt("e-" + i, EmployerStatus.ACTIVE, at));
            }
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                Need n = SearchFixtures.randomNeed(r, "n-" + i, "e-" + r.nextInt(employers.size()));
                needs.add(i % 3 == 0 ? withRepeatedRequirements(n, 2 + r.nextInt(3)) : n);
            }
            List<Candidate> cs = new ArrayList<>();
            for (int i = 0; i < candidates; i++) {
                cs.add(SearchFixtures.randomCandidate(r, "k-" + i));
            }
            return new Fixture(employers, needs, cs);
        }
    }

    static LongStream generatedSeeds() {
        return LongStream.range(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("generatedSeeds")
    void generatedNeedsScoreAsLucene(long seed) throws Exception {
        System.out.println("NeedScorerTest generated seed " + seed);
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = g.employers(20);
        List<Need> needs = g.needs(100, employers).toList();
        // Candidates of one region score on every clause (distance, text, occupations) against these needs.
        List<Candidate> candidates = g.candidates(40).toList();
        check(seed, MatchingConfig.defaults(), needs, employers, candidates);
    }

    /**
     * The need with each requirement {@code times} times: equal scored clauses, which Lucene's Boolean rewrite merges
     * into one clause with the summed boost (a different float product than adding them one by one).
     */
    static Need withRepeatedRequirements(Need n, int times) {
        List<Requirement> repeated = new ArrayList<>();
        for (Requirement q : n.requirements()) {
            for (int i = 0; i < times; i++) {
                repeated.add(q);
            }
        }
        return new Need(n.id(), n.employerId(), n.created(), n.status(), n.title(), n.styrk08(), n.description(),
                n.opening(), n.location(), n.percent(), n.shifts(), n.tasks(), repeated, n.languages(),
                n.accommodations(), n.interests(), n.welcomesTargetGroups());
    }

    private static void check(long seed, MatchingConfig config, List<Need> needs, List<Employer> employers,
            List<Candidate> candidates) throws Exception {
        NeedQueryCompiler compiler = new NeedQueryCompiler(config, MatchWeights.defaults());
        Documents documents = new Documents(config);
        List<CompiledNeed> compiled = new ArrayList<>();
        for (Need n : needs) {
            Employer e = employers.stream().filter(x -> x.id().equals(n.employerId())).findFirst().orElse(null);
            compiled.add(compiler.compile(n, e, new SearchRequest(n.id(), 1, View.ADVISER, new Viewer(null, "openings"),
                    List.of())));
        }
        int matched = 0;
        int pairs = 0;
        for (Candidate c : candidates) {
            IndexSearcher one = documents.memorySearcher(documents.candidate(c));
            NeedScorer.Candidate direct = new NeedScorer.Candidate(one);
            for (CompiledNeed cn : compiled) {
                Float expected = OpeningsSearch.scoreOne(one, cn.queryForCheckedCandidate());
                NeedScorer scorer = NeedScorer.of(cn);
                Float actual = scorer.score(direct);
                assertThat(actual == null ? null : Float.floatToIntBits(actual))
                        .as("seed %d need %s candidate %s: %s vs %s", seed, cn.need().id(), c.id(), actual, expected)
                        .isEqualTo(expected == null ? null : Float.floatToIntBits(expected));
                // What the near misses read: each gate's own match, and the clauses' score without the gates.
                for (int i = 0; i < cn.gates().size(); i++) {
                    CompiledNeed.Gate g = cn.gates().get(i);
                    if (g.kind() != CompiledNeed.GateKind.VISIBILITY && g.kind() != CompiledNeed.GateKind.EXCLUDE) {
                        assertThat(scorer.gateMatches(i, direct)).as("seed %d need %s candidate %s gate %s", seed,
                                cn.need().id(), c.id(), g.key()).isEqualTo(one.count(g.query()) > 0);
                    }
                }
                TopDocs t = one.search(cn.scored(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)), 1);
                assertThat(Float.floatToIntBits(scorer.clausesScore(direct)))
                        .as("seed %d need %s candidate %s: clauses", seed, cn.need().id(), c.id())
                        .isEqualTo(Float.floatToIntBits(t.scoreDocs.length == 0 ? 0f : t.scoreDocs[0].score));
                pairs++;
                if (expected != null) {
                    matched++;
                }
            }
        }
        System.out.println("NeedScorerTest seed " + seed + ": " + pairs + " pairs, " + matched + " matching");
        assertThat(matched).as("seed %d: some pairs match, so scores are compared", seed).isPositive();
    }
}
