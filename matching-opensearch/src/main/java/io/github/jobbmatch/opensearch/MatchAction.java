package io.github.jobbmatch.opensearch;

import org.opensearch.action.ActionType;

/** The broad search across the shards of an index: each shard searches its candidates, the results merge. */
public final class MatchAction extends ActionType<MatchResponse> {

    /** The action name (a read of index data, for security plugins). */
    public static final String NAME = "indices:data/read/jobbmatch/search";
    /** The one instance. */
    public static final MatchAction INSTANCE = new MatchAction();

    private MatchAction() {
        super(NAME, MatchResponse::new);
    }
}
