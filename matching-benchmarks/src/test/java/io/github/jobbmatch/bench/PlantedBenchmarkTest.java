package io.github.jobbmatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlantedBenchmarkTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void plantedDocumentsAreValidAndJudgedByTheirRules(long seed) {
        List<PlantedBenchmark.Case> cases = PlantedBenchmark.cases(seed, List.of("e-1", "e-2"));
        assertThat(cases).hasSize(50);
        for (PlantedBenchmark.Case c : cases) {
            Need need = c.need();
            assertThat(Validator.validate(need)).isEmpty();
            Set<String> musts = need.requirements().stream().filter(r -> r.kind() == RequirementKind.MUST)
                    .map(r -> r.label()).collect(Collectors.toSet());
            double[] w = PerfReport.workplace(need, null);
            for (PlantedBenchmark.Judged j : c.judged()) {
                Candidate cand = j.candidate();
                assertThat(Validator.validate(cand)).as(cand.id()).isEmpty();
                Set<String> certs = cand.certificates().stream().map(Certificate::label).collect(Collectors.toSet());
                boolean hasMusts = certs.containsAll(musts);
                boolean conflict = cand.accommodationNeeds().stream().anyMatch(need.accommodations().notPossible()::contains);
                double km = LoopBaseline.km(w[0], w[1], cand.home().lat(), cand.home().lon());
                boolean within = km <= need.location().maxTravelKm();
                // A judged fit passes every hard rule; a decoy breaks exactly one.
                int broken = (hasMusts ? 0 : 1) + (conflict ? 1 : 0) + (within ? 0 : 1);
                assertThat(broken).as(j.rule()).isEqualTo(j.decoy() ? 1 : 0);
                assertThat(j.decoy() ? 0 : 1).isLessThanOrEqualTo(j.relevance());
            }
        }
    }

    @Test
    void everyTemplateLabelResolvesThroughTheDefaultConfiguration() {
        MatchingConfig config = MatchingConfig.defaults();
        assertThat(PlantedBenchmark.labels().filter(l -> config.conceptLookup().lookup(l).isEmpty()).toList()).isEmpty();
    }
}
