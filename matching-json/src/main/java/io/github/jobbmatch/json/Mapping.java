package io.github.jobbmatch.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobbmatch.model.Limits;
import io.github.jobbmatch.model.Violation;
import io.github.jobbmatch.model.WireEnum;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The structural half of reading one document: types, keys, enum values, dates and number
 * representability, each problem recorded with its path. What a value means (ranges, required
 * fields, cross-field rules) is left to the core {@code Validator}, so every rule lives once.
 * One instance per document; not thread-safe.
 */
final class Mapping {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    final List<Violation> violations = new ArrayList<>();
    /** Lists from which an element was dropped: the core validator's indices there no longer match. */
    final Set<String> shiftedLists = new LinkedHashSet<>();

    void error(String path, String message) {
        violations.add(new Violation(path, message));
    }

    /** A view of an object node that checks its keys; null (and an error) when the node is not an object. */
    Obj object(JsonNode node, String path, List<String> keys) {
        if (!node.isObject()) {
            error(path, "expected an object, got " + describe(node));
            return null;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String k = field.getKey();
            if (!keys.contains(k)) {
                error(Paths.key(path, k), "unknown key \"" + abbreviate(k) + "\"; expected one of " + String.join(", ", keys));
            }
        }
        return new Obj(node, path);
    }

    static String describe(JsonNode n) {
        if (n.isNull()) {
            return "null (leave the key out when the value is unknown)";
        } else if (n.isTextual()) {
            return "string \"" + abbreviate(n.textValue()) + "\"";
        } else if (n.isNumber()) {
            String s = n.decimalValue().toString();
            return "number " + (s.length() > 40 ? s.substring(0, 40) + "…" : s);
        } else if (n.isBoolean()) {
            return n.booleanValue() ? "true" : "false";
        } else if (n.isArray()) {
            return "an array";
        } else if (n.isObject()) {
            return "an object";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    static String abbreviate(String s) {
        StringBuilder b = new StringBuilder();
        int max = Math.min(s.length(), 40);
        for (int i = 0; i < max; i++) {
            char c = s.charAt(i);
            // Control characters and lone surrogates would corrupt the message itself.
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return s.length() > max ? b.append('…').toString() : b.toString();
    }

    /** An object being mapped; each accessor returns null when the key is absent or its value is wrong. */
    final class Obj {
        private final JsonNode node;
        final String path;

        Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        private JsonNode get(String key) {
            return node.get(key);
        }

        /** The raw value at {@code key}, or null when absent. */
        JsonNode raw(String key) {
            return node.get(key);
        }

        String string(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                error(Paths.key(path, key), "expected a string, got " + describe(v));
                return null;
            }
            return v.textValue();
        }

        Boolean bool(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                error(Paths.key(path, key), "expected true or false, got " + describe(v));
                return null;
            }
            return v.booleanValue();
        }

        LocalDate date(String key) {
            JsonNode v = get(key);
            return v == null ? null : dateValue(v, Paths.key(path, key));
        }

        Integer integer(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            String p = Paths.key(path, key);
            if (!v.isNumber()) {
                error(p, "expected an integer, got " + describe(v));
                return null;
            }
            BigDecimal d = v.decimalValue();
            // Compare before any conversion: 1e999999999 must not be expanded.
            if (d.compareTo(INT_MIN) < 0 || d.compareTo(INT_MAX) > 0) {
                error(p, "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", got " + describe(v));
                return null;
            }
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                error(p, "expected an integer, got " + describe(v));
                return null;
            }
            return d.intValue();
        }

        Double number(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            String p = Paths.key(path, key);
            if (!v.isNumber()) {
                error(p, "expected a number, got " + describe(v));
                return null;
            }
            double d = v.decimalValue().doubleValue();
            if (!Double.isFinite(d)) {
                error(p, "expected a number of ordinary size, got " + describe(v));
                return null;
            }
            return d == 0 ? 0.0 : d; // no negative zero: -0 and 0 are the same number in JSON
        }

        <E extends Enum<E> & WireEnum> E enumValue(String key, Class<E> type) {
            JsonNode v = get(key);
            return v == null ? null : Mapping.this.enumValue(v, Paths.key(path, key), type);
        }

        Obj object(String key, List<String> keys) {
            JsonNode v = get(key);
            return v == null ? null : Mapping.this.object(v, Paths.key(path, key), keys);
        }

        /** A list whose elements are mapped by {@code element}; an element it returns null for is dropped. */
        <T> List<T> list(String key, BiFunction<JsonNode, String, T> element) {
            JsonNode v = get(key);
            if (v == null) {
                return List.of();
            }
            String p = Paths.key(path, key);
            if (!v.isArray()) {
                error(p, "expected an array, got " + describe(v));
                return List.of();
            }
            if (v.size() > Limits.LIST_LENGTH) {
                error(p, "expected at most " + Limits.LIST_LENGTH + " elements, got " + v.size());
                return List.of();
            }
            List<T> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                T t = element.apply(v.get(i), Paths.index(p, i));
                if (t == null) {
                    shiftedLists.add(p);
                } else {
                    out.add(t);
                }
            }
            return out;
        }

        List<String> strings(String key) {
            return list(key, (n, p) -> {
                if (!n.isTextual()) {
                    error(p, "expected a string, got " + describe(n));
                    return null;
                }
                return n.textValue();
            });
        }

        <E extends Enum<E> & WireEnum> List<E> enums(String key, Class<E> type) {
            return list(key, (n, p) -> Mapping.this.enumValue(n, p, type));
        }
    }

    LocalDate dateValue(JsonNode v, String p) {
        if (!v.isTextual()) {
            error(p, "expected an ISO-8601 date (YYYY-MM-DD) as a string, got " + describe(v));
            return null;
        }
        String s = v.textValue();
        if (DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // falls through to the error below: right shape, impossible date (2026-02-30)
            }
        }
        error(p, "expected an ISO-8601 date (YYYY-MM-DD), got \"" + abbreviate(s) + "\"");
        return null;
    }

    <E extends Enum<E> & WireEnum> E enumValue(JsonNode v, String p, Class<E> type) {
        if (!v.isTextual()) {
            error(p, "expected one of " + WireEnum.expected(type) + ", got " + describe(v));
            return null;
        }
        return WireEnum.parse(type, v.textValue()).orElseGet(() -> {
            error(p, "expected one of " + WireEnum.expected(type) + ", got \"" + abbreviate(v.textValue()) + "\"");
            return null;
        });
    }
}
