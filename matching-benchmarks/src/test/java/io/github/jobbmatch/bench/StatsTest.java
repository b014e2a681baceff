package io.github.jobbmatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatsTest {

    @Test
    void percentileIsNearestRank() {
        double[] v = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertThat(Stats.percentile(v, 50)).isEqualTo(5);
        assertThat(Stats.percentile(v, 95)).isEqualTo(10);
        assertThat(Stats.percentile(v, 10)).isEqualTo(1);
        assertThat(Stats.percentile(new double[0], 50)).isNaN();
    }

    @Test
    void ndcgOfTheIdealRankingIsOneAndOfNothingRelevantZero() {
        assertThat(Stats.ndcg(List.of(3, 2, 1, 0), List.of(1, 3, 0, 2), 10)).isEqualTo(1.0);
        assertThat(Stats.ndcg(List.of(0, 0), List.of(3, 2), 10)).isZero();
        assertThat(Stats.ndcg(List.of(), List.of(0, 0), 10)).isZero();
    }

    @Test
    void ndcgMatchesAHandComputedValue() {
        // DCG = 1/log2(2) + 7/log2(3) = 1 + 4.4165; IDCG = 7 + 1/log2(3) = 7.6309
        assertThat(Stats.ndcg(List.of(1, 3), List.of(3, 1), 10)).isCloseTo(5.4165 / 7.6309, within(1e-3));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 99})
    void ndcgIsInZeroOneAndNeverAboveTheSortedRanking(long seed) {
        Random r = new Random(seed);
        List<Integer> judged = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            judged.add(r.nextInt(4));
        }
        List<Integer> shuffled = new ArrayList<>(judged);
        java.util.Collections.shuffle(shuffled, r);
        double n = Stats.ndcg(shuffled, judged, 10);
        assertThat(n).isBetween(0.0, 1.0);
        List<Integer> sorted = judged.stream().sorted((a, b) -> b - a).toList();
        assertThat(Stats.ndcg(sorted, judged, 10)).isGreaterThanOrEqualTo(n);
    }
}
