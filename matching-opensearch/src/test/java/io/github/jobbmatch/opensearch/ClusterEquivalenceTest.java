package io.github.jobbmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.json.OpeningsResultJson;
import io.github.jobbmatch.json.SearchResultJson;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real two-node OpenSearch 3.8 cluster in this JVM with the plugin loaded, an index of 4 shards and 1 replica,
 * and the same generated data in an embedded index: every broad search gives the same result JSON on both
 * (short lists in the same order with the same scores, verdicts, explanations, near misses and funnel), before
 * and after one node is stopped (the replicas answer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterEquivalenceTest {

    private static final String INDEX = "jobbmatch";
    private static final long SEED = 20261123L;

    private final ObjectMapper json = new ObjectMapper();
    private final InterchangeCodec codec = new InterchangeCodec();
    private TestCluster cluster;
    private MatchingIndex embedded;
    private MatchingSearch embeddedSearch;
    private OpeningsSearch embeddedOpenings;
    private List<Need> needs;
    private List<Candidate> candidates;

    @BeforeAll
    void startClusterAndLoadBoth() throws Exception {
        System.out.println("ClusterEquivalenceTest seed=" + SEED);
        cluster = new TestCluster(2);
        SampleGenerator gen = new SampleGenerator(SEED, Calibration.builtIn());
        candidates = gen.candidates(1500).toList();
        List<Employer> employers = new ArrayList<>(gen.employers(30));
        employers.addAll(SampleGenerator.showcaseEmployers());
        needs = new ArrayList<>(gen.needs(80, employers).toList());
        needs.addAll(SampleGenerator.showcaseNeeds());

        embedded = MatchingIndex.inMemory(MatchingConfig.defaults());
        List<Object> all = new ArrayList<>(candidates);
        all.addAll(employers);
        all.addAll(needs);
        assertThat(embedded.upsertAll(all).rejected()).isEmpty();
        embedded.refresh();
        embeddedSearch = MatchingSearch.builder(embedded)
                .aliasKey(TestCluster.ALIAS_KEY.getBytes(StandardCharsets.UTF_8)).build();
        embeddedOpenings = OpeningsSearch.builder(embedded).build();

        cluster.createIndex(INDEX, 4, 1);
        cluster.write(INDEX, DocumentType.CANDIDATE, candidates);
        cluster.write(INDEX, DocumentType.EMPLOYER, employers);
        cluster.write(INDEX, DocumentType.NEED, needs);
    }

    @AfterAll
    void stop() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theShardedClusterGivesTheEmbeddedResults() throws Exception {
        assertEquivalent(new Random(SEED), "");
    }

    @Test
    @Order(2)
    void partsComputedOnTheOtherNodeTravelExactly() throws Exception {
        // Every node holds a copy of every shard, and local copies are preferred: without this the shard
        // requests and their parts would never cross the transport.
        String other = cluster.runner().nonClusterManagerNode().injector()
                .getInstance(org.opensearch.cluster.service.ClusterService.class).localNode().getId();
        assertEquivalent(new Random(SEED + 2), "?preference=_only_nodes:" + other);
    }

    @Test
    @Order(3)
    void theAnalysisComponentsAreThoseOfTheEmbeddedIndex() throws Exception {
        // The taxonomy filter expands a concept id to its broader concepts, as the embedded index derives c.satisfies.
        var taxonomy = io.github.jobbmatch.taxonomy.StarterTaxonomy.load();
        var concept = taxonomy.concepts().stream().filter(c -> !taxonomy.broaderClosure(c.id()).isEmpty())
                .findFirst().orElseThrow();
        JsonNode expanded = cluster.call("POST", "/" + INDEX + "/_analyze", "{\"tokenizer\":\"keyword\",\"filter\":[\""
                + JobbmatchPlugin.TAXONOMY_FILTER + "\"],\"text\":" + json.writeValueAsString(concept.id()) + "}", 200);
        java.util.Set<String> tokens = new java.util.HashSet<>();
        expanded.get("tokens").forEach(t -> tokens.add(t.get("token").asText()));
        java.util.Set<String> expected = new java.util.HashSet<>(taxonomy.broaderClosure(concept.id()));
        expected.add(concept.id());
        assertThat(tokens).isEqualTo(expected);
        // The index's analyzer gives the embedded analyzer's tokens.
        String text = "Erfaring som kokkelærling og lagermedarbeider, sertifikat for truck";
        JsonNode analyzed = cluster.call("POST", "/" + INDEX + "/_analyze", "{\"analyzer\":\"" + OpenSearchMapping.ANALYZER
                + "\",\"text\":" + json.writeValueAsString(text) + "}", 200);
        java.util.Set<String> got = new java.util.LinkedHashSet<>(); // distinct, as TextTerms gives them
        analyzed.get("tokens").forEach(t -> got.add(t.get("token").asText()));
        assertThat(got).isNotEmpty();
        assertThat(new ArrayList<>(got)).isEqualTo(io.github.jobbmatch.search.TextTerms.analyze(MatchingConfig.defaults().analyzer(),
                "f", text, 1000));
    }

    @Test
    @Order(3)
    void badRequestsAreNamed() throws Exception {
        JsonNode unknown = cluster.call("POST", "/" + INDEX + "/_jobbmatch/search", "{\"needId\":\"x\",\"topp\":3}", 400);
        assertThat(unknown.get("error").asText()).contains("topp");
        JsonNode missing = cluster.call("POST", "/" + INDEX + "/_jobbmatch/search", "{\"needId\":\"no-such-need\"}", 404);
        assertThat(missing.get("error").asText()).contains("no-such-need");
        JsonNode rejected = cluster.call("POST", "/" + INDEX + "/_jobbmatch/documents/candidate?refresh=true",
                "{\"id\":\"k-bad\",\"consent\":{}}\n", 200);
        assertThat(rejected.get("written").asInt()).isZero();
        assertThat(rejected.get("rejected").get(0).get("line").asInt()).isEqualTo(1);
        JsonNode badType = cluster.call("POST", "/" + INDEX + "/_jobbmatch/documents/kandidat", "{}\n", 400);
        assertThat(badType.get("error").asText()).contains("kandidat");
        JsonNode noCandidate = cluster.call("POST", "/" + INDEX + "/_jobbmatch/openings", "{\"candidateId\":\"k-none\"}", 404);
        assertThat(noCandidate.get("error").asText()).contains("k-none");
        JsonNode both = cluster.call("POST", "/" + INDEX + "/_jobbmatch/openings", "{\"top\":3}", 400);
        assertThat(both.get("error").asText()).startsWith("candidateId");
        JsonNode badAdHoc = cluster.call("POST", "/" + INDEX + "/_jobbmatch/openings", "{\"candidate\":{\"id\":\"x\"}}", 400);
        assertThat(badAdHoc.get("error").asText()).startsWith("candidate:");
    }

    @Test
    @Order(4)
    void searchesStillAnswerFromTheReplicasWhenANodeStops() throws Exception {
        cluster.stopOneNode(INDEX);
        assertEquivalent(new Random(SEED + 1), "");
    }

    private void assertEquivalent(Random r, String query) throws Exception {
        assertBroadSearchesEquivalent(r, query);
        assertOpeningsEquivalent(r, query);
    }

    /** Candidate-first: indexed candidates the viewer may see, with in-process counts, and one ad-hoc record. */
    private void assertOpeningsEquivalent(Random r, String query) throws Exception {
        int compared = 0;
        int missesCompared = 0;
        for (int i = 0; i < 20; i++) {
            Candidate c = candidates.get(r.nextInt(candidates.size()));
            String org = c.followedBy() == null ? null : c.followedBy().organisation();
            Map<String, Integer> inProcess = new LinkedHashMap<>();
            for (int k = 0; k < r.nextInt(3); k++) {
                inProcess.put(needs.get(r.nextInt(needs.size())).id(), 1 + r.nextInt(3));
            }
            boolean adHoc = i == 0;
            OpeningsRequest request = new OpeningsRequest(adHoc ? null : c.id(), adHoc ? c : null, 1 + r.nextInt(10),
                    new Viewer(org, "veileder"), inProcess);
            JsonNode expected = json.readTree(OpeningsResultJson.toJson(embeddedOpenings.search(request)));
            StringBuilder body = new StringBuilder("{");
            body.append(adHoc ? "\"candidate\":" + codec.write(c) : "\"candidateId\":" + json.writeValueAsString(c.id()));
            body.append(",\"top\":").append(request.top());
            if (org != null) {
                body.append(",\"viewer\":{\"organisation\":").append(json.writeValueAsString(org)).append("}");
            }
            body.append(",\"inProcess\":").append(json.writeValueAsString(inProcess)).append("}");
            JsonNode actual = cluster.call("POST", "/" + INDEX + "/_jobbmatch/openings" + query, body.toString(), 200);
            assertThat(actual).as("candidate %s", c.id()).isEqualTo(expected);
            compared += expected.get("shortlist").size();
            missesCompared += expected.get("nearMisses").size();
        }
        System.out.println("openings compared: " + compared + " (+ near misses " + missesCompared + ")");
        assertThat(compared + missesCompared).as("openings and near misses compared").isPositive();
    }

    private void assertBroadSearchesEquivalent(Random r, String query) throws Exception {
        int compared = 0;
        for (Need need : needs) {
            View view = r.nextInt(4) == 0 ? View.EMPLOYER : View.ADVISER;
            String org = r.nextBoolean() ? null : "NAV Grünerløkka";
            SearchRequest request = new SearchRequest(need.id(), 1 + r.nextInt(10), view, new Viewer(org, "veileder"),
                    List.of());
            JsonNode expected = json.readTree(SearchResultJson.toJson(embeddedSearch.search(request)));
            String body = "{\"needId\":" + json.writeValueAsString(need.id()) + ",\"top\":" + request.top()
                    + ",\"view\":\"" + view.wire() + "\""
                    + (org == null ? "" : ",\"viewer\":{\"organisation\":" + json.writeValueAsString(org) + "}") + "}";
            JsonNode actual = cluster.call("POST", "/" + INDEX + "/_jobbmatch/search" + query, body, 200);
            assertThat(actual).as("need %s, view %s", need.id(), view).isEqualTo(expected);
            compared += expected.get("shortlist").size();
        }
        assertThat(compared).as("short-list entries compared").isGreaterThan(needs.size());
    }
}
