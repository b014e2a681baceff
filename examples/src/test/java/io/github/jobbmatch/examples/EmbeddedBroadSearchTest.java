package io.github.jobbmatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.search.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBroadSearchTest {

    @TempDir
    Path dir;

    @Test
    void runsAndPrintsTheExplainedShortList() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SearchResult r = EmbeddedBroadSearch.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        // The cook and the shop worker who cooks at home both pass; the candidate who needs remote days is
        // ruled out by the form and shows up as a near miss to ask the employer about.
        assertThat(r.shortlist()).extracting(SearchResult.ShortlistEntry::candidateId)
                .containsExactlyInAnyOrder("k-101", "k-102");
        assertThat(r.nearMisses()).extracting(SearchResult.NearMiss::candidateId).contains("k-103");
        assertThat(out).contains("Kafémedarbeider: 3 candidates visible", "1. k-10", "near miss k-103");
        assertThat(r.shortlist().get(0).explanation()).isNotBlank();
    }

    @Test
    void mainRunsWithAnIndexDirectory() throws Exception {
        EmbeddedBroadSearch.main(new String[] {dir.resolve("idx").toString()});
        assertThat(dir.resolve("idx")).isNotEmptyDirectory();
    }
}
