package io.github.jobbmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.index.shard.ShardId;

/** The requests of the shard-level search survive the transport. */
class MatchRequestWireTest {

    private final MatchRequest.Payload payload = new MatchRequest.Search(
            new SearchRequest("n-1", 7, View.EMPLOYER, new Viewer("NAV Agder", null), List.of("k-1", "k-2")),
            "{\"id\":\"n-1\"}", null);

    @Test
    void theRequestRoundTrips() throws Exception {
        MatchRequest request = new MatchRequest("idx", payload, "_only_nodes:abc");
        BytesStreamOutput out = new BytesStreamOutput();
        request.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            MatchRequest read = new MatchRequest(in);
            assertThat(read.payload()).isEqualTo(payload);
            assertThat(read.preference()).isEqualTo("_only_nodes:abc");
            assertThat(read.indices()).containsExactly("idx");
        }
    }

    @Test
    void anOpeningsRequestRoundTrips() throws Exception {
        for (boolean adHoc : new boolean[] {false, true}) {
            io.github.jobbmatch.model.Candidate c = io.github.jobbmatch.testing.SearchFixtures.randomCandidate(
                    new java.util.Random(3), "k-7");
            java.util.Map<String, Integer> inProcess = new java.util.LinkedHashMap<>();
            inProcess.put("n-2", 1);
            inProcess.put("n-1", 0);
            io.github.jobbmatch.search.OpeningsRequest r = new io.github.jobbmatch.search.OpeningsRequest(
                    adHoc ? null : "k-7", adHoc ? c : null, 4, new Viewer(null, "veileder"), inProcess);
            MatchRequest.Openings p = new MatchRequest.Openings(r, Codecs.INTERCHANGE.write(c));
            BytesStreamOutput out = new BytesStreamOutput();
            new MatchRequest("idx", p, null).writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                assertThat(new MatchRequest(in).payload()).as("adHoc %s", adHoc).isEqualTo(p);
            }
        }
    }

    @Test
    void theShardRequestRoundTrips() throws Exception {
        MatchShardRequest request = new MatchShardRequest(new ShardId("idx", "uuid", 3),
                new MatchRequest("idx", payload, null));
        BytesStreamOutput out = new BytesStreamOutput();
        request.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            MatchShardRequest read = new MatchShardRequest(in);
            assertThat(read.payload()).isEqualTo(payload);
            assertThat(read.shardId().id()).isEqualTo(3);
        }
    }
}
