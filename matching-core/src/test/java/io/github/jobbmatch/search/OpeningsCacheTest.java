package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Needs compiled once per reader give the very results of compiling them per search, and never outlive a write. */
class OpeningsCacheTest {

    static LongStream seeds() {
        return LongStream.range(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cachedResultsEqualUncachedOnes(long seed) throws Exception {
        System.out.println("OpeningsCacheTest seed " + seed);
        Random r = new Random(seed);
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            List<Object> docs = new ArrayList<>();
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                candidates.add(SearchFixtures.randomCandidate(r, "k-" + i));
            }
            docs.addAll(candidates);
            for (int i = 0; i < 3; i++) {
                docs.add(SearchFixtures.employer("e-" + i, EmployerStatus.ACTIVE));
            }
            for (int i = 0; i < 30; i++) {
                docs.add(SearchFixtures.randomNeed(r, "n-" + i, "e-" + r.nextInt(3)));
            }
            assertThat(index.upsertAll(docs).rejected()).isEmpty();
            index.refresh();
            OpeningsSearch cached = OpeningsSearch.builder(index).nearMisses(100).build();
            OpeningsSearch uncached = OpeningsSearch.builder(index).nearMisses(100).preparedNeeds(0).build();
            // Twice over every candidate, so the second pass reads needs the first pass (other candidates) compiled.
            for (int pass = 0; pass < 2; pass++) {
                for (Candidate c : candidates) {
                    OpeningsRequest req = new OpeningsRequest(c.id(), null, 100, new Viewer(c.followedBy().organisation(), "v"),
                            Map.of());
                    assertThat(cached.search(req)).as("seed %d candidate %s pass %d", seed, c.id(), pass)
                            .isEqualTo(uncached.search(req));
                }
            }
        }
    }

    @Test
    void aWriteIsSeenByTheNextSearch() throws Exception {
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            SearchFixtures.N need = new SearchFixtures.N("n-1");
            Candidate ola = new SearchFixtures.C("k-ola").competence("Matlaging").build();
            index.upsertAll(List.of(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE), need.build(), ola));
            index.refresh();
            OpeningsSearch search = OpeningsSearch.builder(index).build();
            OpeningsRequest req = OpeningsRequest.of("k-ola", new Viewer("NAV Kristiansand", "v"));
            assertThat(search.search(req).shortlist()).extracting(Opening::title).containsExactly("Kantinemedarbeider");

            need.title = "Kokk";
            Need renamed = need.build();
            index.upsert(renamed);
            index.refresh();
            assertThat(search.search(req).shortlist()).extracting(Opening::title).containsExactly("Kokk");

            index.upsert(need.must("Førerkort klasse B").build());
            index.refresh();
            assertThat(search.search(req).shortlist()).isEmpty();
        }
    }
}
