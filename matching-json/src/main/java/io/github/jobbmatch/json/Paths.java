package io.github.jobbmatch.json;

import java.util.regex.Pattern;

/** JSON paths in the style of the violations: {@code $.requirements[2].kind}. */
final class Paths {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Paths() {}

    static String key(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent + "." + key;
        }
        // Keys that are not identifiers are quoted so the path stays unambiguous.
        StringBuilder b = new StringBuilder(parent).append("['");
        int max = Math.min(key.length(), 40);
        for (int i = 0; i < max; i++) {
            char c = key.charAt(i);
            if (c == '\'' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (key.length() > max) {
            b.append('…');
        }
        return b.append("']").toString();
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** Whether {@code path} is {@code prefix} itself or lies inside it. */
    static boolean within(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (path.length() == prefix.length()) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '.' || next == '[';
    }
}
