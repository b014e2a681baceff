package io.github.jobbmatch.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobbmatch.model.WireEnum;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.SearchResult.NearMiss;
import io.github.jobbmatch.search.SearchResult.ShortlistEntry;
import io.github.jobbmatch.search.View;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link SearchResult} as JSON with the field names of FORMAT.md "Search request and result".
 * Absent (unknown) values are left out rather than written as null. In the employer view the keys
 * {@code candidateId}, {@code followedBy}, {@code evidence} and {@code scoreParts} are never written,
 * whatever the records hold. Scores are rounded to four decimals. Thread-safe.
 */
public final class SearchResultJson {

    private SearchResultJson() {}

    /** The result as a compact JSON string. */
    public static String toJson(SearchResult result) {
        return ResultNodes.compact(toTree(result));
    }

    /** Writes the result as compact JSON. */
    public static void write(SearchResult result, Writer out) throws IOException {
        ResultNodes.write(toTree(result), out);
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(SearchResult r) {
        boolean adviser = r.view() == View.ADVISER;
        ObjectNode root = ResultNodes.NODES.objectNode();
        root.put("needId", r.needId());
        root.put("view", r.view().wire());
        ResultNodes.pool(root, r.pool());
        ArrayNode shortlist = root.putArray("shortlist");
        for (ShortlistEntry e : r.shortlist()) {
            shortlist.add(entry(e, adviser));
        }
        ArrayNode near = root.putArray("nearMisses");
        for (NearMiss m : r.nearMisses()) {
            ObjectNode n = near.addObject();
            identity(n, m.candidateId(), m.alias(), adviser);
            ResultNodes.gap(n, m.score(), m.gapKind(), m.gap(), m.route(), m.explanation());
        }
        ResultNodes.diagnostics(root, r.diagnostics());
        return root;
    }

    private static ObjectNode entry(ShortlistEntry e, boolean adviser) {
        ObjectNode n = ResultNodes.NODES.objectNode();
        identity(n, e.candidateId(), e.alias(), adviser);
        n.put("rank", e.rank());
        n.put("score", ResultNodes.round(e.score()));
        ResultNodes.requirements(n, e.requirements(), adviser);
        ResultNodes.accommodations(n, e.accommodations());
        if (e.travelKm() != null) {
            n.put("travelKm", e.travelKm());
        }
        if (e.availableFrom() != null) {
            n.put("availableFrom", e.availableFrom().toString());
        }
        if (adviser && e.followedBy() != null) {
            ObjectNode f = n.putObject("followedBy");
            f.put("organisation", e.followedBy().organisation());
            putWire(f, "kind", e.followedBy().kind());
            if (e.followedBy().adviser() != null) {
                f.put("adviser", e.followedBy().adviser());
            }
        }
        n.put("explanation", e.explanation());
        if (adviser && !e.scoreParts().isEmpty()) {
            ResultNodes.scoreParts(n, e.scoreParts());
        }
        return n;
    }

    private static void identity(ObjectNode n, String candidateId, String alias, boolean adviser) {
        if (adviser) {
            n.put("candidateId", candidateId);
        } else {
            n.put("alias", alias);
        }
    }

    private static void putWire(ObjectNode n, String key, WireEnum value) {
        if (value != null) {
            n.put(key, value.wire());
        }
    }

}
