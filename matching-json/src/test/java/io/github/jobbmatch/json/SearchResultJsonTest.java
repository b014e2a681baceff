package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.TargetGroup;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchResultJsonTest {

    MatchingIndex index;
    MatchingSearch search;

    @BeforeEach
    void setUp() {
        index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build());
        search = MatchingSearch.builder(index).build();
        var c = new SearchFixtures.C("k-secret-1").competence("Matlaging").certificate("Politiattest")
                .experience("Kjøkkenassistent", "9412", 2, ExperienceKind.TRIAL).stableTrial()
                .needs(Accommodation.MENTOR, Accommodation.QUIET_ENVIRONMENT);
        c.targetGroups.add(TargetGroup.IMMIGRANT);
        c.interests.add("matlaging");
        var miss = new SearchFixtures.C("k-secret-2").competence("Matlaging").certificate("Politiattest").needs(Accommodation.REMOTE_DAYS);
        index.upsertAll(List.of(c.build(), miss.build(), SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE),
                new SearchFixtures.N("n-1").want("Matlaging", 1).trainable("Hygienekurs").must("Politiattest").build()));
        index.refresh();
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    JsonNode json(View view) throws IOException {
        SearchResult r = search.search(new SearchRequest("n-1", 5, view, new Viewer("NAV Kristiansand", "veileder"), List.of()));
        return new ObjectMapper().readTree(SearchResultJson.toJson(r));
    }

    @Test
    void adviserViewHasFormatFieldNames() throws IOException {
        JsonNode j = json(View.ADVISER);
        assertThat(fields(j)).containsExactly("needId", "view", "pool", "shortlist", "nearMisses", "diagnostics");
        assertThat(fields(j.get("pool"))).containsExactly("visible", "passedGates");
        JsonNode e = j.get("shortlist").get(0);
        assertThat(fields(e)).containsExactly("candidateId", "rank", "score", "requirements", "accommodations", "travelKm",
                "availableFrom", "followedBy", "explanation", "scoreParts");
        assertThat(e.get("candidateId").asText()).isEqualTo("k-secret-1");
        assertThat(e.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(fields(e.get("requirements").get(0))).containsExactly("label", "kind", "status", "evidence");
        assertThat(e.get("requirements").get(0).get("status").asText()).isEqualTo("met");
        assertThat(fields(e.get("accommodations"))).containsExactly("needed", "offered", "unknown", "conflicts");
        assertThat(e.get("accommodations").get("unknown").get(0).asText()).isEqualTo("quiet-environment");
        assertThat(e.get("followedBy").get("kind").asText()).isEqualTo("nav");
        JsonNode m = j.get("nearMisses").get(0);
        assertThat(fields(m)).containsExactly("candidateId", "score", "gap", "route", "explanation");
        assertThat(m.get("route").asText()).isEqualTo("ask-employer");
        assertThat(m.get("gap").get("kind").asText()).isEqualTo("accommodation");
        assertThat(fields(j.get("diagnostics"))).containsExactly("funnel", "reasons");
        assertThat(fields(j.get("diagnostics").get("funnel").get(0))).containsExactly("gate", "label", "remaining");
    }

    @Test
    void employerViewLeaksNothingInternal() throws IOException {
        JsonNode j = json(View.EMPLOYER);
        String text = j.toString();
        assertThat(text).doesNotContain("k-secret", "NAV Kristiansand", "veileder-1", "immigrant", "targetGroups",
                "followedBy", "readiness", "evidence", "scoreParts", "candidateId", "stabilt oppmøte");
        JsonNode e = j.get("shortlist").get(0);
        assertThat(fields(e)).containsExactly("alias", "rank", "score", "requirements", "accommodations", "travelKm",
                "availableFrom", "explanation");
        assertThat(e.get("alias").asText()).startsWith("kandidat-");
        for (JsonNode v : e.get("requirements")) {
            assertThat(fields(v)).containsExactly("label", "kind", "status");
        }
        for (JsonNode m : j.get("nearMisses")) {
            assertThat(fields(m)).containsExactly("alias", "score", "gap", "route", "explanation");
        }
        Set<String> allKeys = new java.util.HashSet<>();
        collectKeys(j, allKeys);
        assertThat(allKeys).doesNotContain("candidateId", "followedBy", "targetGroups", "evidence", "readiness",
                "scoreParts", "adviser", "organisation");
    }

    static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static void collectKeys(JsonNode n, Set<String> keys) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                String k = it.next();
                keys.add(k);
                collectKeys(n.get(k), keys);
            }
        } else if (n.isArray()) {
            n.forEach(x -> collectKeys(x, keys));
        }
    }
}
