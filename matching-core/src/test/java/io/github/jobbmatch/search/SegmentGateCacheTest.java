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
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The visibility gate kept per segment across searches ({@link SegmentGateCache}) never shows what a fresh search
 * would not: one long-lived search service and a new one per check give the same results, for several viewers and
 * both views, while candidates give and withdraw consent, move between organisations, are deleted and segments
 * merge; and so do services keeping one set per segment (evicted at once) or none ({@code keptPerSegment}).
 */
class SegmentGateCacheTest {

    private static final String[] ORGS = {"NAV Kristiansand", "NAV Fredrikstad", "Jobbvekst AS", "Kommune X"};
    private static final byte[] KEY = "sixteen-byte-key-for-aliases".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aKeptSearchSeesWhatAFreshOneSees(long seed) throws Exception {
        System.out.println("SegmentGateCacheTest seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            index.upsert(SearchFixtures.employer("e-1", EmployerStatus.ACTIVE));
            index.upsert(SearchFixtures.randomNeed(r, "n-1", "e-1"));
            MatchingSearch kept = MatchingSearch.builder(index).aliasKey(KEY).build();
            // Kept sets that are evicted at once, or never kept: the same results, only slower.
            MatchingSearch tiny = MatchingSearch.builder(index).aliasKey(KEY).keptPerSegment(1).build();
            MatchingSearch none = MatchingSearch.builder(index).aliasKey(KEY).keptPerSegment(0).build();
            int population = 60;
            for (int round = 0; round < 6; round++) {
                List<Object> docs = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    // A new or updated candidate, with a random consent and organisation each time.
                    docs.add(SearchFixtures.randomCandidate(r, "k-" + r.nextInt(population)));
                }
                assertThat(index.upsertAll(docs).rejected()).isEmpty();
                for (int i = 0; i < 3; i++) {
                    index.delete(DocType.CANDIDATE, "k-" + r.nextInt(population));
                }
                if (round % 3 == 2) {
                    index.expungeDeletes(); // merges: new segments, old ones gone
                }
                index.refresh();
                for (String org : ORGS) {
                    for (View view : View.values()) {
                        SearchRequest request = new SearchRequest("n-1", 10, view, new Viewer(org, "veileder"), List.of());
                        SearchResult fresh = MatchingSearch.builder(index).aliasKey(KEY).build().search(request);
                        assertThat(kept.search(request)).as("seed %d, round %d, %s, %s", seed, round, org, view)
                                .isEqualTo(fresh);
                        assertThat(tiny.search(request)).as("seed %d, round %d, %s, %s, 1 kept", seed, round, org, view)
                                .isEqualTo(fresh);
                        assertThat(none.search(request)).as("seed %d, round %d, %s, %s, none kept", seed, round, org, view)
                                .isEqualTo(fresh);
                    }
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void keptPerSegmentOutsideItsRangeIsRefused() throws Exception {
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchingSearch.builder(index).keptPerSegment(-1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keptPerSegment");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchingSearch.builder(index).keptPerSegment(65_537))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 0-65536, got 65537");
        }
    }
}
