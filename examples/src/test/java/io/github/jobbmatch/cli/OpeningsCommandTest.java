package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Capacity;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpeningsCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    @BeforeEach
    void index() throws Exception {
        Employer e = SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE);
        e = new Employer(e.id(), e.name(), e.orgNumber(), e.sector(), e.industry(), e.size(), e.location(), e.contact(),
                new Capacity(1), e.status(), e.needsConfirmed(), e.history());
        try (MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.defaults())) {
            index.upsertAll(List.of(e, new SearchFixtures.N("n-1").want("Matlaging", 1).build(),
                    new SearchFixtures.C("k-1").competence("Matlaging").build()));
            index.commit();
        }
    }

    @Test
    void printsTheOpeningsAsJson() throws Exception {
        assertThat(run("openings", "--index", dir.toString(), "--candidate", "k-1", "--top", "3")).isZero();
        JsonNode json = new ObjectMapper().readTree(outBytes.toString(StandardCharsets.UTF_8));
        assertThat(json.get("shortlist").get(0).get("needId").asText()).isEqualTo("n-1");
        assertThat(json.get("shortlist").get(0).get("employerId").asText()).isEqualTo("e-kantina");
    }

    @Test
    void inProcessReachingCapacityLeavesTheEmployerOut() throws Exception {
        assertThat(run("openings", "--index", dir.toString(), "--candidate", "k-1", "--in-process", "n-1:1")).isZero();
        JsonNode json = new ObjectMapper().readTree(outBytes.toString(StandardCharsets.UTF_8));
        assertThat(json.get("shortlist")).isEmpty();
    }

    @Test
    void unknownCandidateIsNotFound() {
        assertThat(run("openings", "--index", dir.toString(), "--candidate", "k-nobody")).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("k-nobody");
    }

    @Test
    void malformedInProcessIsAUsageError() {
        assertThat(run("openings", "--index", dir.toString(), "--candidate", "k-1", "--in-process", "n-1=2"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("openings", "--index", dir.toString(), "--candidate", "k-1", "--in-process", "n-1:x"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--in-process");
    }
}
