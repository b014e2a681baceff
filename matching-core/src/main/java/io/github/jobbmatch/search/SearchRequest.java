package io.github.jobbmatch.search;

import java.util.List;
import java.util.Objects;

/**
 * An employer-first ("broad") search: the short list for one need.
 *
 * @param needId the need
 * @param top short list length, 1-100 (default {@value #DEFAULT_TOP})
 * @param view adviser or employer view (default adviser)
 * @param viewer who searches (required)
 * @param exclude candidate ids already in process, left out of the result
 */
public record SearchRequest(String needId, int top, View view, Viewer viewer, List<String> exclude) {

    /** The short list length when none is given. */
    public static final int DEFAULT_TOP = 5;
    /** The longest short list. */
    public static final int MAX_TOP = 100;

    public SearchRequest {
        if (needId == null || needId.isBlank()) {
            throw new IllegalArgumentException("needId: required");
        }
        if (top == 0) {
            top = DEFAULT_TOP;
        }
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top: expected 1-" + MAX_TOP + ", got " + top);
        }
        view = view == null ? View.ADVISER : view;
        Objects.requireNonNull(viewer, "viewer: required");
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** The default request: adviser view, top {@value #DEFAULT_TOP}, nothing excluded. */
    public static SearchRequest of(String needId, Viewer viewer) {
        return new SearchRequest(needId, DEFAULT_TOP, View.ADVISER, viewer, List.of());
    }
}
