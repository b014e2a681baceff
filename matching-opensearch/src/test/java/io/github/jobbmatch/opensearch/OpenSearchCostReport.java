package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.SearchResultJson;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cost of a sharded search against the embedded one on the same data (run by {@code bin/bench opensearch},
 * never by the test suite): the same generated candidates in an embedded index and in a 2-node cluster (4 shards,
 * 1 replica); per need, interleaved, the embedded search plus its JSON, and the cluster's REST search (HTTP, the
 * need look-up, the shard fan-out and the merge). Prints medians and their ratio.
 */
@EnabledIfSystemProperty(named = "jobbmatch.costReport", matches = "true")
class OpenSearchCostReport {

    @Test
    void report() throws Exception {
        int n = Integer.getInteger("jobbmatch.candidates", 20_000);
        int needCount = Integer.getInteger("jobbmatch.needs", 40);
        int rounds = Integer.getInteger("jobbmatch.rounds", 5);
        long seed = Long.getLong("jobbmatch.seed", 42L);
        System.out.printf("opensearch cost report: candidates=%d needs=%d rounds=%d seed=%d%n", n, needCount, rounds, seed);
        SampleGenerator gen = new SampleGenerator(seed, Calibration.builtIn());
        List<Candidate> candidates = gen.candidates(n).toList();
        List<Employer> employers = gen.employers(Math.max(10, n / 100));
        List<Need> needs = gen.needs(needCount, employers).toList();
        try (TestCluster cluster = new TestCluster(2);
                MatchingIndex embedded = MatchingIndex.inMemory(MatchingConfig.defaults())) {
            List<Object> all = new ArrayList<>(candidates);
            all.addAll(employers);
            all.addAll(needs);
            embedded.upsertAll(all);
            embedded.commit();
            long t0 = System.nanoTime();
            cluster.createIndex("cost", 4, 1);
            cluster.write("cost", DocumentType.CANDIDATE, candidates);
            cluster.write("cost", DocumentType.EMPLOYER, employers);
            cluster.write("cost", DocumentType.NEED, needs);
            System.out.printf("cluster indexing: %.1f s for %d documents%n", (System.nanoTime() - t0) / 1e9, all.size());
            MatchingSearch search = MatchingSearch.builder(embedded)
                    .aliasKey(TestCluster.ALIAS_KEY.getBytes(StandardCharsets.UTF_8)).build();
            List<Double> local = new ArrayList<>();
            List<Double> sharded = new ArrayList<>();
            for (int round = -1; round < rounds; round++) {
                for (Need need : needs) {
                    SearchRequest request = new SearchRequest(need.id(), 5, View.ADVISER, new Viewer(null, null), List.of());
                    long a = System.nanoTime();
                    SearchResultJson.toJson(search.search(request));
                    long b = System.nanoTime();
                    cluster.call("POST", "/cost/_jobbmatch/search", "{\"needId\":\"" + need.id() + "\"}", 200);
                    long c = System.nanoTime();
                    if (round >= 0) { // round -1 warms up both
                        local.add((b - a) / 1e6);
                        sharded.add((c - b) / 1e6);
                    }
                }
            }
            double l = median(local);
            double s = median(sharded);
            System.out.printf("embedded_p50_ms=%.2f sharded_p50_ms=%.2f embedded_p99_ms=%.2f sharded_p99_ms=%.2f"
                    + " sharded_ratio=%.2f candidates=%d shards=4 nodes=2%n", l, s, pct(local, 0.99), pct(sharded, 0.99),
                    s / l, n);
        }
    }

    private static double median(List<Double> v) {
        return pct(v, 0.5);
    }

    private static double pct(List<Double> v, double p) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.floor(p * a.length))];
    }
}
