package io.github.jobbmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.Viewer;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java sample, kept compiling and working. */
class ReadmeSampleTest {

    @TempDir
    Path tmp;

    @Test
    void theReadmeSampleRuns() throws Exception {
        InterchangeCodec codec = new InterchangeCodec();
        StringWriter candidates = new StringWriter();
        codec.writeCandidates(candidates, new SampleGenerator(7, io.github.jobbmatch.sample.Calibration.builtIn()).candidates(300).toList());
        Reader reader = new StringReader(candidates.toString());
        List<String> printed = new ArrayList<>();

        try (MatchingIndex index = MatchingIndex.open(tmp.resolve("index"), MatchingConfig.defaults())) {
            index.upsertAll(SampleGenerator.showcaseEmployers());
            index.upsertAll(SampleGenerator.showcaseNeeds());
            // --- as in README.md ---
            index.upsertAll(new InterchangeCodec().readCandidates(reader).documents());   // also employers, needs
            index.commit();
            SearchResult result = MatchingSearch.builder(index).build()
                    .search(SearchRequest.of("n-demo-kantine", new Viewer("NAV Kristiansand", "veileder")));
            result.shortlist().forEach(e -> printed.add(e.rank() + " " + e.candidateId() + " " + e.explanation()));
        }
        assertThat(printed).isNotEmpty().allSatisfy(line -> assertThat(line).matches("\\d+ k-\\d+ .+"));
    }
}
