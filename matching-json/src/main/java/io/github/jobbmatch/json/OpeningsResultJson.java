package io.github.jobbmatch.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.search.OpeningsResult.OpeningNearMiss;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes an {@link OpeningsResult} (candidate-first) as JSON in the shape of the broad search's
 * {@link SearchResultJson}: {@code pool}, {@code shortlist} entries keyed by {@code needId} with
 * {@code employerId}, {@code rank}, {@code score}, {@code requirements}, {@code accommodations},
 * {@code travelKm}, {@code contact} and {@code explanation}, then {@code nearMisses} and
 * {@code diagnostics}. Absent values are left out; scores are rounded to four decimals. Thread-safe.
 */
public final class OpeningsResultJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Configured once here and never changed: an ObjectMapper used only for writing is thread-safe.
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private OpeningsResultJson() {}

    /** The result as a compact JSON string. */
    public static String toJson(OpeningsResult result) {
        try {
            return MAPPER.writeValueAsString(toTree(result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the result as compact JSON. */
    public static void write(OpeningsResult result, Writer out) throws IOException {
        MAPPER.writeValue(out, toTree(result));
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(OpeningsResult r) {
        ObjectNode root = NODES.objectNode();
        root.put("candidateId", r.candidateId());
        root.put("view", "adviser");
        ObjectNode pool = root.putObject("pool");
        pool.put("visible", r.pool().visible());
        pool.put("passedGates", r.pool().passedGates());
        ArrayNode shortlist = root.putArray("shortlist");
        for (Opening o : r.shortlist()) {
            shortlist.add(entry(o));
        }
        ArrayNode near = root.putArray("nearMisses");
        for (OpeningNearMiss m : r.nearMisses()) {
            ObjectNode n = near.addObject();
            n.put("needId", m.needId());
            n.put("employerId", m.employerId());
            putIfPresent(n, "employerName", m.employerName());
            n.put("title", m.title());
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

    private static ObjectNode entry(Opening o) {
        ObjectNode n = NODES.objectNode();
        n.put("needId", o.needId());
        n.put("employerId", o.employerId());
        putIfPresent(n, "employerName", o.employerName());
        n.put("rank", o.rank());
        n.put("score", round(o.score()));
        n.put("rankScore", round(o.rankScore()));
        n.put("title", o.title());
        if (o.openingKind() != null) {
            n.put("openingKind", o.openingKind().wire());
        }
        if (o.contact() != null) {
            ObjectNode c = n.putObject("contact");
            putIfPresent(c, "owner", o.contact().owner());
            putIfPresent(c, "organisation", o.contact().organisation());
        }
        if (o.travelKm() != null) {
            n.put("travelKm", o.travelKm());
        }
        ArrayNode reqs = n.putArray("requirements");
        for (RequirementVerdict v : o.requirements()) {
            ObjectNode x = reqs.addObject();
            x.put("label", v.label());
            x.put("kind", v.kind());
            x.put("status", v.status().wire());
            putIfPresent(x, "evidence", v.evidence());
        }
        ObjectNode acc = n.putObject("accommodations");
        wires(acc.putArray("needed"), o.accommodations().needed());
        wires(acc.putArray("offered"), o.accommodations().offered());
        wires(acc.putArray("unknown"), o.accommodations().unknown());
        wires(acc.putArray("conflicts"), o.accommodations().conflicts());
        n.put("explanation", o.explanation());
        ArrayNode parts = n.putArray("scoreParts");
        o.scoreParts().forEach(p -> {
            ObjectNode x = parts.addObject();
            x.put("clause", p.clause());
            x.put("points", round(p.points()));
            x.put("max", round(p.max()));
            putIfPresent(x, "matchedBy", p.matchedBy());
        });
        ArrayNode adj = n.putArray("adjustments");
        o.adjustments().forEach(a -> adj.addObject().put("signal", a.signal()).put("points", round(a.points())));
        return n;
    }

    private static void putIfPresent(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static void wires(ArrayNode a, List<Accommodation> values) {
        values.forEach(v -> a.add(v.wire()));
    }

    private static double round(double d) {
        return Math.round(d * 10_000.0) / 10_000.0;
    }
}
