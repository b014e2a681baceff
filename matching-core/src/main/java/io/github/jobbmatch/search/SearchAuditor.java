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

    /** An auditor that records nothing. */
    static SearchAuditor none() {
        return e -> {};
    }

    /**
     * One search.
     *
     * @param viewer who searched
     * @param needId for which need
     * @param view which view
     * @param candidateIds every candidate id returned (short list, then near misses)
     * @param at when
     */
    record Event(Viewer viewer, String needId, View view, List<String> candidateIds, Instant at) {
        public Event {
            candidateIds = List.copyOf(candidateIds);
        }
    }
}
