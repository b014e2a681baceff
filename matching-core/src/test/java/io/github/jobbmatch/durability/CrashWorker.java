package io.github.jobbmatch.durability;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.testing.SearchFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link CrashSafetyTest}: imports {@code batches} batches of generated candidates
 * into the index at {@code dir}, committing after each and printing {@code COMMITTED <batch>} once the
 * commit has returned. The parent kills it at random moments.
 *
 * <p>Usage: {@code CrashWorker <dir> <batches> <batchSize>}
 */
public final class CrashWorker {

    private CrashWorker() {}

    /** The config both the worker and the test use. */
    static MatchingConfig config() {
        return MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
    }

    /** The candidates of one batch; the same batch number always gives the same candidates. */
    static List<Candidate> batch(int batch, int batchSize) {
        List<Candidate> out = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
            int n = batch * batchSize + i;
            out.add(SearchFixtures.randomCandidate(new Random(1_000_003L * n + 17), "k-" + n));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int batches = Integer.parseInt(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        try (MatchingIndex index = MatchingIndex.open(dir, config())) {
            System.out.println("OPENED");
            System.out.flush();
            for (int b = 0; b < batches; b++) {
                var result = index.upsertAll(batch(b, batchSize));
                if (!result.rejected().isEmpty()) {
                    throw new IllegalStateException("generated candidates rejected: " + result.rejected());
                }
                index.commit();
                System.out.println("COMMITTED " + b);
                System.out.flush();
            }
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
