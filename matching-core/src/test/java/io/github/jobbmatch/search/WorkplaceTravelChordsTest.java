package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reverse travel gate's fast check in squared chords ({@link WorkplaceTravelQuery.Chordal}) never contradicts its
 * haversine rule ({@link WorkplaceTravelQuery#reaches}): seeded homes and workplaces across Norway, most of them within
 * a few metres of one of the two maxima, where the chords must leave the decision to the rule.
 */
class WorkplaceTravelChordsTest {

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void chordsDecideAsTheRuleOrLeaveItToTheRule(long seed) {
        System.out.println("WorkplaceTravelChordsTest seed " + seed);
        Random r = new Random(seed);
        int decided = 0;
        int nearLimit = 0;
        for (int i = 0; i < 20_000; i++) {
            double homeLat = 58 + r.nextDouble() * 12;
            double homeLon = 5 + r.nextDouble() * 25;
            double own = r.nextInt(4) == 0 ? Double.NaN : 1 + r.nextDouble() * 150;
            double needMax = r.nextInt(3) == 0 ? Double.NaN : 1 + r.nextDouble() * 150;
            WorkplaceTravelQuery q = new WorkplaceTravelQuery(homeLat, homeLon, own, Map.of());
            WorkplaceTravelQuery.Chordal fast = q.chordal();
            // A workplace at a bearing, at a distance near one of the maxima (or anywhere up to 300 km).
            double limit = r.nextBoolean() ? own : needMax;
            double km = Double.isNaN(limit) || r.nextInt(4) == 0 ? r.nextDouble() * 300
                    : limit + (r.nextDouble() - 0.5) * 0.04; // within 20 m of the maximum
            double bearing = r.nextDouble() * 2 * Math.PI;
            double dLat = km * Math.cos(bearing) / 111.195;
            double lat = homeLat + dLat;
            double lon = homeLon + km * Math.sin(bearing) / (111.195 * Math.cos(Math.toRadians(homeLat + dLat / 2)));
            double[] unit = TravelLimitQuery.Chords.unit(lat, lon);
            int sure = fast.decide((float) unit[0], (float) unit[1], (float) unit[2],
                    TravelLimitQuery.Chords.down(WorkplaceTravelQuery.inside(needMax)),
                    TravelLimitQuery.Chords.up(WorkplaceTravelQuery.outside(needMax)));
            boolean rule = q.reaches(lat, lon, needMax);
            if (sure != -1) {
                decided++;
                assertThat(sure == 1).as("seed %d: home %f,%f workplace %f,%f (%f km) own %f need %f", seed, homeLat,
                        homeLon, lat, lon, SloppyMath.haversinMeters(homeLat, homeLon, lat, lon) / 1000, own, needMax)
                        .isEqualTo(rule);
            }
            if (!Double.isNaN(limit) && Math.abs(SloppyMath.haversinMeters(homeLat, homeLon, lat, lon) / 1000 - limit) < 0.002) {
                nearLimit++;
            }
        }
        System.out.println("WorkplaceTravelChordsTest seed " + seed + ": " + decided + " decided by chords, " + nearLimit
                + " within 2 m of a maximum");
        assertThat(decided).isGreaterThan(10_000);
        assertThat(nearLimit).isPositive();
    }
}
