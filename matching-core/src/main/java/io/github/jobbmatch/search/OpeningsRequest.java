package io.github.jobbmatch.search;

import io.github.jobbmatch.model.Candidate;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate-first search: the open needs that fit one candidate best (FORMAT.md "Candidate-first").
 * Exactly one of {@code candidateId} (an indexed candidate) and {@code candidate} (an ad-hoc record,
 * validated before use) is given.
 *
 * @param candidateId the indexed candidate, or null
 * @param candidate an ad-hoc candidate record, or null
 * @param top how many openings to return, 1-100 (0 means {@value #DEFAULT_TOP})
 * @param viewer who searches (required); an indexed candidate must be visible to this viewer
 * @param inProcess per need id, how many candidates the host already has in process with it; an employer
 *     whose sum over its needs reaches its {@code capacity.concurrentCandidates} is at capacity
 */
public record OpeningsRequest(String candidateId, Candidate candidate, int top, Viewer viewer,
        Map<String, Integer> inProcess) {

    /** The number of openings when none is given. */
    public static final int DEFAULT_TOP = 10;
    /** The most openings one search returns. */
    public static final int MAX_TOP = 100;

    public OpeningsRequest {
        if ((candidateId == null) == (candidate == null)) {
            throw new IllegalArgumentException("exactly one of candidateId and candidate is required");
        }
        if (candidateId != null && candidateId.isBlank()) {
            throw new IllegalArgumentException("candidateId: must not be blank");
        }
        if (top == 0) {
            top = DEFAULT_TOP;
        }
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top: expected 1-" + MAX_TOP + ", got " + top);
        }
        Objects.requireNonNull(viewer, "viewer: required");
        inProcess = inProcess == null ? Map.of() : Map.copyOf(inProcess);
        for (Map.Entry<String, Integer> e : inProcess.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("inProcess: count of '" + e.getKey() + "' must be >= 0");
            }
        }
    }

    /** The openings of an indexed candidate, default length, nothing in process. */
    public static OpeningsRequest of(String candidateId, Viewer viewer) {
        return new OpeningsRequest(candidateId, null, DEFAULT_TOP, viewer, Map.of());
    }

    /** The openings of an ad-hoc candidate record, default length, nothing in process. */
    public static OpeningsRequest of(Candidate candidate, Viewer viewer) {
        return new OpeningsRequest(null, candidate, DEFAULT_TOP, viewer, Map.of());
    }
}
