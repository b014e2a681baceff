package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensearch.action.support.broadcast.BroadcastRequest;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

/**
 * A match on an index, run on every shard: a broad search (the request with the need and its employer, read by
 * the coordinating node) or a candidate-first search (the request with the candidate). The records travel in the
 * interchange format, so every shard compiles the same queries.
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
        this.payload = Payload.read(in);
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

    /** What every shard needs to run its part. */
    sealed interface Payload permits Search, Openings {

        void writeTo(StreamOutput out) throws IOException;

        static Payload read(StreamInput in) throws IOException {
            byte kind = in.readByte();
            return switch (kind) {
                case 0 -> Search.read(in);
                case 1 -> Openings.read(in);
                default -> throw new IOException("unknown jobbmatch request kind " + kind);
            };
        }
    }

    /** A broad search: the request, the need and its employer (null when not indexed). */
    record Search(SearchRequest request, String needJson, String employerJson) implements Payload {

        static Search read(StreamInput in) throws IOException {
            return new Search(new SearchRequest(in.readString(), in.readVInt(), View.values()[in.readVInt()],
                    new Viewer(in.readOptionalString(), in.readOptionalString()), in.readStringList()),
                    in.readString(), in.readOptionalString());
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            out.writeByte((byte) 0);
            out.writeString(request.needId());
            out.writeVInt(request.top());
            out.writeVInt(request.view().ordinal());
            out.writeOptionalString(request.viewer().organisation());
            out.writeOptionalString(request.viewer().role());
            out.writeStringCollection(request.exclude());
            out.writeString(needJson);
            out.writeOptionalString(employerJson);
        }
    }

    /**
     * A candidate-first search: the request and the candidate (read and checked by the coordinating node, or the
     * ad-hoc record, which the request then carries itself).
     */
    record Openings(OpeningsRequest request, String candidateJson) implements Payload {

        static Openings read(StreamInput in) throws IOException {
            String candidateId = in.readOptionalString();
            int top = in.readVInt();
            Viewer viewer = new Viewer(in.readOptionalString(), in.readOptionalString());
            int n = in.readVInt();
            Map<String, Integer> inProcess = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                inProcess.put(in.readString(), in.readVInt());
            }
            boolean adHoc = in.readBoolean();
            String candidateJson = in.readString();
            OpeningsRequest request = adHoc
                    ? new OpeningsRequest(null, Codecs.INTERCHANGE.readCandidate(candidateJson), top, viewer, inProcess)
                    : new OpeningsRequest(candidateId, null, top, viewer, inProcess);
            return new Openings(request, candidateJson);
        }

        /** The candidate: the ad-hoc record the request carries, or the indexed one read from its JSON. */
        Candidate candidate() {
            return request.candidate() != null ? request.candidate() : Codecs.INTERCHANGE.readCandidate(candidateJson);
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            out.writeByte((byte) 1);
            out.writeOptionalString(request.candidateId());
            out.writeVInt(request.top());
            out.writeOptionalString(request.viewer().organisation());
            out.writeOptionalString(request.viewer().role());
            out.writeVInt(request.inProcess().size());
            for (Map.Entry<String, Integer> e : request.inProcess().entrySet()) {
                out.writeString(e.getKey());
                out.writeVInt(e.getValue());
            }
            out.writeBoolean(request.candidate() != null);
            out.writeString(candidateJson);
        }
    }
}
