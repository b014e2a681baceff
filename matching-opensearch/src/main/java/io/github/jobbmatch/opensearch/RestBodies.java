package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the REST bodies of the plugin, strictly: an unknown or mistyped key is an error that names it. */
final class RestBodies {

    private RestBodies() {}

    /**
     * The JSON object of a request body; an empty map when the body is optional and absent.
     *
     * @param what what the body should be, for the error when a required one is missing
     */
    static Map<String, Object> object(org.opensearch.rest.RestRequest request, String what, boolean required)
            throws java.io.IOException {
        if (!request.hasContent()) {
            if (required) {
                throw new IllegalArgumentException("body: " + what + " is required");
            }
            return Map.of();
        }
        try (var parser = request.contentParser()) {
            return parser.map();
        } catch (org.opensearch.core.xcontent.XContentParseException e) {
            throw new IllegalArgumentException("body: not a JSON object (" + e.getMessage() + ")");
        }
    }

    /** A broad search request: FORMAT.md "Search request and result". */
    static SearchRequest searchRequest(Map<String, Object> body) {
        known(body, Set.of("needId", "top", "view", "viewer", "exclude"), "");
        String needId = string(body, "needId", "");
        int top = body.get("top") == null ? 0 : integer(body, "top", "");
        View view = View.ADVISER;
        if (body.get("view") != null) {
            String v = string(body, "view", "");
            view = switch (v) {
                case "adviser" -> View.ADVISER;
                case "employer" -> View.EMPLOYER;
                default -> throw new IllegalArgumentException("view: expected adviser or employer, got '" + v + "'");
            };
        }
        Viewer viewer = viewer(body);
        List<String> exclude = new ArrayList<>();
        if (body.get("exclude") != null) {
            if (!(body.get("exclude") instanceof List<?> list)) {
                throw new IllegalArgumentException("exclude: expected an array of candidate ids");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s) || s.isBlank()) {
                    throw new IllegalArgumentException("exclude[" + i + "]: expected a candidate id");
                }
                exclude.add(s);
            }
        }
        return new SearchRequest(needId, top, view, viewer, exclude);
    }

    /**
     * A candidate-first request: FORMAT.md's {@code candidateId} (or an ad-hoc interchange {@code candidate}),
     * {@code top}, {@code viewer}, and {@code inProcess} (need id to how many candidates are in process).
     */
    static OpeningsRequest openingsRequest(Map<String, Object> body, java.util.function.Function<Map<String, Object>, Candidate> candidate) {
        known(body, Set.of("candidateId", "candidate", "top", "viewer", "inProcess"), "");
        if ((body.get("candidateId") == null) == (body.get("candidate") == null)) {
            throw new IllegalArgumentException("candidateId: exactly one of candidateId and candidate is required");
        }
        Candidate adHoc = null;
        if (body.get("candidate") != null) {
            if (!(body.get("candidate") instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("candidate: expected an object (an interchange candidate)");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) m;
            adHoc = candidate.apply(c);
        }
        String candidateId = adHoc == null ? string(body, "candidateId", "") : null;
        int top = body.get("top") == null ? 0 : integer(body, "top", "");
        Map<String, Integer> inProcess = new java.util.LinkedHashMap<>();
        if (body.get("inProcess") != null) {
            if (!(body.get("inProcess") instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("inProcess: expected an object of need id to count");
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getValue() instanceof Integer n) || n < 0) {
                    throw new IllegalArgumentException("inProcess." + e.getKey() + ": expected a count >= 0");
                }
                inProcess.put(String.valueOf(e.getKey()), n);
            }
        }
        return new OpeningsRequest(candidateId, adHoc, top, viewer(body), inProcess);
    }

    private static Viewer viewer(Map<String, Object> body) {
        if (body.get("viewer") == null) {
            return new Viewer(null, null);
        }
        if (!(body.get("viewer") instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("viewer: expected an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) m;
        known(v, Set.of("organisation", "role"), "viewer.");
        return new Viewer(optionalString(v, "organisation", "viewer."), optionalString(v, "role", "viewer."));
    }

    private static void known(Map<String, Object> body, Set<String> keys, String prefix) {
        for (String k : body.keySet()) {
            if (!keys.contains(k)) {
                throw new IllegalArgumentException(prefix + k + ": unknown field (expected one of " + keys + ")");
            }
        }
    }

    private static String string(Map<String, Object> body, String key, String prefix) {
        if (!(body.get(key) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(prefix + key + ": required, a non-empty string");
        }
        return s;
    }

    private static String optionalString(Map<String, Object> body, String key, String prefix) {
        Object o = body.get(key);
        if (o == null) {
            return null;
        }
        if (!(o instanceof String s)) {
            throw new IllegalArgumentException(prefix + key + ": expected a string");
        }
        return s;
    }

    private static int integer(Map<String, Object> body, String key, String prefix) {
        if (!(body.get(key) instanceof Integer i)) {
            throw new IllegalArgumentException(prefix + key + ": expected an integer");
        }
        return i;
    }
}
