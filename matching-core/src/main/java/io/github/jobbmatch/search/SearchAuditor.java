package io.github.jobbmatch.search;

import java.time.Instant;
import java.util.List;

/**
 * The host's audit hook, called once for every search (also for empty results). Called on the
 * searching thread; implementations must be thread-safe and fast (queue the event, do not block).
 */
@FunctionalInterface
public interface SearchAuditor {

    /** Records one search. */
    void searched(Event event);

    /**
     * Records one candidate-first search. The default records it as a {@link #searched(Event)} event without a
     * need, whose candidate ids are the candidate searched for, so an auditor written for the broad search
     * still sees every candidate whose data was processed. Override it to record the needs returned as well.
     */
    default void searchedOpenings(OpeningsEvent event) {
        searched(new Event(event.viewer(), null, View.ADVISER, List.of(event.candidateId()), event.at()));
    }

    /** An auditor that records nothing. */
    static SearchAuditor none() {
        return e -> {};
    }

    /**
     * One search.
     *
     * @param viewer who searched
     * @param needId for which need (null for a candidate-first search recorded by the default
     *     {@link #searchedOpenings})
     * @param view which view
     * @param candidateIds every candidate id returned (short list, then near misses)
     * @param at when
     */
    record Event(Viewer viewer, String needId, View view, List<String> candidateIds, Instant at) {
        public Event {
            candidateIds = List.copyOf(candidateIds);
        }
    }

    /**
     * One candidate-first search.
     *
     * @param viewer who searched
     * @param candidateId for which candidate (an ad-hoc record's own id)
     * @param adHoc whether the candidate was an ad-hoc record rather than an indexed one
     * @param needIds every need id returned (short list, then near misses)
     * @param at when
     */
    record OpeningsEvent(Viewer viewer, String candidateId, boolean adHoc, List<String> needIds, Instant at) {
        public OpeningsEvent {
            needIds = List.copyOf(needIds);
        }
    }
}
