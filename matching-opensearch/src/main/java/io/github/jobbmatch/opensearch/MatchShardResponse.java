package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.search.MatchingSearch;
import java.io.IOException;
import org.opensearch.action.support.broadcast.BroadcastShardResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.index.shard.ShardId;

/** One shard's part of a broad search. */
public final class MatchShardResponse extends BroadcastShardResponse {

    private final MatchingSearch.Part part;

    MatchShardResponse(ShardId shardId, MatchingSearch.Part part) {
        super(shardId);
        this.part = part;
    }

    MatchShardResponse(StreamInput in) throws IOException {
        super(in);
        this.part = PartWire.read(in);
    }

    MatchingSearch.Part part() {
        return part;
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        PartWire.write(part, out);
    }
}
