package io.github.jobbmatch.search;

import io.github.jobbmatch.model.Contact;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.search.SearchResult.AccommodationSummary;
import io.github.jobbmatch.search.SearchResult.Diagnostics;
import io.github.jobbmatch.search.SearchResult.Pool;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import io.github.jobbmatch.search.SearchResult.ScorePart;
import java.util.List;

/**
 * The result of a candidate-first search: the open needs that fit one candidate, shaped like the broad
 * search's {@link SearchResult} with entries keyed by need. Always the adviser view (the candidate is
 * the adviser's own).
 *
 * @param candidateId the candidate (for an ad-hoc record, the record's id)
 * @param pool open needs visible, and those passing the index-side gates
 * @param shortlist ranked openings, best first
 * @param nearMisses needs one must or one accommodation conflict away, best first
 * @param diagnostics the funnel of the candidate-first gates and notes
 */
public record OpeningsResult(String candidateId, Pool pool, List<Opening> shortlist, List<OpeningNearMiss> nearMisses,
        Diagnostics diagnostics) {

    public OpeningsResult {
        shortlist = List.copyOf(shortlist);
        nearMisses = List.copyOf(nearMisses);
    }

    /**
     * One open need for the candidate.
     *
     * @param needId the need
     * @param employerId its employer
     * @param employerName the employer's name, null when the employer is not indexed
     * @param rank 1-based rank (by {@code rankScore})
     * @param score achieved over achievable points of the need's own broad-search query for this candidate,
     *     0-1: the same number the broad search gives this candidate for this need
     * @param rankScore {@code score} plus the candidate-side adjustments; the order of the list
     * @param title the need's title
     * @param openingKind the kind of opening, null when unknown
     * @param contact the employer's fixed contact person (the person to call), null when unknown
     * @param travelKm straight-line km from home to the workplace, null when unknown
     * @param requirements one verdict per requirement and language requirement of the need
     * @param accommodations the candidate's needs against the form: the unknown ones are the questions to ask
     * @param explanation Norwegian bokmål: resources first, accommodations last, no health words
     * @param scoreParts the contribution of each scored clause of the need's query
     * @param adjustments the candidate-side signals added to {@code score}
     */
    public record Opening(String needId, String employerId, String employerName, int rank, double score,
            double rankScore, String title, OpeningKind openingKind, Contact contact, Double travelKm,
            List<RequirementVerdict> requirements, AccommodationSummary accommodations, String explanation,
            List<ScorePart> scoreParts, List<Adjustment> adjustments) {
        public Opening {
            requirements = List.copyOf(requirements);
            scoreParts = List.copyOf(scoreParts);
            adjustments = List.copyOf(adjustments);
        }

        /** This opening at another rank (when parts of a search are merged). */
        public Opening withRank(int newRank) {
            return new Opening(needId, employerId, employerName, newRank, score, rankScore, title, openingKind, contact,
                    travelKm, requirements, accommodations, explanation, scoreParts, adjustments);
        }
    }

    /**
     * One candidate-side signal of {@link OpeningsWeights}.
     *
     * @param signal {@code wish}, {@code interests}, {@code openingKind}, {@code confirmed} or {@code record}
     * @param points what it added (may be negative for {@code record})
     */
    public record Adjustment(String signal, double points) {}

    /**
     * A need one gap away.
     *
     * @param needId the need
     * @param employerId its employer
     * @param employerName the employer's name, or null
     * @param title the need's title
     * @param score the need's score for the candidate with the gap's gate relaxed
     * @param gapKind {@code requirement}, {@code language} or {@code accommodation}
     * @param gap what is missing (requirement label, language, or the accommodation)
     * @param route the suggested way to close it
     * @param explanation Norwegian bokmål
     */
    public record OpeningNearMiss(String needId, String employerId, String employerName, String title, double score,
            String gapKind, String gap, Route route, String explanation) {}
}
