package io.github.jobbmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestBodiesTest {

    @Test
    void aFullRequestIsRead() {
        SearchRequest r = RestBodies.searchRequest(Map.of("needId", "n-1", "top", 7, "view", "employer",
                "viewer", Map.of("organisation", "NAV Agder", "role", "veileder"), "exclude", List.of("k-1")));
        assertThat(r).isEqualTo(new SearchRequest("n-1", 7, View.EMPLOYER,
                new io.github.jobbmatch.search.Viewer("NAV Agder", "veileder"), List.of("k-1")));
    }

    @Test
    void defaultsApply() {
        SearchRequest r = RestBodies.searchRequest(Map.of("needId", "n-1"));
        assertThat(r.top()).isEqualTo(SearchRequest.DEFAULT_TOP);
        assertThat(r.view()).isEqualTo(View.ADVISER);
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> RestBodies.searchRequest(Map.of())).hasMessageStartingWith("needId");
        assertThatThrownBy(() -> RestBodies.searchRequest(Map.of("needId", "n", "topp", 1))).hasMessageStartingWith("topp");
        assertThatThrownBy(() -> RestBodies.searchRequest(Map.of("needId", "n", "top", "5"))).hasMessageStartingWith("top");
        assertThatThrownBy(() -> RestBodies.searchRequest(Map.of("needId", "n", "top", 500))).hasMessageContaining("top");
        assertThatThrownBy(() -> RestBodies.searchRequest(Map.of("needId", "n", "view", "boss"))).hasMessageContaining("view");
        assertThatThrownBy(() -> RestBodies.searchRequest(Map.of("needId", "n", "viewer", Map.of("org", "x"))))
                .hasMessageStartingWith("viewer.org");
        assertThatThrownBy(() -> RestBodies.searchRequest(Map.of("needId", "n", "exclude", List.of(1))))
                .hasMessageStartingWith("exclude[0]");
    }
}
