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
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OpeningsSearch.Builder#prepareExecutor}: with every open need prepared on a segment's first search, in chunks
 * on a pool, on an executor that never runs what it is given, and on one that rejects everything, every result equals
 * the reference path's (the needs are written in one segment, more than one chunk of them, so the chunks are shared).
 */
class OpeningsPrepareExecutorTest {

    static LongStream seeds() {
        return LongStream.range(1, 3);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void preparedOnAnExecutorGivesTheReferenceResults(long seed) throws Exception {
        System.out.println("OpeningsPrepareExecutorTest seed " + seed);
        Random r = new Random(seed);
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = g.employers(60);
        List<Need> needs = g.needs(1_400, employers).toList();
        List<Candidate> candidates = g.candidates(12).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.defaults())) {
            List<Object> docs = new ArrayList<>(employers);
            docs.addAll(needs);
            docs.addAll(candidates);
            assertThat(index.upsertAll(docs).rejected()).as("seed %d", seed).isEmpty();
            index.refresh();
            OpeningsSearch reference = OpeningsSearch.builder(index).referencePath(true).build();
            Executor never = task -> { };
            Executor rejecting = task -> {
                throw new RejectedExecutionException("full");
            };
            List<OpeningsSearch> eager = new ArrayList<>();
            for (Executor e : new Executor[] {pool, never, rejecting}) {
                eager.add(OpeningsSearch.builder(index).prepareAllNeeds(true).prepareExecutor(e).build());
            }
            long found = 0;
            for (Candidate c : candidates) {
                OpeningsRequest req = new OpeningsRequest(c.id(), null, 5 + r.nextInt(20),
                        new Viewer(c.followedBy().organisation(), "v"), Map.of());
                OpeningsResult expected = reference.search(req);
                found += expected.shortlist().size() + expected.nearMisses().size();
                for (OpeningsSearch s : eager) {
                    assertThat(s.search(req)).as("seed %d candidate %s", seed, c.id()).isEqualTo(expected);
                }
            }
            System.out.println("OpeningsPrepareExecutorTest seed " + seed + ": " + found + " openings and near misses");
            assertThat(found).as("seed %d: results to compare", seed).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}
