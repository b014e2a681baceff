package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compiled needs a search service keeps: as many as it says, whichever needs they are. */
class CompiledNeedCacheTest {

    @Test
    void asManyNeedsAsTheServiceKeepsAreAllKept() throws Exception {
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            Random r = new Random(11);
            List<Object> docs = new ArrayList<>();
            docs.add(SearchFixtures.employer("e-1", EmployerStatus.ACTIVE));
            int needs = MatchingSearch.COMPILED_KEPT;
            for (int i = 0; i < needs; i++) {
                docs.add(SearchFixtures.randomNeed(r, "n-" + i, "e-1"));
            }
            for (int i = 0; i < 20; i++) {
                docs.add(SearchFixtures.randomCandidate(r, "k-" + i));
            }
            assertThat(index.upsertAll(docs).rejected()).isEmpty();
            index.refresh();
            MatchingSearch search = MatchingSearch.builder(index).build();
            Viewer viewer = new Viewer("NAV Kristiansand", "veileder");
            for (int i = 0; i < needs; i++) {
                search.search(SearchRequest.of("n-" + i, viewer));
            }
            // A cache split four ways (Guava's default) evicted from a quarter before holding them all.
            assertThat(search.compiledKept()).isEqualTo(needs);
        }
    }
}
