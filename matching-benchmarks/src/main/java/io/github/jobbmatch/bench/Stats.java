package io.github.jobbmatch.bench;

import java.util.Arrays;
import java.util.List;

/** Small statistics used by the reports: percentiles and graded-relevance nDCG. */
final class Stats {

    private Stats() {}

    /** The nearest-rank percentile ({@code p} in 0-100) of the values; NaN when empty. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * nDCG@k with graded relevance ({@code 2^rel - 1} gain, log2 discount).
     *
     * @param ranked relevance of the returned items, best first
     * @param judged relevance of every judged item (the ideal ranking is built from it)
     * @return 0-1; 0 when nothing judged is relevant
     */
    static double ndcg(List<Integer> ranked, List<Integer> judged, int k) {
        double dcg = dcg(ranked, k);
        List<Integer> ideal = judged.stream().sorted((a, b) -> Integer.compare(b, a)).toList();
        double idcg = dcg(ideal, k);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double dcg(List<Integer> rels, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, rels.size()); i++) {
            sum += (Math.pow(2, rels.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
