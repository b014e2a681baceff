package io.github.jobbmatch.index;

import io.github.jobbmatch.model.Violation;
import java.util.List;

/**
 * The outcome of a bulk write: how many documents were written and which were rejected.
 *
 * @param written number of valid documents written
 * @param rejected the invalid documents, none of which was written
 * @param generation the write generation to pass to {@link MatchingIndex#awaitSearchable(long)}
 */
public record BulkResult(int written, List<Rejected> rejected, long generation) {

    public BulkResult {
        rejected = List.copyOf(rejected);
    }

    /**
     * One rejected document.
     *
     * @param position the document's position in the bulk (0-based)
     * @param type the kind of document
     * @param id its id as given (may be null or invalid itself)
     * @param violations every violation, each with its JSON path
     */
    public record Rejected(int position, DocType type, String id, List<Violation> violations) {
        public Rejected {
            violations = List.copyOf(violations);
        }
    }
}
