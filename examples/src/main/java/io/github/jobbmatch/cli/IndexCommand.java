package io.github.jobbmatch.cli;

import io.github.jobbmatch.index.BulkResult;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.json.LineError;
import io.github.jobbmatch.json.NumberedDocument;
import io.github.jobbmatch.json.ReadResult;
import io.github.jobbmatch.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code jobbmatch index}: upserts JSON Lines files into an index directory and commits. Employers
 * are read first, then needs, then candidates. Invalid lines are reported and skipped; every valid
 * line is written, and nothing of an invalid one.
 */
final class IndexCommand implements Command {

    private static final List<Map.Entry<String, DocumentType<?>>> FILES = List.of(
            Map.entry("employers", DocumentType.EMPLOYER),
            Map.entry("needs", DocumentType.NEED),
            Map.entry("candidates", DocumentType.CANDIDATE));
    /** Documents per bulk write: bounds memory and keeps progress visible. */
    private static final int BATCH = 5_000;

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String summary() {
        return "upsert candidates, employers and needs from JSON Lines files into an index, and commit";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch index --index DIR [--candidates FILE] [--employers FILE] [--needs FILE]

                Creates the index at DIR when there is none, upserts every valid document of the given JSON
                Lines files (interchange format, docs/format.md) by id, and commits. Invalid lines are
                reported on stderr as FILE:LINE: $.path: message and nothing of them is written; the valid
                lines are still indexed. A summary per file goes to stdout.

                Exit codes: 0 all written, 1 some line rejected, 2 usage error, 4 a file or the index
                cannot be read or written.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Args a = Args.parse(args, Set.of("index", "candidates", "employers", "needs"), Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        Path dir = Path.of(a.require("index"));
        if (FILES.stream().noneMatch(f -> a.has(f.getKey()))) {
            throw new UsageException("give at least one of --candidates, --employers, --needs");
        }
        for (Map.Entry<String, DocumentType<?>> f : FILES) {
            Path p = a.path(f.getKey()).orElse(null);
            if (p != null && (!Files.isRegularFile(p) || !Files.isReadable(p))) {
                throw new NoSuchFileException(p.toString(), null, "cannot read (--" + f.getKey() + ")");
            }
        }
        InterchangeCodec codec = new InterchangeCodec();
        int rejectedTotal = 0;
        try (MatchingIndex index = IndexStore.openForWrite(dir)) {
            for (Map.Entry<String, DocumentType<?>> f : FILES) {
                Path p = a.path(f.getKey()).orElse(null);
                if (p != null) {
                    rejectedTotal += load(index, codec, f.getValue(), p, out, err);
                }
            }
            index.commit();
        }
        return rejectedTotal == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private static <T> int load(MatchingIndex index, InterchangeCodec codec, DocumentType<T> type, Path file,
            PrintStream out, PrintStream err) throws IOException {
        ReadResult<T> read;
        try (InputStream in = Files.newInputStream(file)) {
            read = codec.readLines(type, in);
        }
        for (LineError e : read.errors()) {
            err.println(e.format(file.toString()));
        }
        int written = 0;
        int rejected = read.errors().size();
        List<NumberedDocument<T>> accepted = read.accepted();
        for (int from = 0; from < accepted.size(); from += BATCH) {
            List<NumberedDocument<T>> batch = accepted.subList(from, Math.min(accepted.size(), from + BATCH));
            List<Object> docs = new ArrayList<>(batch.size());
            batch.forEach(d -> docs.add(d.document()));
            BulkResult result = index.upsertAll(docs);
            written += result.written();
            for (BulkResult.Rejected r : result.rejected()) {
                int line = batch.get(r.position()).line();
                for (Violation v : r.violations()) {
                    err.println(file + ":" + line + ": " + v.path() + ": " + v.message());
                }
                rejected++;
            }
        }
        out.println(file + ": " + written + " " + type.name() + (written == 1 ? "" : "s") + " indexed, "
                + rejected + " rejected");
        return rejected;
    }
}
