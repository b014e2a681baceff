package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Mobility;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The travel gate against the rule written out, on seeded random candidates spread over several segments:
 * with and without a home, with and without an own maximum, and with own maxima exactly at the distance to
 * the workplace (the index look-up that finds the candidates to check must never lose one of those).
 */
class TravelLimitQueryTest {

    static LongStream seeds() {
        return LongStream.range(1, 13);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matchesExactlyTheCandidatesWithinBothLimits(long seed) throws Exception {
        System.out.println("TravelLimitQueryTest seed " + seed);
        Random r = new Random(seed);
        check(seed, r, 59 + r.nextDouble(), 9 + r.nextDouble() * 2,
                () -> new Location(null, 58 + r.nextDouble() * 3, 8 + r.nextDouble() * 4), 120);
    }

    /**
     * The same on the whole globe: workplaces at the date line, near a pole and on the equator, homes near them (on
     * both sides of the date line, around the pole) and anywhere, and maxima up to more than half the earth round.
     * The scan of the grid cells covering the reach must find every home the rule lets pass.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matchesOnTheWholeGlobe(long seed) throws Exception {
        System.out.println("TravelLimitQueryTest globe seed " + seed);
        Random r = new Random(seed);
        double[][] workplaces = {{0, 179.95}, {-10, -179.97}, {89.6, 20}, {-89.9, -120}, {0.01, 0.01}, {70, 30}};
        double[] w = workplaces[(int) (seed % workplaces.length)];
        check(seed, r, w[0], w[1], () -> {
            if (r.nextInt(3) == 0) {
                return new Location(null, -90 + r.nextDouble() * 180, -180 + r.nextDouble() * 360);
            }
            double lat = Math.max(-90, Math.min(90, w[0] + (r.nextDouble() - 0.5) * 4));
            double lon = w[1] + (r.nextDouble() - 0.5) * 6;
            lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
            return new Location(null, lat, lon);
        }, r.nextBoolean() ? 400 : 25_000);
    }

    /** The largest own maximum a candidate record may hold. */
    private static final int MAX_OWN_KM = 2000;

    private static void check(long seed, Random r, double wLat, double wLon, java.util.function.Supplier<Location> homes,
            int maxKm) throws Exception {
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            List<Candidate> all = new ArrayList<>();
            for (int batch = 0; batch < 3; batch++) {
                List<Object> docs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    SearchFixtures.C c = new SearchFixtures.C("k-" + batch + "-" + i);
                    int kind = r.nextInt(10);
                    c.home = kind == 0 ? null : homes.get();
                    Double own;
                    if (kind == 1 || c.home == null) {
                        own = null;
                    } else if (kind == 2) {
                        own = km(wLat, wLon, c.home); // exactly at the distance: passes
                        own = own <= MAX_OWN_KM ? own : r.nextInt(MAX_OWN_KM);
                    } else {
                        own = 5.0 + r.nextInt(Math.min(maxKm + 30, MAX_OWN_KM - 5));
                    }
                    c.mobility = kind == 3 ? null : new Mobility(own, List.of(), false, false);
                    Candidate built = c.build();
                    all.add(built);
                    docs.add(built);
                }
                assertThat(index.upsertAll(docs).rejected()).isEmpty();
                index.refresh();
            }
            List<Double> needMaxima = new ArrayList<>(List.of(Double.NaN, 1.0 + r.nextInt(maxKm)));
            Candidate someone = all.get(r.nextInt(all.size()));
            if (someone.home() != null) {
                needMaxima.add(km(wLat, wLon, someone.home())); // a need maximum exactly at someone's distance
            }
            for (double needMax : needMaxima) {
                Set<String> expected = new TreeSet<>();
                for (Candidate c : all) {
                    if (passes(c, wLat, wLon, needMax)) {
                        expected.add(c.id());
                    }
                }
                // Doc values read per document, and the per-segment columns (read twice: loaded, then cached).
                TravelLimitQuery.Columns columns = new TravelLimitQuery.Columns();
                for (TravelLimitQuery q : List.of(new TravelLimitQuery(wLat, wLon, needMax),
                        new TravelLimitQuery(wLat, wLon, needMax, columns), new TravelLimitQuery(wLat, wLon, needMax, columns))) {
                    Set<String> got = index.withSearcher(s -> {
                        Set<String> ids = new TreeSet<>();
                        s.setQueryCache(null);
                        for (ScoreDoc sd : s.search(q, 1000).scoreDocs) {
                            ids.add(RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, sd.doc)).id());
                        }
                        return ids;
                    });
                    assertThat(got).as("seed %d, need maximum %s", seed, needMax).isEqualTo(expected);
                    // The bit-set evaluation the broad search uses: exact within a random domain of each segment.
                    long domainSeed = r.nextLong();
                    Set<String> inDomain = new TreeSet<>();
                    Set<String> evaluated = index.withSearcher(s -> {
                        Random d = new Random(domainSeed);
                        Set<String> ids = new TreeSet<>();
                        DomainGate gate = q.evaluation(s);
                        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                            FixedBitSet domain = new FixedBitSet(leaf.reader().maxDoc());
                            for (int doc = 0; doc < domain.length(); doc++) {
                                if (d.nextInt(10) < 7) {
                                    domain.set(doc);
                                    inDomain.add(id(s, leaf.docBase + doc));
                                }
                            }
                            FixedBitSet pass = gate.matchesWithin(leaf, domain);
                            for (int doc = pass.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                                    doc = doc + 1 < pass.length() ? pass.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                                assertThat(domain.get(doc)).as("outside the domain: %d", doc).isTrue();
                                ids.add(id(s, leaf.docBase + doc));
                            }
                        }
                        return ids;
                    });
                    Set<String> expectedInDomain = new TreeSet<>(expected);
                    expectedInDomain.retainAll(inDomain);
                    assertThat(evaluated).as("seed %d, need maximum %s, bit sets", seed, needMax).isEqualTo(expectedInDomain);
                }
            }
        }
    }

    private static String id(org.apache.lucene.search.IndexSearcher s, int doc) throws java.io.IOException {
        return RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, doc)).id();
    }

    /** The rule: no home passes; else within the need's maximum (if any) and the candidate's own (if any). */
    private static boolean passes(Candidate c, double lat, double lon, double needMax) {
        if (c.home() == null) {
            return true;
        }
        double km = km(lat, lon, c.home());
        if (!Double.isNaN(needMax) && km > needMax) {
            return false;
        }
        return c.mobility() == null || c.mobility().maxTravelKm() == null || km <= c.mobility().maxTravelKm();
    }

    /** Distance to the home as indexed (the encoded coordinates, as the gate reads them). */
    private static double km(double lat, double lon, Location home) {
        double hLat = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(home.lat()));
        double hLon = GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(home.lon()));
        return SloppyMath.haversinMeters(lat, lon, hLat, hLon) / 1000.0;
    }
}
