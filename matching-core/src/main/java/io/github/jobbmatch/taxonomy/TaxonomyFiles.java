package io.github.jobbmatch.taxonomy;

import io.github.jobbmatch.model.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads and writes taxonomies in the Jobbmatch taxonomy line format, a UTF-8 text format a case
 * system can write by hand or export from ESCO or JANZZ (see {@code docs/taxonomy.md}):
 *
 * <pre>
 * # id | kind | prefLabel | altLabels | broader | related | styrk08
 * occ:helsefagarbeider | occupation | Helsefagarbeider | Hjelpepleier; Helsefagarbeidar | occ:helse-omsorg | skill:omsorgsarbeid | 5321
 * </pre>
 *
 * <ul>
 *   <li>one concept per line; fields separated by {@code |}, list items by {@code ;}; surrounding
 *       blanks are ignored; trailing empty fields may be left out (at least three fields);</li>
 *   <li>{@code kind} is one of {@code occupation, skill, certificate, licence, language,
 *       education} (case-insensitive);</li>
 *   <li>blank lines and lines whose first non-blank character is {@code #} are ignored;</li>
 *   <li>{@code \|}, {@code \;} and {@code \\} stand for a literal {@code |}, {@code ;} and
 *       {@code \} inside labels;</li>
 *   <li>concepts may refer to concepts defined further down; every link must resolve, broader
 *       links must not form a cycle and ids must be unique.</li>
 * </ul>
 *
 * Errors name the source, the line number and what is wrong; every problem of a file is reported
 * at once in a {@link TaxonomyFormatException}. Stateless and thread-safe.
 */
public final class TaxonomyFiles {

    private static final int MIN_FIELDS = 3;
    private static final int MAX_FIELDS = 7;
    private static final String HEADER = "# Jobbmatch taxonomy, format 1 (docs/taxonomy.md)\n"
            + "# id | kind | prefLabel | altLabels (;) | broader ids (;) | related ids (;) | styrk08 codes (;)\n";

    private TaxonomyFiles() {}

    /** Reads a UTF-8 taxonomy file; the file name appears in error messages. */
    public static Taxonomy read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8 text", e);
        }
    }

    /**
     * Reads a taxonomy from a character stream; {@code sourceName} (a file or resource name) appears
     * in error messages. The reader is not closed.
     *
     * @throws TaxonomyFormatException listing every problem with its line number
     */
    public static Taxonomy read(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<TaxonomyFormatException.Problem> problems = new ArrayList<>();
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            List<String> lineProblems = new ArrayList<>();
            Concept c = parseLine(t, lineProblems);
            for (String p : lineProblems) {
                problems.add(new TaxonomyFormatException.Problem(sourceName, lineNo, p));
            }
            if (c == null) {
                continue;
            }
            Integer first = lineOf.putIfAbsent(c.id(), lineNo);
            if (first != null) {
                problems.add(new TaxonomyFormatException.Problem(sourceName, lineNo,
                        "duplicate id '" + c.id() + "' (first defined on line " + first + ")"));
            } else {
                concepts.put(c.id(), c);
            }
        }
        checkLinks(concepts, lineOf, sourceName, problems);
        if (problems.isEmpty()) {
            checkCycles(concepts, lineOf, sourceName, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new TaxonomyFormatException(problems);
        }
        Taxonomy.Builder b = Taxonomy.builder();
        concepts.values().forEach(b::add);
        return b.build();
    }

    /** Writes a taxonomy as UTF-8 to a file, replacing it. */
    public static void write(Taxonomy taxonomy, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(taxonomy, w);
        }
    }

    /**
     * Writes a taxonomy in the line format, concepts in the taxonomy's order, with a header comment.
     * The writer is not closed. {@link #read(Reader, String) Reading} the output gives an equal
     * taxonomy.
     *
     * @throws IllegalArgumentException naming the concept when it cannot be represented (an id with
     *     blanks or separators, a blank label, a label with a line break or surrounding blanks)
     */
    public static void write(Taxonomy taxonomy, Writer out) throws IOException {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(out, "out");
        out.write(HEADER);
        for (Concept c : taxonomy.concepts()) {
            out.write(format(c));
            out.write('\n');
        }
        out.flush();
    }

    /** One concept as a line of the format, without the line break. */
    public static String format(Concept c) {
        checkWritableId(c, c.id());
        c.broader().forEach(id -> checkWritableId(c, id));
        c.related().forEach(id -> checkWritableId(c, id));
        checkWritableLabel(c, c.prefLabel());
        c.altLabels().forEach(l -> checkWritableLabel(c, l));
        List<String> fields = new ArrayList<>(List.of(
                c.id(),
                c.kind().name().toLowerCase(Locale.ROOT),
                escape(c.prefLabel()),
                c.altLabels().stream().map(TaxonomyFiles::escape).collect(Collectors.joining("; ")),
                String.join("; ", c.broader()),
                String.join("; ", c.related()),
                String.join("; ", c.styrk08())));
        while (fields.size() > MIN_FIELDS && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return String.join(" | ", fields);
    }

    // ---- parsing ----

    private static Concept parseLine(String line, List<String> problems) {
        List<String> raw;
        try {
            raw = split(line, '|');
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
        if (raw.size() < MIN_FIELDS || raw.size() > MAX_FIELDS) {
            problems.add("expected " + MIN_FIELDS + " to " + MAX_FIELDS
                    + " fields separated by '|' (id | kind | prefLabel | altLabels | broader | related | styrk08), found "
                    + raw.size());
            return null;
        }
        String id = unescapeField(raw.get(0));
        String kindText = unescapeField(raw.get(1));
        String pref = unescapeField(raw.get(2));
        List<String> alt = list(raw, 3, "altLabels", problems);
        List<String> broader = list(raw, 4, "broader", problems);
        List<String> related = list(raw, 5, "related", problems);
        List<String> styrk = list(raw, 6, "styrk08", problems);
        if (id == null || pref == null || kindText == null || alt == null || broader == null
                || related == null || styrk == null) {
            return null;
        }
        int before = problems.size();
        checkId(id, "id", problems);
        ConceptKind kind = parseKind(kindText, problems);
        if (pref.isEmpty()) {
            problems.add("missing preferred label (third field) of '" + id + "'");
        } else if (pref.length() > Limits.LABEL_LENGTH) {
            problems.add("preferred label is longer than " + Limits.LABEL_LENGTH + " characters");
        }
        for (String a : alt) {
            if (a.length() > Limits.LABEL_LENGTH) {
                problems.add("alternative label '" + a.substring(0, 40) + "...' is longer than "
                        + Limits.LABEL_LENGTH + " characters");
            }
        }
        broader.forEach(b -> checkId(b, "broader id", problems));
        related.forEach(r -> checkId(r, "related id", problems));
        for (String s : styrk) {
            if (!Concept.isStyrk08Code(s)) {
                problems.add("STYRK-08 code '" + s + "' is not 1 to 4 digits");
            }
        }
        if (broader.contains(id)) {
            problems.add("'" + id + "' lists itself as broader");
        }
        if (related.contains(id)) {
            problems.add("'" + id + "' lists itself as related");
        }
        if (problems.size() > before) {
            // Still register a well-formed id so that later duplicates and links are judged fairly.
            return id.isEmpty() || kind == null || pref.isEmpty() ? null
                    : new Concept(id, kind, pref, alt, List.of(), List.of(), List.of());
        }
        return new Concept(id, kind, pref, alt, broader, related, styrk);
    }

    private static ConceptKind parseKind(String text, List<String> problems) {
        String k = text.toLowerCase(Locale.ROOT);
        if (k.equals("license")) {
            k = "licence";
        }
        for (ConceptKind kind : ConceptKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(k)) {
                return kind;
            }
        }
        problems.add((text.isEmpty() ? "missing kind" : "unknown kind '" + text + "'") + " (expected "
                + Arrays.stream(ConceptKind.values()).map(v -> v.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + ")");
        return null;
    }

    private static void checkId(String id, String what, List<String> problems) {
        if (id.isEmpty()) {
            problems.add("missing " + what);
            return;
        }
        if (id.length() > Limits.ID_LENGTH) {
            problems.add(what + " '" + id.substring(0, 40) + "...' is longer than " + Limits.ID_LENGTH
                    + " characters");
            return;
        }
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (Character.isWhitespace(ch) || ch == '|' || ch == ';' || ch == '\\' || Character.isISOControl(ch)) {
                problems.add(what + " '" + id + "' contains a blank, a control character or one of | ; \\");
                return;
            }
        }
    }

    private static List<String> list(List<String> raw, int index, String what, List<String> problems) {
        if (index >= raw.size()) {
            return List.of();
        }
        List<String> items;
        try {
            items = split(raw.get(index), ';');
        } catch (IllegalArgumentException e) {
            problems.add(what + ": " + e.getMessage());
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String v = unescape(item.strip());
            // Empty items (a trailing ';', an empty field) are tolerated, not an error.
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private static String unescapeField(String raw) {
        return unescape(raw.strip());
    }

    private static void checkWritableId(Concept c, String id) {
        List<String> problems = new ArrayList<>();
        checkId(id, "id", problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("concept '" + c.id() + "' cannot be written: " + problems.get(0));
        }
    }

    private static void checkWritableLabel(Concept c, String label) {
        String why = null;
        if (label.isBlank()) {
            why = "a label is blank";
        } else if (!label.equals(label.strip())) {
            why = "label '" + label + "' has surrounding blanks";
        } else if (label.chars().anyMatch(Character::isISOControl)) {
            why = "label '" + label + "' contains a line break or control character";
        }
        if (why != null) {
            throw new IllegalArgumentException("concept '" + c.id() + "' cannot be written: " + why);
        }
    }

    /**
     * Splits on unescaped {@code sep}, keeping escapes in the parts (they are resolved later, so
     * a {@code \;} inside a field survives the split on {@code |}).
     */
    private static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                if (i + 1 >= s.length() || "\\|;".indexOf(s.charAt(i + 1)) < 0) {
                    throw new IllegalArgumentException("backslash at column " + (i + 1)
                            + " must be followed by \\, | or ; (write \\\\ for a backslash)");
                }
                cur.append(ch).append(s.charAt(++i));
            } else if (ch == sep) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                ch = s.charAt(++i);
            }
            b.append(ch);
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace(";", "\\;");
    }

    // ---- whole-file checks ----

    private static void checkLinks(Map<String, Concept> concepts, Map<String, Integer> lineOf, String source,
            List<TaxonomyFormatException.Problem> problems) {
        for (Concept c : concepts.values()) {
            int line = lineOf.get(c.id());
            for (String b : c.broader()) {
                if (!concepts.containsKey(b)) {
                    problems.add(new TaxonomyFormatException.Problem(source, line,
                            "'" + c.id() + "': broader id '" + b + "' is not defined"));
                }
            }
            for (String r : c.related()) {
                if (!concepts.containsKey(r)) {
                    problems.add(new TaxonomyFormatException.Problem(source, line,
                            "'" + c.id() + "': related id '" + r + "' is not defined"));
                }
            }
        }
    }

    /** Reports each cycle of broader links once, at the line of the concept where it was found. */
    private static void checkCycles(Map<String, Concept> concepts, Map<String, Integer> lineOf, String source,
            List<TaxonomyFormatException.Problem> problems) {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        for (String start : concepts.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            // Iterative depth-first search: a deep hierarchy must not overflow the stack.
            List<String> path = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            path.add(start);
            next.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String id = path.get(top);
                List<String> up = concepts.get(id).broader();
                int i = next.get(top);
                if (i < up.size()) {
                    next.set(top, i + 1);
                    String b = up.get(i);
                    Integer s = state.get(b);
                    if (s == null) {
                        state.put(b, 1);
                        path.add(b);
                        next.add(0);
                    } else if (s == 1) {
                        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(b), path.size()));
                        cycle.add(b);
                        problems.add(new TaxonomyFormatException.Problem(source, lineOf.get(b),
                                "broader links form a cycle: " + String.join(" -> ", cycle)));
                    }
                } else {
                    state.put(id, 2);
                    path.remove(top);
                    next.remove(top);
                }
            }
        }
    }

    /** Writes to a string; for tests and tools. */
    static String toString(Taxonomy taxonomy) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(taxonomy, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
