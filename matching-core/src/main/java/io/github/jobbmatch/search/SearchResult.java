package io.github.jobbmatch.search;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.FollowedBy;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of a broad search, shaped as FORMAT.md "Search request and result". In the employer
 * view, {@code candidateId}, {@code followedBy}, verdict {@code evidence} and {@code scoreParts} are
 * always null or empty: the records themselves carry nothing internal.
 *
 * @param needId the need searched for
 * @param view the view the result was made for
 * @param pool visible and gate-passing candidates
 * @param shortlist ranked candidates, best first
 * @param nearMisses candidates one must or one accommodation conflict away, best first
 * @param diagnostics the funnel and any reason for an empty result
 */
public record SearchResult(String needId, View view, Pool pool, List<ShortlistEntry> shortlist,
        List<NearMiss> nearMisses, Diagnostics diagnostics) {

    public SearchResult {
        shortlist = List.copyOf(shortlist);
        nearMisses = List.copyOf(nearMisses);
    }

    /**
     * @param visible candidates this viewer may see
     * @param passedGates of those, candidates that pass every hard gate
     */
    public record Pool(long visible, long passedGates) {}

    /**
     * One candidate of the short list.
     *
     * @param candidateId the candidate id (adviser view only)
     * @param alias per-need alias (employer view only)
     * @param rank 1-based rank
     * @param score achieved over achievable points, 0-1
     * @param requirements one verdict per requirement and language requirement of the need
     * @param accommodations the candidate's accommodation needs against the form
     * @param travelKm straight-line distance home to workplace, null when unknown
     * @param availableFrom when the candidate can start, null when unknown
     * @param followedBy who follows the candidate (adviser view only)
     * @param explanation Norwegian bokmål: resources first, accommodations last
     * @param scoreParts the contribution of each scored clause (adviser view only)
     */
    public record ShortlistEntry(String candidateId, String alias, int rank, double score,
            List<RequirementVerdict> requirements, AccommodationSummary accommodations, Double travelKm,
            LocalDate availableFrom, FollowedBy followedBy, String explanation, List<ScorePart> scoreParts) {
        public ShortlistEntry {
            requirements = List.copyOf(requirements);
            scoreParts = List.copyOf(scoreParts);
        }

        /** This entry at another rank (when parts of a search are merged). */
        public ShortlistEntry withRank(int newRank) {
            return new ShortlistEntry(candidateId, alias, newRank, score, requirements, accommodations, travelKm,
                    availableFrom, followedBy, explanation, scoreParts);
        }
    }

    /**
     * @param label the requirement as the employer wrote it
     * @param kind {@code must}, {@code want} or {@code trainable}
     * @param status the verdict
     * @param evidence the candidate's label or experience that met it (adviser view only)
     */
    public record RequirementVerdict(String label, String kind, VerdictStatus status, String evidence) {}

    /**
     * @param needed the candidate's accommodation needs
     * @param offered those the form offers
     * @param unknown those the form does not answer: questions for the employer
     * @param conflicts those the form marks not possible
     */
    public record AccommodationSummary(List<Accommodation> needed, List<Accommodation> offered,
            List<Accommodation> unknown, List<Accommodation> conflicts) {
        public AccommodationSummary {
            needed = List.copyOf(needed);
            offered = List.copyOf(offered);
            unknown = List.copyOf(unknown);
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * One scored clause's contribution to a hit.
     *
     * @param clause the clause key (e.g. {@code want[1]}, {@code interests})
     * @param points points earned
     * @param max the clause's maximum
     * @param matchedBy what matched (a match level, a STYRK level, terms), or null
     */
    public record ScorePart(String clause, double points, double max, String matchedBy) {}

    /**
     * A candidate one gap away.
     *
     * @param candidateId the candidate id (adviser view only)
     * @param alias per-need alias (employer view only)
     * @param score the score with the gap's gate relaxed
     * @param gapKind {@code requirement}, {@code language} or {@code accommodation}
     * @param gap what is missing (the requirement label, or the accommodation)
     * @param route the suggested way to close it
     * @param explanation Norwegian bokmål
     */
    public record NearMiss(String candidateId, String alias, double score, String gapKind, String gap,
            Route route, String explanation) {}

    /**
     * @param funnel every hard gate in order, with the candidates remaining after it
     * @param reasons why the result is empty or thin, when known
     */
    public record Diagnostics(List<FunnelStep> funnel, List<Reason> reasons) {
        public Diagnostics {
            funnel = List.copyOf(funnel);
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * @param gate gate key ({@code consent}, {@code requirement[0]}, {@code language:no}, ...)
     * @param label what the gate tests, readable
     * @param remaining candidates remaining after this gate and all before it
     */
    public record FunnelStep(String gate, String label, long remaining) {}

    /**
     * @param code machine-readable ({@code need-not-open}, {@code employer-paused}, {@code emptied-by})
     * @param message Norwegian bokmål
     */
    public record Reason(String code, String message) {}
}
