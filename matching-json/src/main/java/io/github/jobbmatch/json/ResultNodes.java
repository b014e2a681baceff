package io.github.jobbmatch.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.search.Route;
import io.github.jobbmatch.search.SearchResult.AccommodationSummary;
import io.github.jobbmatch.search.SearchResult.Diagnostics;
import io.github.jobbmatch.search.SearchResult.Pool;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import io.github.jobbmatch.search.SearchResult.ScorePart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The parts both result writers share ({@link SearchResultJson} for the broad search,
 * {@link OpeningsResultJson} for candidate-first), so the two directions write the same shapes.
 */
final class ResultNodes {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Configured once here and never changed: an ObjectMapper used only for writing is thread-safe.
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private ResultNodes() {}

    static String compact(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(ObjectNode tree, Writer out) throws IOException {
        MAPPER.writeValue(out, tree);
    }

    static void pool(ObjectNode root, Pool pool) {
        ObjectNode p = root.putObject("pool");
        p.put("visible", pool.visible());
        p.put("passedGates", pool.passedGates());
    }

    /** One verdict per requirement; the evidence only where the view may show it. */
    static void requirements(ObjectNode n, List<RequirementVerdict> verdicts, boolean withEvidence) {
        ArrayNode reqs = n.putArray("requirements");
        for (RequirementVerdict v : verdicts) {
            ObjectNode o = reqs.addObject();
            o.put("label", v.label());
            o.put("kind", v.kind());
            o.put("status", v.status().wire());
            if (withEvidence) {
                putIfPresent(o, "evidence", v.evidence());
            }
        }
    }

    static void accommodations(ObjectNode n, AccommodationSummary a) {
        ObjectNode acc = n.putObject("accommodations");
        wires(acc.putArray("needed"), a.needed());
        wires(acc.putArray("offered"), a.offered());
        wires(acc.putArray("unknown"), a.unknown());
        wires(acc.putArray("conflicts"), a.conflicts());
    }

    static void scoreParts(ObjectNode n, List<ScorePart> parts) {
        ArrayNode array = n.putArray("scoreParts");
        for (ScorePart p : parts) {
            ObjectNode o = array.addObject();
            o.put("clause", p.clause());
            o.put("points", round(p.points()));
            o.put("max", round(p.max()));
            putIfPresent(o, "matchedBy", p.matchedBy());
        }
    }

    /** The tail of a near miss: its score, the gap, the suggested route and the explanation. */
    static void gap(ObjectNode n, double score, String gapKind, String gapLabel, Route route, String explanation) {
        n.put("score", round(score));
        ObjectNode gap = n.putObject("gap");
        gap.put("kind", gapKind);
        gap.put("label", gapLabel);
        n.put("route", route.wire());
        n.put("explanation", explanation);
    }

    static void diagnostics(ObjectNode root, Diagnostics d) {
        ObjectNode diagnostics = root.putObject("diagnostics");
        ArrayNode funnel = diagnostics.putArray("funnel");
        d.funnel().forEach(s -> funnel.addObject()
                .put("gate", s.gate()).put("label", s.label()).put("remaining", s.remaining()));
        ArrayNode reasons = diagnostics.putArray("reasons");
        d.reasons().forEach(x -> reasons.addObject().put("code", x.code()).put("message", x.message()));
    }

    static void putIfPresent(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    static void wires(ArrayNode a, List<Accommodation> values) {
        values.forEach(v -> a.add(v.wire()));
    }

    /** Scores to four decimals: enough to rank, and stable across platforms. */
    static double round(double d) {
        return Math.round(d * 10_000.0) / 10_000.0;
    }
}
