package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The travel gate's fast check ({@link TravelLimitQuery.Chords}) against the rule's arithmetic, Lucene's sloppy
 * haversine: whatever the fast check decides must be what the rule decides, for homes at every distance and for
 * maxima just inside, at and just outside the distance. Also pins the assumption the slack rests on: the sloppy
 * haversine stays within a metre of the exact great-circle distance.
 */
class TravelChordsTest {

    private static final double R = 6_371_008.7714;
    private static final double[] OFFSETS_M = {-1000, -30, -10.5, -10.01, -10, -9.99, -5, -1, -1e-6, 0, 1e-6, 1, 5, 9.99,
        10, 10.01, 10.5, 30, 1000};

    static LongStream seeds() {
        return LongStream.range(1, 11);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fastDecisionsAgreeWithTheSloppyHaversine(long seed) {
        System.out.println("TravelChordsTest seed " + seed);
        Random r = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            double wLat = i % 4 == 0 ? -89 + r.nextDouble() * 178 : 57 + r.nextDouble() * 14;
            double wLon = i % 4 == 0 ? -180 + r.nextDouble() * 360 : 4 + r.nextDouble() * 27;
            // Homes from metres to the whole globe away, encoded as the index stores them.
            double spread = switch (i % 5) {
                case 0 -> 0.0001;
                case 1 -> 0.01;
                case 2 -> 0.5;
                case 3 -> 5;
                default -> 180;
            };
            double hLat = decodeLat(Math.max(-90, Math.min(90, wLat + (r.nextDouble() * 2 - 1) * spread)));
            double hLon = decodeLon(wrap(wLon + (r.nextDouble() * 2 - 1) * spread));
            double km = SloppyMath.haversinMeters(wLat, wLon, hLat, hLon) / 1000.0;
            assertThat(Math.abs(km * 1000.0 - exactMeters(wLat, wLon, hLat, hLon)))
                    .as("sloppy haversine error, seed %d, pair %d", seed, i).isLessThan(1.0);
            double chord = chord(wLat, wLon, hLat, hLon);
            for (double off : OFFSETS_M) {
                boolean any = r.nextInt(4) == 0;
                double max = any ? r.nextDouble() * 200 : Math.max(0, km + off / 1000.0);
                boolean rule = km <= max;
                boolean decided = true;
                if (chord <= TravelLimitQuery.Chords.down(TravelLimitQuery.Chords.inside(max))) {
                    assertThat(rule).as("fast pass, seed %d, pair %d, km %s, max %s", seed, i, km, max).isTrue();
                } else if (chord > TravelLimitQuery.Chords.up(TravelLimitQuery.Chords.outside(max))) {
                    assertThat(rule).as("fast fail, seed %d, pair %d, km %s, max %s", seed, i, km, max).isFalse();
                } else {
                    decided = false;
                }
                if (!any && Math.abs(off) >= 1000 && km > 1) {
                    // A kilometre from the maximum is far outside the slack: the fast check must decide alone.
                    assertThat(decided).as("undecided a kilometre away, seed %d, pair %d, km %s", seed, i, km).isTrue();
                }
            }
        }
    }

    /** The squared chord as the travel gate computes it: the home as the columns keep it, the workplace exactly. */
    private static double chord(double wLat, double wLon, double hLat, double hLon) {
        double[] h = TravelLimitQuery.Chords.unit(hLat, hLon);
        double[] w = TravelLimitQuery.Chords.unit(wLat, wLon);
        return TravelLimitQuery.Chords.between((float) h[0], (float) h[1], (float) h[2], w[0], w[1], w[2]);
    }

    /** The great-circle distance with exact library trigonometry (haversine with atan2). */
    private static double exactMeters(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * R * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
    }

    private static double decodeLat(double lat) {
        return GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(lat));
    }

    private static double decodeLon(double lon) {
        return GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(lon));
    }

    private static double wrap(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }
}
