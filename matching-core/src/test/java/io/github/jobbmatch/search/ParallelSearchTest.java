package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.testing.SearchFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A search whose segments run in parallel ({@link MatchingSearch.Builder#executor}) gives exactly the result of the
 * same search on the caller's thread: funnel, short list with its explanations, near misses. Seeded corpora written
 * in several segments, with deletions.
 */
class ParallelSearchTest {

    private static final byte[] KEY = "sixteen-byte-key-for-aliases".getBytes(StandardCharsets.UTF_8);
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    static LongStream seeds() {
        return LongStream.range(1, 11);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parallelSegmentsGiveTheSameResult(long seed) throws Exception {
        System.out.println("ParallelSearchTest seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            index.upsert(SearchFixtures.employer("e-1", EmployerStatus.ACTIVE));
            int needs = 6;
            for (int n = 0; n < needs; n++) {
                index.upsert(SearchFixtures.randomNeed(r, "n-" + n, "e-1"));
            }
            for (int batch = 0; batch < 5; batch++) {
                List<Object> docs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    docs.add(SearchFixtures.randomCandidate(r, "k-" + batch + "-" + i));
                }
                assertThat(index.upsertAll(docs).rejected()).isEmpty();
                index.delete(DocType.CANDIDATE, "k-" + r.nextInt(batch + 1) + "-" + r.nextInt(40));
                index.refresh(); // one segment per batch
            }
            MatchingSearch serial = MatchingSearch.builder(index).aliasKey(KEY).build();
            MatchingSearch parallel = MatchingSearch.builder(index).aliasKey(KEY).executor(pool).build();
            for (int n = 0; n < needs; n++) {
                for (View view : View.values()) {
                    SearchRequest request = new SearchRequest("n-" + n, 1 + r.nextInt(8), view,
                            new Viewer("NAV Kristiansand", "veileder"), List.of());
                    assertThat(parallel.search(request)).as("seed %d, need n-%d, %s", seed, n, view)
                            .isEqualTo(serial.search(request));
                }
            }
        }
    }
}
