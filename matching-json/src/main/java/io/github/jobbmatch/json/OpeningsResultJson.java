package io.github.jobbmatch.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.search.OpeningsResult.OpeningNearMiss;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes an {@link OpeningsResult} (candidate-first) as JSON in the shape of the broad search's
 * {@link SearchResultJson}: {@code pool}, {@code shortlist} entries keyed by {@code needId} with
 * {@code employerId}, {@code rank}, {@code score}, {@code requirements}, {@code accommodations},
 * {@code travelKm}, {@code contact} and {@code explanation}, then {@code nearMisses} and
 * {@code diagnostics}. Absent values are left out; scores are rounded to four decimals. Thread-safe.
 */
public final class OpeningsResultJson {

    private OpeningsResultJson() {}

    /** The result as a compact JSON string. */
    public static String toJson(OpeningsResult result) {
        return ResultNodes.compact(toTree(result));
    }

    /** Writes the result as compact JSON. */
    public static void write(OpeningsResult result, Writer out) throws IOException {
        ResultNodes.write(toTree(result), out);
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(OpeningsResult r) {
        ObjectNode root = ResultNodes.NODES.objectNode();
        root.put("candidateId", r.candidateId());
        root.put("view", "adviser");
        ResultNodes.pool(root, r.pool());
        ArrayNode shortlist = root.putArray("shortlist");
        for (Opening o : r.shortlist()) {
            shortlist.add(entry(o));
        }
        ArrayNode near = root.putArray("nearMisses");
        for (OpeningNearMiss m : r.nearMisses()) {
            ObjectNode n = near.addObject();
            n.put("needId", m.needId());
            n.put("employerId", m.employerId());
            ResultNodes.putIfPresent(n, "employerName", m.employerName());
            n.put("title", m.title());
            ResultNodes.gap(n, m.score(), m.gapKind(), m.gap(), m.route(), m.explanation());
        }
        ResultNodes.diagnostics(root, r.diagnostics());
        return root;
    }

    private static ObjectNode entry(Opening o) {
        ObjectNode n = ResultNodes.NODES.objectNode();
        n.put("needId", o.needId());
        n.put("employerId", o.employerId());
        ResultNodes.putIfPresent(n, "employerName", o.employerName());
        n.put("rank", o.rank());
        n.put("score", ResultNodes.round(o.score()));
        n.put("rankScore", ResultNodes.round(o.rankScore()));
        n.put("title", o.title());
        if (o.openingKind() != null) {
            n.put("openingKind", o.openingKind().wire());
        }
        if (o.contact() != null) {
            ObjectNode c = n.putObject("contact");
            ResultNodes.putIfPresent(c, "owner", o.contact().owner());
            ResultNodes.putIfPresent(c, "organisation", o.contact().organisation());
        }
        if (o.travelKm() != null) {
            n.put("travelKm", o.travelKm());
        }
        ResultNodes.requirements(n, o.requirements(), true);
        ResultNodes.accommodations(n, o.accommodations());
        n.put("explanation", o.explanation());
        ResultNodes.scoreParts(n, o.scoreParts());
        ArrayNode adj = n.putArray("adjustments");
        o.adjustments().forEach(a -> adj.addObject().put("signal", a.signal()).put("points", ResultNodes.round(a.points())));
        return n;
    }
}
