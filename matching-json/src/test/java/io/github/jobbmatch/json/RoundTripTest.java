package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.fixtures.RandomDocuments;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: every valid document survives write → read unchanged, and writing is canonical. */
class RoundTripTest {
    private final InterchangeCodec codec = new InterchangeCodec();

    static LongStream seeds() {
        return LongStream.range(1, 51);
    }

    @ParameterizedTest(name = "candidate, seed {0}")
    @MethodSource("seeds")
    void candidate(long seed) {
        Candidate c = new RandomDocuments(seed).candidate();
        String json = codec.write(c);
        assertThat(codec.readCandidate(json)).as("seed %d: %s", seed, json).isEqualTo(c);
        assertThat(codec.write(codec.readCandidate(json))).as("seed %d", seed).isEqualTo(json);
        assertThat(json).as("seed %d", seed).doesNotContain("\n").doesNotContain(":null").doesNotContain(":[]");
    }

    @ParameterizedTest(name = "employer, seed {0}")
    @MethodSource("seeds")
    void employer(long seed) {
        Employer e = new RandomDocuments(seed).employer();
        String json = codec.write(e);
        assertThat(codec.readEmployer(json)).as("seed %d: %s", seed, json).isEqualTo(e);
        assertThat(codec.write(codec.readEmployer(json))).as("seed %d", seed).isEqualTo(json);
        assertThat(json).as("seed %d", seed).doesNotContain("\n").doesNotContain(":null");
    }

    @ParameterizedTest(name = "need, seed {0}")
    @MethodSource("seeds")
    void need(long seed) {
        Need n = new RandomDocuments(seed).need();
        String json = codec.write(n);
        assertThat(codec.readNeed(json)).as("seed %d: %s", seed, json).isEqualTo(n);
        assertThat(codec.write(codec.readNeed(json))).as("seed %d", seed).isEqualTo(json);
        assertThat(json).as("seed %d", seed).doesNotContain("\n").doesNotContain(":null").doesNotContain(":[]");
    }

    @ParameterizedTest(name = "JSON Lines, seed {0}")
    @MethodSource("seeds")
    void jsonLines(long seed) throws IOException {
        RandomDocuments r = new RandomDocuments(seed);
        List<Need> needs = new ArrayList<>();
        int count = r.random().nextInt(8);
        for (int i = 0; i < count; i++) {
            needs.add(r.need());
        }
        StringWriter out = new StringWriter();
        codec.writeNeeds(out, needs);
        assertThat(out.toString().lines().count()).as("seed %d", seed).isEqualTo(count);
        ReadResult<Need> back = codec.readNeeds(new StringReader(out.toString()));
        assertThat(back.errors()).as("seed %d", seed).isEmpty();
        assertThat(back.documents()).as("seed %d", seed).isEqualTo(needs);
        assertThat(back.accepted()).extracting(NumberedDocument::line).as("seed %d", seed)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, count).mapToObj(i -> (int) i).toList());
    }
}
