package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Mobility;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedLocation;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The candidate-first travel gate over employers spread across southern Norway: needs with and without a
 * location of their own, with and without their own maximum, candidates with and without theirs. Needs
 * have no other gate, so the reverse pool must be exactly the needs the candidate can reach (checked by a
 * haversine written here), and with a rescore limit far below the number of needs, the openings must still
 * be exactly the reachable needs whenever there are no more of them than the limit: far-away needs that
 * look more relevant (the candidate's wished occupation) must not crowd the near ones out.
 */
class OpeningsTravelPropertyTest {

    private static final int RESCORE_LIMIT = 10;

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reversePoolIsExactlyTheReachableNeeds(long seed) throws Exception {
        System.out.println("OpeningsTravelPropertyTest seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            List<Object> docs = new ArrayList<>();
            Map<String, Employer> employers = new HashMap<>();
            for (int i = 0; i < 8; i++) {
                Location at = i == 7 ? null : new Location(null, 58.0 + r.nextDouble() * 2, 6.0 + r.nextDouble() * 5);
                Employer e = SearchFixtures.employerAt("e-" + i, EmployerStatus.ACTIVE, at);
                employers.put(e.id(), e);
                docs.add(e);
            }
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                SearchFixtures.N n = new SearchFixtures.N("n-" + i);
                n.employerId = "e-" + r.nextInt(8);
                n.accommodations = null;
                n.percent = null;
                n.shifts = new ArrayList<>();
                Double max = r.nextBoolean() ? null : 10.0 + r.nextInt(60);
                n.location = switch (r.nextInt(3)) {
                    case 0 -> null;
                    case 1 -> new NeedLocation(null, null, null, max);
                    default -> new NeedLocation(null, 58.0 + r.nextDouble() * 2, 6.0 + r.nextDouble() * 5, max);
                };
                // Half the needs are in the candidates' wished occupation, so relevance alone would pick them first.
                if (r.nextBoolean()) {
                    n.title = "Lagermedarbeider";
                    n.styrk08 = "4321";
                }
                needs.add(n.build());
                docs.add(needs.get(i));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                SearchFixtures.C c = new SearchFixtures.C("k-" + i).wish("Lagermedarbeider", "4321");
                c.availability = null;
                c.home = new Location(null, 58.0 + r.nextDouble() * 2, 6.0 + r.nextDouble() * 5);
                c.mobility = r.nextInt(4) == 0 ? null : new Mobility(r.nextBoolean() ? null : 15.0 + r.nextInt(80), List.of(),
                        false, false);
                candidates.add(c.build());
                docs.add(candidates.get(i));
            }
            assertThat(index.upsertAll(docs).rejected()).as("seed %d", seed).isEmpty();
            index.refresh();

            OpeningsSearch openings = OpeningsSearch.builder(index).rescoreLimit(RESCORE_LIMIT).nearMisses(0).build();
            for (Candidate c : candidates) {
                String ctx = "seed " + seed + ", candidate " + c.id();
                Set<String> reachable = needs.stream().filter(n -> reachable(c, n, employers.get(n.employerId())))
                        .map(Need::id).collect(Collectors.toCollection(TreeSet::new));
                OpeningsResult res = openings.search(new OpeningsRequest(c.id(), null, 100,
                        new Viewer(c.followedBy().organisation(), "v"), Map.of()));
                assertThat(res.pool().visible()).as(ctx).isEqualTo(needs.size());
                assertThat(res.pool().passedGates()).as(ctx).isEqualTo(reachable.size());
                long previous = Long.MAX_VALUE;
                for (SearchResult.FunnelStep f : res.diagnostics().funnel()) {
                    assertThat(f.remaining()).as(ctx + " " + f.gate()).isLessThanOrEqualTo(previous);
                    previous = f.remaining();
                }
                Set<String> got = res.shortlist().stream().map(Opening::needId).collect(Collectors.toCollection(TreeSet::new));
                if (reachable.size() <= RESCORE_LIMIT) {
                    assertThat(got).as(ctx).isEqualTo(reachable);
                } else {
                    assertThat(reachable).as(ctx).containsAll(got);
                    assertThat(got).as(ctx).hasSize(RESCORE_LIMIT);
                }
            }
        }
    }

    /** The travel rule written out: workplace = the need's location, else its employer's; unknown passes. */
    private static boolean reachable(Candidate c, Need n, Employer e) {
        Double lat = null;
        Double lon = null;
        if (n.location() != null && n.location().lat() != null) {
            lat = n.location().lat();
            lon = n.location().lon();
        } else if (e.location() != null) {
            lat = e.location().lat();
            lon = e.location().lon();
        }
        if (lat == null) {
            return true;
        }
        double km = SloppyMath.haversinMeters(lat, lon, c.home().lat(), c.home().lon()) / 1000;
        if (n.location() != null && n.location().maxTravelKm() != null && km > n.location().maxTravelKm()) {
            return false;
        }
        return c.mobility() == null || c.mobility().maxTravelKm() == null || km <= c.mobility().maxTravelKm();
    }
}
