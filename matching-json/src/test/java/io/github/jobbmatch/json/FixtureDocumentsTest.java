package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.RequirementKind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FixtureDocumentsTest {
    private final InterchangeCodec codec = new InterchangeCodec();

    static Stream<DocumentType<?>> types() {
        return DocumentType.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyFixtureLineIsAccepted(DocumentType<?> type) throws IOException {
        String file = Fixtures.fileOf(type);
        ReadResult<?> r = codec.readLines(type, new StringReader(Fixtures.resource(file)));
        assertThat(r.errors()).as(file).isEmpty();
        assertThat(r.accepted()).hasSize(Fixtures.lines(file).size());
    }

    @Test
    void fieldsAreMappedToTheModel() throws IOException {
        ReadResult<Candidate> r = codec.readCandidates(new StringReader(Fixtures.resource("candidates.jsonl")));
        Candidate c = r.documents().get(0);
        assertThat(c.id()).isEqualTo("c-001");
        assertThat(c.updated()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(c.followedBy().organisation()).isEqualTo("NAV Grünerløkka");
        assertThat(c.home().lat()).isEqualTo(59.9226);
        assertThat(c.mobility().maxTravelKm()).isEqualTo(25.0);
        assertThat(c.experience().get(1).years()).isEqualTo(1.5);
        assertThat(c.evidence().get(0).to()).isEqualTo(LocalDate.of(2026, 6, 30));
        // The blank line is skipped but counted: the fourth candidate is on line 5.
        assertThat(r.accepted().get(3).line()).isEqualTo(5);
        assertThat(r.accepted().get(2).document().readiness()).isNull();

        Need n = codec.readNeed(Fixtures.lines("needs.jsonl").get(0));
        assertThat(n.requirements()).extracting(x -> x.kind())
                .containsExactly(RequirementKind.TRAINABLE, RequirementKind.WANT, RequirementKind.MUST);
        assertThat(n.accommodations().notPossible()).hasSize(2);
        assertThat(n.welcomesTargetGroups()).isTrue();
    }

    @Test
    void sharedExamplesAreAccepted() throws IOException {
        var dir = Fixtures.sharedExamples();
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/format/examples not found next to the project root");
        }
        Assumptions.assumeTrue(dir.isPresent(), "../shared/format/examples not found next to the project root");
        for (DocumentType<?> type : DocumentType.all()) {
            Path file = dir.get().resolve(Fixtures.fileOf(type));
            Assumptions.assumeTrue(Files.exists(file), file + " not found");
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ReadResult<?> r = codec.readLines(type, in);
                assertThat(r.errors()).as(file.toString()).isEmpty();
                assertThat(r.accepted()).as(file.toString()).isNotEmpty();
            }
        }
    }
}
