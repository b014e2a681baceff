package io.github.jobbmatch.opensearch;

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
        Viewer viewer = new Viewer(null, null);
        if (body.get("viewer") != null) {
            if (!(body.get("viewer") instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("viewer: expected an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> v = (Map<String, Object>) m;
            known(v, Set.of("organisation", "role"), "viewer.");
            viewer = new Viewer(optionalString(v, "organisation", "viewer."), optionalString(v, "role", "viewer."));
        }
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
