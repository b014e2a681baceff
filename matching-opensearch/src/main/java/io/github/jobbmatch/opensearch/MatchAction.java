package io.github.jobbmatch.opensearch;

import org.opensearch.action.ActionType;

/**
 * A match across the shards of an index: each shard runs its part of a broad search (its candidates) or of a
 * candidate-first search (its needs), and the parts merge on the coordinating node.
 */
public final class MatchAction extends ActionType<MatchResponse> {

    /** The action name (a read of index data, for security plugins). */
    public static final String NAME = "indices:data/read/jobbmatch/match";
    /** The one instance. */
    public static final MatchAction INSTANCE = new MatchAction();

    private MatchAction() {
        super(NAME, MatchResponse::new);
    }
}
