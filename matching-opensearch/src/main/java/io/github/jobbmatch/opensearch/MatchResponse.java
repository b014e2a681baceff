package io.github.jobbmatch.opensearch;

import java.io.IOException;
import java.util.List;
import org.opensearch.action.support.broadcast.BroadcastResponse;
import org.opensearch.core.action.support.DefaultShardOperationFailedException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

/**
 * The merged match, as the result JSON of the embedded search (matching-json's {@code SearchResultJson} or
 * {@code OpeningsResultJson}).
 */
public final class MatchResponse extends BroadcastResponse {

    private final String json;

    MatchResponse(String json, int totalShards, int successfulShards, int failedShards,
            List<DefaultShardOperationFailedException> failures) {
        super(totalShards, successfulShards, failedShards, failures);
        this.json = json;
    }

    /** Reads a response from the transport. */
    public MatchResponse(StreamInput in) throws IOException {
        super(in);
        this.json = in.readOptionalString();
    }

    /** The result JSON, or null when a shard failed on every copy (the result would be incomplete). */
    public String json() {
        return json;
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeOptionalString(json);
    }
}
