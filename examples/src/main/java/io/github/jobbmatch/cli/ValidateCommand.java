package io.github.jobbmatch.cli;

import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.json.LineError;
import io.github.jobbmatch.json.NumberedDocument;
import io.github.jobbmatch.json.ReadResult;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code jobbmatch validate}: checks JSON Lines files of the interchange format without indexing
 * them. Every error is printed as {@code FILE:LINE: $.path: message} on stderr, a summary per file on
 * stdout. Besides each document's own rules it checks ids across the given files: duplicate ids in a
 * file, and needs whose employer is not among the given employers.
 */
final class ValidateCommand implements Command {

    /** Flag name and document type, in the order files are read and reported. */
    private static final List<Map.Entry<String, DocumentType<?>>> FLAGS = List.of(
            Map.entry("candidates", DocumentType.CANDIDATE),
            Map.entry("employers", DocumentType.EMPLOYER),
            Map.entry("needs", DocumentType.NEED));
    private static final Set<String> FLAG_NAMES = Set.of("candidates", "employers", "needs");

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check JSON Lines files of candidates, employers and needs";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch validate [--candidates FILE] [--employers FILE] [--needs FILE]

                Checks JSON Lines files of the interchange format (docs/format.md); at least one file is
                required. Every error goes to stderr as FILE:LINE: $.path: message, and a summary per file
                (FILE: N valid, M invalid) to stdout. When both employers and needs are given, a need whose
                employerId is not among the employers is an error; so is an id used twice in one file.

                Exit codes: 0 all valid, 1 some line invalid, 2 usage error, 4 a file cannot be read.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Args a = Args.parse(args, FLAG_NAMES, Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        if (FLAG_NAMES.stream().noneMatch(a::has)) {
            throw new UsageException("give at least one of --candidates, --employers, --needs");
        }
        for (Map.Entry<String, DocumentType<?>> f : FLAGS) {
            String flag = f.getKey();
            Path p = a.path(flag).orElse(null);
            if (p != null && (!Files.isRegularFile(p) || !Files.isReadable(p))) {
                err.println("error: cannot read " + p + " (--" + flag + "): "
                        + (Files.exists(p) ? "not a readable file" : "no such file"));
                return ExitCodes.IO_ERROR;
            }
        }

        InterchangeCodec codec = new InterchangeCodec();
        Map<String, FileReport> reports = new LinkedHashMap<>();
        for (Map.Entry<String, DocumentType<?>> f : FLAGS) {
            if (a.has(f.getKey())) {
                Path p = a.path(f.getKey()).orElseThrow();
                reports.put(f.getKey(), read(codec, f.getValue(), p));
            }
        }
        crossCheck(reports);

        boolean anyError = false;
        for (FileReport r : reports.values()) {
            for (Map.Entry<Integer, List<Violation>> e : r.errors.entrySet()) {
                for (Violation v : e.getValue()) {
                    err.println(r.name + ":" + e.getKey() + ": " + v);
                }
            }
            anyError |= !r.errors.isEmpty();
        }
        for (FileReport r : reports.values()) {
            out.println(r.name + ": " + r.valid() + " valid, " + r.errors.size() + " invalid");
        }
        return anyError ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    /** One file's outcome: accepted documents by line, and errors by line (in line order). */
    private static final class FileReport {
        final String name;
        final Map<Integer, Object> accepted = new TreeMap<>();
        final Map<Integer, List<Violation>> errors = new TreeMap<>();

        FileReport(String name) {
            this.name = name;
        }

        void error(int line, Violation v) {
            errors.computeIfAbsent(line, l -> new ArrayList<>()).add(v);
            accepted.remove(line);
        }

        int valid() {
            return accepted.size();
        }
    }

    private static <T> FileReport read(InterchangeCodec codec, DocumentType<T> type, Path path) throws IOException {
        ReadResult<T> result;
        try (InputStream in = Files.newInputStream(path)) {
            result = codec.readLines(type, in);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + path + ": no such file", e);
        }
        FileReport r = new FileReport(path.toString());
        for (NumberedDocument<T> d : result.accepted()) {
            r.accepted.put(d.line(), d.document());
        }
        for (LineError e : result.errors()) {
            r.errors.put(e.line(), new ArrayList<>(e.violations()));
        }
        return r;
    }

    private static void crossCheck(Map<String, FileReport> reports) {
        for (FileReport r : reports.values()) {
            duplicateIds(r);
        }
        FileReport employers = reports.get("employers");
        FileReport needs = reports.get("needs");
        if (employers != null && needs != null) {
            Set<String> known = new HashSet<>();
            employers.accepted.values().forEach(e -> known.add(((Employer) e).id()));
            for (Map.Entry<Integer, Object> e : List.copyOf(needs.accepted.entrySet())) {
                Need n = (Need) e.getValue();
                if (!known.contains(n.employerId())) {
                    needs.error(e.getKey(), new Violation("$.employerId",
                            "expected the id of an employer in " + employers.name + ", got \"" + n.employerId() + "\""));
                }
            }
        }
    }

    private static void duplicateIds(FileReport r) {
        Function<Object, String> id = d -> switch (d) {
            case io.github.jobbmatch.model.Candidate c -> c.id();
            case Employer e -> e.id();
            case Need n -> n.id();
            default -> throw new IllegalStateException("unexpected document " + d);
        };
        Map<String, Integer> firstLine = new HashMap<>();
        List<Map.Entry<Integer, Object>> entries = new ArrayList<>(r.accepted.entrySet());
        entries.sort(Comparator.comparing(Map.Entry::getKey));
        for (Map.Entry<Integer, Object> e : entries) {
            String docId = id.apply(e.getValue());
            Integer first = firstLine.putIfAbsent(docId, e.getKey());
            if (first != null) {
                r.error(e.getKey(), new Violation("$.id", "expected a unique id, got \"" + docId + "\" already used on line " + first));
            }
        }
    }
}
