package io.github.jobbmatch.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.WireEnum;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.SearchResult.NearMiss;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import io.github.jobbmatch.search.SearchResult.ShortlistEntry;
import io.github.jobbmatch.search.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a {@link SearchResult} as JSON with the field names of FORMAT.md "Search request and result".
 * Absent (unknown) values are left out rather than written as null. In the employer view the keys
 * {@code candidateId}, {@code followedBy}, {@code evidence} and {@code scoreParts} are never written,
 * whatever the records hold. Scores are rounded to four decimals. Thread-safe.
 */
public final class SearchResultJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Configured once here and never changed: an ObjectMapper used only for writing is thread-safe.
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private SearchResultJson() {}

    /** The result as a compact JSON string. */
    public static String toJson(SearchResult result) {
        try {
            return MAPPER.writeValueAsString(toTree(result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the result as compact JSON. */
    public static void write(SearchResult result, Writer out) throws IOException {
        MAPPER.writeValue(out, toTree(result));
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(SearchResult r) {
        boolean adviser = r.view() == View.ADVISER;
        ObjectNode root = NODES.objectNode();
        root.put("needId", r.needId());
        root.put("view", r.view().wire());
        ObjectNode pool = root.putObject("pool");
        pool.put("visible", r.pool().visible());
        pool.put("passedGates", r.pool().passedGates());
        ArrayNode shortlist = root.putArray("shortlist");
        for (ShortlistEntry e : r.shortlist()) {
            shortlist.add(entry(e, adviser));
        }
        ArrayNode near = root.putArray("nearMisses");
        for (NearMiss m : r.nearMisses()) {
            ObjectNode n = near.addObject();
            identity(n, m.candidateId(), m.alias(), adviser);
            n.put("score", round(m.score()));
            ObjectNode gap = n.putObject("gap");
            gap.put("kind", m.gapKind());
            gap.put("label", m.gap());
            n.put("route", m.route().wire());
            n.put("explanation", m.explanation());
        }
        ObjectNode diagnostics = root.putObject("diagnostics");
        ArrayNode funnel = diagnostics.putArray("funnel");
        r.diagnostics().funnel().forEach(s -> funnel.addObject()
                .put("gate", s.gate()).put("label", s.label()).put("remaining", s.remaining()));
        ArrayNode reasons = diagnostics.putArray("reasons");
        r.diagnostics().reasons().forEach(x -> reasons.addObject().put("code", x.code()).put("message", x.message()));
        return root;
    }

    private static ObjectNode entry(ShortlistEntry e, boolean adviser) {
        ObjectNode n = NODES.objectNode();
        identity(n, e.candidateId(), e.alias(), adviser);
        n.put("rank", e.rank());
        n.put("score", round(e.score()));
        ArrayNode reqs = n.putArray("requirements");
        for (RequirementVerdict v : e.requirements()) {
            ObjectNode o = reqs.addObject();
            o.put("label", v.label());
            o.put("kind", v.kind());
            o.put("status", v.status().wire());
            if (adviser && v.evidence() != null) {
                o.put("evidence", v.evidence());
            }
        }
        ObjectNode acc = n.putObject("accommodations");
        wires(acc.putArray("needed"), e.accommodations().needed());
        wires(acc.putArray("offered"), e.accommodations().offered());
        wires(acc.putArray("unknown"), e.accommodations().unknown());
        wires(acc.putArray("conflicts"), e.accommodations().conflicts());
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
            ArrayNode parts = n.putArray("scoreParts");
            for (SearchResult.ScorePart p : e.scoreParts()) {
                ObjectNode o = parts.addObject();
                o.put("clause", p.clause());
                o.put("points", round(p.points()));
                o.put("max", round(p.max()));
                if (p.matchedBy() != null) {
                    o.put("matchedBy", p.matchedBy());
                }
            }
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

    private static void wires(ArrayNode a, List<Accommodation> values) {
        values.forEach(v -> a.add(v.wire()));
    }

    private static void putWire(ObjectNode n, String key, WireEnum value) {
        if (value != null) {
            n.put(key, value.wire());
        }
    }

    private static double round(double d) {
        return Math.round(d * 10_000.0) / 10_000.0;
    }
}
