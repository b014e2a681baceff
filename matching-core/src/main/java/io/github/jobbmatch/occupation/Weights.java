package io.github.jobbmatch.occupation;

/**
 * How {@link Components} combine into one score in 0-1: a weighted mean of the title similarity and
 * the votes of the kinds of features the query has, times a small prior. The values in
 * {@link #LEARNED} were chosen on a validation split carved out of the training part of the
 * evaluation, never on its held-out titles (docs/analysis.md).
 *
 * @param similarity weight of the title similarity
 * @param code weights of the code votes per {@link Evidence.Kind}
 * @param group weights of the group votes per {@link Evidence.Kind}
 * @param prior share of the score that depends on how many titles a code has
 */
record Weights(double similarity, double[] code, double[] group, double prior) {

    // Coordinate ascent over a grid, three rounds, maximising top-1 + top-3 on a 20 % validation
    // split of the training 80 % of seed 42 (docs/analysis.md). Order: MAIN, HEAD, QUAL, QUAL_KEY,
    // MAIN_KEY, GRAM, QUAL_GRAM.
    static final Weights LEARNED = new Weights(0.1,
            new double[] {0.7, 0.0, 2.0, 3.0, 0.3, 3.0, 0.7},
            new double[] {0.3, 0.2, 0.2, 0.1, 0.3, 0.5, 0.1},
            0.15);

    Weights {
        code = code.clone();
        group = group.clone();
        if (code.length != Evidence.KINDS || group.length != Evidence.KINDS) {
            throw new IllegalArgumentException("one weight per kind of evidence expected");
        }
    }

    @Override
    public double[] code() {
        return code.clone();
    }

    @Override
    public double[] group() {
        return group.clone();
    }

    Weights withSimilarity(double v) {
        return new Weights(v, code, group, prior);
    }

    Weights withCode(int kind, double v) {
        double[] c = code.clone();
        c[kind] = v;
        return new Weights(similarity, c, group, prior);
    }

    Weights withGroup(int kind, double v) {
        double[] g = group.clone();
        g[kind] = v;
        return new Weights(similarity, code, g, prior);
    }

    Weights withPrior(double v) {
        return new Weights(similarity, code, group, v);
    }

    double combine(Components c) {
        double achieved = similarity * c.similarity();
        double achievable = similarity;
        for (int k = 0; k < Evidence.KINDS; k++) {
            if (c.present()[k]) {
                achieved += code[k] * c.code()[k] + group[k] * c.group()[k];
                achievable += code[k] + group[k];
            }
        }
        if (achievable == 0) {
            return 0;
        }
        return achieved / achievable * (1 - prior + prior * c.prior());
    }
}
