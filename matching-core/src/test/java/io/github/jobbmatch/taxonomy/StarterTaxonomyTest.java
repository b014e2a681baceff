package io.github.jobbmatch.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.model.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StarterTaxonomyTest {

    private final Taxonomy t = StarterTaxonomy.load();

    @Test
    void isLargeAndCoversEveryKind() {
        assertThat(t.size()).isGreaterThanOrEqualTo(250);
        Set<ConceptKind> kinds = t.concepts().stream().map(Concept::kind).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(ConceptKind.class));
    }

    @Test
    void isLoadedOnceAndShared() {
        assertThat(StarterTaxonomy.load()).isSameAs(t);
    }

    @Test
    void everyLinkResolvesAndNoConceptIsItsOwnAncestor() {
        for (Concept c : t.concepts()) {
            assertThat(c.broader()).as(c.id()).allSatisfy(b -> assertThat(t.concept(b)).as(c.id() + " -> " + b).isPresent());
            assertThat(c.related()).as(c.id()).allSatisfy(r -> assertThat(t.concept(r)).as(c.id() + " ~ " + r).isPresent());
            assertThat(t.broaderClosure(c.id())).as(c.id()).doesNotContain(c.id());
        }
    }

    @Test
    void idsCarryTheirKindPrefix() {
        Map<ConceptKind, String> prefix = Map.of(ConceptKind.OCCUPATION, "occ:", ConceptKind.SKILL, "skill:",
                ConceptKind.CERTIFICATE, "cert:", ConceptKind.LICENCE, "lic:", ConceptKind.LANGUAGE, "lang:",
                ConceptKind.EDUCATION, "edu:");
        assertThat(t.concepts()).allSatisfy(c -> assertThat(c.id()).startsWith(prefix.get(c.kind())));
    }

    @Test
    void everyLabelNamesExactlyOneConcept() {
        Map<String, String> owner = new HashMap<>();
        for (Concept c : t.concepts()) {
            for (String label : labels(c)) {
                String prev = owner.putIfAbsent(Taxonomy.normalizeLabel(label), c.id());
                assertThat(prev == null || prev.equals(c.id()))
                        .as("label '%s' of %s is also a label of %s", label, c.id(), prev).isTrue();
            }
        }
    }

    @Test
    void occupationsCarryStyrkCodes() {
        assertThat(t.concepts().stream().filter(c -> c.kind() == ConceptKind.OCCUPATION))
                .allSatisfy(c -> {
                    if (!c.id().equals("occ:eiendom-gront-yrker")) {
                        assertThat(c.styrk08()).as(c.id()).isNotEmpty();
                    }
                });
        assertThat(t.byStyrk08("5321")).extracting(Concept::id).containsExactly("occ:helsefagarbeider");
        assertThat(t.byStyrk08("9412")).extracting(Concept::id)
                .contains("occ:kantinemedarbeider", "occ:kjokkenassistent", "occ:oppvasker");
        assertThat(t.byStyrk08("7119")).extracting(Concept::id).containsExactly("occ:stillasbygger");
        assertThat(t.byStyrk08("0000")).isEmpty();
        assertThat(t.byStyrk08(null)).isEmpty();
    }

    @Test
    void keyGatesArePresent() {
        for (String id : List.of("lic:b", "lic:be", "lic:c", "cert:truck-t1-t4", "cert:truckforerbevis",
                "cert:hygienekurs", "cert:politiattest", "cert:fagbrev-helsefagarbeider", "cert:forstehjelp",
                "cert:hms-kurs", "cert:arbeid-i-hoyden-kurs", "cert:stillaskurs", "cert:maskinforerbevis",
                "cert:adk1", "cert:fagbrev-barne-ungdomsarbeider", "cert:fagbrev-renholdsoperator",
                "cert:fagbrev-kokk", "cert:fagbrev-logistikk", "cert:fagbrev-salg", "cert:fagbrev-byggfag")) {
            assertThat(t.concept(id)).as(id).isPresent();
        }
        assertThat(t.concept("cert:hygienekurs").orElseThrow().altLabels()).contains("Mattrygghetskurs", "Hygienekurs");
        assertThat(t.concept("occ:helsefagarbeider").orElseThrow().altLabels()).contains("Hjelpepleier", "Hjelpepleiar");
        assertThat(t.concept("cert:truckforerbevis").orElseThrow().altLabels()).contains("Truck");
    }

    @Test
    void everyLicenceClassOfTheFormatHasAConcept() {
        for (String code : Validator.LICENCE_CLASSES) {
            String id = Licences.conceptId(code).orElseThrow();
            assertThat(t.concept(id)).as(code).isPresent();
            assertThat(t.concept(id).orElseThrow().kind()).isEqualTo(ConceptKind.LICENCE);
            assertThat(Licences.classCode(id)).contains(code);
            assertThat(t.broaderClosure(id)).as(code).contains(Licences.DRIVING_LICENCE);
        }
        assertThat(Licences.conceptId(" c1e ")).contains("lic:c1e");
        assertThat(Licences.conceptId("X")).isEmpty();
        assertThat(Licences.conceptId(null)).isEmpty();
        assertThat(Licences.classCode("lic:forerkort")).isEmpty();
        assertThat(Licences.classCode("cert:truck")).isEmpty();
    }

    @Test
    void higherLicenceClassesMeetLowerOnes() {
        // Asked for B, holds C: the narrower class satisfies a must.
        assertThat(t.matchLevel("lic:b", "lic:c")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("lic:b", "lic:c").orElseThrow().satisfiesMust()).isTrue();
        assertThat(t.matchLevel("lic:b", "lic:ce")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("lic:be", "lic:ce")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("lic:b", "lic:d")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("lic:c1", "lic:c")).contains(MatchLevel.NARROWER);
        // Asked for C, holds B: only a partial fit, never a must.
        assertThat(t.matchLevel("lic:c", "lic:b")).contains(MatchLevel.BROADER);
        assertThat(t.matchLevel("lic:c", "lic:b").orElseThrow().satisfiesMust()).isFalse();
        assertThat(t.matchLevel("lic:c", "lic:d")).isEmpty();
        assertThat(t.matchLevel("lic:b", "lic:am")).isEmpty();
    }

    @Test
    void truckClassesMeetTheGeneralCertificate() {
        assertThat(t.matchLevel("cert:truckforerbevis", "cert:truck-t1-t4")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("cert:truck-t2", "cert:truck-t1-t4")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("cert:truck-t1-t4", "cert:truck-t2")).contains(MatchLevel.BROADER);
        assertThat(t.matchLevel("cert:truck-t5", "cert:truck-t1-t4")).isEmpty();
        assertThat(t.matchLevel("cert:fagbrev", "cert:fagbrev-helsefagarbeider")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("cert:fagbrev-byggfag", "cert:fagbrev-tomrer")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("cert:stillaskurs", "cert:stillas-over-9")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("cert:politiattest", "cert:politiattest-barn")).contains(MatchLevel.NARROWER);
    }

    @Test
    void kitchenSkillsAreRelatedToKitchenJobs() {
        assertThat(t.matchLevel("occ:kantinemedarbeider", "skill:matlaging")).contains(MatchLevel.RELATED);
        assertThat(t.matchLevel("skill:matlaging", "occ:kokk")).contains(MatchLevel.RELATED);
        assertThat(t.matchLevel("skill:matlaging", "occ:kjokkenassistent")).contains(MatchLevel.RELATED);
        assertThat(t.matchLevel("skill:matlaging", "skill:baking")).contains(MatchLevel.RELATED);
        assertThat(t.matchLevel("skill:matlaging", "skill:storkjokken")).contains(MatchLevel.NARROWER);
        assertThat(t.matchLevel("occ:kokk", "occ:institusjonskokk")).contains(MatchLevel.NARROWER);
    }

    @Test
    void survivesAWriteReadRoundTrip() throws IOException {
        String text = TaxonomyFiles.toString(t);
        Taxonomy copy = TaxonomyFiles.read(new StringReader(text), "copy");
        assertThat(List.copyOf(copy.concepts())).isEqualTo(List.copyOf(t.concepts()));
    }

    static List<String> labels(Concept c) {
        List<String> l = new java.util.ArrayList<>();
        l.add(c.prefLabel());
        l.addAll(c.altLabels());
        return l;
    }
}
