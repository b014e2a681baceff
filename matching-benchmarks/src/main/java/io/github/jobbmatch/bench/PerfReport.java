package io.github.jobbmatch.bench;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.CompiledNeed;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.index.RecordCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * End-to-end performance report: index N generated candidates, then time the broad search (top 5 with
 * explanations, adviser view) next to a plain BM25 query and an in-memory Java loop, in the same run on
 * the same index and needs. Prints medians and ratios, then one summary line.
 *
 * <pre>bin/bench perf [--candidates N] [--needs M] [--threads 1,2] [--rounds R] [--loop-needs L] [--seed S]</pre>
 */
public final class PerfReport {

    private static final Viewer VIEWER = new Viewer("nav-bench", "adviser");

    private PerfReport() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long candidates = 1_000_000;
        int needs = 300;
        int rounds = 3;
        int loopNeeds = 20;
        long seed = 7;
        int[] threads = {1, 2};
        int searchThreads = Runtime.getRuntime().availableProcessors();
        java.nio.file.Path keep = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length && !a.equals("--help")) {
                System.err.println("error: " + a + " needs a value");
                System.exit(2);
            }
            switch (a) {
                case "--candidates" -> candidates = Long.parseLong(args[++i].replace("_", ""));
                case "--needs" -> needs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--loop-needs" -> loopNeeds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--keep-index" -> keep = java.nio.file.Path.of(args[++i]);
                case "--search-threads" -> searchThreads = Integer.parseInt(args[++i]);
                case "--threads" -> threads = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--help" -> {
                    out.println("usage: bin/bench perf [--candidates N] [--needs M] [--threads 1,2] [--search-threads T] [--rounds R] [--loop-needs L] [--seed S] [--keep-index DIR]");
                    return;
                }
                default -> {
                    System.err.println("error: unknown flag " + a);
                    System.exit(2);
                }
            }
        }
        if (searchThreads < 1) {
            System.err.println("error: --search-threads expects at least 1, got " + searchThreads);
            System.exit(2);
        }
        run(out, seed, candidates, needs, rounds, loopNeeds, threads, searchThreads, keep);
    }

    static void run(PrintStream out, long seed, long n, int m, int rounds, int loopNeeds, int[] threads,
            int searchThreads, java.nio.file.Path keep) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        HeapSampler sampler = new HeapSampler(memory);
        sampler.start();
        out.printf(Locale.ROOT, "Jobbmatch performance report: %,d candidates, %d needs, seed %d, JDK %s, %d cores, max heap %d MB%n",
                n, m, seed, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        BenchIndex bi = BenchIndex.build(seed, n, m, keep);
        MatchingIndex index = bi.index();
        double docsPerSec = n / bi.candidateSeconds();
        if (Double.isNaN(docsPerSec)) {
            out.printf(Locale.ROOT, "indexing: reused the index kept in %s (no indexing figure in this run)%n", bi.dir());
        } else {
            out.printf(Locale.ROOT, "indexing: %,d candidates in %.1f s = %,.0f docs/s (bulk upsertAll, batches of %,d); commit %.1f s;"
                    + " including commit %,.0f docs/s%n", n, bi.candidateSeconds(), docsPerSec, BenchIndex.BATCH,
                    bi.commitSeconds(), n / (bi.candidateSeconds() + bi.commitSeconds()));
        }
        int segments = index.withSearcher(s -> s.getIndexReader().leaves().size());
        out.printf(Locale.ROOT, "index: %d candidates, %.1f MB on disk, %d segments (not force-merged: MatchingIndex leaves"
                + " merging to Lucene's default TieredMergePolicy, as a live deployment would)%n",
                index.count(DocType.CANDIDATE), bi.sizeOnDisk() / 1048576.0, segments);

        // One search's segments run on searchThreads threads (MatchingSearch.Builder.executor); the same search on
        // its caller's thread alone is timed alongside.
        ExecutorService segmentPool = searchThreads > 1 ? Executors.newFixedThreadPool(searchThreads, r -> {
            Thread t = new Thread(r, "bench-search-segments");
            t.setDaemon(true);
            return t;
        }) : null;
        java.util.function.UnaryOperator<MatchingSearch.Builder> onPool = b -> segmentPool == null ? b : b.executor(segmentPool);
        MatchingSearch search = onPool.apply(MatchingSearch.builder(index)).build();
        MatchingSearch serial = MatchingSearch.builder(index).build();
        // The same search without near misses, to show what they cost.
        MatchingSearch lean = onPool.apply(MatchingSearch.builder(index).nearMisses(0)).build();
        List<Need> needs = bi.needs();
        Bm25Baseline bm25 = new Bm25Baseline(index.config().analyzer());
        // The BM25 query gets the same hard filters (our compiled gates); it is built before timing, which favours it.
        List<Query> bm25Queries = new ArrayList<>();
        for (Need need : needs) {
            SearchRequest req = SearchRequest.of(need.id(), VIEWER);
            CompiledNeed compiled = search.compiler().compile(need, bi.employers().get(need.employerId()), req);
            bm25Queries.add(bm25.query(need, compiled.gatesExcept(-1)));
        }

        // Warm-up: two passes of both (JIT, caches), not timed.
        for (int w = 0; w < 2; w++) {
            for (int i = 0; i < needs.size(); i++) {
                search.search(SearchRequest.of(needs.get(i).id(), VIEWER));
                serial.search(SearchRequest.of(needs.get(i).id(), VIEWER));
                lean.search(SearchRequest.of(needs.get(i).id(), VIEWER));
                bm25Top5(index, bm25Queries.get(i));
            }
        }
        // Interleave ours and BM25 per need, so the noise of this shared machine hits both alike.
        double[] ours = new double[needs.size() * rounds];
        double[] base = new double[needs.size() * rounds];
        double[] noMiss = new double[needs.size() * rounds];
        double[] oneThread = new double[needs.size() * rounds];
        long shortlisted = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < needs.size(); i++) {
                long t0 = System.nanoTime();
                SearchResult res = search.search(SearchRequest.of(needs.get(i).id(), VIEWER));
                long t1 = System.nanoTime();
                bm25Top5(index, bm25Queries.get(i));
                long t2 = System.nanoTime();
                lean.search(SearchRequest.of(needs.get(i).id(), VIEWER));
                long t3 = System.nanoTime();
                serial.search(SearchRequest.of(needs.get(i).id(), VIEWER));
                long t4 = System.nanoTime();
                oneThread[r * needs.size() + i] = (t4 - t3) / 1e6;
                ours[r * needs.size() + i] = (t1 - t0) / 1e6;
                base[r * needs.size() + i] = (t2 - t1) / 1e6;
                noMiss[r * needs.size() + i] = (t3 - t2) / 1e6;
                shortlisted += res.shortlist().size();
            }
        }
        double p50 = Stats.percentile(ours, 50);
        double p99 = Stats.percentile(ours, 99);
        double bp50 = Stats.percentile(base, 50);
        double sp50 = Stats.percentile(oneThread, 50);
        out.printf(Locale.ROOT, "broad search (top 5 + explanations + near misses + funnel, adviser view), %d searches,"
                + " segments on %d thread(s): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; mean short list %.2f%n",
                ours.length, searchThreads, p50, Stats.percentile(ours, 95), p99, Stats.percentile(ours, 100),
                shortlisted / (double) ours.length);
        out.printf(Locale.ROOT, "the same on the caller's thread alone (no executor), %d searches: p50 %.2f ms, p95 %.2f ms,"
                + " p99 %.2f ms%n", oneThread.length, sp50, Stats.percentile(oneThread, 95), Stats.percentile(oneThread, 99));
        out.printf(Locale.ROOT, "broad search without near misses (nearMisses(0)), %d searches: p50 %.2f ms, p95 %.2f ms,"
                + " p99 %.2f ms%n", noMiss.length, Stats.percentile(noMiss, 50), Stats.percentile(noMiss, 95),
                Stats.percentile(noMiss, 99));
        out.printf(Locale.ROOT, "plain BM25 (same text fields, same hard filters, top 5 decoded), %d searches: p50 %.2f ms,"
                + " p95 %.2f ms, p99 %.2f ms%n", base.length, bp50, Stats.percentile(base, 95), Stats.percentile(base, 99));
        out.printf(Locale.ROOT, "ratio broad/BM25: p50 %.2fx, p99 %.2fx (BM25 on one thread; broad search on one thread:"
                + " p50 %.2fx)%n", p50 / bp50, p99 / Stats.percentile(base, 99), sp50 / bp50);

        for (int t : threads) {
            out.printf(Locale.ROOT, "throughput, %d thread(s): %.0f searches/s%n", t, throughput(search, needs, t, rounds));
        }
        long heapSearch = sampler.peak();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        out.printf(Locale.ROOT, "heap: peak used %d MB while indexing and searching (sampled every 10 ms), %d MB retained"
                + " after a full GC%n", heapSearch >> 20, retained >> 20);

        // The loop: every candidate decoded once, in memory, before timing (regenerated from the same seed, which
        // gives the same records the index holds).
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Candidate> all = loopNeeds == 0 ? List.of() : g.candidates(n).toList();
        LoopBaseline loop = new LoopBaseline(all);
        int ln = Math.min(loopNeeds, needs.size());
        double[] loopMs = new double[ln];
        double[] oursSame = new double[ln];
        for (int pass = 0; pass < 2; pass++) { // pass 0 warms up
            for (int i = 0; i < ln; i++) {
                Need need = needs.get(i);
                double[] where = workplace(need, bi.employers().get(need.employerId()));
                long t0 = System.nanoTime();
                loop.top(need, where[0], where[1], VIEWER.organisation(), 5);
                long t1 = System.nanoTime();
                search.search(SearchRequest.of(need.id(), VIEWER));
                long t2 = System.nanoTime();
                loopMs[i] = (t1 - t0) / 1e6;
                oursSame[i] = (t2 - t1) / 1e6;
            }
        }
        double lp50 = ln == 0 ? Double.NaN : Stats.percentile(loopMs, 50);
        double op50 = ln == 0 ? Double.NaN : Stats.percentile(oursSame, 50);
        if (ln == 0) {
            out.println("Java loop: not run (--loop-needs 0)");
        } else {
            out.printf(Locale.ROOT, "Java loop over %,d decoded candidates, %d needs: p50 %.1f ms (broad search on the same"
                    + " needs: p50 %.2f ms) -> broad search is %.1fx faster%n", all.size(), ln, lp50, op50, lp50 / op50);
        }
        all = null;

        sampler.stop();
        if (segmentPool != null) {
            segmentPool.shutdown();
        }
        index.close();
        if (keep == null) {
            bi.deleteDirectory();
        }
        out.printf(Locale.ROOT, "targets at 1,000,000: p50 <= 5 ms, p99 <= 25 ms, <= 1.5x BM25, >= 10x faster than the loop,"
                + " >= 20,000 docs/s, heap <= 1024 MB%n");
        // A reused index (--keep-index) was not indexed in this run: n/a, not NaN.
        out.printf(Locale.ROOT, "p50_ms=%.2f p99_ms=%.2f p50_one_thread_ms=%.2f bm25_ratio=%.2f loop_ratio=%s index_docs_per_s=%s"
                + " heap_mb=%d%n", p50, p99, sp50, p50 / bp50, ln == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", lp50 / op50),
                Double.isNaN(docsPerSec) ? "n/a" : String.format(Locale.ROOT, "%.0f", docsPerSec), heapSearch >> 20);
    }

    private static void bm25Top5(MatchingIndex index, Query q) {
        index.withSearcher(s -> {
            TopDocs td = s.search(q, 5);
            for (ScoreDoc sd : td.scoreDocs) {
                RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, sd.doc));
            }
            return td.scoreDocs.length;
        });
    }

    private static double throughput(MatchingSearch search, List<Need> needs, int threads, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Need need : needs) {
                    futures.add(pool.submit(() -> search.search(SearchRequest.of(need.id(), VIEWER))));
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return futures.size() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** The need's location, else the employer's; NaN when neither is known. */
    static double[] workplace(Need need, Employer employer) {
        if (need.location() != null && need.location().lat() != null) {
            return new double[] {need.location().lat(), need.location().lon()};
        }
        if (employer != null && employer.location() != null && employer.location().lat() != null) {
            return new double[] {employer.location().lat(), employer.location().lon()};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** Samples the used heap on a daemon thread and keeps the peak (includes garbage not yet collected). */
    static final class HeapSampler {
        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        HeapSampler(MemoryMXBean memory) {
            this.memory = memory;
            this.thread = new Thread(this::loop, "heap-sampler");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            return peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        void stop() {
            running.set(false);
        }
    }
}
