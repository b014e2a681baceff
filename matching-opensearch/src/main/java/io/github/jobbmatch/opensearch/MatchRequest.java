package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.util.List;
import org.opensearch.action.support.broadcast.BroadcastRequest;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

/**
 * A broad search on an index: the request and the need and employer (interchange JSON, read by the
 * coordinating node), so that every shard compiles the same query.
 */
public final class MatchRequest extends BroadcastRequest<MatchRequest> {

    private final Payload payload;
    private final String preference;

    MatchRequest(String index, Payload payload, String preference) {
        super(index);
        this.payload = payload;
        this.preference = preference;
    }

    /** Reads a request from the transport. */
    public MatchRequest(StreamInput in) throws IOException {
        super(in);
        this.payload = new Payload(in);
        this.preference = in.readOptionalString();
    }

    Payload payload() {
        return payload;
    }

    /** OpenSearch's search preference (which shard copies to use), or null. */
    String preference() {
        return preference;
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        payload.writeTo(out);
        out.writeOptionalString(preference);
    }

    /** What every shard needs: the search request, the need and its employer (null when not indexed). */
    record Payload(SearchRequest request, String needJson, String employerJson) {

        Payload(StreamInput in) throws IOException {
            this(new SearchRequest(in.readString(), in.readVInt(), View.values()[in.readVInt()],
                    new Viewer(in.readOptionalString(), in.readOptionalString()), in.readStringList()),
                    in.readString(), in.readOptionalString());
        }

        void writeTo(StreamOutput out) throws IOException {
            out.writeString(request.needId());
            out.writeVInt(request.top());
            out.writeVInt(request.view().ordinal());
            out.writeOptionalString(request.viewer().organisation());
            out.writeOptionalString(request.viewer().role());
            out.writeStringCollection(request.exclude());
            out.writeString(needJson);
            out.writeOptionalString(employerJson);
        }

        List<String> exclude() {
            return request.exclude();
        }
    }
}
