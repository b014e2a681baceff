package io.github.jobbmatch.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.opensearch.action.admin.indices.create.CreateIndexRequest;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.transport.client.node.NodeClient;

/**
 * {@code PUT /{index}/_jobbmatch}: creates an index with the generated mapping ({@link OpenSearchMapping}).
 * Optional body: {@code {"shards": 4, "replicas": 1}} (default 1 and 1).
 */
final class RestCreateIndexAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "jobbmatch_create_index";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.PUT, "/{index}/_jobbmatch"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        String index = request.param("index");
        int shards = 1;
        int replicas = 1;
        try {
            Map<String, Object> body = RestBodies.object(request, "index settings", false);
            for (String k : body.keySet()) {
                if (!k.equals("shards") && !k.equals("replicas")) {
                    throw new IllegalArgumentException(k + ": unknown field (expected shards, replicas)");
                }
            }
            shards = count(body, "shards", shards);
            replicas = count(body, "replicas", replicas);
            CreateIndexRequest create = new CreateIndexRequest(index)
                    .settings(OpenSearchMapping.settings(shards, replicas))
                    .mapping(OpenSearchMapping.mappings());
            return channel -> client.admin().indices().create(create, ActionListener.wrap(
                    r -> RestResponses.result(channel, "{\"acknowledged\":" + r.isAcknowledged() + ",\"index\":"
                            + RestResponses.quote(index) + "}", 0),
                    e -> RestResponses.failure(channel, e)));
        } catch (IllegalArgumentException e) {
            return channel -> RestResponses.error(channel, RestStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static int count(Map<String, Object> body, String key, int fallback) {
        Object v = body.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer i)) {
            throw new IllegalArgumentException(key + ": expected an integer");
        }
        return i;
    }
}
