package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Capacity;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An index split into shards, each employer with its needs on one shard, gives the same candidate-first search as
 * the whole index: each shard's {@link OpeningsSearch#searchPart} merged by {@link OpeningsSearch#merge} equals
 * {@link OpeningsSearch#search}, funnel, reasons (in-process needs no shard holds) and ties included.
 */
class ShardedOpeningsTest {

    static LongStream seeds() {
        return LongStream.range(1, 16);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shardsMergeToTheWholeIndexResult(long seed) throws IOException {
        System.out.println("ShardedOpeningsTest seed=" + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        int shardCount = 2 + r.nextInt(3);
        List<MatchingIndex> shards = new ArrayList<>();
        try (MatchingIndex whole = MatchingIndex.inMemory(config)) {
            for (int s = 0; s < shardCount; s++) {
                shards.add(MatchingIndex.inMemory(config));
            }
            List<Object> all = new ArrayList<>();
            List<List<Object>> perShard = new ArrayList<>();
            shards.forEach(x -> perShard.add(new ArrayList<>()));
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                Candidate c = SearchFixtures.randomCandidate(r, "k-" + i);
                candidates.add(c);
                all.add(c);
                perShard.get(r.nextInt(shardCount)).add(c);
            }
            int employerCount = 3 + r.nextInt(4);
            List<Need> needs = new ArrayList<>();
            for (int e = 0; e < employerCount; e++) {
                Employer base = SearchFixtures.employer("e-" + e, r.nextInt(5) == 0 ? EmployerStatus.PAUSED
                        : EmployerStatus.ACTIVE);
                Employer employer = r.nextInt(3) == 0 ? new Employer(base.id(), base.name(), base.orgNumber(), base.sector(),
                        base.industry(), base.size(), base.location(), base.contact(), new Capacity(r.nextInt(3)),
                        base.status(), base.needsConfirmed(), base.history()) : base;
                int shard = r.nextInt(shardCount);  // an employer and its needs share a shard
                all.add(employer);
                perShard.get(shard).add(employer);
                for (int n = 0; n < 2 + r.nextInt(5); n++) {
                    Need need = SearchFixtures.randomNeed(r, "n-" + e + "-" + n, employer.id());
                    needs.add(need);
                    all.add(need);
                    perShard.get(shard).add(need);
                }
            }
            assertThat(whole.upsertAll(all).rejected()).isEmpty();
            whole.refresh();
            for (int s = 0; s < shardCount; s++) {
                assertThat(shards.get(s).upsertAll(perShard.get(s)).rejected()).isEmpty();
                shards.get(s).refresh();
            }

            OpeningsSearch search = OpeningsSearch.builder(whole).nearMisses(1 + r.nextInt(8)).build();
            for (int q = 0; q < 8; q++) {
                Candidate c = candidates.get(r.nextInt(candidates.size()));
                Map<String, Integer> inProcess = new HashMap<>();
                for (int k = 0; k < r.nextInt(4); k++) {
                    inProcess.put(r.nextInt(5) == 0 ? "n-unknown-" + k : needs.get(r.nextInt(needs.size())).id(),
                            1 + r.nextInt(2));
                }
                OpeningsRequest request = new OpeningsRequest(null, c, 1 + r.nextInt(10), new Viewer(null, "veileder"),
                        inProcess);
                OpeningsResult expected = search.search(request);
                List<OpeningsSearch.Part> parts = new ArrayList<>();
                for (MatchingIndex shard : shards) {
                    parts.add(shard.withSearcher(s -> search.searchPart(s, request, c)));
                }
                assertThat(search.merge(request, c, parts))
                        .as("seed %d, candidate %s, %d shards", seed, c.id(), shardCount).isEqualTo(expected);
            }
        } finally {
            for (MatchingIndex s : shards) {
                s.close();
            }
        }
    }
}
