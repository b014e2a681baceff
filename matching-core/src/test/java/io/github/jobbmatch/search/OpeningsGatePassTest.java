package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reverse gates evaluated once into bit sets (funnel, passing needs, near-miss scan) against the
 * straightforward queries they replace ({@code referencePath}): on seeded random corpora written in several
 * batches (several segments), with needs updated and deleted afterwards (deletions in old segments), paused
 * employers, employers at capacity, employers with and without locations, and a rescore limit below the
 * number of passing needs (so the cut of the relevance order matters), every result must be equal, field by
 * field: funnel, pool, openings with scores, explanations and adjustments, near misses.
 */
class OpeningsGatePassTest {

    static LongStream seeds() {
        return LongStream.range(1, 13);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bitSetPassGivesTheReferenceResults(long seed) throws Exception {
        System.out.println("OpeningsGatePassTest seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            List<Employer> employers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                EmployerStatus status = r.nextInt(5) == 0 ? EmployerStatus.PAUSED : EmployerStatus.ACTIVE;
                Location at = r.nextInt(4) == 0 ? null
                        : new Location(null, 57.9 + r.nextDouble() * 0.8, 7.5 + r.nextDouble() * 1.2);
                employers.add(SearchFixtures.employerAt("e-" + i, status, at));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                candidates.add(SearchFixtures.randomCandidate(r, "k-" + i));
            }
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Need n = SearchFixtures.randomNeed(r, "n-" + i, "e-" + r.nextInt(employers.size()));
                if (r.nextInt(6) == 0) {
                    n = OpeningsPropertyTest.withStatus(n, r.nextBoolean() ? NeedStatus.FILLED : NeedStatus.PAUSED);
                }
                needs.add(n);
            }
            // Several batches with a refresh between them: several segments.
            List<Object> docs = new ArrayList<>(employers);
            docs.addAll(candidates);
            docs.addAll(needs);
            for (int from = 0; from < docs.size(); from += 25) {
                assertThat(index.upsertAll(docs.subList(from, Math.min(docs.size(), from + 25))).rejected())
                        .as("seed %d", seed).isEmpty();
                index.refresh();
            }
            // Updates and deletions after the fact: deleted documents in older segments.
            for (int i = 0; i < 8; i++) {
                Need n = needs.get(r.nextInt(needs.size()));
                if (r.nextBoolean()) {
                    index.upsert(OpeningsPropertyTest.withStatus(n, r.nextBoolean() ? NeedStatus.OPEN : NeedStatus.FILLED));
                } else {
                    index.delete(DocType.NEED, n.id());
                }
            }
            index.refresh();

            int rescoreLimit = 10 + r.nextInt(20);
            int nearMisses = r.nextBoolean() ? 100 : 3;
            OpeningsSearch fast = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses).build();
            OpeningsSearch reference = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses)
                    .referencePath(true).build();
            for (Candidate c : candidates) {
                Map<String, Integer> inProcess = new HashMap<>();
                if (r.nextBoolean()) {
                    inProcess.put(needs.get(r.nextInt(needs.size())).id(), 1 + r.nextInt(5));
                }
                OpeningsRequest req = new OpeningsRequest(c.id(), null, 5 + r.nextInt(20),
                        new Viewer(c.followedBy().organisation(), "v"), inProcess);
                assertThat(fast.search(req)).as("seed %d candidate %s", seed, c.id()).isEqualTo(reference.search(req));
            }
        }
    }
}
