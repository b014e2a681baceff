package io.github.jobbmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Validator;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordCodecTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomRecordsRoundTrip(long seed) {
        Random r = new Random(seed);
        Candidate c = SearchFixtures.randomCandidate(r, "k-" + seed);
        Need n = SearchFixtures.randomNeed(r, "n-" + seed, "e-" + seed);
        assertThat(Validator.validate(c)).as("seed %d: generator makes valid candidates", seed).isEmpty();
        assertThat(Validator.validate(n)).as("seed %d: generator makes valid needs", seed).isEmpty();
        assertThat(RecordCodec.decodeCandidate(RecordCodec.encode(c))).as("seed %d", seed).isEqualTo(c);
        assertThat(RecordCodec.decodeNeed(RecordCodec.encode(n))).as("seed %d", seed).isEqualTo(n);
    }

    @Test
    void minimalAndFullEmployersRoundTrip() {
        Employer full = SearchFixtures.employer("e-1", EmployerStatus.PAUSED);
        Employer minimal = new Employer("e-2", "Navn", null, io.github.jobbmatch.model.Sector.PUBLIC, null, null, null,
                null, null, null, null, null);
        assertThat(RecordCodec.decodeEmployer(RecordCodec.encode(full))).isEqualTo(full);
        assertThat(RecordCodec.decodeEmployer(RecordCodec.encode(minimal))).isEqualTo(minimal);
    }

    @Test
    void emptyStringsStayEmptyAndNullsStayNull() {
        var c = new SearchFixtures.C("k-1");
        c.strengths = "";
        c.readiness = null;
        c.home = null;
        Candidate in = c.build();
        assertThat(RecordCodec.decodeCandidate(RecordCodec.encode(in))).isEqualTo(in);
    }

    @Test
    void wrongTypeOrCorruptBytesAreRejectedClearly() {
        byte[] need = RecordCodec.encode(new SearchFixtures.N("n-1").build());
        assertThatThrownBy(() -> RecordCodec.decodeCandidate(need)).hasMessageContaining("expected 'c'");
        byte[] truncated = java.util.Arrays.copyOf(need, need.length - 3);
        assertThatThrownBy(() -> RecordCodec.decodeNeed(truncated)).hasMessageContaining("corrupt");
        assertThatThrownBy(() -> RecordCodec.decodeNeed(new byte[] {1, 2})).hasMessageContaining("corrupt");
    }
}
