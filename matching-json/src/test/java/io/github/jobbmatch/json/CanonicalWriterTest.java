package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedLocation;
import io.github.jobbmatch.model.PercentRange;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.model.Shift;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalWriterTest {
    private final InterchangeCodec codec = new InterchangeCodec();

    @Test
    void keysInFormatOrderNullsAndEmptyListsLeftOutWholeNumbersWithoutFraction() {
        Need n = new Need("n-1", "e-1", LocalDate.of(2026, 11, 22), null, "Kokk", null, null, null,
                new NeedLocation(null, 59.5, 10.0, 35.0), new PercentRange(40.0, 100.0), List.of(Shift.DAY, Shift.WEEKEND),
                List.of(), List.of(new Requirement("Matlaging", null, RequirementKind.WANT, 1, null)), null,
                new Accommodations(List.of(Accommodation.MENTOR), List.of()), List.of(), true);
        assertThat(codec.write(n)).isEqualTo("{\"id\":\"n-1\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\",\"title\":\"Kokk\","
                + "\"location\":{\"lat\":59.5,\"lon\":10,\"maxTravelKm\":35},\"percent\":{\"min\":40,\"max\":100},"
                + "\"shifts\":[\"day\",\"weekend\"],\"requirements\":[{\"label\":\"Matlaging\",\"kind\":\"want\",\"priority\":1}],"
                + "\"accommodations\":{\"offered\":[\"mentor\"]},\"welcomesTargetGroups\":true}");
    }

    @Test
    void textIsEscapedAndNonAsciiKept() {
        Employer e = new Employer("e-1", "Bakst \"og\" brød\n😀", null, Sector.NON_PROFIT, null, 0, null, null, null, null, null, null);
        String json = codec.write(e);
        assertThat(json).isEqualTo("{\"id\":\"e-1\",\"name\":\"Bakst \\\"og\\\" brød\\n😀\",\"sector\":\"non-profit\",\"size\":0}");
        assertThat(codec.readEmployer(json)).isEqualTo(e);
    }

    @Test
    void invalidDocumentIsNotWritten() throws IOException {
        Employer bad = new Employer("e 1", null, null, Sector.PUBLIC, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> codec.write(bad))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("$.id").hasMessageContaining("$.name");
        Employer good = new Employer("e-1", "A", null, Sector.PUBLIC, null, null, null, null, null, null, null, null);
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> codec.writeEmployers(out, List.of(good, bad)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("$[1].id");
        assertThat(out.toString()).as("nothing is written when one document is invalid").isEmpty();
    }
}
