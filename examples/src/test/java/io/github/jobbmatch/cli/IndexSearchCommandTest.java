package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSearchCommandTest {

    private static final String EMPLOYERS = """
            {"id":"e-1","name":"Havnekantina AS","sector":"private","location":{"municipality":"0301","lat":59.91,"lon":10.75},"contact":{"owner":"markedskontakt-1","organisation":"NAV Marked Oslo"},"status":"active"}
            """;
    private static final String NEEDS = """
            {"id":"n-1","employerId":"e-1","created":"2026-11-01","status":"open","title":"Kjøkkenassistent","styrk08":"9412","requirements":[{"label":"Matlaging","kind":"want","priority":1},{"label":"Politiattest","kind":"must"}],"accommodations":{"offered":["mentor"],"notPossible":["remote-days"]}}
            """;
    private static final String CANDIDATES = """
            {"id":"k-1","updated":"2026-11-01","followedBy":{"organisation":"NAV Grünerløkka","kind":"nav","adviser":"veileder-9"},"consent":{"searchable":"all-organisations","shareWithEmployer":"on-presentation"},"readiness":"clarified","home":{"municipality":"0301","lat":59.92,"lon":10.76},"competences":[{"label":"Matlaging","evidence":"trial"}],"certificates":[{"label":"Politiattest kan fremvises"}],"accommodationNeeds":["mentor"],"targetGroups":["youth"]}
            {"id":"k-2","updated":"2026-11-01","followedBy":{"organisation":"NAV Grünerløkka","kind":"nav"},"consent":{"searchable":"all-organisations","shareWithEmployer":"on-presentation"},"competences":[{"label":"Matlaging"}]}
            {"id":"k-3","updated":"2026-11-01","followedBy":{"organisation":"NAV Grünerløkka","kind":"nav"},"consent":{"searchable":"none","shareWithEmployer":"never"},"certificates":[{"label":"Politiattest"}],"competences":[{"label":"Matlaging"}]}
            {"id":"k-4","updated":"2026-11-01","followedBy":{"kind":"nav"},"consent":{"searchable":"all-organisations","shareWithEmployer":"never"},"extra":1}
            """;

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws Exception {
        Files.writeString(tmp.resolve("employers.jsonl"), EMPLOYERS);
        Files.writeString(tmp.resolve("needs.jsonl"), NEEDS);
        Files.writeString(tmp.resolve("candidates.jsonl"), CANDIDATES);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int index() {
        return run("index", "--index", tmp.resolve("ix").toString(),
                "--employers", tmp.resolve("employers.jsonl").toString(),
                "--needs", tmp.resolve("needs.jsonl").toString(),
                "--candidates", tmp.resolve("candidates.jsonl").toString());
    }

    @Test
    void indexReportsTheBadLineAndWritesTheGoodOnes() {
        assertThat(index()).isEqualTo(ExitCodes.INVALID_INPUT);
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(stdout).contains("1 employer indexed, 0 rejected", "1 need indexed, 0 rejected",
                "3 candidates indexed, 1 rejected");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).contains("candidates.jsonl:4: $.extra").contains("candidates.jsonl:4: $.followedBy.organisation");
    }

    @Test
    void searchPrintsTheExplainedShortList() throws Exception {
        index();
        assertThat(run("search", "--index", tmp.resolve("ix").toString(), "--need", "n-1")).isEqualTo(ExitCodes.OK);
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(r.path("shortlist")).hasSize(1);
        JsonNode first = r.path("shortlist").get(0);
        assertThat(first.path("candidateId").asText()).isEqualTo("k-1");
        assertThat(first.path("explanation").asText()).contains("Matlaging");
        assertThat(first.path("followedBy").path("organisation").asText()).isEqualTo("NAV Grünerløkka");
        // k-2 lacks the police certificate: the must gates it out, so it can only be a near miss.
        assertThat(r.path("nearMisses").toString()).contains("k-2").doesNotContain("k-3");
        assertThat(r.path("diagnostics").path("funnel").toString()).contains("Politiattest");
    }

    @Test
    void employerViewUsesAliasesThatStayTheSameAcrossRuns() throws Exception {
        index();
        String ix = tmp.resolve("ix").toString();
        run("search", "--index", ix, "--need", "n-1", "--view", "employer");
        String first = out.toString(StandardCharsets.UTF_8);
        run("search", "--index", ix, "--need", "n-1", "--view", "employer");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(first).doesNotContain("k-1", "candidateId", "followedBy", "targetGroups", "readiness", "NAV Grünerløkka")
                .contains("\"alias\"");
    }

    @Test
    void unknownNeedMissingIndexAndBadFlagsHaveTheirExitCodes() {
        index();
        String ix = tmp.resolve("ix").toString();
        assertThat(run("search", "--index", ix, "--need", "n-404")).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("n-404");
        assertThat(run("search", "--index", tmp.resolve("none").toString(), "--need", "n-1")).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run("search", "--index", ix, "--need", "n-1", "--view", "boss")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("search", "--index", ix, "--need", "n-1", "--top", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("index", "--index", ix)).isEqualTo(ExitCodes.USAGE);
        assertThat(run("index", "--index", ix, "--needs", tmp.resolve("missing.jsonl").toString())).isEqualTo(ExitCodes.IO_ERROR);
    }
}
