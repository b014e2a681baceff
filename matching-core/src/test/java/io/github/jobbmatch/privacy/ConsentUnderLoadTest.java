package io.github.jobbmatch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writers and searchers together for a few seconds. Each candidate has one writer that keeps
 * writing new versions and flipping consent between granted and withdrawn. Checked: no exception; no
 * search returns a candidate whose consent was withdrawn more than one refresh interval before the
 * search started (and not granted again since); no lost update.
 */
class ConsentUnderLoadTest {

    /**
     * The index's own bound on staleness (MatchingIndex.MAX_STALE_SEC, one second), plus slack for a
     * reopen delayed by a starved CPU on a shared build machine; a consent gate that ignored the
     * withdrawal still fails, since withdrawn states last far longer in total than this.
     */
    private static final long REFRESH_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(1_000 + 1_000);
    private static final int WRITERS = 2;
    private static final int PER_WRITER = 15;
    private static final long RUN_MILLIS = 4_000;
    /** From this moment on, the first few candidates of each writer stay withdrawn (still getting new versions). */
    private static final long WITHDRAW_FOR_GOOD_MILLIS = 500;
    private static final int WITHDRAWN_FOR_GOOD = 5;

    /** One write: the consent it set, when the call started and when it returned. */
    record Write(boolean granted, long startNanos, long endNanos) {}

    /** One search: when it started and ended, and the ids it returned. */
    record Seen(long startNanos, long endNanos, List<String> ids) {}

    @Test
    void withdrawnConsentIsHonouredWithinOneRefreshAndNoUpdateIsLost() throws Exception {
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            index.upsert(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE));
            SearchFixtures.N need = new SearchFixtures.N("n-1");
            need.location = null;
            need.percent = null;
            need.shifts = new ArrayList<>();
            index.upsert(need.build());
            index.refresh();
            MatchingSearch search = MatchingSearch.builder(index).build();

            Map<String, List<Write>> history = new ConcurrentHashMap<>();
            Map<String, Integer> lastVersion = new ConcurrentHashMap<>();
            List<Seen> seen = new CopyOnWriteArrayList<>();
            long begin = System.nanoTime();
            long deadline = begin + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
            long forGood = begin + TimeUnit.MILLISECONDS.toNanos(WITHDRAW_FOR_GOOD_MILLIS);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
            List<Future<?>> futures = new ArrayList<>();
            try {
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    futures.add(pool.submit(() -> {
                        Random r = new Random(1000 + writer);
                        int version = 0;
                        while (System.nanoTime() < deadline) {
                            int n = r.nextInt(PER_WRITER);
                            String id = "k-" + writer + "-" + n;
                            boolean granted = r.nextInt(3) != 0 && !(n < WITHDRAWN_FOR_GOOD && System.nanoTime() >= forGood);
                            version++;
                            long start = System.nanoTime();
                            index.upsert(candidate(id, version, granted));
                            long end = System.nanoTime();
                            history.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(new Write(granted, start, end));
                            lastVersion.put(id, version);
                            if (version % 50 == 0) {
                                index.commit();
                            }
                        }
                        return null;
                    }));
                }
                for (int s = 0; s < 2; s++) {
                    futures.add(pool.submit(() -> {
                        while (System.nanoTime() < deadline) {
                            long start = System.nanoTime();
                            SearchResult res = search.search(new SearchRequest("n-1", SearchRequest.MAX_TOP, View.ADVISER,
                                    new Viewer("NAV Fredrikstad", "veileder"), List.of()));
                            long end = System.nanoTime();
                            List<String> ids = new ArrayList<>();
                            res.shortlist().forEach(e -> ids.add(e.candidateId()));
                            res.nearMisses().forEach(m -> ids.add(m.candidateId()));
                            seen.add(new Seen(start, end, ids));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(); // rethrows any exception of a writer or searcher
                }
            } finally {
                pool.shutdownNow();
            }

            long t0 = deadline - TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
            if (Boolean.getBoolean("consent.debug")) {
                seen.forEach(x -> System.err.println("search at " + TimeUnit.NANOSECONDS.toMillis(x.startNanos() - t0) + " ms: " + x.ids().size()));
                System.err.println("writes " + history.values().stream().mapToInt(List::size).sum());
            }
            assertThat(seen).hasSizeGreaterThan(10);
            long nonEmpty = seen.stream().filter(s -> !s.ids().isEmpty()).count();
            // Nothing is searchable before the first reopen (up to a second in); after that most are found.
            assertThat(nonEmpty).as("searches do find the consenting candidates").isGreaterThanOrEqualTo(2);
            for (Seen s : seen) {
                for (String id : s.ids()) {
                    assertThat(mayBeVisible(history.get(id), s))
                            .as("%s returned by a search %d ms into the run; its writes: %s", id,
                                    TimeUnit.NANOSECONDS.toMillis(s.startNanos() - (deadline - TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS))),
                                    history.get(id))
                            .isTrue();
                }
            }

            // The check above can fail: candidates withdrawn for good must be missing from every later search.
            long late = seen.stream().filter(s -> s.startNanos() > forGood + REFRESH_INTERVAL_NANOS).count();
            assertThat(late).as("searches after the permanent withdrawals became due").isGreaterThan(0);

            index.refresh();
            lastVersion.forEach((id, version) -> assertThat(index.candidate(id).orElseThrow().strengths())
                    .as("last version of %s", id).isEqualTo("versjon " + version));
        }
    }

    /**
     * Whether some granted state of the candidate could have been current at a moment the search may
     * legitimately see: from one refresh interval before it started to its end. A write's state may be
     * visible from the moment its call starts until the next write's call returns.
     */
    private static boolean mayBeVisible(List<Write> writes, Seen s) {
        if (writes == null) {
            return false;
        }
        long from = s.startNanos() - REFRESH_INTERVAL_NANOS;
        for (int i = 0; i < writes.size(); i++) {
            Write w = writes.get(i);
            long until = i + 1 < writes.size() ? writes.get(i + 1).endNanos() : Long.MAX_VALUE;
            if (w.granted() && w.startNanos() <= s.endNanos() && until >= from) {
                return true;
            }
        }
        return false;
    }

    private static Candidate candidate(String id, int version, boolean granted) {
        SearchFixtures.C c = new SearchFixtures.C(id).competence("Matlaging");
        // Withdrawn two ways: no search at all, or only the own organisation (the viewer is another one).
        c.consent = new Consent(granted ? Searchable.ALL_ORGANISATIONS : version % 2 == 0 ? Searchable.NONE : Searchable.OWN_ORGANISATION,
                ShareWithEmployer.ON_PRESENTATION);
        c.strengths = "versjon " + version;
        return c.build();
    }
}
