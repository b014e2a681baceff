package io.github.jobbmatch.bench;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated corpus (from {@link SampleGenerator}) indexed into a temporary directory: the common set-up
 * of the performance report and the JMH benchmarks.
 *
 * @param index the open index (the caller closes it, then {@link #deleteDirectory()})
 * @param dir the index directory
 * @param employers every employer generated
 * @param needs open needs of active employers, the ones a search is worth timing on
 * @param candidateSeconds wall time spent writing the candidates (bulk, before the commit)
 * @param commitSeconds wall time of the commit after them
 */
record BenchIndex(MatchingIndex index, Path dir, Map<String, Employer> employers, List<Need> needs,
        double candidateSeconds, double commitSeconds) {

    /** Candidates per {@code upsertAll} call. */
    static final int BATCH = 5_000;

    /** Generates and indexes {@code candidates} candidates and at least {@code needs} open needs. */
    static BenchIndex build(long seed, long candidates, int needs) {
        return build(seed, candidates, needs, null);
    }

    /**
     * As {@link #build(long, long, int)}, into {@code keep} when given: when {@code keep} already holds an index
     * built with the same seed, count and needs (a marker file says so), it is opened as it is and nothing is
     * written (candidateSeconds is then NaN). For repeated measurements of the search only.
     */
    static BenchIndex build(long seed, long candidates, int needs, Path keep) {
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = g.employers((int) Math.max(100, Math.min(10_000, candidates / 100)));
        Map<String, Employer> byId = employers.stream().collect(Collectors.toMap(Employer::id, Function.identity()));
        // Paused and filled needs return at once with a reason; time only the searches that do work.
        List<Need> open = g.needs(needs * 3L, employers)
                .filter(n -> n.isOpen() && byId.get(n.employerId()).isActive())
                .limit(needs).toList();
        try {
            String marker = "seed=" + seed + " candidates=" + candidates + " needs=" + needs;
            if (keep != null && Files.exists(keep.resolve("bench-index.txt"))
                    && Files.readString(keep.resolve("bench-index.txt")).equals(marker)) {
                MatchingIndex index = MatchingIndex.open(keep, MatchingConfig.defaults());
                return new BenchIndex(index, keep, byId, open, Double.NaN, Double.NaN);
            }
            Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("jobbmatch-bench-");
            MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.defaults());
            List<Object> meta = new ArrayList<>(employers);
            meta.addAll(open);
            index.upsertAll(meta);
            long t0 = System.nanoTime();
            write(index, g.candidates(candidates));
            long t1 = System.nanoTime();
            index.commit();
            long t2 = System.nanoTime();
            index.refresh();
            if (keep != null) {
                Files.writeString(keep.resolve("bench-index.txt"), marker);
            }
            return new BenchIndex(index, dir, byId, open, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes candidates in bulk batches; throws if the generator produced an invalid one. */
    static void write(MatchingIndex index, Stream<Candidate> candidates) {
        Iterator<Candidate> it = candidates.iterator();
        List<Candidate> batch = new ArrayList<>(BATCH);
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == BATCH || !it.hasNext()) {
                var result = index.upsertAll(batch);
                if (!result.rejected().isEmpty()) {
                    throw new IllegalStateException("generator produced invalid candidates: " + result.rejected().get(0));
                }
                batch.clear();
            }
        }
    }

    /** Bytes of the index on disk. */
    long sizeOnDisk() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the index directory (after the index is closed). */
    void deleteDirectory() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
