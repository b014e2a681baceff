package io.github.jobbmatch.bench;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.Documents;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.CompiledNeed;
import io.github.jobbmatch.search.MatchWeights;
import io.github.jobbmatch.search.NeedQueryCompiler;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * Candidate-first performance report: index M generated needs (every status, as the generator mixes
 * them) with their employers and N candidates, then time {@link OpeningsSearch} for Q candidates sampled
 * by id, next to a naive exhaustive baseline in the same run. Prints medians and ratios, then one
 * summary line.
 *
 * <p>The baseline is what a candidate-first search costs without the reverse index: every need
 * document is read, decoded, its employer checked, the need compiled exactly as the broad search
 * compiles it, and run against the candidate's one-document in-memory index. It gives the exact answer
 * (every need whose own query the candidate passes, with the broad search's score), so the report also
 * checks that every opening the search returns carries the score the exhaustive pass gives it.
 *
 * <pre>bin/bench openings [--candidates N] [--needs M] [--queries Q] [--seed S] [--baseline-queries B] [--index DIR]</pre>
 */
public final class OpeningsPerfReport {

    private static final String MARKER = "openings-bench.properties";
    /** Bumped when need or employer documents gain fields: a kept index then gets them written again. */
    private static final String NEEDS_SCHEMA = "needsSchema=2\n";

    private OpeningsPerfReport() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long candidates = 1_000_000;
        int needs = 100_000;
        int queries = 200;
        int baselineQueries = 3;
        long seed = 7;
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println("usage: bin/bench openings [--candidates N] [--needs M] [--queries Q] [--seed S]"
                        + " [--baseline-queries B] [--index DIR]");
                return;
            }
            if (i + 1 >= args.length) {
                System.err.println("error: " + a + " needs a value");
                System.exit(2);
            }
            switch (a) {
                case "--candidates" -> candidates = Long.parseLong(args[++i].replace("_", ""));
                case "--needs" -> needs = Integer.parseInt(args[++i].replace("_", ""));
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--baseline-queries" -> baselineQueries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--index" -> keep = Path.of(args[++i]);
                default -> {
                    System.err.println("error: unknown flag " + a);
                    System.exit(2);
                }
            }
        }
        if (candidates < 1 || needs < 1 || queries < 1 || baselineQueries < 0) {
            System.err.println("error: --candidates, --needs and --queries must be >= 1, --baseline-queries >= 0");
            System.exit(2);
        }
        run(out, seed, candidates, needs, queries, baselineQueries, keep);
    }

    static void run(PrintStream out, long seed, long n, int m, int q, int baselineQueries, Path keep) throws Exception {
        out.printf(Locale.ROOT, "Jobbmatch candidate-first (openings) report: %,d needs, %,d candidates, %d queries, seed %d,"
                + " JDK %s, %d cores, max heap %d MB%n", m, n, q, seed, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("data: generated by SampleGenerator (built-in calibration); ../shared data is not read.");
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        // About ten needs per employer (100-10,000 employers), the generator's own status and capacity mix.
        List<Employer> employers = g.employers(Math.max(100, Math.min(10_000, m / 10)));
        Map<String, Employer> byId = employers.stream().collect(Collectors.toMap(Employer::id, Function.identity()));

        String params = "seed=" + seed + "\nneeds=" + m + "\ncandidates=" + n + "\nemployers=" + employers.size() + "\n";
        Path dir = keep != null ? keep : Files.createTempDirectory("jobbmatch-openings-");
        Path marker = dir.resolve(MARKER);
        String found = keep != null && Files.isRegularFile(marker) ? Files.readString(marker) : null;
        boolean reuse = found != null && found.equals(params + NEEDS_SCHEMA);
        // An index of the same corpus written by an older version: the candidates are kept (the slow part), the
        // employers and needs written again, so their documents have the fields this version reads.
        boolean rewriteNeeds = !reuse && found != null && found.startsWith(params);
        if (keep != null && !reuse && !rewriteNeeds && Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
            System.err.println("error: --index " + dir + " holds something else than this corpus; give an empty or new directory");
            System.exit(2);
        }
        MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.defaults());
        try {
            if (reuse || rewriteNeeds) {
                out.printf(Locale.ROOT, "index: reusing %s (same seed and sizes)%n", dir);
            }
            if (!reuse) {
                long t0 = System.nanoTime();
                index.upsertAll(new ArrayList<>(employers));
                writeNeeds(index, g.needs(m, employers));
                long t1 = System.nanoTime();
                if (!rewriteNeeds) {
                    BenchIndex.write(index, g.candidates(n));
                }
                long t2 = System.nanoTime();
                index.commit();
                index.refresh();
                long t3 = System.nanoTime();
                out.printf(Locale.ROOT, "indexing: %,d employers + %,d needs in %.1f s (%,.0f docs/s); %,d candidates in %.1f s"
                        + " (%,.0f docs/s)%s; commit %.1f s%n", employers.size(), m, (t1 - t0) / 1e9,
                        (employers.size() + m) / ((t1 - t0) / 1e9), rewriteNeeds ? 0 : n, (t2 - t1) / 1e9,
                        rewriteNeeds ? Double.NaN : n / ((t2 - t1) / 1e9), rewriteNeeds ? " (kept from the earlier index)" : "",
                        (t3 - t2) / 1e9);
                if (keep != null) {
                    Files.writeString(marker, params + NEEDS_SCHEMA);
                }
            }
            report(out, g, index, byId, n, m, q, baselineQueries, seed);
        } finally {
            index.close();
            if (keep == null) {
                deleteDirectory(dir);
            }
        }
    }

    private static void report(PrintStream out, SampleGenerator g, MatchingIndex index, Map<String, Employer> employers,
            long n, int m, int q, int baselineQueries, long seed) throws IOException {
        int segments = index.withSearcher(s -> s.getIndexReader().leaves().size());
        out.printf(Locale.ROOT, "index: %,d candidates, %,d needs, %,d employers, %d segments (not force-merged)%n",
                index.count(DocType.CANDIDATE), index.count(DocType.NEED), index.count(DocType.EMPLOYER), segments);
        long paused = employers.values().stream().filter(e -> !e.isActive()).count();
        long noCapacity = employers.values().stream().filter(e -> e.capacity() != null
                && e.capacity().concurrentCandidates() != null && e.capacity().concurrentCandidates() <= 0).count();
        out.printf(Locale.ROOT, "needs by status: %s; employers paused %,d, without capacity %,d (the search's own"
                + " gates skip those)%n", needMix(index), paused, noCapacity);

        // Candidates sampled by id; each searched by an adviser of the organisation that follows them (who may
        // always see them), so no sample is refused. Warm-up samples are distinct from the timed ones.
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        List<Sample> warm = samples(g, r, n, Math.min(200, Math.max(50, q)));
        List<Sample> timed = samples(g, r, n, q);

        // A long-lived search prepares every open need of a segment when it first searches it (prepareAllNeeds): the
        // timed one with a pool of one thread per core besides the searching thread (prepareExecutor), the one
        // without near misses on the searching thread alone, both timed below.
        int cores = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService preparing = java.util.concurrent.Executors.newFixedThreadPool(cores, task -> {
            Thread t = new Thread(task, "prepare-needs");
            t.setDaemon(true);
            return t;
        });
        OpeningsSearch search = OpeningsSearch.builder(index).prepareAllNeeds(true).prepareExecutor(preparing).build();
        OpeningsSearch lean = OpeningsSearch.builder(index).nearMisses(0).prepareAllNeeds(true).build();
        // The same search compiling every need per search (no prepared-needs cache), to show what the cache saves.
        OpeningsSearch uncached = OpeningsSearch.builder(index).preparedNeeds(0).build();
        // The default: needs prepared as searches pick them (after the same warm-up candidates).
        OpeningsSearch picked = OpeningsSearch.builder(index).build();
        long heapBefore = retainedHeap();
        long f0 = System.nanoTime();
        search.search(warm.get(0).request());
        long f1 = System.nanoTime();
        long heapAfter = retainedHeap();
        out.printf(Locale.ROOT, "first search, preparing every open need (prepareAllNeeds, prepareExecutor of %d threads):"
                + " %.1f s; retained heap %,d MB before, %,d MB after (+%,d MB)%n", cores, (f1 - f0) / 1e9,
                heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20);
        preparing.shutdown();
        long l0 = System.nanoTime();
        lean.search(warm.get(0).request());
        out.printf(Locale.ROOT, "first search without near misses, preparing every open need on the searching thread alone:"
                + " %.1f s%n", (System.nanoTime() - l0) / 1e9);
        for (int pass = 0; pass < 2; pass++) {
            for (Sample s : warm) {
                search.search(s.request());
                lean.search(s.request());
                uncached.search(s.request());
                picked.search(s.request());
            }
        }
        double[] ours = new double[timed.size()];
        double[] noMiss = new double[timed.size()];
        double[] noCache = new double[timed.size()];
        double[] asPicked = new double[timed.size()];
        long shortlisted = 0;
        long passedSum = 0;
        long nearMissSum = 0;
        for (int i = 0; i < timed.size(); i++) {
            long t0 = System.nanoTime();
            OpeningsResult res = search.search(timed.get(i).request());
            long t1 = System.nanoTime();
            lean.search(timed.get(i).request());
            long t2 = System.nanoTime();
            uncached.search(timed.get(i).request());
            long t3 = System.nanoTime();
            picked.search(timed.get(i).request());
            asPicked[i] = (System.nanoTime() - t3) / 1e6;
            ours[i] = (t1 - t0) / 1e6;
            noMiss[i] = (t2 - t1) / 1e6;
            noCache[i] = (t3 - t2) / 1e6;
            shortlisted += res.shortlist().size();
            passedSum += res.pool().passedGates();
            nearMissSum += res.nearMisses().size();
        }
        double p50 = Stats.percentile(ours, 50);
        double p99 = Stats.percentile(ours, 99);
        out.printf(Locale.ROOT, "openings (top 10 + explanations + near misses + funnel, adviser view), %d searches:"
                + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; mean short list %.2f, mean near misses %.2f,"
                + " mean needs past the reverse gates %.0f%n", ours.length, p50, Stats.percentile(ours, 95), p99,
                Stats.percentile(ours, 100), shortlisted / (double) ours.length, nearMissSum / (double) ours.length,
                passedSum / (double) ours.length);
        out.printf(Locale.ROOT, "openings without near misses (nearMisses(0)), %d searches: p50 %.2f ms, p95 %.2f ms,"
                + " p99 %.2f ms%n", noMiss.length, Stats.percentile(noMiss, 50), Stats.percentile(noMiss, 95),
                Stats.percentile(noMiss, 99));
        out.printf(Locale.ROOT, "openings compiling every need per search (preparedNeeds(0)), %d searches: p50 %.2f ms,"
                + " p95 %.2f ms, p99 %.2f ms -> the cache (after %d warm-up candidates) saves %.0f %% at p50%n",
                noCache.length, Stats.percentile(noCache, 50), Stats.percentile(noCache, 95), Stats.percentile(noCache, 99),
                warm.size(), 100 * (1 - p50 / Stats.percentile(noCache, 50)));
        out.printf(Locale.ROOT, "openings with needs prepared as searches pick them (the default, no prepareAllNeeds),"
                + " %d searches: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", asPicked.length,
                Stats.percentile(asPicked, 50), Stats.percentile(asPicked, 95), Stats.percentile(asPicked, 99));

        // Baseline: exhaustive, interleaved with the search on the same candidates (after one warm-up pass of it).
        double bp50 = Double.NaN;
        int b = Math.min(baselineQueries, timed.size());
        if (b > 0) {
            Exhaustive naive = new Exhaustive(index.config());
            naive.run(index, warm.get(0).candidate(), warm.get(0).viewer());
            double[] base = new double[b];
            double[] oursSame = new double[b];
            int agree = 0;
            int compared = 0;
            for (int i = 0; i < b; i++) {
                Sample s = timed.get(i);
                long t0 = System.nanoTime();
                Map<String, Float> exact = naive.run(index, s.candidate(), s.viewer());
                long t1 = System.nanoTime();
                OpeningsResult res = search.search(s.request());
                long t2 = System.nanoTime();
                base[i] = (t1 - t0) / 1e6;
                oursSame[i] = (t2 - t1) / 1e6;
                for (OpeningsResult.Opening o : res.shortlist()) {
                    compared++;
                    Float e = exact.get(o.needId());
                    if (e != null && Math.abs(e - o.score()) < 1e-5f) {
                        agree++;
                    }
                }
                out.printf(Locale.ROOT, "  exhaustive for %s: %,d needs pass their own query, %.0f ms; openings %.2f ms,"
                        + " reverse-gate pool %,d%n", s.candidate().id(), exact.size(), base[i], oursSame[i],
                        res.pool().passedGates());
            }
            bp50 = Stats.percentile(base, 50);
            double op50 = Stats.percentile(oursSame, 50);
            out.printf(Locale.ROOT, "exhaustive baseline (decode + compile + score every open need on the candidate's"
                    + " in-memory index), %d candidates: p50 %.1f ms (openings on the same candidates: p50 %.2f ms)"
                    + " -> openings is %.0fx faster; %d/%d short-listed openings carry the exhaustive score%n",
                    b, bp50, op50, bp50 / op50, agree, compared);
        }
        out.printf(Locale.ROOT, "target (100,000 needs, 1,000,000 candidates): openings p50 <= 5 ms%n");
        out.printf(Locale.ROOT, "openings_p50_ms=%.2f openings_p99_ms=%.2f baseline_ratio=%.0f needs=%d candidates=%d%n",
                p50, p99, bp50 / p50, m, n);
    }

    /** Heap used after a full collection (System.gc() is a request; the figure is approximate). */
    private static long retainedHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A sampled candidate and the adviser who searches for it. */
    private record Sample(Candidate candidate, Viewer viewer) {
        OpeningsRequest request() {
            return OpeningsRequest.of(candidate.id(), viewer);
        }
    }

    private static List<Sample> samples(SampleGenerator g, SplittableRandom r, long n, int count) {
        List<Sample> out = new ArrayList<>();
        while (out.size() < count) {
            Candidate c = g.candidate(r.nextLong(n));
            String org = c.followedBy() == null ? null : c.followedBy().organisation();
            if (org == null) {
                if (c.consent() == null || c.consent().searchable() != Searchable.ALL_ORGANISATIONS) {
                    continue;
                }
                org = "nav-bench";
            }
            out.add(new Sample(c, new Viewer(org, "adviser")));
        }
        return out;
    }

    private static Map<String, Integer> needMix(MatchingIndex index) {
        Map<String, Integer> mix = new java.util.LinkedHashMap<>();
        index.withSearcher(s -> {
            for (NeedStatus status : NeedStatus.values()) {
                mix.put(status.wire(), s.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.TYPE, DocType.NEED.key())), Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.N_STATUS, status.wire())), Occur.FILTER).build()));
            }
            return null;
        });
        return mix;
    }

    private static void writeNeeds(MatchingIndex index, Stream<Need> needs) {
        List<Need> batch = new ArrayList<>(BenchIndex.BATCH);
        for (var it = needs.iterator(); it.hasNext(); ) {
            batch.add(it.next());
            if (batch.size() == BenchIndex.BATCH || !it.hasNext()) {
                var result = index.upsertAll(batch);
                if (!result.rejected().isEmpty()) {
                    throw new IllegalStateException("generator produced invalid needs: " + result.rejected().get(0));
                }
                batch.clear();
            }
        }
    }

    /**
     * The naive exact search: every need document read and decoded, open needs of active employers with
     * capacity compiled and run against the candidate's one-document index; returns need id -> score.
     */
    static final class Exhaustive {
        private final NeedQueryCompiler compiler;
        private final Documents documents;

        Exhaustive(MatchingConfig config) {
            this.compiler = new NeedQueryCompiler(config, MatchWeights.defaults());
            this.documents = new Documents(config);
        }

        Map<String, Float> run(MatchingIndex index, Candidate c, Viewer viewer) {
            return index.withSearcher(searcher -> {
                IndexSearcher one = documents.memorySearcher(documents.candidate(c));
                Map<String, Employer> employers = new HashMap<>();
                Map<String, Float> out = new HashMap<>();
                Weight w = searcher.createWeight(new TermQuery(new Term(Fields.TYPE, DocType.NEED.key())),
                        ScoreMode.COMPLETE_NO_SCORES, 1f);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Scorer sc = w.scorer(leaf);
                    if (sc == null) {
                        continue;
                    }
                    var live = leaf.reader().getLiveDocs();
                    DocIdSetIterator it = sc.iterator();
                    for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                        if (live != null && !live.get(d)) {
                            continue;
                        }
                        Need need = RecordCodec.decodeNeed(MatchingIndex.storedRecord(searcher, leaf.docBase + d));
                        if (!need.isOpen()) {
                            continue;
                        }
                        Employer e = employers.get(need.employerId());
                        if (e == null && !employers.containsKey(need.employerId())) {
                            e = MatchingIndex.findRecord(searcher, DocType.EMPLOYER, need.employerId(),
                                    RecordCodec::decodeEmployer);
                            employers.put(need.employerId(), e);
                        }
                        if (e != null && (!e.isActive() || (e.capacity() != null
                                && e.capacity().concurrentCandidates() != null
                                && e.capacity().concurrentCandidates() <= 0))) {
                            continue;
                        }
                        CompiledNeed cn = compiler.compile(need, e,
                                new SearchRequest(need.id(), 1, View.ADVISER, viewer, List.of()));
                        TopDocs t = one.search(cn.queryForCheckedCandidate(), 1);
                        if (t.scoreDocs.length > 0) {
                            out.put(need.id(), t.scoreDocs[0].score);
                        }
                    }
                }
                return out;
            });
        }
    }

    private static void deleteDirectory(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
