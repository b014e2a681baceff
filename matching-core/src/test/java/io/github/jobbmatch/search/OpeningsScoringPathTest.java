package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phase 2 of the candidate-first search as it runs (each picked need scored by its {@link NeedScorer}, the near
 * misses checked on it, the slim forms kept per reader next to a few compiled needs) against the straightforward
 * path ({@code referencePath}: every picked need compiled and its query scored on the one-document index, the near
 * misses counted gate by gate), on the sample generator's needs and candidates (the benchmark's mix: concepts,
 * languages, start dates, percent ranges, shifts, employers' locations): every result equal, field by field, on a
 * first pass (slim forms built) and a second one (read back), with a cache big enough for every need and one so
 * small that slim forms and compiled needs are evicted in between.
 */
class OpeningsScoringPathTest {

    static LongStream seeds() {
        return LongStream.range(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scorerPathGivesTheReferenceResults(long seed) throws Exception {
        System.out.println("OpeningsScoringPathTest seed " + seed);
        Random r = new Random(seed);
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = g.employers(30);
        List<Need> needs = g.needs(300, employers).toList();
        List<Candidate> candidates = g.candidates(30).toList();
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.defaults())) {
            List<Object> docs = new ArrayList<>(employers);
            docs.addAll(needs);
            docs.addAll(candidates);
            for (int from = 0; from < docs.size(); from += 150) {
                assertThat(index.upsertAll(docs.subList(from, Math.min(docs.size(), from + 150))).rejected())
                        .as("seed %d", seed).isEmpty();
                index.refresh();
            }
            int rescoreLimit = 10 + r.nextInt(40);
            int nearMisses = r.nextBoolean() ? 100 : 5;
            OpeningsSearch reference = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses)
                    .referencePath(true).build();
            OpeningsSearch kept = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses).build();
            OpeningsSearch evicting = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses)
                    .preparedNeeds(7).build();
            OpeningsSearch uncached = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses)
                    .preparedNeeds(0).build();
            long found = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (Candidate c : candidates) {
                    OpeningsRequest req = new OpeningsRequest(c.id(), null, 5 + r.nextInt(20),
                            new Viewer(c.followedBy().organisation(), "v"), java.util.Map.of());
                    OpeningsResult expected = reference.search(req);
                    found += expected.shortlist().size() + expected.nearMisses().size();
                    for (OpeningsSearch s : List.of(kept, evicting, uncached)) {
                        assertThat(s.search(req)).as("seed %d candidate %s pass %d", seed, c.id(), pass)
                                .isEqualTo(expected);
                    }
                }
            }
            System.out.println("OpeningsScoringPathTest seed " + seed + ": " + found + " openings and near misses compared");
            assertThat(found).as("seed %d: results to compare", seed).isPositive();
        }
    }
}
