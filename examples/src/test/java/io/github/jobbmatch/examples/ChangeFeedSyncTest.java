package io.github.jobbmatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.search.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeFeedSyncTest {

    @TempDir
    Path dir;

    @Test
    void everyChangeIsSearchableAtOnceAndDurableAfterwards() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<ChangeFeedSync.Step> steps = ChangeFeedSync.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(steps).hasSize(3);

        String erased = steps.get(0).change().id();
        assertThat(steps.get(0).change().json()).isNull();
        assertThat(ids(steps.get(0).result())).isNotEmpty().doesNotContain(erased);

        assertThat(ids(steps.get(1).result())).first().isEqualTo("k-new-1");
        assertThat(ids(steps.get(1).result())).doesNotContain(erased);

        SearchResult filled = steps.get(2).result();
        assertThat(filled.shortlist()).isEmpty();
        assertThat(filled.diagnostics().reasons()).extracting(SearchResult.Reason::code).contains("need-not-open");

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("start", "delete candidate " + erased,
                "upsert candidate k-new-1", "[need-not-open]");

        // Reopened from disk: the committed state has every change.
        try (MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.defaults())) {
            assertThat(index.candidate(erased)).isEmpty();
            assertThat(index.candidate("k-new-1")).isPresent();
            assertThat(index.need("n-demo-kantine")).get().extracting(n -> n.status()).isEqualTo(NeedStatus.FILLED);
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(400);
        }
    }

    @Test
    void mainRuns() throws Exception {
        ChangeFeedSync.main(new String[] {dir.resolve("idx").toString()});
        assertThat(dir.resolve("idx")).isNotEmptyDirectory();
    }

    private static List<String> ids(SearchResult r) {
        return r.shortlist().stream().map(SearchResult.ShortlistEntry::candidateId).toList();
    }
}
