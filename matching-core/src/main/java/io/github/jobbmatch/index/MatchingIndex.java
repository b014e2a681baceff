package io.github.jobbmatch.index;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Limits;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.ValidationException;
import io.github.jobbmatch.model.Validator;
import io.github.jobbmatch.model.Violation;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded Lucene index holding candidates, employers and needs, told apart by a type field so
 * that one commit covers all three atomically.
 *
 * <p>Writes are upserts and deletes by id. Every document is validated with {@link Validator} and
 * turned into a Lucene document completely before anything is written, so a rejected write leaves
 * the index as it was. Writes become searchable without a commit within about a second
 * (near-real-time: a background thread reopens the searcher); {@link #awaitSearchable(long)} waits for
 * a given write. {@link #commit()} makes writes durable. Many threads may search and write at once.
 */
public final class MatchingIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingIndex.class);
    /** Searches see a write at most this long after it. */
    private static final double MAX_STALE_SEC = 1.0;
    private static final double MIN_STALE_SEC = 0.02;
    private static final int AWAIT_TIMEOUT_MS = 10_000;
    /** Bulk writes smaller than this stay on the caller's thread. */
    private static final int PARALLEL_MIN_DOCS = 64;
    /** Lucene's indexing RAM buffer: larger than the 16 MB default, so a bulk import flushes (and merges) less. */
    private static final double RAM_BUFFER_MB = 64;

    private final MatchingConfig config;
    private final Documents documents;
    private final Directory directory;
    private final boolean ownsDirectory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int writeLanes;
    private final java.util.concurrent.ExecutorService writePool;

    private MatchingIndex(Directory directory, boolean ownsDirectory, MatchingConfig config) throws IOException {
        this.config = Objects.requireNonNull(config, "config");
        this.documents = new Documents(config);
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        checkFormat(directory);
        IndexWriterConfig iwc = new IndexWriterConfig(config.analyzer());
        iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        iwc.setRAMBufferSizeMB(RAM_BUFFER_MB);
        // expungeDeletes() must rewrite every segment with a deleted document, not only those with more
        // than 10% deleted (the default), or an erased candidate could linger in the files.
        TieredMergePolicy mergePolicy = new TieredMergePolicy();
        mergePolicy.setForceMergeDeletesPctAllowed(0.0);
        iwc.setMergePolicy(mergePolicy);
        this.writer = new IndexWriter(directory, iwc);
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        this.searcherManager = new SearcherManager(writer, true, false, new SearcherFactory());
        this.reopener = new ControlledRealTimeReopenThread<>(writer, searcherManager, MAX_STALE_SEC, MIN_STALE_SEC);
        reopener.setName("jobbmatch-nrt-reopen");
        reopener.setDaemon(true);
        reopener.start();
        this.writeLanes = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        this.writePool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, writeLanes - 1), r -> {
            Thread t = new Thread(r, "jobbmatch-bulk-write");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The index format this version writes, recorded in every commit: the fields and their encoding. An index
     * written in another format (or before formats were recorded) is refused when opened rather than searched
     * wrongly; rebuild it from the case system's records.
     */
    public static final String FORMAT = "2";
    private static final String FORMAT_KEY = "jobbmatch.indexFormat";

    /**
     * Opens (or creates) the index in this directory on disk.
     *
     * @throws IllegalStateException when the directory holds an index in another {@link #FORMAT}
     */
    public static MatchingIndex open(Path path, MatchingConfig config) throws IOException {
        Directory dir = FSDirectory.open(path);
        try {
            return new MatchingIndex(dir, true, config);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Refuses an index written in another format; an empty one (created, nothing committed) is accepted. */
    private static void checkFormat(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String format = commit.getUserData().get(FORMAT_KEY);
        if (FORMAT.equals(format) || (format == null && commit.totalMaxDoc() == 0)) {
            return;
        }
        throw new IllegalStateException("the index in " + directory + " was written in "
                + (format == null ? "an earlier index format (none recorded)" : "index format " + format)
                + "; this version reads and writes format " + FORMAT
                + ". Rebuild it from the case system's records into an empty directory (docs/durability.md).");
    }

    /**
     * Opens (or creates) the index in a directory the caller owns and closes.
     *
     * @throws IllegalStateException when the directory holds an index in another {@link #FORMAT}
     */
    public static MatchingIndex open(Directory directory, MatchingConfig config) throws IOException {
        return new MatchingIndex(directory, false, config);
    }

    /** A new index in memory (tests, demos). */
    public static MatchingIndex inMemory(MatchingConfig config) {
        try {
            return new MatchingIndex(new ByteBuffersDirectory(), true, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration this index was built with; searches must use the same. */
    public MatchingConfig config() {
        return config;
    }

    /**
     * Inserts or replaces the candidate with this id.
     *
     * @return the write generation, for {@link #awaitSearchable(long)}
     * @throws io.github.jobbmatch.model.ValidationException naming every violation; nothing is written
     */
    public long upsert(Candidate candidate) {
        Validator.requireValid(candidate);
        return write(DocType.CANDIDATE, candidate.id(), requireSize("candidate", candidate.id(), documents.candidate(candidate)));
    }

    /** Inserts or replaces the employer with this id; see {@link #upsert(Candidate)}. */
    public long upsert(Employer employer) {
        Validator.requireValid(employer);
        return write(DocType.EMPLOYER, employer.id(), requireSize("employer", employer.id(), documents.employer(employer)));
    }

    /** Inserts or replaces the need with this id; see {@link #upsert(Candidate)}. */
    public long upsert(Need need) {
        Validator.requireValid(need);
        return write(DocType.NEED, need.id(), requireSize("need", need.id(), documents.need(need)));
    }

    /**
     * Writes many documents (any mix of {@link Candidate}, {@link Employer} and {@link Need}). Every
     * document is validated first; invalid ones are returned with their violations and nothing of
     * them is written; the valid ones are written.
     *
     * @throws IllegalArgumentException when an element is null or of another type
     */
    public BulkResult upsertAll(List<?> docs) {
        // Validate everything first, then build and write the valid ones one at a time, so that a large
        // bulk never holds all its Lucene documents in memory. Building a valid document cannot fail.
        List<BulkResult.Rejected> rejected = new ArrayList<>();
        boolean[] valid = new boolean[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            Object o = docs.get(i);
            List<Violation> violations = switch (o) {
                case Candidate c -> Validator.validate(c);
                case Employer e -> Validator.validate(e);
                case Need n -> Validator.validate(n);
                case null -> throw new IllegalArgumentException("document at position " + i + " is null");
                default -> throw new IllegalArgumentException("document at position " + i
                        + " is a " + o.getClass().getName() + ", expected a Candidate, Employer or Need");
            };
            valid[i] = violations.isEmpty();
            if (!valid[i]) {
                rejected.add(new BulkResult.Rejected(i, typeOf(o), idOf(o), violations));
            }
        }
        // Build and write on several lanes: Lucene analyses a document inside updateDocument, and the Norwegian
        // chain is most of the cost of a write, so one thread leaves the other cores idle. A document goes to
        // the lane of its id, and every lane writes in batch order, so a batch holding one id twice still ends
        // with its last version (as when written one by one).
        int lanes = docs.size() < PARALLEL_MIN_DOCS ? 1 : writeLanes;
        long[] gens = new long[lanes];
        int[] counts = new int[lanes];
        List<List<BulkResult.Rejected>> tooLarge = new ArrayList<>();
        List<java.util.concurrent.Callable<Void>> work = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int l = lane;
            List<BulkResult.Rejected> mine = new ArrayList<>();
            tooLarge.add(mine);
            gens[l] = -1;
            work.add(() -> {
                for (int i = 0; i < docs.size(); i++) {
                    if (!valid[i] || lanes > 1 && Math.floorMod(idOf(docs.get(i)).hashCode(), lanes) != l) {
                        continue;
                    }
                    Object o = docs.get(i);
                    Document d = switch (o) {
                        case Candidate c -> documents.candidate(c);
                        case Employer e -> documents.employer(e);
                        case Need n -> documents.need(n);
                        default -> throw new AssertionError(o);
                    };
                    Optional<Violation> big = sizeViolation(d);
                    if (big.isPresent()) {
                        mine.add(new BulkResult.Rejected(i, typeOf(o), idOf(o), List.of(big.get())));
                        continue;
                    }
                    gens[l] = write(typeOf(o), idOf(o), d);
                    counts[l]++;
                }
                return null;
            });
        }
        runAll(work);
        long gen = -1;
        int written = 0;
        for (int lane = 0; lane < lanes; lane++) {
            gen = Math.max(gen, gens[lane]);
            written += counts[lane];
            rejected.addAll(tooLarge.get(lane));
        }
        rejected.sort(java.util.Comparator.comparingInt(BulkResult.Rejected::position));
        return new BulkResult(written, rejected, gen);
    }

    /** Runs the tasks, the first on this thread and the rest on the write pool; rethrows the first failure. */
    private void runAll(List<java.util.concurrent.Callable<Void>> work) {
        List<java.util.concurrent.Future<Void>> futures = new ArrayList<>();
        for (int i = 1; i < work.size(); i++) {
            futures.add(writePool.submit(work.get(i)));
        }
        RuntimeException failure = null;
        try {
            work.get(0).call();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Exception e) {
            failure = new IllegalStateException(e);
        }
        for (java.util.concurrent.Future<Void> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("interrupted while writing", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The size limit for records built in Java, which never pass the JSON codec's byte limit. The stored
     * record encoding is measured: it is close to the UTF-8 size of the JSON (no names, no quoting), so
     * a record under the limit here is also under it as JSON in practice, and the field limits alone
     * would allow several megabytes per document.
     */
    private static Optional<Violation> sizeViolation(Document d) {
        BytesRef record = d.getBinaryValue(Fields.RECORD);
        if (record != null && record.length > Limits.DOCUMENT_BYTES) {
            return Optional.of(new Violation("$", "expected a document of at most " + Limits.DOCUMENT_BYTES
                    + " bytes, got " + record.length + " bytes in the stored encoding"));
        }
        return Optional.empty();
    }

    private static Document requireSize(String kind, String id, Document d) {
        Optional<Violation> tooLarge = sizeViolation(d);
        if (tooLarge.isPresent()) {
            throw new ValidationException(kind + " " + id, List.of(tooLarge.get()));
        }
        return d;
    }

    private static DocType typeOf(Object o) {
        return o instanceof Candidate ? DocType.CANDIDATE : o instanceof Employer ? DocType.EMPLOYER : DocType.NEED;
    }

    private static String idOf(Object o) {
        return switch (o) {
            case Candidate c -> c.id();
            case Employer e -> e.id();
            case Need n -> n.id();
            default -> null;
        };
    }

    /**
     * Deletes the document of this type and id (right to erasure); a missing id is not an error.
     *
     * @return the write generation
     */
    public long delete(DocType type, String id) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        ensureOpen();
        try {
            return writer.deleteDocuments(new Term(Fields.UID, type.uid(id)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + type.key() + " " + id, e);
        }
    }

    private long write(DocType type, String id, Document doc) {
        ensureOpen();
        try {
            return writer.updateDocument(new Term(Fields.UID, type.uid(id)), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + type.key() + " " + id, e);
        }
    }

    /**
     * Makes every write so far durable: once this returns, the writes (upserts and deletes) survive a
     * crash of the process or the machine (the files are fsynced). Writes after the last successful
     * commit are lost in a crash; the index then opens at that commit. The writes are also searchable
     * when this returns (a committed write that searches do not yet see would surprise every caller
     * that searches right after an import). See docs/durability.md.
     */
    public void commit() {
        ensureOpen();
        try {
            writer.commit();
            searcherManager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("commit failed", e);
        }
    }

    /**
     * Physically removes deleted documents from the index files, then commits (right to erasure).
     *
     * <p>A {@link #delete} hides a document from searches at once (after the next refresh), but Lucene
     * only marks it deleted: its terms and stored record stay in the segment files until a merge rewrites
     * them. This rewrites every segment with deletions, commits, reopens the searchers so that no reader
     * holds the old segments, and removes the files no commit refers to. Costly on a large index (it
     * rewrites segments): run it after erasure requests, in batches, not after every delete.
     */
    public void expungeDeletes() {
        ensureOpen();
        try {
            writer.forceMergeDeletes(true);
            writer.commit();
            searcherManager.maybeRefreshBlocking();
            writer.deleteUnusedFiles();
        } catch (IOException e) {
            throw new UncheckedIOException("expunging deletes failed", e);
        }
    }

    /**
     * Waits until the write of this generation is visible to searches (normally well under a second).
     *
     * @throws IllegalStateException if it is not visible after ten seconds
     */
    public void awaitSearchable(long generation) {
        ensureOpen();
        try {
            if (!reopener.waitForGeneration(generation, AWAIT_TIMEOUT_MS)) {
                throw new IllegalStateException("write " + generation + " not searchable after " + AWAIT_TIMEOUT_MS + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for write " + generation, e);
        }
    }

    /** Makes every write so far visible to searches now. */
    public void refresh() {
        ensureOpen();
        try {
            searcherManager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refresh failed", e);
        }
    }

    /** Work with a point-in-time searcher, released afterwards. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on the current near-real-time searcher and releases it afterwards. */
    public <T> T withSearcher(SearcherWork<T> work) {
        ensureOpen();
        try {
            IndexSearcher s = searcherManager.acquire();
            try {
                return work.apply(s);
            } finally {
                searcherManager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The candidate with this id as last made searchable. */
    public Optional<Candidate> candidate(String id) {
        return load(DocType.CANDIDATE, id, RecordCodec::decodeCandidate);
    }

    /** The employer with this id as last made searchable. */
    public Optional<Employer> employer(String id) {
        return load(DocType.EMPLOYER, id, RecordCodec::decodeEmployer);
    }

    /** The need with this id as last made searchable. */
    public Optional<Need> need(String id) {
        return load(DocType.NEED, id, RecordCodec::decodeNeed);
    }

    /** Number of searchable documents of this type. */
    public int count(DocType type) {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.TYPE, type.key()))));
    }

    private <T> Optional<T> load(DocType type, String id, Function<byte[], T> decode) {
        Objects.requireNonNull(id, "id");
        return withSearcher(s -> Optional.ofNullable(findRecord(s, type, id, decode)));
    }

    /**
     * The record of this type and id as seen by {@code searcher}, decoded; null when the searcher has
     * no such document. For searches that must read several records off one point-in-time searcher.
     */
    public static <T> T findRecord(IndexSearcher searcher, DocType type, String id, Function<byte[], T> decode)
            throws IOException {
        TopDocs td = searcher.search(new TermQuery(new Term(Fields.UID, type.uid(id))), 1);
        return td.scoreDocs.length == 0 ? null : decode.apply(storedRecord(searcher, td.scoreDocs[0].doc));
    }

    /** The stored record bytes of a document of a searcher. */
    public static byte[] storedRecord(IndexSearcher searcher, int doc) throws IOException {
        return storedRecord(searcher.storedFields(), doc);
    }

    /**
     * The stored record bytes of a document, read through {@code fields} (a searcher's {@code storedFields()}: one
     * thread's reader, which a caller reading several records reuses; each new one clones the segments' readers and
     * grows a decompression buffer of its own).
     */
    public static byte[] storedRecord(org.apache.lucene.index.StoredFields fields, int doc) throws IOException {
        Document d = fields.document(doc, java.util.Set.of(Fields.RECORD));
        BytesRef b = d.getBinaryValue(Fields.RECORD);
        if (b == null) {
            throw new IllegalStateException("document " + doc + " has no stored record");
        }
        return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the index is closed");
        }
    }

    /** Stops the reopen thread, commits pending writes and closes the index. */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            writePool.shutdown();
            reopener.close();
            searcherManager.close();
            writer.close();
        } finally {
            if (ownsDirectory) {
                directory.close();
            }
            LOG.debug("index closed");
        }
    }
}
