package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentSearchTest {

    @Test
    void searchesRunSafelyWhileWritesContinue() throws Exception {
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            index.upsert(SearchFixtures.employer("e-1", EmployerStatus.ACTIVE));
            index.upsert(SearchFixtures.randomNeed(new Random(7), "n-1", "e-1"));
            index.refresh();
            MatchingSearch search = MatchingSearch.builder(index).build();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> futures = new ArrayList<>();
                futures.add(pool.submit(() -> {
                    Random r = new Random(1);
                    for (int i = 0; i < 200; i++) {
                        index.upsert(SearchFixtures.randomCandidate(r, "k-" + (i % 50)));
                        if (i % 7 == 0) {
                            index.delete(DocType.CANDIDATE, "k-" + r.nextInt(50));
                        }
                    }
                    return null;
                }));
                for (int t = 0; t < 3; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < 30; i++) {
                            index.refresh();
                            SearchResult res = search.search(new SearchRequest("n-1", 5, View.ADVISER,
                                    new io.github.jobbmatch.search.Viewer("NAV Kristiansand", "v"), List.of()));
                            assertThat(res.shortlist().size()).isLessThanOrEqualTo(5);
                            assertThat(res.pool().passedGates()).isLessThanOrEqualTo(res.pool().visible());
                            res.shortlist().forEach(e -> assertThat(e.score()).isBetween(0.0, 1.0));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            index.refresh();
            assertThat(index.count(DocType.CANDIDATE)).isBetween(1, 50);
        }
    }
}
