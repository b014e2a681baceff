package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.OpeningsSearch;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.transport.client.node.NodeClient;

/**
 * {@code POST /{index}/_jobbmatch/openings}: the candidate-first search. The body is FORMAT.md's candidate-first
 * request ({@code candidateId} or an ad-hoc {@code candidate}, {@code top}, {@code viewer}, {@code inProcess});
 * the response is the embedded search's result JSON. An indexed candidate is read and checked for visibility
 * here (not visible answers as not found, and is audited); then every shard searches its needs.
 */
final class RestOpeningsAction extends BaseRestHandler {

    private final NodeMatching matching;

    RestOpeningsAction(NodeMatching matching) {
        this.matching = matching;
    }

    @Override
    public String getName() {
        return "jobbmatch_openings";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, "/{index}/_jobbmatch/openings"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        String index = request.param("index");
        String preference = request.param("preference");
        OpeningsRequest openings;
        try {
            Map<String, Object> body = RestBodies.object(request, "a candidate-first request", true);
            openings = RestBodies.openingsRequest(body, RestOpeningsAction::adHoc);
        } catch (IllegalArgumentException e) {
            return channel -> RestResponses.error(channel, RestStatus.BAD_REQUEST, e.getMessage());
        }
        OpeningsSearch search = matching.openings();
        if (openings.candidate() != null) {
            return channel -> execute(client, index, openings, openings.candidate(), preference, channel);
        }
        return channel -> RestMatchAction.record(client, index, DocType.CANDIDATE, openings.candidateId(), channel,
                record -> {
                    Candidate c = record == null ? null : RecordCodec.decodeCandidate(record);
                    try {
                        OpeningsSearch.requireVisible(openings, c);
                    } catch (NoSuchElementException e) {
                        search.auditRefused(openings);
                        RestResponses.error(channel, RestStatus.NOT_FOUND, e.getMessage() + " in " + index);
                        return;
                    }
                    execute(client, index, openings, c, preference, channel);
                });
    }

    private static void execute(NodeClient client, String index, OpeningsRequest openings, Candidate c,
            String preference, org.opensearch.rest.RestChannel channel) {
        MatchRequest match = new MatchRequest(index, new MatchRequest.Openings(openings, Codecs.INTERCHANGE.write(c)),
                preference);
        client.execute(MatchAction.INSTANCE, match, ActionListener.wrap(
                r -> RestResponses.result(channel, r.json(), r.getFailedShards()),
                e -> RestResponses.failure(channel, e)));
    }

    /** An ad-hoc candidate in the interchange format, validated as the embedded search validates it. */
    private static Candidate adHoc(Map<String, Object> json) {
        try {
            String text = XContentFactory.jsonBuilder().map(json).toString();
            return Codecs.INTERCHANGE.readCandidate(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("candidate: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // The codec's message names the path of every violation.
            throw new IllegalArgumentException("candidate: " + e.getMessage(), e);
        }
    }
}
