package io.github.jobbmatch.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** An immutable weighted choice over a fixed list: cumulative weights and a binary search. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, ToDoubleFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new double[this.items.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            double w = weight.applyAsDouble(this.items.get(i));
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight must be finite and non-negative, got " + w);
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    T pick(SplittableRandom rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }

    /** A choice over items with weights, or null when no weight is positive. */
    static <T> Weighted<T> ofOrNull(List<T> items, ToDoubleFunction<T> weight) {
        double sum = 0;
        for (T t : items) {
            sum += weight.applyAsDouble(t);
        }
        return sum > 0 ? new Weighted<>(items, weight) : null;
    }
}
