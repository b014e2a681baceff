package io.github.jobbmatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed {@code --flag value} and {@code --switch} arguments. A command declares its flags, so a
 * typo is an error naming the flag instead of being silently ignored.
 */
final class Args {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {}

    /**
     * Parses arguments against the flags a command knows.
     *
     * @param args the raw arguments after the subcommand
     * @param valued flags that take a value, without the leading dashes
     * @param switches flags that take no value
     */
    static Args parse(String[] args, Set<String> valued, Set<String> switches) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < args.length; i++) {
            String s = args[i];
            if (s.startsWith("--")) {
                String name = s.substring(2);
                String inline = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    inline = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (switches.contains(name) && inline == null) {
                    a.values.put(name, "true");
                } else if (valued.contains(name)) {
                    String v = inline;
                    if (v == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new UsageException("flag --" + name + " needs a value");
                        }
                        v = args[++i];
                    }
                    if (a.values.put(name, v) != null) {
                        throw new UsageException("flag --" + name + " given twice");
                    }
                } else {
                    throw new UsageException("unknown flag --" + name);
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String require(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("missing required flag --" + name);
        }
        return v;
    }

    Optional<Path> path(String name) {
        return get(name).map(Path::of);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    int intValue(String name, int defaultValue, int min, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new UsageException("flag --" + name + " must be from " + min + " to " + max + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("flag --" + name + " expects a whole number, got '" + v + "'");
        }
    }

    long longValue(String name, long defaultValue) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("flag --" + name + " expects a whole number, got '" + v + "'");
        }
    }

    List<String> positional() {
        return positional;
    }
}
