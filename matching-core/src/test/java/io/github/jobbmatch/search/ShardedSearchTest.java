package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An index split into shards gives the same broad search as the whole index: each shard's
 * {@link MatchingSearch#searchPart} merged by {@link MatchingSearch#merge} equals {@link MatchingSearch#search}
 * on all candidates, ties included (ranked by candidate id). This is what the OpenSearch plugin relies on.
 */
class ShardedSearchTest {

    private static final byte[] KEY = "a fixed alias key for the test".getBytes(StandardCharsets.UTF_8);

    static LongStream seeds() {
        return LongStream.range(1, 21);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shardsMergeToTheWholeIndexResult(long seed) throws IOException {
        System.out.println("ShardedSearchTest seed=" + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        int shardCount = 2 + r.nextInt(4);
        List<MatchingIndex> shards = new ArrayList<>();
        try (MatchingIndex whole = MatchingIndex.inMemory(config)) {
            for (int s = 0; s < shardCount; s++) {
                shards.add(MatchingIndex.inMemory(config));
            }
            Employer employer = SearchFixtures.employer("e-1", r.nextInt(8) == 0 ? EmployerStatus.PAUSED : EmployerStatus.ACTIVE);
            List<Object> all = new ArrayList<>();
            all.add(employer);
            List<List<Object>> perShard = new ArrayList<>();
            shards.forEach(x -> perShard.add(new ArrayList<>()));
            for (int i = 0; i < 80; i++) {
                Candidate c = SearchFixtures.randomCandidate(r, "k-" + i);
                all.add(c);
                perShard.get(r.nextInt(shardCount)).add(c);
            }
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                needs.add(SearchFixtures.randomNeed(r, "n-" + i, "e-1"));
            }
            all.addAll(needs);
            assertThat(whole.upsertAll(all).rejected()).isEmpty();
            whole.refresh();
            for (int s = 0; s < shardCount; s++) {
                // Several segments per shard, as a live index has.
                for (Object o : perShard.get(s)) {
                    shards.get(s).upsertAll(List.of(o));
                    if (r.nextInt(10) == 0) {
                        shards.get(s).refresh();
                    }
                }
                shards.get(s).refresh();
            }

            MatchingSearch search = MatchingSearch.builder(whole).aliasKey(KEY).nearMisses(1 + r.nextInt(10)).build();
            for (Need need : needs) {
                View view = r.nextInt(3) == 0 ? View.EMPLOYER : View.ADVISER;
                List<String> exclude = r.nextBoolean() ? List.of() : List.of("k-" + r.nextInt(80));
                SearchRequest request = new SearchRequest(need.id(), 1 + r.nextInt(12), view,
                        new Viewer(r.nextBoolean() ? "NAV Kristiansand" : "Jobbvekst AS", "veileder"), exclude);
                SearchResult expected = search.search(request);
                List<MatchingSearch.Part> parts = new ArrayList<>();
                for (MatchingIndex shard : shards) {
                    parts.add(shard.withSearcher(s -> search.searchPart(s, request, need, employer)));
                }
                SearchResult merged = search.merge(request, need, employer, parts).result();
                assertThat(merged).as("seed %d, need %s, %d shards", seed, need.id(), shardCount).isEqualTo(expected);
            }
        } finally {
            for (MatchingIndex s : shards) {
                s.close();
            }
        }
    }
}
