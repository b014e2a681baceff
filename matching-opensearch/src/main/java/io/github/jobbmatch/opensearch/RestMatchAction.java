package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.SearchRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.document.DocumentField;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestChannel;
import org.opensearch.rest.RestRequest;
import org.opensearch.search.SearchHit;
import org.opensearch.transport.client.node.NodeClient;

/**
 * {@code POST /{index}/_jobbmatch/search}: the broad search. The body is FORMAT.md's search request; the
 * response is the embedded search's result JSON. The need and its employer are read from the index, then every
 * shard searches its candidates ({@link MatchAction}). {@code ?preference=} is OpenSearch's search preference.
 */
final class RestMatchAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "jobbmatch_search";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, "/{index}/_jobbmatch/search"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        String index = request.param("index");
        String preference = request.param("preference");
        SearchRequest search;
        try {
            Map<String, Object> body = RestBodies.object(request, "a search request", true);
            search = RestBodies.searchRequest(body);
        } catch (IllegalArgumentException e) {
            return channel -> RestResponses.error(channel, RestStatus.BAD_REQUEST, e.getMessage());
        }
        return channel -> record(client, index, DocType.NEED, search.needId(), channel, needRecord -> {
            if (needRecord == null) {
                RestResponses.error(channel, RestStatus.NOT_FOUND, "no need with id '" + search.needId()
                        + "' is indexed in " + index);
                return;
            }
            Need need = RecordCodec.decodeNeed(needRecord);
            record(client, index, DocType.EMPLOYER, need.employerId(), channel, employerRecord -> {
                Employer employer = employerRecord == null ? null : RecordCodec.decodeEmployer(employerRecord);
                MatchRequest match = new MatchRequest(index, new MatchRequest.Search(search, Codecs.INTERCHANGE.write(need),
                        employer == null ? null : Codecs.INTERCHANGE.write(employer)), preference);
                client.execute(MatchAction.INSTANCE, match, ActionListener.wrap(
                        r -> RestResponses.result(channel, r.json(), r.getFailedShards()),
                        e -> RestResponses.failure(channel, e)));
            });
        });
    }

    /** Reads the stored record of one document by its unique key; null when there is none. */
    static void record(NodeClient client, String index, DocType type, String id, RestChannel channel,
            Consumer<byte[]> then) {
        client.prepareSearch(index)
                .setQuery(QueryBuilders.idsQuery().addIds(type.uid(id)))
                .storedFields(Fields.RECORD)
                .setSize(1)
                .execute(ActionListener.wrap((SearchResponse r) -> {
                    SearchHit[] hits = r.getHits().getHits();
                    then.accept(hits.length == 0 ? null : bytes(hits[0].field(Fields.RECORD)));
                }, e -> RestResponses.failure(channel, e)));
    }

    private static byte[] bytes(DocumentField field) {
        if (field == null) {
            return null;
        }
        Object v = field.getValue();
        if (v instanceof BytesReference b) {
            return BytesReference.toBytes(b);
        }
        if (v instanceof byte[] b) {
            return b;
        }
        return java.util.Base64.getDecoder().decode(v.toString());
    }
}
