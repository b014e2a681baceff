package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Mobility;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.model.ShareWithEmployer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole chain on the built-in Norwegian set-up ({@link MatchingConfig#defaults()}): labels as
 * case systems write them, resolved through the starter taxonomy and the Norwegian analyzer, gate
 * and score as an adviser would expect.
 */
class NorwegianMatchingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final Location OSLO = new Location("0301", 59.91, 10.75);

    private MatchingIndex index;
    private MatchingSearch search;

    @BeforeEach
    void open() {
        index = MatchingIndex.inMemory(MatchingConfig.defaults());
        search = MatchingSearch.builder(index).build();
        index.upsert(new Employer("e-1", "Testbedrift AS", null, Sector.PRIVATE, null, null, OSLO, null, null,
                EmployerStatus.ACTIVE, null, null));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static Candidate candidate(String id, List<Experience> experience, List<Competence> competences,
            List<Certificate> certificates, List<String> licences) {
        return new Candidate(id, DAY, new FollowedBy("NAV Oslo", OrganisationKind.NAV, null),
                new Consent(Searchable.ALL_ORGANISATIONS, ShareWithEmployer.ON_PRESENTATION), null,
                new Location("0301", 59.92, 10.76), new Mobility(null, licences, null, null), null,
                experience, List.of(), competences, certificates, List.of(), List.of(), List.of(), null,
                List.of(), List.of(), List.of());
    }

    private static Need need(String id, String title, String styrk, List<Requirement> requirements) {
        return new Need(id, "e-1", DAY, null, title, styrk, null, null, null, null, List.of(), List.of(),
                requirements, List.of(), null, List.of(), null);
    }

    private List<String> shortlist(String needId) {
        return search.search(new SearchRequest(needId, 10, View.ADVISER, new Viewer("NAV Oslo", "veileder"), List.of()))
                .shortlist().stream().map(SearchResult.ShortlistEntry::candidateId).toList();
    }

    private void refresh() {
        index.refresh();
    }

    @Test
    void truckCertificateWithClassesMeetsAMustForTruck() {
        index.upsert(candidate("k-truck", List.of(), List.of(), List.of(new Certificate("Truckførerbevis T1-T4", null)), List.of()));
        index.upsert(candidate("k-none", List.of(), List.of(new Competence("Kundebehandling", null, 3, null)), List.of(), List.of()));
        index.upsert(need("n-lager", "Lagermedarbeider", "4321",
                List.of(new Requirement("Truckførerbevis", null, RequirementKind.MUST, null, null))));
        refresh();
        assertThat(shortlist("n-lager")).containsExactly("k-truck");
    }

    @Test
    void drivingLicenceClassCMeetsAMustForClassB() {
        index.upsert(candidate("k-c", List.of(), List.of(), List.of(), List.of("C")));
        index.upsert(candidate("k-none", List.of(), List.of(), List.of(), List.of()));
        index.upsert(need("n-bil", "Assistent i hjemmetjenesten", "5322",
                List.of(new Requirement("Førerkort klasse B", null, RequirementKind.MUST, null, null))));
        refresh();
        assertThat(shortlist("n-bil")).containsExactly("k-c");
    }

    @Test
    void policeCertificateWrittenAsASentenceMeetsTheMust() {
        index.upsert(candidate("k-attest", List.of(), List.of(), List.of(new Certificate("Politiattest kan fremvises", null)), List.of()));
        index.upsert(candidate("k-none", List.of(), List.of(), List.of(), List.of()));
        index.upsert(need("n-attest", "Barnehageassistent", "5312",
                List.of(new Requirement("Politiattest", null, RequirementKind.MUST, null, null))));
        refresh();
        assertThat(shortlist("n-attest")).containsExactly("k-attest");
    }

    @Test
    void hjelpepleierExperienceRanksFirstForAHelsefagarbeiderNeed() {
        index.upsert(candidate("k-hjelpepleier", List.of(new Experience("Hjelpepleier", null, 6.0, ExperienceKind.WORK)),
                List.of(), List.of(), List.of()));
        index.upsert(candidate("k-butikk", List.of(new Experience("Butikkmedarbeider", null, 6.0, ExperienceKind.WORK)),
                List.of(), List.of(), List.of()));
        index.upsert(need("n-helse", "Helsefagarbeider", null, List.of()));
        refresh();
        assertThat(shortlist("n-helse")).first().isEqualTo("k-hjelpepleier");
    }

    @Test
    void nynorskTitleMeetsABokmaalNeed() {
        index.upsert(candidate("k-reinhald", List.of(new Experience("Reinhaldar", null, 3.0, ExperienceKind.WORK)),
                List.of(), List.of(), List.of()));
        index.upsert(candidate("k-lager", List.of(new Experience("Lagermedarbeider", null, 3.0, ExperienceKind.WORK)),
                List.of(), List.of(), List.of()));
        index.upsert(need("n-renhold", "Renholder", null,
                List.of(new Requirement("Renhold", null, RequirementKind.WANT, 1, null))));
        refresh();
        assertThat(shortlist("n-renhold")).first().isEqualTo("k-reinhald");
    }

    @Test
    void homeCookingCountsForACanteen() {
        index.upsert(candidate("k-hjemme", List.of(new Experience("Matlaging for storfamilie", null, 20.0, ExperienceKind.HOME)),
                List.of(), List.of(), List.of()));
        index.upsert(candidate("k-lager", List.of(new Experience("Lagermedarbeider", null, 3.0, ExperienceKind.WORK)),
                List.of(), List.of(), List.of()));
        index.upsert(need("n-kantine", "Kantinemedarbeider", "9412",
                List.of(new Requirement("Matlaging", null, RequirementKind.WANT, 1, null))));
        refresh();
        assertThat(shortlist("n-kantine")).first().isEqualTo("k-hjemme");
    }

    @Test
    void missingWantsWithTheSameRouteAreNamedInOneSentence() {
        index.upsert(candidate("k-kokk", List.of(), List.of(new Competence("Matlaging", null, 4, null)), List.of(), List.of()));
        index.upsert(need("n-butikk", "Butikkmedarbeider", "5223", List.of(
                new Requirement("Kundebehandling", null, RequirementKind.WANT, 1, null),
                new Requirement("Kassearbeid", null, RequirementKind.WANT, 2, null))));
        refresh();
        String explanation = search.search(new SearchRequest("n-butikk", 5, View.ADVISER, new Viewer("NAV Oslo", "veileder"),
                List.of())).shortlist().get(0).explanation();
        assertThat(explanation).contains("Ikke vist ennå: Kundebehandling og Kassearbeid, som kan utvikles gjennom ");
        assertThat(explanation.split("Ikke vist ennå", -1)).as(explanation).hasSize(2);
    }
}
