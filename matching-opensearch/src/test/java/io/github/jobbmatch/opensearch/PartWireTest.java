package io.github.jobbmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.core.common.io.stream.StreamInput;

/** A shard's part survives the transport exactly (scores as doubles), in both views. */
class PartWireTest {

    private static final MatchingConfig CONFIG = MatchingConfig.defaults();

    static LongStream seeds() {
        return LongStream.range(1, 4);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPartRoundTrips(long seed) throws Exception {
        System.out.println("PartWireTest seed=" + seed);
        Random r = new Random(seed);
        SampleGenerator gen = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = new ArrayList<>(SampleGenerator.showcaseEmployers());
        List<Need> needs = SampleGenerator.showcaseNeeds();
        try (MatchingIndex index = MatchingIndex.inMemory(CONFIG)) {
            List<Object> all = new ArrayList<>(gen.candidates(150).toList());
            all.addAll(employers);
            all.addAll(needs);
            index.upsertAll(all);
            index.refresh();
            MatchingSearch search = MatchingSearch.builder(index).build();
            for (Need need : needs) {
                Employer employer = employers.stream().filter(e -> e.id().equals(need.employerId())).findFirst().orElse(null);
                SearchRequest request = new SearchRequest(need.id(), 1 + r.nextInt(10),
                        r.nextBoolean() ? View.ADVISER : View.EMPLOYER, new Viewer(null, null), List.of());
                MatchingSearch.Part part = index.withSearcher(s -> search.searchPart(s, request, need, employer));
                BytesStreamOutput out = new BytesStreamOutput();
                PartWire.write(part, out);
                try (StreamInput in = out.bytes().streamInput()) {
                    assertThat(PartWire.read(in)).isEqualTo(part);
                }
            }
            io.github.jobbmatch.search.OpeningsSearch openings = io.github.jobbmatch.search.OpeningsSearch
                    .builder(index).build();
            for (io.github.jobbmatch.model.Candidate c : gen.candidates(40).toList()) {
                var request = new io.github.jobbmatch.search.OpeningsRequest(null, c, 1 + r.nextInt(10),
                        new Viewer(null, null), java.util.Map.of(needs.get(0).id(), 1));
                io.github.jobbmatch.search.OpeningsSearch.Part part = index.withSearcher(
                        s -> openings.searchPart(s, request, c));
                BytesStreamOutput out = new BytesStreamOutput();
                PartWire.writeOpenings(part, out);
                try (StreamInput in = out.bytes().streamInput()) {
                    assertThat(PartWire.readOpenings(in)).isEqualTo(part);
                }
            }
        }
    }
}
