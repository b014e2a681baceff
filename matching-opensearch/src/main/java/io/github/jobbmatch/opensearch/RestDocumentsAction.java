package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.json.LineError;
import io.github.jobbmatch.json.NumberedDocument;
import io.github.jobbmatch.json.ReadResult;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.action.bulk.BulkItemResponse;
import org.opensearch.action.bulk.BulkRequest;
import org.opensearch.action.index.IndexRequest;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestChannel;
import org.opensearch.rest.RestRequest;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.client.node.NodeClient;

/**
 * {@code POST /{index}/_jobbmatch/documents/{type}}: upserts interchange documents (JSON Lines, one document per
 * line; {@code type} is {@code candidate}, {@code employer} or {@code need}). Each line is validated as the
 * embedded index does; a rejected line is reported with its number and violations and writes nothing. The
 * accepted documents are indexed under their unique key with the fields {@link SourceDocuments} derives.
 * Employers and needs are routed by the employer id, so an employer and its needs share a shard and a
 * candidate-first search finds them together; candidates are spread by their key.
 * {@code ?refresh=true|wait_for} makes them searchable before the response.
 */
final class RestDocumentsAction extends BaseRestHandler {

    private final NodeMatching matching;
    private final InterchangeCodec codec = new InterchangeCodec();

    RestDocumentsAction(NodeMatching matching) {
        this.matching = matching;
    }

    @Override
    public String getName() {
        return "jobbmatch_documents";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, "/{index}/_jobbmatch/documents/{type}"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        String index = request.param("index");
        String type = request.param("type");
        String refresh = request.param("refresh");
        if (!request.hasContent()) {
            return channel -> RestResponses.error(channel, RestStatus.BAD_REQUEST, "body: JSON Lines of " + type
                    + " documents expected");
        }
        if (!List.of("candidate", "employer", "need").contains(type)) {
            return channel -> RestResponses.error(channel, RestStatus.BAD_REQUEST,
                    "type: expected candidate, employer or need, got '" + type + "'");
        }
        var content = request.content();
        // Reading, validating and deriving (the Norwegian analysis) is CPU work: off the network thread.
        return channel -> client.threadPool().executor(ThreadPool.Names.WRITE).execute(() -> {
            try {
                write(client, index, type, refresh, content, channel);
            } catch (Exception e) {
                RestResponses.failure(channel, e);
            }
        });
    }

    private void write(NodeClient client, String index, String type, String refresh,
            org.opensearch.core.common.bytes.BytesReference content, RestChannel channel) throws IOException {
        BulkRequest bulk = new BulkRequest();
        List<LineError> rejected;
        SourceDocuments sources = new SourceDocuments(matching.config());
        try (InputStream in = content.streamInput()) {
            switch (type) {
                case "candidate" -> {
                    ReadResult<Candidate> r = codec.readLines(DocumentType.CANDIDATE, in);
                    for (NumberedDocument<Candidate> d : r.accepted()) {
                        bulk.add(index(index, DocType.CANDIDATE.uid(d.document().id()), sources.candidate(d.document())));
                    }
                    rejected = r.errors();
                }
                case "employer" -> {
                    ReadResult<Employer> r = codec.readLines(DocumentType.EMPLOYER, in);
                    for (NumberedDocument<Employer> d : r.accepted()) {
                        bulk.add(index(index, DocType.EMPLOYER.uid(d.document().id()), sources.employer(d.document()))
                                .routing(d.document().id()));
                    }
                    rejected = r.errors();
                }
                default -> {
                    ReadResult<Need> r = codec.readLines(DocumentType.NEED, in);
                    for (NumberedDocument<Need> d : r.accepted()) {
                        bulk.add(index(index, DocType.NEED.uid(d.document().id()), sources.need(d.document()))
                                .routing(d.document().employerId()));
                    }
                    rejected = r.errors();
                }
            }
        }
        if (refresh != null) {
            bulk.setRefreshPolicy(WriteRequest.RefreshPolicy.parse(refresh.isEmpty() ? "true" : refresh));
        }
        if (bulk.numberOfActions() == 0) {
            channel.sendResponse(new BytesRestResponse(RestStatus.OK, summary(0, List.of(), rejected)));
            return;
        }
        client.bulk(bulk, ActionListener.wrap(r -> {
            List<String> failures = new ArrayList<>();
            int written = 0;
            for (BulkItemResponse item : r.getItems()) {
                if (item.isFailed()) {
                    failures.add(item.getId() + ": " + item.getFailureMessage());
                } else {
                    written++;
                }
            }
            channel.sendResponse(new BytesRestResponse(failures.isEmpty() ? RestStatus.OK : RestStatus.MULTI_STATUS,
                    summary(written, failures, rejected)));
        }, e -> RestResponses.failure(channel, e)));
    }

    private static IndexRequest index(String index, String uid, Map<String, Object> source) {
        return new IndexRequest(index).id(uid).source(source);
    }

    private static XContentBuilder summary(int written, List<String> failures, List<LineError> rejected)
            throws IOException {
        XContentBuilder b = XContentFactory.jsonBuilder().startObject();
        b.field("written", written);
        b.startArray("rejected");
        for (LineError e : rejected) {
            b.startObject().field("line", e.line());
            if (e.id() != null) {
                b.field("id", e.id());
            }
            b.startArray("violations");
            e.violations().forEach(v -> {
                try {
                    b.startObject().field("path", v.path()).field("message", v.message()).endObject();
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            b.endArray().endObject();
        }
        b.endArray();
        b.field("failures", failures);
        return b.endObject();
    }
}
