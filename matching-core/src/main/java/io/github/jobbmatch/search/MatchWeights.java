package io.github.jobbmatch.search;

import io.github.jobbmatch.taxonomy.MatchLevel;

/**
 * Every weight of the score, in one place (documented in {@code docs/matching.md}). A clause's
 * weight is its maximum contribution; a hit's score is the sum of the contributions of its matching
 * clauses divided by the sum of the maxima of the clauses this need has, so it lies in 0-1.
 *
 * @param wantBase points of a {@code want} of priority 1; priority p gets {@code wantBase / sqrt(p)}
 * @param unrankedWantPriority priority assumed for a {@code want} without one
 * @param trainable points of a {@code trainable} requirement (held: full; related skills: partial)
 * @param wantLanguage points of a {@code want} language (one level below: half)
 * @param wishedOccupation points for wishing the need's occupation
 * @param experience points for experience in the need's occupation
 * @param styrk3Share share for an occupation in the same 3-digit STYRK-08 group
 * @param styrk2Share share for the same 2-digit group
 * @param titleAllShare share when every word of the need's title is in the candidate's title
 * @param titleAnyShare share when some word is
 * @param interests cap of the interest match (need interests vs candidate interests)
 * @param interestTerms matched terms that reach the interest cap
 * @param text cap of the free-text match (need title, description, tasks vs everything)
 * @param textTerms matched terms that reach the text cap
 * @param distance points at zero travel distance, decaying as pivot/(pivot+d)
 * @param distancePivotKm distance at which half the distance points are earned
 * @param start points for being available by {@code opening.startBy}, decaying after it
 * @param startPivotDays days after startBy at which half the start points are earned
 * @param readiness points for clarified readiness (in clarification: half)
 * @param stableTrial points for a trial with stable attendance
 * @param targetGroup points for belonging to a target group, only where the need welcomes them
 * @param exact share at {@link MatchLevel#EXACT}
 * @param synonym share at {@link MatchLevel#SYNONYM}
 * @param narrower share at {@link MatchLevel#NARROWER}
 * @param broader share at {@link MatchLevel#BROADER}
 * @param related share at {@link MatchLevel#RELATED}
 */
public record MatchWeights(
        float wantBase, int unrankedWantPriority, float trainable, float wantLanguage,
        float wishedOccupation, float experience, float styrk3Share, float styrk2Share,
        float titleAllShare, float titleAnyShare,
        float interests, int interestTerms, float text, int textTerms,
        float distance, double distancePivotKm, float start, long startPivotDays,
        float readiness, float stableTrial, float targetGroup,
        float exact, float synonym, float narrower, float broader, float related) {

    public MatchWeights {
        float[] all = {wantBase, trainable, wantLanguage, wishedOccupation, experience, styrk3Share, styrk2Share,
            titleAllShare, titleAnyShare, interests, text, distance, start, readiness, stableTrial, targetGroup,
            exact, synonym, narrower, broader, related};
        for (float f : all) {
            if (!(f >= 0) || Float.isInfinite(f)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + f);
            }
        }
        if (unrankedWantPriority < 1 || interestTerms < 1 || textTerms < 1 || !(distancePivotKm > 0)
                || startPivotDays < 1) {
            throw new IllegalArgumentException("priorities, term counts and pivots must be positive");
        }
    }

    /** The documented defaults. */
    public static MatchWeights defaults() {
        return new MatchWeights(
                10f, 3, 4f, 3f,
                4f, 8f, 0.6f, 0.3f,
                0.8f, 0.4f,
                6f, 2, 3f, 4,
                3f, 10.0, 2f, 30,
                1f, 2f, 1f,
                MatchLevel.EXACT.defaultWeight(), MatchLevel.SYNONYM.defaultWeight(),
                MatchLevel.NARROWER.defaultWeight(), MatchLevel.BROADER.defaultWeight(),
                MatchLevel.RELATED.defaultWeight());
    }

    /** Points of a {@code want} of this priority (null: unranked). */
    public float want(Integer priority) {
        int p = priority == null ? unrankedWantPriority : priority;
        return (float) (wantBase / Math.sqrt(p));
    }

    /** Share of a requirement's points earned at this level. */
    public float level(MatchLevel level) {
        return switch (level) {
            case EXACT -> exact;
            case SYNONYM -> synonym;
            case NARROWER -> narrower;
            case BROADER -> broader;
            case RELATED -> related;
        };
    }
}
