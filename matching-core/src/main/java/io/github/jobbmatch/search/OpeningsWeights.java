package io.github.jobbmatch.search;

/**
 * The candidate-side signals of a candidate-first search (documented in {@code docs/matching.md},
 * "Candidate-first"). They are added to the need's broad-search score to order the openings; they are
 * small on purpose, so that they reorder close cases and never lift a poor fit over a good one.
 *
 * @param wish points when the candidate wishes the need's occupation (4-digit STYRK-08; 3-digit: half)
 * @param interests points when the need's text names the candidate's interests (two matched terms: full)
 * @param openingKind points for the opening kind that suits the candidate's readiness: clarified
 *     candidates get it for permanent and recruitment positions and half for temporary, seasonal and
 *     apprenticeship; candidates not yet clarified get half for a work trial
 * @param confirmed points when the employer confirmed its needs at most {@code confirmedFreshDays} ago,
 *     falling linearly to 0 at {@code confirmedStaleDays}
 * @param confirmedFreshDays age of the confirmation that still earns full points
 * @param confirmedStaleDays age at which the confirmation earns nothing
 * @param record at most this many points up or down for the employer's record:
 *     {@code record * (hires - endedEarly) / (trials + 2)}, clamped
 */
public record OpeningsWeights(double wish, double interests, double openingKind, double confirmed,
        int confirmedFreshDays, int confirmedStaleDays, double record) {

    public OpeningsWeights {
        for (double d : new double[] {wish, interests, openingKind, confirmed, record}) {
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + d);
            }
        }
        if (confirmedFreshDays < 0 || confirmedStaleDays <= confirmedFreshDays) {
            throw new IllegalArgumentException("expected 0 <= confirmedFreshDays < confirmedStaleDays");
        }
    }

    /** The documented defaults: at most 0.18 in all, against a score in 0-1. */
    public static OpeningsWeights defaults() {
        return new OpeningsWeights(0.06, 0.04, 0.03, 0.03, 90, 365, 0.02);
    }
}
