package io.github.jobbmatch.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobbmatch.model.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a Jackson tree from one JSON text with Jackson's streaming parser, by hand, so that
 * duplicate keys are reported with their path (and reading goes on) instead of being silently
 * overwritten. Syntax errors and limit breaches end the reading with one violation naming where.
 */
final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tree (null when the text could not be read) and what was wrong. */
    record Parsed(JsonNode root, List<Violation> violations) {}

    private final List<Violation> violations = new ArrayList<>();

    private JsonTree() {}

    static Parsed parse(JsonFactory factory, String json) {
        JsonTree t = new JsonTree();
        JsonNode root = null;
        JsonParser parser = null;
        try (JsonParser p = factory.createParser(json)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                t.violations.add(new Violation("$", "expected a JSON object, got an empty document"));
                return new Parsed(null, t.violations);
            }
            root = t.value(p, first, "$");
            try {
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    t.violations.add(new Violation("$", "expected the end of the document after the top-level value, got more content at "
                            + location(p)));
                    return new Parsed(null, t.violations);
                }
            } catch (JsonProcessingException e) {
                t.violations.add(new Violation("$", "expected the end of the document after the top-level value, got invalid content at "
                        + location(p)));
                return new Parsed(null, t.violations);
            }
        } catch (StreamConstraintsException e) {
            t.violations.add(new Violation(pathOf(parser), "document exceeds a limit of the format: " + e.getOriginalMessage()));
            return new Parsed(null, t.violations);
        } catch (JsonProcessingException e) {
            t.violations.add(new Violation(pathOf(parser), "invalid JSON at " + location(e) + ": " + firstLine(e.getOriginalMessage())));
            return new Parsed(null, t.violations);
        } catch (IOException e) {
            // Reading from a String does no I/O; anything here is a malformed document.
            t.violations.add(new Violation("$", "invalid JSON: " + e.getMessage()));
            return new Parsed(null, t.violations);
        }
        return new Parsed(root, t.violations);
    }

    private JsonNode value(JsonParser p, JsonToken t, String path) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = Paths.key(path, name);
                    JsonNode v = value(p, p.nextToken(), child);
                    if (o.has(name)) {
                        violations.add(new Violation(child, "duplicate key \"" + name + "\"; each key may appear once"));
                    } else {
                        o.set(name, v);
                    }
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                JsonToken e;
                int i = 0;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(value(p, e, Paths.index(path, i++)));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                // Exact decimal: range checks must see the number as written, not a rounded double.
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + t + " at " + path);
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "unknown position"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String location(JsonParser p) {
        return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The path of the value the parser was in when it failed. */
    private static String pathOf(JsonParser p) {
        if (p == null) {
            return "$";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add(Paths.key("", c.getCurrentName()));
            }
        }
        StringBuilder b = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            b.append(parts.get(i));
        }
        return b.toString();
    }
}
