package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.OpeningsSearch;
import java.io.IOException;
import org.opensearch.action.support.broadcast.BroadcastShardResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.index.shard.ShardId;

/** One shard's part of a match: a broad-search part or a candidate-first part. */
public final class MatchShardResponse extends BroadcastShardResponse {

    private final MatchingSearch.Part searchPart;
    private final OpeningsSearch.Part openingsPart;

    MatchShardResponse(ShardId shardId, MatchingSearch.Part searchPart, OpeningsSearch.Part openingsPart) {
        super(shardId);
        this.searchPart = searchPart;
        this.openingsPart = openingsPart;
    }

    MatchShardResponse(StreamInput in) throws IOException {
        super(in);
        boolean search = in.readBoolean();
        this.searchPart = search ? PartWire.read(in) : null;
        this.openingsPart = search ? null : PartWire.readOpenings(in);
    }

    MatchingSearch.Part searchPart() {
        return searchPart;
    }

    OpeningsSearch.Part openingsPart() {
        return openingsPart;
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeBoolean(searchPart != null);
        if (searchPart != null) {
            PartWire.write(searchPart, out);
        } else {
            PartWire.writeOpenings(openingsPart, out);
        }
    }
}
