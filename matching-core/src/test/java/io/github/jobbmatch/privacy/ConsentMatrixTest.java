package io.github.jobbmatch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchAuditor;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code searchable} value × {@code shareWithEmployer} value × viewer organisation (same, other,
 * none) × view (adviser, employer) of the broad search: a candidate is returned exactly when consent
 * allows it, in the short list or among the near misses, and the audit hook sees each search with
 * exactly the candidates returned.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentMatrixTest {

    private static final String ORG = "NAV Kristiansand";
    private MatchingIndex index;
    private MatchingSearch search;
    private final List<SearchAuditor.Event> audit = new CopyOnWriteArrayList<>();

    @BeforeAll
    void setUp() {
        index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build());
        index.upsert(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE));
        SearchFixtures.N need = new SearchFixtures.N("n-1");
        need.location = null; // no travel gate: consent is the only thing that can hide a candidate
        need.percent = null;
        need.shifts = new ArrayList<>();
        index.upsert(need.build());
        for (Searchable s : Searchable.values()) {
            for (ShareWithEmployer share : ShareWithEmployer.values()) {
                SearchFixtures.C c = new SearchFixtures.C(id(s, share)).competence("Matlaging");
                c.followedBy = new FollowedBy(ORG, OrganisationKind.NAV, "veileder-1");
                c.consent = new Consent(s, share);
                index.upsert(c.build());
            }
        }
        index.refresh();
        search = MatchingSearch.builder(index).auditor(audit::add).build();
    }

    @AfterAll
    void tearDown() throws Exception {
        index.close();
    }

    static String id(Searchable s, ShareWithEmployer share) {
        return "k-" + s.wire() + "-" + share.wire();
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String viewerOrg : new String[] {ORG, "NAV Fredrikstad", null}) {
            for (View view : View.values()) {
                out.add(Arguments.of(viewerOrg, view));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "viewer {0}, {1} view")
    @MethodSource("cases")
    void exactlyTheConsentedCandidatesAreReturned(String viewerOrg, View view) {
        Set<String> expected = new HashSet<>();
        for (Searchable s : Searchable.values()) {
            for (ShareWithEmployer share : ShareWithEmployer.values()) {
                boolean searchable = s == Searchable.ALL_ORGANISATIONS || s == Searchable.OWN_ORGANISATION && ORG.equals(viewerOrg);
                boolean shown = view == View.ADVISER || share == ShareWithEmployer.ON_PRESENTATION;
                if (searchable && shown) {
                    expected.add(id(s, share));
                }
            }
        }
        int auditBefore = audit.size();
        SearchResult r = search.search(new SearchRequest("n-1", SearchRequest.MAX_TOP, view, new Viewer(viewerOrg, "veileder"), List.of()));

        // Map what came back to real ids: adviser view gives ids, employer view only aliases.
        Map<String, String> byAlias = new HashMap<>();
        for (Searchable s : Searchable.values()) {
            for (ShareWithEmployer share : ShareWithEmployer.values()) {
                byAlias.put(search.alias("n-1", id(s, share)), id(s, share));
            }
        }
        Set<String> returned = new HashSet<>();
        r.shortlist().forEach(e -> returned.add(view == View.ADVISER ? e.candidateId() : byAlias.get(e.alias())));
        r.nearMisses().forEach(m -> returned.add(view == View.ADVISER ? m.candidateId() : byAlias.get(m.alias())));
        if (view == View.EMPLOYER) {
            assertThat(r.shortlist()).allSatisfy(e -> assertThat(e.candidateId()).isNull());
            assertThat(r.nearMisses()).allSatisfy(m -> assertThat(m.candidateId()).isNull());
        }
        assertThat(returned).isEqualTo(expected);
        assertThat(r.pool().visible()).isEqualTo(expected.size());

        assertThat(audit).hasSize(auditBefore + 1);
        SearchAuditor.Event e = audit.get(audit.size() - 1);
        assertThat(e.needId()).isEqualTo("n-1");
        assertThat(e.view()).isEqualTo(view);
        assertThat(e.viewer()).isEqualTo(new Viewer(viewerOrg, "veileder"));
        assertThat(new HashSet<>(e.candidateIds())).isEqualTo(expected);
    }
}
