package io.github.jobbmatch.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM imports batches and commits after each; it is killed with SIGKILL at
 * seeded random moments, many times, on the same directory. After every kill the index must open,
 * pass Lucene's {@link CheckIndex}, and hold every document of every batch the child reported
 * committed, with its exact content. Finally the import is re-run to the end twice and must converge
 * to the same index (upserts are idempotent).
 *
 * <p>{@code -Djobbmatch.crash.iterations=N} runs more kills (default 8, about a minute on a busy machine).
 */
class CrashSafetyTest {

    private static final int BATCHES = 10;
    private static final int BATCH_SIZE = 25;

    @Test
    void committedBatchesSurviveSigkillAndReimportConverges(@TempDir Path dir) throws Exception {
        int iterations = Integer.getInteger("jobbmatch.crash.iterations", 8);
        long seed = Long.getLong("jobbmatch.crash.seed", 20261123L);
        Random random = new Random(seed);
        int maxCommitted = -1;
        int killedMidImport = 0;
        // On a fast machine the child may finish before a late kill lands: then more kills are made, soon after an
        // earlier commit, until most kills landed during the import (at most four times as many).
        for (int it = 0; it < iterations || (killedMidImport <= iterations / 2 && it < 4 * iterations); it++) {
            Worker w = Worker.start(dir);
            // Kill after a random number of reported commits plus a random extra delay, so the kill lands
            // anywhere: before the first write, inside a batch, inside a commit, between commits.
            boolean extra = it >= iterations;
            int waitFor = random.nextInt(extra ? BATCHES - 2 : BATCHES);
            long extraMs = random.nextInt(extra ? 5 : 60);
            int committed = w.awaitCommits(waitFor);
            Thread.sleep(extraMs);
            committed = Math.max(committed, w.drainCommitted());
            w.process.destroyForcibly();
            assertThat(w.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            committed = Math.max(committed, w.drainCommitted());
            if (!w.done) {
                killedMidImport++;
            }
            maxCommitted = Math.max(maxCommitted, committed);
            verify(dir, maxCommitted, "iteration " + it + " (seed " + seed + ", killed after " + committed + ")");
        }
        assertThat(killedMidImport).as("kills landing during the import").isGreaterThan(iterations / 2);

        // Run the whole import twice to the end: same documents, same content.
        runToEnd(dir);
        List<Candidate> first = verify(dir, BATCHES - 1, "first full run");
        runToEnd(dir);
        List<Candidate> second = verify(dir, BATCHES - 1, "second full run");
        assertThat(second).isEqualTo(first);
        try (MatchingIndex index = MatchingIndex.open(dir, CrashWorker.config())) {
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(BATCHES * BATCH_SIZE);
        }
    }

    private static void runToEnd(Path dir) throws Exception {
        Worker w = Worker.start(dir);
        assertThat(w.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        w.drainCommitted();
        assertThat(w.process.exitValue()).as(w.stderr()).isZero();
    }

    /** Opens the index, checks it, and compares every committed batch with its generated candidates. */
    private static List<Candidate> verify(Path dir, int lastCommitted, String what) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            if (org.apache.lucene.index.DirectoryReader.indexExists(d)) {
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                try (CheckIndex check = new CheckIndex(d)) {
                    check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                    CheckIndex.Status status = check.checkIndex();
                    assertThat(status.clean).as(what + ": CheckIndex\n" + log.toString(StandardCharsets.UTF_8)).isTrue();
                }
            } else {
                assertThat(lastCommitted).as(what + ": no index although a batch was committed").isEqualTo(-1);
            }
        }
        List<Candidate> seen = new ArrayList<>();
        try (MatchingIndex index = MatchingIndex.open(dir, CrashWorker.config())) {
            for (int b = 0; b <= lastCommitted; b++) {
                for (Candidate expected : CrashWorker.batch(b, BATCH_SIZE)) {
                    Candidate actual = index.candidate(expected.id()).orElse(null);
                    assertThat(actual).as(what + ": " + expected.id() + " of committed batch " + b).isEqualTo(expected);
                    seen.add(actual);
                }
            }
        }
        return seen;
    }

    /** A running child JVM and what it has printed. */
    private static final class Worker {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final StringBuffer err = new StringBuffer();
        int committed = -1;
        volatile boolean done;

        private Worker(Process process) {
            this.process = process;
        }

        static Worker start(Path dir) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(),
                    dir.toString(), String.valueOf(BATCHES), String.valueOf(BATCH_SIZE));
            Worker w = new Worker(pb.start());
            Thread out = new Thread(() -> w.pump(w.process.getInputStream(), true), "crash-worker-out");
            Thread errT = new Thread(() -> w.pump(w.process.getErrorStream(), false), "crash-worker-err");
            out.setDaemon(true);
            errT.setDaemon(true);
            out.start();
            errT.start();
            return w;
        }

        private void pump(java.io.InputStream in, boolean stdout) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (stdout) {
                        lines.add(line);
                    } else {
                        err.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // The child was killed; what was read is what counts.
            }
        }

        /** Waits until batch {@code batch} is reported committed (or the child ends); the last committed batch. */
        int awaitCommits(int batch) throws InterruptedException {
            while (committed < batch && !done) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    take(line);
                } else if (!process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            return committed;
        }

        int drainCommitted() throws InterruptedException {
            // Give the reader thread a moment to deliver what the dead process wrote.
            Thread.sleep(20);
            String line;
            while ((line = lines.poll()) != null) {
                take(line);
            }
            return committed;
        }

        private void take(String line) {
            if (line.startsWith("COMMITTED ")) {
                committed = Integer.parseInt(line.substring("COMMITTED ".length()));
            } else if (line.equals("DONE")) {
                done = true;
            }
        }

        String stderr() {
            return err.toString();
        }
    }
}
