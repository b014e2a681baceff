package io.github.jobbmatch.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Limits;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The strict codec of the interchange format v1 ({@code docs/format.md}): reads and writes
 * candidates, employers and needs as single JSON documents and as JSON Lines streams.
 *
 * <p>Reading is strict and complete: unknown keys, duplicate keys, wrong types, unknown enum values,
 * malformed dates, numbers that do not fit, trailing content and every rule of the core
 * {@link io.github.jobbmatch.model.Validator} are reported together, each with the JSON path of the
 * value and what was expected ({@code $.requirements[2].kind: expected one of must, want, trainable,
 * got "maybe"}). Bad input only ever raises {@link DocumentException}; in a JSON Lines stream a bad
 * line becomes a {@link LineError} and the good lines are still returned.
 *
 * <p>Writing is canonical: keys in the format's order, null fields and empty lists left out, dates
 * ISO-8601, enums as wire values, whole numbers without a fraction; one line per document in JSON
 * Lines. Only valid documents are written, so whatever this codec writes, it reads back equal.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class InterchangeCodec {

    /** Deepest nesting accepted; the format itself nests at most four levels. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private final JsonFactory factory;

    /** A codec with the limits of {@link Limits}. */
    public InterchangeCodec() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(Limits.DOCUMENT_BYTES)
                .maxNameLength(Limits.DOCUMENT_BYTES)
                .maxDocumentLength(Limits.DOCUMENT_BYTES)
                .build();
        this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    // ---- single documents ----------------------------------------------------------------------

    /** Reads one candidate document; throws {@link DocumentException} naming every problem. */
    public Candidate readCandidate(String json) {
        return read(DocumentType.CANDIDATE, json);
    }

    /** Reads one employer document; throws {@link DocumentException} naming every problem. */
    public Employer readEmployer(String json) {
        return read(DocumentType.EMPLOYER, json);
    }

    /** Reads one need document; throws {@link DocumentException} naming every problem. */
    public Need readNeed(String json) {
        return read(DocumentType.NEED, json);
    }

    /**
     * Reads one document of the given type.
     *
     * @throws DocumentException with every problem found, when the document is not valid
     */
    public <T> T read(DocumentType<T> type, String json) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
        Outcome<T> o = decode(type, json);
        if (!o.violations.isEmpty()) {
            throw new DocumentException(type.name(), o.id, o.violations);
        }
        return o.document;
    }

    /** The result of decoding one text: the document, or its id (when readable) and violations. */
    private record Outcome<T>(T document, String id, List<Violation> violations) {}

    private <T> Outcome<T> decode(DocumentType<T> type, String json) {
        long bytes = utf8Length(json);
        if (bytes > Limits.DOCUMENT_BYTES) {
            return new Outcome<>(null, null, List.of(new Violation("$",
                    "expected a document of at most " + Limits.DOCUMENT_BYTES + " bytes, got " + bytes)));
        }
        JsonTree.Parsed parsed = JsonTree.parse(factory, json);
        JsonNode root = parsed.root();
        if (root == null) {
            return new Outcome<>(null, null, parsed.violations());
        }
        String id = root.isObject() && root.path("id").isTextual() ? root.get("id").textValue() : null;
        Mapping m = new Mapping();
        m.violations.addAll(parsed.violations());
        if (!root.isObject()) {
            m.error("$", "expected a JSON object (a " + type.name() + " document), got " + Mapping.describe(root));
            return new Outcome<>(null, id, m.violations);
        }
        T doc = type.reader.apply(m, m.object(root, "$", type.keys));
        List<Violation> all = new ArrayList<>(m.violations);
        // The core rules, minus what was already reported at (or inside) the same place.
        for (Violation v : type.validator.apply(doc)) {
            if (!coveredBy(v.path(), m)) {
                all.add(v);
            }
        }
        return all.isEmpty() ? new Outcome<>(doc, id, List.of()) : new Outcome<>(null, id, all);
    }

    private static boolean coveredBy(String path, Mapping m) {
        for (Violation v : m.violations) {
            if (Paths.within(path, v.path())) {
                return true;
            }
        }
        for (String list : m.shiftedLists) {
            // An element was dropped there, so the validator's indices are off by one or more.
            if (path.startsWith(list + "[")) {
                return true;
            }
        }
        return false;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    // ---- JSON Lines ----------------------------------------------------------------------------

    /** Reads a JSON Lines stream of candidates; see {@link #readLines(DocumentType, Reader)}. */
    public ReadResult<Candidate> readCandidates(Reader jsonl) throws IOException {
        return readLines(DocumentType.CANDIDATE, jsonl);
    }

    /** Reads a JSON Lines stream of employers; see {@link #readLines(DocumentType, Reader)}. */
    public ReadResult<Employer> readEmployers(Reader jsonl) throws IOException {
        return readLines(DocumentType.EMPLOYER, jsonl);
    }

    /** Reads a JSON Lines stream of needs; see {@link #readLines(DocumentType, Reader)}. */
    public ReadResult<Need> readNeeds(Reader jsonl) throws IOException {
        return readLines(DocumentType.NEED, jsonl);
    }

    /**
     * Reads a JSON Lines stream: one document per line, each read on its own. Blank lines are
     * skipped (but counted); a byte-order mark at the start is ignored; a line longer than
     * {@link Limits#DOCUMENT_BYTES} is refused without being held in memory. A bad line never stops
     * the reading. The reader is not closed.
     *
     * @throws IOException only when the reader itself fails
     */
    public <T> ReadResult<T> readLines(DocumentType<T> type, Reader jsonl) throws IOException {
        Objects.requireNonNull(type, "type");
        return collect(type, new LineSource.Chars(jsonl));
    }

    /**
     * Reads a JSON Lines stream of UTF-8 bytes, like {@link #readLines(DocumentType, Reader)}; a
     * line that is not valid UTF-8 is refused on its own. The stream is not closed.
     *
     * @throws IOException only when the stream itself fails
     */
    public <T> ReadResult<T> readLines(DocumentType<T> type, InputStream jsonl) throws IOException {
        Objects.requireNonNull(type, "type");
        return collect(type, new LineSource.Bytes(jsonl));
    }

    private <T> ReadResult<T> collect(DocumentType<T> type, LineSource source) throws IOException {
        List<NumberedDocument<T>> accepted = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        LineSource.Line line;
        while ((line = source.next()) != null) {
            if (line.problem() != null) {
                errors.add(new LineError(line.number(), null, List.of(new Violation("$", line.problem()))));
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            Outcome<T> o = decode(type, line.text());
            if (o.violations.isEmpty()) {
                accepted.add(new NumberedDocument<>(line.number(), o.document));
            } else {
                errors.add(new LineError(line.number(), o.id, o.violations));
            }
        }
        return new ReadResult<>(accepted, errors);
    }

    // ---- writing -------------------------------------------------------------------------------

    /** Canonical single-line JSON of a valid candidate; throws {@link DocumentException} when it is invalid. */
    public String write(Candidate candidate) {
        return write(DocumentType.CANDIDATE, candidate);
    }

    /** Canonical single-line JSON of a valid employer; throws {@link DocumentException} when it is invalid. */
    public String write(Employer employer) {
        return write(DocumentType.EMPLOYER, employer);
    }

    /** Canonical single-line JSON of a valid need; throws {@link DocumentException} when it is invalid. */
    public String write(Need need) {
        return write(DocumentType.NEED, need);
    }

    /**
     * Canonical single-line JSON of a document. The document is validated first, so nothing is
     * written that this codec would refuse to read.
     *
     * @throws DocumentException when the document is not valid
     */
    public <T> String write(DocumentType<T> type, T document) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(document, "document");
        List<Violation> violations = type.validator.apply(document);
        if (!violations.isEmpty()) {
            throw new DocumentException(type.name(), type.id.apply(document), violations);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            type.writer.write(g, document);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter failed", e);
        }
        return out.toString();
    }

    /** Writes candidates as JSON Lines; see {@link #writeLines(DocumentType, Writer, List)}. */
    public void writeCandidates(Writer out, List<Candidate> candidates) throws IOException {
        writeLines(DocumentType.CANDIDATE, out, candidates);
    }

    /** Writes employers as JSON Lines; see {@link #writeLines(DocumentType, Writer, List)}. */
    public void writeEmployers(Writer out, List<Employer> employers) throws IOException {
        writeLines(DocumentType.EMPLOYER, out, employers);
    }

    /** Writes needs as JSON Lines; see {@link #writeLines(DocumentType, Writer, List)}. */
    public void writeNeeds(Writer out, List<Need> needs) throws IOException {
        writeLines(DocumentType.NEED, out, needs);
    }

    /**
     * Writes documents as JSON Lines, one canonical document and {@code \n} per line. Every document
     * is validated before anything is written, so an invalid one leaves the writer untouched. The
     * writer is flushed, not closed.
     *
     * @throws DocumentException when a document is invalid (naming it by its position in the list)
     */
    public <T> void writeLines(DocumentType<T> type, Writer out, List<? extends T> documents) throws IOException {
        Objects.requireNonNull(out, "out");
        List<String> lines = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            int index = i;
            try {
                lines.add(write(type, documents.get(i)));
            } catch (DocumentException e) {
                List<Violation> at = e.violations().stream()
                        .map(v -> new Violation("$[" + index + "]" + v.path().substring(1), v.message()))
                        .toList();
                throw new DocumentException(type.name(), e.id(), at);
            }
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        out.flush();
    }
}
