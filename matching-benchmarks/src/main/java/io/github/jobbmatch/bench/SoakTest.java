package io.github.jobbmatch.bench;

import io.github.jobbmatch.index.BulkResult;
import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded soak: loads N generated candidates into an index on disk, then runs searches and writes
 * (upserts of new versions, deletes and re-inserts, a commit every ten seconds) together for M minutes,
 * printing latency percentiles and heap per minute, so that degradation over time shows. Ends with
 * one summary line.
 *
 * <p>Usage: {@code SoakTest [--minutes M] [--candidates N] [--seed S] [--searchers T] [--dir DIR]}
 * (defaults 10 minutes, 1,000,000 candidates, seed 1, 2 searchers, a temporary directory that is
 * removed afterwards).
 */
public final class SoakTest {

    private SoakTest() {}

    public static void main(String[] args) throws Exception {
        double minutes = 10;
        long candidates = 1_000_000;
        long seed = 1;
        int searchers = 2;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> minutes = Double.parseDouble(args[++i]);
                case "--candidates" -> candidates = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--searchers" -> searchers = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: SoakTest [--minutes M] [--candidates N] [--seed S] [--searchers T] [--dir DIR]");
                    System.exit(2);
                }
            }
        }
        boolean temporary = dir == null;
        if (temporary) {
            dir = Files.createTempDirectory("jobbmatch-soak");
        }
        try {
            run(dir, minutes, candidates, seed, searchers);
        } finally {
            if (temporary) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void run(Path dir, double minutes, long n, long seed, int searchers) throws Exception {
        SampleGenerator gen = new SampleGenerator(seed, Calibration.builtIn());
        try (MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.defaults())) {
            long t0 = System.nanoTime();
            List<Employer> employers = gen.employers(200);
            List<Need> needs = gen.needs(500, employers).toList();
            index.upsertAll(employers);
            index.upsertAll(needs);
            List<Candidate> batch = new ArrayList<>(10_000);
            long[] rejected = {0};
            gen.candidates(n).forEach(c -> {
                batch.add(c);
                if (batch.size() == 10_000) {
                    rejected[0] += index.upsertAll(batch).rejected().size();
                    batch.clear();
                }
            });
            BulkResult last = index.upsertAll(batch);
            rejected[0] += last.rejected().size();
            index.commit();
            index.refresh();
            System.out.printf(Locale.ROOT, "loaded candidates=%d needs=%d rejected=%d in %.1f s%n", index.count(DocType.CANDIDATE),
                    needs.size(), rejected[0], (System.nanoTime() - t0) / 1e9);

            MatchingSearch search = MatchingSearch.builder(index).build();
            int minuteCount = Math.max(1, (int) Math.ceil(minutes));
            long runNanos = (long) (minutes * 60e9);
            Minute[] perMinute = new Minute[minuteCount];
            for (int i = 0; i < minuteCount; i++) {
                perMinute[i] = new Minute();
            }
            AtomicLong errors = new AtomicLong();
            long start = System.nanoTime();
            long end = start + runNanos;
            List<Thread> threads = new ArrayList<>();
            for (int s = 0; s < searchers; s++) {
                threads.add(Thread.ofPlatform().name("soak-search-" + s).start(() -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        Need need = needs.get(r.nextInt(needs.size()));
                        View view = r.nextInt(4) == 0 ? View.EMPLOYER : View.ADVISER;
                        long a = System.nanoTime();
                        try {
                            search.search(new SearchRequest(need.id(), 10, view, new Viewer("NAV Kristiansand", "veileder"), List.of()));
                            long b = System.nanoTime();
                            perMinute[minuteOf(a, start, minuteCount)].search(b - a);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            System.err.println("search failed: " + e);
                        }
                    }
                }));
            }
            long candidateCount = n;
            threads.add(Thread.ofPlatform().name("soak-write").start(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                long lastCommit = System.nanoTime();
                while (System.nanoTime() < end) {
                    long a = System.nanoTime();
                    try {
                        long i = r.nextLong(candidateCount);
                        Candidate c = gen.candidate(i);
                        if (r.nextInt(10) == 0) {
                            index.delete(DocType.CANDIDATE, c.id());
                        }
                        index.upsert(c);
                        perMinute[minuteOf(a, start, minuteCount)].write(System.nanoTime() - a);
                        if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(10)) {
                            index.commit();
                            lastCommit = System.nanoTime();
                        }
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        System.err.println("write failed: " + e);
                    }
                }
            }));
            Runtime rt = Runtime.getRuntime();
            long heapMax = 0;
            int reported = 0;
            while (System.nanoTime() < end || reported < minuteCount) {
                Thread.sleep(1000);
                long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
                heapMax = Math.max(heapMax, used);
                int m = minuteOf(System.nanoTime(), start, minuteCount);
                perMinute[m].heap(used);
                boolean over = System.nanoTime() >= end;
                // Report a minute once the next has begun (or the run is over).
                while (reported < minuteCount && (reported < m || over)) {
                    if (over) {
                        for (Thread t : threads) {
                            t.join();
                        }
                    }
                    System.out.println(perMinute[reported].line(reported + 1));
                    reported++;
                }
            }
            for (Thread t : threads) {
                t.join();
            }
            index.commit();
            Minute first = perMinute[0];
            Minute lastM = perMinute[minuteCount - 1];
            System.out.printf(Locale.ROOT, "soak_minutes=%s p50_first_ms=%.2f p50_last_ms=%.2f p99_last_ms=%.2f heap_max_mb=%d errors=%d%n",
                    fmt(minutes), first.percentile(50), lastM.percentile(50), lastM.percentile(99), heapMax, errors.get());
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static int minuteOf(long nanos, long start, int count) {
        return (int) Math.min(count - 1, Math.max(0, (nanos - start) / 60_000_000_000L));
    }

    /** Search and write latencies and heap samples of one minute. */
    private static final class Minute {
        private long[] searches = new long[1024];
        private int searchCount;
        private long writes;
        private long writeNanos;
        private long heapMaxMb;

        synchronized void search(long nanos) {
            if (searchCount == searches.length) {
                searches = Arrays.copyOf(searches, searches.length * 2);
            }
            searches[searchCount++] = nanos;
        }

        synchronized void write(long nanos) {
            writes++;
            writeNanos += nanos;
        }

        synchronized void heap(long mb) {
            heapMaxMb = Math.max(heapMaxMb, mb);
        }

        synchronized double percentile(int p) {
            if (searchCount == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(searches, searchCount);
            Arrays.sort(sorted);
            int i = (int) Math.min(searchCount - 1, Math.ceil(p / 100.0 * searchCount) - 1);
            return sorted[Math.max(0, i)] / 1e6;
        }

        synchronized String line(int minute) {
            return String.format(Locale.ROOT, "minute=%d searches=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f writes=%d write_mean_ms=%.2f heap_max_mb=%d",
                    minute, searchCount, percentile(50), percentile(95), percentile(99), writes,
                    writes == 0 ? 0.0 : writeNanos / 1e6 / writes, heapMaxMb);
        }
    }
}
