package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningsResultJsonTest {

    @Test
    void writesTheShapeOfTheBroadSearchKeyedByNeed() throws Exception {
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            index.upsertAll(List.of(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE),
                    new SearchFixtures.N("n-1").want("Matlaging", 1).build(),
                    new SearchFixtures.N("n-2").must("Politiattest").build(),
                    new SearchFixtures.C("k-1").competence("Matlaging").build()));
            index.refresh();
            var result = OpeningsSearch.builder(index).build().search(OpeningsRequest.of("k-1", new Viewer("NAV Kristiansand", "v")));
            JsonNode json = new ObjectMapper().readTree(OpeningsResultJson.toJson(result));
            assertThat(json.get("candidateId").asText()).isEqualTo("k-1");
            assertThat(json.get("pool").get("passedGates").asLong()).isEqualTo(1);
            JsonNode e = json.get("shortlist").get(0);
            assertThat(e.get("needId").asText()).isEqualTo("n-1");
            assertThat(e.get("employerId").asText()).isEqualTo("e-kantina");
            assertThat(e.get("rank").asInt()).isEqualTo(1);
            assertThat(e.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(e.get("requirements").get(0).get("status").asText()).isEqualTo("met");
            assertThat(e.get("accommodations").has("unknown")).isTrue();
            assertThat(e.get("explanation").asText()).contains("Kantinemedarbeider");
            assertThat(e.has("candidateId")).isFalse();
            JsonNode m = json.get("nearMisses").get(0);
            assertThat(m.get("needId").asText()).isEqualTo("n-2");
            assertThat(m.get("gap").get("label").asText()).isEqualTo("Politiattest");
            assertThat(m.get("route").asText()).isNotBlank();
        }
    }
}
