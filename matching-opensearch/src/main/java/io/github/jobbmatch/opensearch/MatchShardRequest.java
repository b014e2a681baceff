package io.github.jobbmatch.opensearch;

import java.io.IOException;
import org.opensearch.action.support.broadcast.BroadcastShardRequest;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.index.shard.ShardId;

/** A match on one shard. */
public final class MatchShardRequest extends BroadcastShardRequest {

    private final MatchRequest.Payload payload;

    MatchShardRequest(ShardId shardId, MatchRequest request) {
        super(shardId, request);
        this.payload = request.payload();
    }

    /** Reads a shard request from the transport. */
    public MatchShardRequest(StreamInput in) throws IOException {
        super(in);
        this.payload = MatchRequest.Payload.read(in);
    }

    MatchRequest.Payload payload() {
        return payload;
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        payload.writeTo(out);
    }
}
