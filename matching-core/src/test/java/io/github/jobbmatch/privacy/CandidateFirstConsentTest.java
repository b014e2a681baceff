package io.github.jobbmatch.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.SearchAuditor;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The consent matrix of the candidate-first search (docs/matching.md): an indexed candidate's openings
 * are shown to the candidate's own following organisation, and to any other viewer only with
 * {@code all-organisations}; otherwise the candidate is reported as not found, so a search does not
 * reveal who exists. {@code shareWithEmployer} does not matter (always the adviser view). Every
 * search that returns is audited with the candidate and the needs shown.
 */
class CandidateFirstConsentTest {

    private static final String ORG = "NAV Kristiansand";

    @ParameterizedTest(name = "{0} / {1}, viewer {2}: visible {3}")
    @CsvSource(nullValues = "-", value = {
        "none, never, NAV Kristiansand, true",
        "none, on-presentation, NAV Fredrikstad, false",
        "none, never, -, false",
        "own-organisation, on-presentation, NAV Kristiansand, true",
        "own-organisation, never, NAV Fredrikstad, false",
        "own-organisation, on-presentation, -, false",
        "all-organisations, never, NAV Kristiansand, true",
        "all-organisations, on-presentation, NAV Fredrikstad, true",
        "all-organisations, never, -, true"})
    void openingsFollowConsent(String searchable, String share, String viewerOrg, boolean visible) throws Exception {
        List<SearchAuditor.OpeningsEvent> audit = new CopyOnWriteArrayList<>();
        SearchAuditor auditor = new SearchAuditor() {
            @Override
            public void searched(Event event) {}

            @Override
            public void searchedOpenings(OpeningsEvent event) {
                audit.add(event);
            }
        };
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            index.upsert(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE));
            SearchFixtures.N need = new SearchFixtures.N("n-1");
            need.location = null;
            need.percent = null;
            need.shifts = new ArrayList<>();
            index.upsert(need.build());
            SearchFixtures.C c = new SearchFixtures.C("k-1").competence("Matlaging");
            c.followedBy = new FollowedBy(ORG, OrganisationKind.NAV, "veileder-1");
            c.consent = new Consent(io.github.jobbmatch.model.WireEnum.parse(Searchable.class, searchable).orElseThrow(),
                    io.github.jobbmatch.model.WireEnum.parse(ShareWithEmployer.class, share).orElseThrow());
            index.upsert(c.build());
            index.commit();
            OpeningsSearch search = OpeningsSearch.builder(index).auditor(auditor).build();
            OpeningsRequest request = OpeningsRequest.of("k-1", new Viewer(viewerOrg, "veileder"));
            if (visible) {
                OpeningsResult r = search.search(request);
                assertThat(r.candidateId()).isEqualTo("k-1");
                assertThat(r.shortlist()).extracting(OpeningsResult.Opening::needId).containsExactly("n-1");
                assertThat(audit).singleElement().satisfies(e -> {
                    assertThat(e.candidateId()).isEqualTo("k-1");
                    assertThat(e.needIds()).containsExactly("n-1");
                    assertThat(e.viewer()).isEqualTo(new Viewer(viewerOrg, "veileder"));
                });
            } else {
                assertThatThrownBy(() -> search.search(request)).isInstanceOf(NoSuchElementException.class)
                        .hasMessage("no candidate with id 'k-1' is indexed");
            }
        }
    }
}
