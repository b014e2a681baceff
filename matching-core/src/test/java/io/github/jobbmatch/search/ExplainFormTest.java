package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.jobbmatch.explain.ExplanationText;
import io.github.jobbmatch.explain.HitExplainer;
import io.github.jobbmatch.index.Documents;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ExplainForm} against the compiler: for seeded needs (the fixtures', every requirement kind, some repeated,
 * employers with and without a location; and the sample generator's), the clauses the kept form gives are equal to the
 * compiled need's, in order, with the same achievable points and workplace, and explaining a candidate with either
 * gives the same clause matches, verdicts, accommodations, distance and text. Needs share one interner, as the kept
 * slim forms do.
 */
class ExplainFormTest {

    static LongStream seeds() {
        return LongStream.range(1, 7);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fixtureNeeds(long seed) throws Exception {
        System.out.println("ExplainFormTest fixtures seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        NeedScorerTest.Fixture f = NeedScorerTest.Fixture.of(r, 12);
        check(seed, config, f.needs(), f.employers(), f.candidates());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedNeeds(long seed) throws Exception {
        System.out.println("ExplainFormTest generated seed " + seed);
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = g.employers(20);
        check(seed, MatchingConfig.defaults(), g.needs(100, employers).toList(), employers, g.candidates(12).toList());
    }

    private static void check(long seed, MatchingConfig config, List<Need> needs, List<Employer> employers,
            List<Candidate> candidates) throws Exception {
        NeedQueryCompiler compiler = new NeedQueryCompiler(config, MatchWeights.defaults());
        ExplanationText text = new ExplanationText(config, compiler);
        Documents documents = new Documents(config);
        Interner<Object> shared = Interners.newWeakInterner();
        List<IndexSearcher> ones = new ArrayList<>();
        for (Candidate c : candidates) {
            ones.add(documents.memorySearcher(documents.candidate(c)));
        }
        int termSums = 0;
        for (Need n : needs) {
            Employer e = employers.stream().filter(x -> x.id().equals(n.employerId())).findFirst().orElse(null);
            SearchRequest request = new SearchRequest(n.id(), 1, View.ADVISER, new Viewer(null, "openings"), List.of());
            CompiledNeed cn = compiler.compile(n, e, request);
            ExplainForm form = ExplainForm.of(cn, shared::intern);
            termSums += form.termSums();
            CompiledNeed kept = form.compiled(n, e, request);
            String what = "seed " + seed + " need " + n.id();
            assertThat(kept.clauses()).as(what).isEqualTo(cn.clauses());
            assertThat(Float.floatToIntBits(kept.achievable())).as(what).isEqualTo(Float.floatToIntBits(cn.achievable()));
            assertThat(Double.doubleToLongBits(kept.workplaceLat())).as(what).isEqualTo(Double.doubleToLongBits(cn.workplaceLat()));
            assertThat(Double.doubleToLongBits(kept.workplaceLon())).as(what).isEqualTo(Double.doubleToLongBits(cn.workplaceLon()));
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                HitExplainer a = new HitExplainer(config, compiler, cn, ones.get(i));
                HitExplainer b = new HitExplainer(config, compiler, kept, ones.get(i));
                HitExplainer.Hit ha = a.explain(0, c);
                HitExplainer.Hit hb = b.explain(0, c);
                assertThat(hb).as(what + " candidate " + c.id()).isEqualTo(ha);
                var va = a.verdicts(ha, true);
                assertThat(b.verdicts(hb, true)).as(what + " candidate " + c.id()).isEqualTo(va);
                assertThat(b.accommodations(c)).isEqualTo(a.accommodations(c));
                assertThat(b.travelKm(c)).isEqualTo(a.travelKm(c));
                assertThat(text.write(n, hb, va, b.accommodations(c), b.travelKm(c), View.ADVISER))
                        .isEqualTo(text.write(n, ha, va, a.accommodations(c), a.travelKm(c), View.ADVISER));
            }
        }
        System.out.println("ExplainFormTest seed " + seed + ": " + needs.size() + " needs, " + termSums
                + " clauses kept as terms");
        assertThat(termSums).as("seed %d: the text sums are kept as terms", seed).isGreaterThanOrEqualTo(needs.size());
    }
}
