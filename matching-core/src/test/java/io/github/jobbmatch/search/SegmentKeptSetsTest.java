package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * Which sets one segment keeps ({@link SegmentGateCache.Segment}): from the second use, within its room, and when full
 * the most used. The results never depend on it ({@link SegmentGateCacheTest}); the speed does, and a cache that
 * evicts each set just before it recurs gains nothing.
 */
class SegmentKeptSetsTest {

    private static final FixedBitSet BITS = new FixedBitSet(64);

    /** One use of {@code q} as a search makes it: read off the kept set, else kept when admitted. True on a hit. */
    private static boolean use(SegmentGateCache.Segment s, String q) {
        if (s.kept(q) != null) {
            return true;
        }
        if (s.admit(q, false)) {
            s.keep(q, BITS);
        }
        return false;
    }

    @Test
    void aSetIsKeptFromItsSecondUseOrItsFirstWhenAsked() {
        SegmentGateCache.Segment s = new SegmentGateCache.Segment(4);
        assertThat(s.admit("gate", false)).isFalse();
        assertThat(s.kept("gate")).isNull();
        assertThat(s.admit("gate", false)).isTrue();
        s.keep("gate", BITS);
        assertThat(s.kept("gate")).isSameAs(BITS);
        assertThat(s.peek("gate")).isSameAs(BITS);
        assertThat(s.admit("visibility", true)).isTrue();
        assertThat(s.keptCount()).isEqualTo(2);
    }

    @Test
    void aCycleLongerThanTheRoomKeepsAStableShareInsteadOfEvictingEachSetBeforeItRecurs() {
        // Twelve forms' sets searched in turn, room for eight: least-recently-used would miss every time.
        SegmentGateCache.Segment s = new SegmentGateCache.Segment(8);
        int lastRoundsHits = 0;
        int rounds = 300; // 3,600 uses: the counts are halved several times on the way
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < 12; q++) {
                boolean hit = use(s, "set-" + q);
                if (round >= rounds - 50 && hit) {
                    lastRoundsHits++;
                }
                assertThat(s.keptCount()).isLessThanOrEqualTo(8);
            }
        }
        // Eight of twelve hit each round, but for a swap or two where halving left a kept set one use behind a newcomer
        // (least-recently-used would hit none; replacing a random kept set about half).
        assertThat(lastRoundsHits).isBetween(50 * 8 * 9 / 10, 50 * 8);
    }

    @Test
    void aSetUsedMoreOftenThanAKeptOneTakesItsPlace() {
        SegmentGateCache.Segment s = new SegmentGateCache.Segment(2);
        for (int i = 0; i < 2; i++) {
            use(s, "a");
            use(s, "b");
        }
        assertThat(s.keptCount()).isEqualTo(2);
        assertThat(s.admit("c", false)).isFalse(); // once: not yet
        assertThat(s.admit("c", false)).isFalse(); // twice: as often as the kept ones, which stay
        assertThat(s.admit("c", false)).isTrue(); // more often: the least used kept one makes room
        s.keep("c", BITS);
        assertThat(s.keptCount()).isEqualTo(2);
        assertThat(s.kept("c")).isSameAs(BITS);
        assertThat((s.peek("a") != null ? 1 : 0) + (s.peek("b") != null ? 1 : 0)).isEqualTo(1);
    }

    @Test
    void setsThatStopRecurringMakeRoomForTheOnesUsedNow() {
        SegmentGateCache.Segment s = new SegmentGateCache.Segment(2);
        for (int i = 0; i < 100; i++) {
            use(s, "old-a");
            use(s, "old-b");
        }
        // The counts are halved every 1,024 uses: the old sets' lead fades while the new ones recur.
        for (int i = 0; i < 2000; i++) {
            use(s, "new-" + (i % 2));
        }
        assertThat(s.peek("new-0")).isNotNull();
        assertThat(s.peek("new-1")).isNotNull();
        assertThat(s.peek("old-a")).isNull();
        assertThat(s.peek("old-b")).isNull();
    }

    @Test
    void searchesAdmittingKeepingAndReleasingAtOnceKeepEachSetWithItsOwnDocumentsAndWithinTheRoom() throws Exception {
        SegmentGateCache.Segment s = new SegmentGateCache.Segment(8);
        int keys = 40;
        FixedBitSet[] own = new FixedBitSet[keys];
        for (int q = 0; q < keys; q++) {
            own[q] = new FixedBitSet(64);
            own[q].set(q);
        }
        long seed = System.nanoTime();
        System.out.println("SegmentKeptSetsTest seed " + seed);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                java.util.Random r = new java.util.Random(seed + t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100_000; i++) {
                        int q = (int) Math.min(keys - 1, Math.abs(r.nextGaussian()) * keys / 3); // some recur more
                        String key = "set-" + q;
                        FixedBitSet kept = s.kept(key);
                        assertThat(kept == null || kept == own[q]).as("seed %d: %s kept with its own documents", seed, key)
                                .isTrue();
                        if (kept == null && s.admit(key, r.nextInt(4) == 0)) {
                            if (r.nextInt(10) == 0) {
                                s.release(key); // the read failed
                            } else {
                                s.keep(key, own[q]);
                            }
                        }
                        assertThat(s.keptCount()).isLessThanOrEqualTo(8);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        int withDocuments = 0;
        for (int q = 0; q < keys; q++) {
            FixedBitSet kept = s.peek("set-" + q);
            assertThat(kept == null || kept == own[q]).isTrue();
            withDocuments += kept == null ? 0 : 1;
        }
        // Every set admitted was kept or released: the room counts exactly the sets kept.
        assertThat(withDocuments).as("seed %d", seed).isEqualTo(s.keptCount());
        assertThat(withDocuments).isPositive();
    }

    @Test
    void noRoomKeepsNothingAndAFailedReadGivesItsRoomBack() {
        SegmentGateCache.Segment none = new SegmentGateCache.Segment(0);
        for (int i = 0; i < 5; i++) {
            assertThat(none.admit("q", i % 2 == 0)).isFalse();
        }
        assertThat(none.keptCount()).isZero();

        SegmentGateCache.Segment s = new SegmentGateCache.Segment(1);
        assertThat(s.admit("q", true)).isTrue();
        s.release("q"); // its documents could not be read
        assertThat(s.keptCount()).isZero();
        assertThat(s.kept("q")).isNull();
        assertThat(s.admit("q", true)).isTrue();
        s.keep("q", BITS);
        assertThat(s.kept("q")).isSameAs(BITS);
    }
}
