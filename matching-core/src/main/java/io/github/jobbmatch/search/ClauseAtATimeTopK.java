package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The top-k passes of the broad search (the short list over the gate-passing set, the near misses over theirs),
 * scored clause by clause instead of document by document, dropping a candidate as soon as it can no longer reach its
 * top. Same hits, same scores and the same order as the need's query ({@code compiled.scored(...)}) collected by
 * score and then candidate id over the same sets.
 *
 * <p>Why: the sets the gates leave are tens of thousands of candidates at a million, and each of the form's clauses
 * (a dozen, up to 40 words in the text sum) read or walked over all of them cost most of a search, while five or ten
 * are kept. Every clause adds a bounded, non-negative amount, so after the form's heaviest clauses a candidate whose
 * points so far plus everything the remaining clauses can still give stays below the k-th best points so far can
 * never enter the top: the remaining clauses are evaluated only for the candidates left, typically hundreds after
 * three or four clauses, and a segment with none left stops there.
 *
 * <p>Exactness: a candidate's score is the sum of its clauses' float scores in double, rounded to float once, as
 * Lucene's disjunction sums them; the clause scores are those of the clause's own weight (constant levels: the level's
 * weight times the enclosing boost; term sums: {@link CappedSumQuery#termSumScore}; any other clause: its Lucene
 * scorer). Equal clauses count once, boosted by the sum of their boosts, as {@code BooleanQuery}'s rewrite merges them
({@link CompiledNeed#mergedClauses()}). A
 * candidate is dropped only when its bound, rounded to float, is below the k-th lower bound rounded to float (both
 * with a relative slack far above double rounding), so it could neither outscore nor tie a kept one.
 */
final class ClauseAtATimeTopK {

    /** Relative slack of the bounds: far above the rounding of a double sum of a few dozen floats. */
    private static final double SLACK = 1e-9;

    /**
     * A term's postings are advanced to each candidate left when the candidates number fewer than its postings divided
     * by this (advancing to a target decodes a block of 128 postings, reading costs about a nanosecond a posting).
     */
    static final int ADVANCE_FACTOR = 128;

    /**
     * A term holding at most a {@code 2^WALK_SHIFT}th of the segment's documents (and too rare to keep) is walked
     * posting by posting against the candidates left (a few nanoseconds a posting) rather than read into a bit set.
     */
    static final int WALK_SHIFT = 6;

    /**
     * How the floors are seeded (see {@code Leaf.seed}): in the segment holding the most candidates of the tops' sets,
     * when it holds at least {@code minSet} (smaller sets cost less to score than seeding does); a top keeping k with
     * up to {@code perPlace} times k of its candidates, when its set there holds at least {@code minTop} times that.
     */
    record Seeding(int minSet, int perPlace, int minTop) {
        static final Seeding DEFAULT = new Seeding(4096, 8, 8);
    }

    /** How many of the heaviest constant-level clauses the seeds are narrowed by. */
    static final int SEED_CLAUSES = 3;

    private ClauseAtATimeTopK() {}

    /**
     * One top to fill: the documents it ranks (per leaf ordinal; disjoint from the other tops'), the manager of its
     * collectors (by score, then candidate id) and how many it keeps.
     */
    record Top(PassingDocsQuery.Docs docs, TopFieldCollectorManager manager, int k) {}

    /**
     * The tops of the need's scored clauses over their sets, in the order given.
     *
     * @param kept where common terms are kept across searches (see {@link SegmentTerms})
     */
    static TopDocs[] search(IndexSearcher searcher, CompiledNeed compiled, SegmentGateCache kept, Scratch scratch,
            List<Top> tops) throws IOException {
        return search(searcher, compiled, kept, scratch, tops, ADVANCE_FACTOR, WALK_SHIFT, Seeding.DEFAULT);
    }

    /**
     * As the plain form, with other thresholds of advancing and walking postings and of seeding the floors (tests force
     * each path).
     */
    static TopDocs[] search(IndexSearcher searcher, CompiledNeed compiled, SegmentGateCache kept, Scratch scratch,
            List<Top> tops, int advanceFactor, int walkShift, Seeding seeding) throws IOException {
        List<Part> parts = parts(searcher, scratch.plan(compiled));
        Floors floors = new Floors(tops.size());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Callable<List<TopFieldCollector>>> tasks = new ArrayList<>(leaves.size());
        Leaf seeded = null;
        int most = seeding.minSet() - 1;
        for (LeafReaderContext leaf : leaves) {
            // Collectors are made here, on the calling thread: a manager's newCollector is not thread-safe.
            List<TopFieldCollector> collectors = new ArrayList<>(tops.size());
            for (Top t : tops) {
                collectors.add(t.manager().newCollector());
            }
            Leaf l = new Leaf(leaf, tops, kept, scratch, advanceFactor, walkShift, floors);
            int n = 0;
            for (Top t : tops) {
                n += t.docs().counts()[leaf.ord];
            }
            if (n > most) {
                most = n;
                seeded = l;
            }
            tasks.add(() -> l.run(parts, collectors));
        }
        if (seeded != null) {
            // Before the segments' passes, so that every one of them drops candidates from its first clauses on.
            seeded.seed(parts, seeding);
        }
        List<List<TopFieldCollector>> perLeaf = new ArrayList<>(searcher.getTaskExecutor().invokeAll(tasks));
        if (perLeaf.isEmpty()) {
            List<TopFieldCollector> none = new ArrayList<>();
            for (Top t : tops) {
                none.add(t.manager().newCollector());
            }
            perLeaf.add(none);
        }
        TopDocs[] out = new TopDocs[tops.size()];
        for (int t = 0; t < tops.size(); t++) {
            List<TopFieldCollector> collectors = new ArrayList<>(perLeaf.size());
            for (List<TopFieldCollector> l : perLeaf) {
                collectors.add(l.get(t));
            }
            out[t] = tops.get(t).manager().reduce(collectors);
        }
        return out;
    }

    /**
     * The need's scored clauses as Lucene weights them: under the normalising {@code 1 / achievable}, as
     * {@code BooleanWeight} passes it on, and with equal clauses merged as {@code BooleanQuery}'s rewrite merges them
     * (each clause's boosts unwrapped, equal inner queries made one, boosted by the sum of their boosts added in double;
     * a clause without an equal keeps its own boost). The clauses are read as compiled, not rewritten: a rewritten term
     * set is an opaque wrapper. Constant-level clauses first, heaviest first (they prune best and cost a few word
     * operations each), then term sums, then anything left to Lucene.
     */
    private static List<Part> parts(IndexSearcher searcher, CompiledNeed compiled) throws IOException {
        return parts(searcher, plan(compiled));
    }

    /** The plan's parts, its Lucene clauses weighted for this searcher. */
    private static List<Part> parts(IndexSearcher searcher, List<Object> plan) throws IOException {
        List<Part> parts = new ArrayList<>(plan.size());
        for (Object o : plan) {
            parts.add(o instanceof Weighted w
                    ? new LucenePart(searcher.createWeight(searcher.rewrite(w.query()), ScoreMode.COMPLETE, w.boost()))
                    : (Part) o);
        }
        return parts;
    }

    /** A clause left to Lucene: weighted per search (its weight depends on the searcher). */
    private record Weighted(Query query, float boost) {}

    /**
     * The need's clauses in evaluation order, as parts where they do not depend on the searcher (constant levels, term
     * sums) and as {@link Weighted} clauses where they do. The same for every search of the compiled need, so a
     * service keeps it with the need ({@link Scratch#plan}).
     */
    private static List<Object> plan(CompiledNeed compiled) {
        // As CompiledNeed.scored: the sum boosted by 1 / achievable when achievable > 0 (IndexSearcher starts at 1).
        float boost = compiled.achievable() > 0 ? (1f / compiled.achievable()) * 1f : 1f;
        List<Object> plan = new ArrayList<>();
        for (Map.Entry<Query, Float> e : compiled.mergedClauses().entrySet()) {
            float b = e.getValue() * boost; // BoostQuery.createWeight: its boost times the enclosing one
            Part p = LevelsPart.of(e.getKey(), b);
            if (p == null) {
                p = SumPart.of(e.getKey(), b);
            }
            plan.add(p != null ? p : new Weighted(e.getKey(), b));
        }
        // Constant levels first, heaviest first, then term sums, then Lucene's (their bound is per segment).
        plan.sort(Comparator.comparingInt((Object o) -> o instanceof Part p ? p.rank() : 2)
                .thenComparingDouble(o -> o instanceof Part p ? -p.order() : 0));
        return List.copyOf(plan);
    }

    /**
     * How each of the need's (merged) clauses is evaluated, in evaluation order: {@code levels}, {@code sum} or
     * {@code lucene} (for tests: the fast forms must be the ones the compiler's clauses take).
     */
    static List<String> plan(IndexSearcher searcher, CompiledNeed compiled) throws IOException {
        return parts(searcher, compiled).stream()
                .map(p -> p instanceof LevelsPart ? "levels" : p instanceof SumPart ? "sum" : "lucene").toList();
    }

    /** A query's boost times {@code boost}, as {@code BoostQuery.createWeight} multiplies it in. */
    private static float boosted(Query q, float boost) {
        return q instanceof BoostQuery b ? boosted(b.getQuery(), b.getBoost() * boost) : boost;
    }

    /** The query inside its boosts. */
    private static Query unboosted(Query q) {
        return q instanceof BoostQuery b ? unboosted(b.getQuery()) : q;
    }

    /** One scored clause. */
    private abstract static sealed class Part permits LevelsPart, SumPart, LucenePart {
        /** Evaluation order: constant levels, term sums, Lucene. */
        abstract int rank();

        /**
         * The clause's weight for ordering within its rank (heaviest first): the most it can give, for constant levels
         * and word sums.
         */
        abstract double order();
    }

    /**
     * A dis-max of constant levels testing terms: a candidate scores its best matching level's constant. Levels are
     * held best first, so the first level holding a candidate is its score.
     */
    private static final class LevelsPart extends Part {
        private final TermLevel[] levels;
        private final float[] scores;

        private LevelsPart(TermLevel[] levels, float[] scores) {
            this.levels = levels;
            this.scores = scores;
        }

        /**
         * The clause as constant term levels under {@code boost} (a constant-score term test, or a dis-max without
         * tie-breaker of such), or null when it is another kind of clause.
         */
        static LevelsPart of(Query clause, float boost) {
            float b = boosted(clause, boost);
            Query q = unboosted(clause);
            List<Query> disjuncts = q instanceof DisjunctionMaxQuery dm && dm.getTieBreakerMultiplier() == 0f
                    ? List.copyOf(dm.getDisjuncts()) : List.of(clause);
            if (q instanceof DisjunctionMaxQuery) {
                boost = b; // DisjunctionMaxQuery weights each disjunct under its own boost
            }
            record Scored(TermLevel level, float score) {}
            List<Scored> levels = new ArrayList<>();
            for (Query d : disjuncts) {
                // ConstantScoreQuery scores the boost it is weighted under.
                if (!(unboosted(d) instanceof ConstantScoreQuery cs)) {
                    return null;
                }
                TermLevel t = TermLevel.of(cs.getQuery());
                float s = boosted(d, boost);
                if (t == null || !(s >= 0f)) {
                    return null;
                }
                levels.add(new Scored(t, s));
            }
            levels.sort(Comparator.comparingDouble((Scored s) -> -s.score())); // stable: equal scores keep their order
            return new LevelsPart(levels.stream().map(Scored::level).toArray(TermLevel[]::new),
                    toFloats(levels.stream().map(Scored::score).toList()));
        }

        @Override
        int rank() {
            return 0;
        }

        @Override
        double order() {
            return scores.length == 0 ? 0 : scores[0];
        }
    }

    /** A capped sum of equal term scores (text, interests): a candidate with k of the words scores byCount[k]. */
    private static final class SumPart extends Part {
        private final String field;
        private final BytesRef[] terms;
        private final float[] byCount;
        private final float max;

        private SumPart(String field, BytesRef[] terms, float[] byCount) {
            this.field = field;
            this.terms = terms;
            this.byCount = byCount;
            float m = 0f;
            for (float s : byCount) {
                m = Math.max(m, s);
            }
            this.max = m;
        }

        /**
         * The clause as a term sum under {@code boost} (a capped sum of distinct terms of one field scoring the same,
         * {@link CappedSumQuery#termSum()}), or null when it is another kind of clause.
         */
        static SumPart of(Query clause, float boost) {
            float b = boosted(clause, boost);
            if (!(unboosted(clause) instanceof CappedSumQuery capped)) {
                return null;
            }
            CappedSumQuery.TermSum sum = capped.termSum();
            if (sum == null || sum.terms().size() > Byte.MAX_VALUE) {
                return null;
            }
            float[] byCount = new float[sum.terms().size() + 1];
            for (int k = 1; k < byCount.length; k++) {
                byCount[k] = capped.termSumScore(sum, k, b);
                if (!(byCount[k] >= 0f)) {
                    return null;
                }
            }
            return new SumPart(sum.field(), sum.terms().toArray(BytesRef[]::new), byCount);
        }

        @Override
        int rank() {
            return 1;
        }

        @Override
        double order() {
            return max;
        }
    }

    /** Any other clause (distance and start decay): its Lucene scorer, advanced to each candidate left. */
    private static final class LucenePart extends Part {
        private final Weight weight;

        LucenePart(Weight weight) {
            this.weight = weight;
        }

        @Override
        int rank() {
            return 2;
        }

        @Override
        double order() {
            return 0; // its bound is per segment (its scorer's)
        }
    }

    /** The union of two ascending lists of distinct ints, ascending. */
    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    private static float[] toFloats(List<Float> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /**
     * One segment's pass: the candidates of every top in one set, their points so far by position in the set, and
     * those still alive (able to reach their top). One thread.
     */
    private static final class Leaf {
        private final LeafReaderContext context;
        private final List<Top> tops;
        private final SegmentGateCache kept;
        private final int advanceFactor;
        private final int walkShift;
        private final Floors floors;
        private final Scratch scratch;
        private final int maxDoc;
        /** Every candidate of the tops, by word; the first top's own, to route a candidate (null with one top). */
        private long[] set;
        private long[] first;
        /** Per word, how many candidates of the set the words before it hold: a candidate's position. */
        private int[] rank;
        private double[] points;
        private int setCount;
        private long[] alive;
        private int[] aliveWords;
        private int aliveCount;
        private long[] scratchWords;
        private long[] termWords;
        private long[] assigned;
        private byte[] wordCounts;
        private FixedBitSet readScratch;
        /** Whether the sets were read ({@link #load}), and whether they hold any candidate here. */
        private boolean loaded;
        private boolean any;
        /** Per level or word sum, its terms here, looked up once for the seeds and the pass (one thread at a time). */
        private final java.util.IdentityHashMap<Object, SegmentTerms> terms = new java.util.IdentityHashMap<>();

        Leaf(LeafReaderContext context, List<Top> tops, SegmentGateCache kept, Scratch scratch, int advanceFactor,
                int walkShift, Floors floors) {
            this.scratch = scratch;
            this.floors = floors;
            this.context = context;
            this.tops = tops;
            this.kept = kept;
            this.advanceFactor = advanceFactor;
            this.walkShift = walkShift;
            this.maxDoc = context.reader().maxDoc();
        }

        /** Scores the segment into its collectors (one per top, in order) and returns them. */
        List<TopFieldCollector> run(List<Part> parts, List<TopFieldCollector> collectors) throws IOException {
            if (!loaded()) {
                return collectors;
            }
            try {
                score(parts);
                collect(collectors);
            } finally {
                scratch.give(points, wordCounts);
            }
            return collectors;
        }

        /** Adds up the clauses' points of the candidates, dropping those that can no longer reach their top. */
        private void score(List<Part> parts) throws IOException {
            // Per segment, what each clause can give at most (a Lucene clause's scorer tells); what is left to add.
            Scorer[] scorers = new Scorer[parts.size()];
            double[] max = new double[parts.size()];
            double remaining = 0;
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                if (p instanceof LucenePart lp) {
                    ScorerSupplier ss = lp.weight.scorerSupplier(context);
                    scorers[i] = ss == null ? null : ss.get(aliveCount);
                    if (scorers[i] != null) {
                        scorers[i].advanceShallow(0); // the bound of the whole segment, from its first document
                        max[i] = scorers[i].getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
                    }
                } else {
                    max[i] = p.order(); // a constant level's or a word sum's most
                }
                remaining += max[i];
            }
            double done = 0;
            for (int i = 0; i < parts.size() && aliveCount > 0; i++) {
                Part p = parts.get(i);
                if (i == 0 && p instanceof LevelsPart l && parts.size() > 1) {
                    // No points yet: the candidates of each level end the clause alike, and are dropped a word at a time.
                    remaining -= max[i];
                    done += max[i];
                    addFirstLevels(l, Math.max(remaining, 0));
                    continue;
                }
                if (p instanceof LevelsPart l) {
                    addLevels(l);
                } else if (p instanceof SumPart s) {
                    addSum(s);
                } else if (scorers[i] != null) {
                    addLucene(scorers[i]);
                }
                remaining -= max[i];
                done += max[i];
                // A candidate's points so far are at most `done`: nothing can fall below this segment's k-th best
                // minus `remaining` until `done` exceeds `remaining`; another segment's k-th best may already be above.
                if (i + 1 < parts.size() && (done > remaining || floors.above(remaining))) {
                    prune(Math.max(remaining, 0));
                }
            }
        }

        /**
         * Raises the tops' floors before the pass over the whole set: a few candidates per top that hold the best level
         * of the heaviest constant-level clauses are scored first, all clauses, and their k-th best (exact, so a lower
         * bound of the top's k-th best) becomes the floor. The pass over the set then drops from its first clauses on
         * the candidates that can no longer reach it, instead of after three or four clauses over all of them. The
         * seeds' points are cleared afterwards, and the pass scores them again with the rest.
         */
        void seed(List<Part> parts, Seeding seeding) throws IOException {
            if (!loaded()) {
                return;
            }
            int ord = context.ord;
            int n = tops.size();
            long[][] candidates = new long[n][]; // per top, at the top's words: its seed candidates so far
            int[] need = new int[n];
            boolean someTop = false;
            for (int t = 0; t < n; t++) {
                Top top = tops.get(t);
                need[t] = seeding.perPlace() * top.k();
                if (need[t] > 0 && top.docs().counts()[ord] >= (long) seeding.minTop() * need[t]) {
                    int[] w = top.docs().words()[ord];
                    long[] bits = top.docs().bits()[ord].getBits();
                    candidates[t] = new long[w.length];
                    for (int i = 0; i < w.length; i++) {
                        candidates[t][i] = bits[w[i]];
                    }
                    someTop = true;
                }
            }
            if (!someTop) {
                return; // no top large enough to seed
            }
            // Narrowed clause by clause (heaviest first) while enough candidates hold each clause's best level.
            int narrowed = 0;
            for (Part p : parts) {
                if (!(p instanceof LevelsPart l) || narrowed == SEED_CLAUSES) {
                    break;
                }
                narrowed++;
                long[] match = levelMatch(l.levels[0]);
                if (match == null) {
                    continue;
                }
                for (int t = 0; t < n; t++) {
                    if (candidates[t] == null) {
                        continue;
                    }
                    int[] w = tops.get(t).docs().words()[ord];
                    long[] c = candidates[t];
                    int count = 0;
                    for (int i = 0; i < w.length; i++) {
                        count += Long.bitCount(c[i] & match[w[i]]);
                    }
                    if (count >= need[t]) {
                        for (int i = 0; i < w.length; i++) {
                            c[i] &= match[w[i]];
                        }
                    }
                }
            }
            // The first candidates of each top's narrowed set, in document order, are the seeds: alive alone.
            for (int w : aliveWords) {
                alive[w] = 0;
            }
            int seeds = 0;
            for (int t = 0; t < n; t++) {
                if (candidates[t] == null) {
                    continue;
                }
                int[] w = tops.get(t).docs().words()[ord];
                long[] c = candidates[t];
                int left = need[t];
                for (int i = 0; i < w.length && left > 0; i++) {
                    long m = c[i];
                    while (m != 0 && left > 0) {
                        long bit = m & -m;
                        m ^= bit;
                        alive[w[i]] |= bit;
                        left--;
                        seeds++;
                    }
                }
            }
            int[] all = aliveWords;
            int[] seedWords = new int[Math.min(seeds, all.length)];
            int sw = 0;
            for (int w : all) {
                if (alive[w] != 0) {
                    seedWords[sw++] = w;
                }
            }
            int[] seededWords = Arrays.copyOf(seedWords, sw);
            long[] seeded = new long[sw];
            for (int i = 0; i < sw; i++) {
                seeded[i] = alive[seededWords[i]];
            }
            aliveWords = seededWords.clone(); // dropping candidates rewrites it in place
            aliveCount = seeds;
            score(parts);
            if (aliveCount > 0) {
                prune(0); // every clause added: the seeds' points are their scores
            }
            // Back to the whole set, with no points.
            for (int i = 0; i < seededWords.length; i++) {
                long m = seeded[i];
                while (m != 0) {
                    points[position((seededWords[i] << 6) | Long.numberOfTrailingZeros(m))] = 0;
                    m &= m - 1;
                }
            }
            for (int w : all) {
                alive[w] = set[w];
            }
            aliveWords = all;
            aliveCount = setCount;
        }

        /** Whether the tops' sets hold a candidate in this segment, read ({@link #load}) on the first call. */
        private boolean loaded() {
            if (!loaded) {
                any = load();
                loaded = true;
            }
            return any;
        }

        /** Reads the tops' sets in this segment; false when they hold no candidate here. */
        private boolean load() {
            int ord = context.ord;
            int n = 0;
            for (Top t : tops) {
                n += t.docs().counts()[ord];
            }
            if (n == 0) {
                return false;
            }
            int words = FixedBitSet.bits2words(maxDoc);
            if (tops.size() == 1) {
                set = tops.get(0).docs().bits()[ord].getBits();
            } else {
                set = new long[words];
                for (Top t : tops) {
                    long[] b = t.docs().bits()[ord].getBits();
                    for (int w : t.docs().words()[ord]) {
                        set[w] |= b[w];
                    }
                }
                first = tops.get(0).docs().bits()[ord].getBits();
            }
            // The set's non-empty words, as the tops' sets list them (disjoint sets: a word is in one list or both).
            int[] setWords = tops.get(0).docs().words()[ord];
            for (int t = 1; t < tops.size(); t++) {
                setWords = union(setWords, tops.get(t).docs().words()[ord]);
            }
            rank = new int[words];
            alive = new long[words];
            int c = 0;
            for (int w : setWords) {
                long m = set[w];
                rank[w] = c;
                c += Long.bitCount(m);
                alive[w] = m;
            }
            aliveWords = setWords.clone(); // dropping candidates rewrites it in place
            aliveCount = c;
            points = scratch.points(c);
            setCount = c;
            scratchWords = new long[words];
            termWords = new long[words];
            assigned = new long[words];
            return true;
        }

        /** The position in the set of a document of the set. */
        private int position(int doc) {
            int w = doc >> 6;
            return rank[w] + Long.bitCount(set[w] & ((1L << doc) - 1));
        }

        private void addLevels(LevelsPart part) throws IOException {
            for (int w : aliveWords) {
                assigned[w] = 0;
            }
            int left = aliveCount;
            for (int i = 0; i < part.levels.length && left > 0; i++) {
                long[] match = levelMatch(part.levels[i]);
                if (match == null) {
                    continue; // no document of the segment holds the level
                }
                float score = part.scores[i];
                for (int w : aliveWords) {
                    long m = match[w] & ~assigned[w];
                    if (m == 0) {
                        continue;
                    }
                    assigned[w] |= m;
                    left -= Long.bitCount(m);
                    while (m != 0) {
                        points[position((w << 6) | Long.numberOfTrailingZeros(m))] += score;
                        m &= m - 1;
                    }
                }
            }
        }

        /**
         * The first clause, a constant-level one, before any candidate has points: each level's candidates (those holding
         * no better level) end the clause with its score, so the k-th best of each top after the clause is read off the
         * levels' counts, and a level's candidates that can no longer reach their top (by {@link #prune}'s rule: their
         * points plus {@code remaining}, with slack, below the top's threshold) are dropped a word at a time, before
         * any per-candidate work, as are the candidates holding no level. The others get their level's score. Drops
         * exactly what adding the clause and pruning would.
         */
        private void addFirstLevels(LevelsPart part, double remaining) throws IOException {
            initThresholds();
            int n = tops.size();
            for (int t = 0; t < n; t++) {
                thresholds[t] = Math.max(thresholds[t], floors.get(t));
            }
            int[] held = new int[n]; // per top, candidates in the levels so far
            int[] total = new int[n];
            for (int w : aliveWords) {
                assigned[w] = 0;
                total[0] += Long.bitCount(first == null ? alive[w] : alive[w] & first[w]);
            }
            if (n > 1) {
                total[1] = aliveCount - total[0];
            }
            for (int i = 0; i < part.levels.length; i++) {
                long[] match = levelMatch(part.levels[i]);
                if (match == null) {
                    continue; // no document of the segment holds the level
                }
                float score = part.scores[i];
                for (int w : aliveWords) {
                    long m = match[w] & ~assigned[w];
                    match[w] = m;
                    assigned[w] |= m;
                    if (m != 0) {
                        held[0] += Long.bitCount(first == null ? m : m & first[w]);
                        if (n > 1) {
                            held[1] += Long.bitCount(m & ~first[w]);
                        }
                    }
                }
                long keepMask = keepMask(held, score, remaining); // which tops keep this level's candidates
                for (int w : aliveWords) {
                    long m = match[w];
                    if (m == 0) {
                        continue;
                    }
                    long drop = m & ~topMask(w, keepMask);
                    alive[w] &= ~drop;
                    m &= ~drop;
                    while (m != 0) {
                        points[position((w << 6) | Long.numberOfTrailingZeros(m))] += score;
                        m &= m - 1;
                    }
                }
            }
            // The candidates holding no level have no points: a top's k-th best is 0 when its levels hold fewer than k.
            long keepMask = keepMask(total, 0f, remaining);
            for (int w : aliveWords) {
                alive[w] &= assigned[w] | topMask(w, keepMask);
            }
            compactAlive();
        }

        /** Drops the words left without an alive document from the list of alive words, and counts those left. */
        private void compactAlive() {
            int count = 0;
            int words = 0;
            for (int w : aliveWords) {
                long a = alive[w];
                if (a != 0) {
                    aliveWords[words++] = w;
                    count += Long.bitCount(a);
                }
            }
            if (words < aliveWords.length) {
                aliveWords = Arrays.copyOf(aliveWords, words);
            }
            aliveCount = count;
        }

        /**
         * Which tops keep candidates scoring {@code score} after the first clause (bit t for top t), once the candidates
         * scoring at least that number {@code held[t]} per top: a top holding k of them has its k-th best there, which
         * raises its threshold (and floor) as {@link #prune} raises them.
         */
        private long keepMask(int[] held, float score, double remaining) {
            long keep = 0;
            for (int t = 0; t < held.length; t++) {
                int k = tops.get(t).k();
                if (k > 0 && held[t] >= k) {
                    float kth = (float) (score * (1 - SLACK));
                    if (kth > thresholds[t]) {
                        thresholds[t] = kth;
                        floors.raise(t, kth);
                    }
                }
                if (!((float) ((score + remaining) * (1 + SLACK)) < thresholds[t])) {
                    keep |= 1L << t;
                }
            }
            return keep;
        }

        /** The documents of word {@code w} of the set in the tops {@code tops} (bit t for top t). */
        private long topMask(int w, long tops) {
            if (first == null) {
                return (tops & 1) != 0 ? -1L : 0L;
            }
            return ((tops & 1) != 0 ? first[w] : 0L) | ((tops & 2) != 0 ? ~first[w] : 0L);
        }

        /**
         * The alive documents matching a level, at the alive words of the returned words (scratch, valid until the next
         * level is read), or null when no document of the segment holds the level.
         */
        private long[] levelMatch(TermLevel level) throws IOException {
            SegmentTerms terms = terms(level, level.field(), level.terms());
            if (terms == null || terms.present() == 0 || (level.all() && terms.present() < level.terms().length)) {
                return null;
            }
            return level(terms, level.all());
        }

        /** The terms of a level or word sum ({@code owner}) in this segment, looked up on first use; null without the field. */
        private SegmentTerms terms(Object owner, String field, BytesRef[] words) throws IOException {
            SegmentTerms t = terms.get(owner);
            if (t == null && !terms.containsKey(owner)) {
                t = SegmentTerms.seek(context, field, words, kept);
                terms.put(owner, t);
            }
            return t;
        }

        /** The alive documents matching a level (any or all of its terms), at the alive words of the returned words. */
        private long[] level(SegmentTerms terms, boolean all) throws IOException {
            long[] out = scratchWords;
            for (int w : aliveWords) {
                out[w] = all ? alive[w] : 0;
            }
            for (int j = 0; j < terms.size(); j++) {
                if (!all) {
                    termInto(terms, j, out); // straight into the union
                    continue;
                }
                long[] t = termWords;
                for (int w : aliveWords) {
                    t[w] = 0;
                }
                termInto(terms, j, t);
                for (int w : aliveWords) {
                    out[w] &= t[w];
                }
            }
            return out;
        }

        /**
         * Adds to {@code out} (at the alive words) the alive documents holding term {@code j}: from its kept bit set; by
         * advancing its postings to each alive document when they are far fewer than its postings; by walking a rare
         * term's postings; else by reading its postings whole (kept from their second use when common).
         */
        private void termInto(SegmentTerms terms, int j, long[] out) throws IOException {
            if (!terms.has(j)) {
                return;
            }
            FixedBitSet k = terms.kept(j);
            if (k == null && (long) aliveCount * advanceFactor < terms.docFreq(j)) {
                k = terms.keepIfAdmitted(j); // else advanced to each candidate left, below
            }
            if (k != null) {
                long[] b = k.getBits();
                for (int w : aliveWords) {
                    out[w] |= b[w] & alive[w];
                }
                return;
            }
            int df = terms.docFreq(j);
            if ((long) aliveCount * advanceFactor < df) {
                PostingsEnum p = terms.postings(j);
                int at = -1;
                for (int w : aliveWords) {
                    long m = alive[w];
                    while (m != 0) {
                        int doc = (w << 6) | Long.numberOfTrailingZeros(m);
                        m &= m - 1;
                        if (at < doc) {
                            at = p.advance(doc);
                            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                                return;
                            }
                        }
                        if (at == doc) {
                            out[w] |= 1L << doc;
                        }
                    }
                }
                return;
            }
            if (df <= maxDoc >> walkShift && df < maxDoc >> SegmentTerms.KEEP_SHIFT) { // rare: walked, never kept
                PostingsEnum p = terms.postings(j);
                for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
                    out[doc >> 6] |= alive[doc >> 6] & (1L << doc);
                }
                return;
            }
            if (readScratch == null) {
                readScratch = new FixedBitSet(maxDoc);
            }
            long[] b = terms.docs(j, readScratch).getBits();
            for (int w : aliveWords) {
                out[w] |= b[w] & alive[w];
            }
        }

        private void addSum(SumPart part) throws IOException {
            SegmentTerms terms = terms(part, part.field, part.terms);
            if (terms == null || terms.present() == 0) {
                return;
            }
            if (wordCounts == null) {
                wordCounts = scratch.counts(setCount);
            }
            long[] any = assigned; // reused: the documents holding any word
            long[] t = termWords;
            for (int w : aliveWords) {
                any[w] = 0;
            }
            for (int j = 0; j < terms.size(); j++) {
                if (!terms.has(j)) {
                    continue;
                }
                for (int w : aliveWords) {
                    t[w] = 0;
                }
                termInto(terms, j, t);
                for (int w : aliveWords) {
                    long m = t[w];
                    any[w] |= m;
                    while (m != 0) {
                        wordCounts[position((w << 6) | Long.numberOfTrailingZeros(m))]++;
                        m &= m - 1;
                    }
                }
            }
            for (int w : aliveWords) {
                long m = any[w];
                while (m != 0) {
                    int pos = position((w << 6) | Long.numberOfTrailingZeros(m));
                    points[pos] += part.byCount[wordCounts[pos]];
                    wordCounts[pos] = 0;
                    m &= m - 1;
                }
            }
        }

        private void addLucene(Scorer scorer) throws IOException {
            TwoPhaseIterator tpi = scorer.twoPhaseIterator();
            DocIdSetIterator it = tpi == null ? scorer.iterator() : tpi.approximation();
            for (int w : aliveWords) {
                long m = alive[w];
                while (m != 0) {
                    int doc = (w << 6) | Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    int at = it.docID();
                    if (at < doc) {
                        at = it.advance(doc);
                    }
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        return;
                    }
                    if (at == doc && (tpi == null || tpi.matches())) {
                        points[position(doc)] += scorer.score();
                    }
                }
            }
        }

        /** Which top a document of the set belongs to. */
        private int top(int doc) {
            return first == null || (first[doc >> 6] & (1L << doc)) != 0 ? 0 : 1;
        }

        /**
         * Drops the alive documents that can no longer enter their top: their points plus {@code remaining} (rounded to
         * float, with slack) are below the k-th best points of their top (rounded to float, with slack). One pass drops
         * by the k-th best known so far and finds the new one (the k-th best never falls: a top's best k are never
         * dropped and their points only grow); a second pass runs only when it rose.
         */
        private void prune(double remaining) {
            int n = tops.size();
            initThresholds();
            for (int t = 0; t < n; t++) {
                thresholds[t] = Math.max(thresholds[t], floors.get(t)); // another segment's k-th best bounds this one's
            }
            int[] sizes = new int[n];
            filter(remaining, sizes);
            boolean rose = false;
            for (int t = 0; t < n; t++) {
                double[] h = heaps[t];
                if (h.length > 0 && sizes[t] == h.length) {
                    float kth = (float) (h[0] * (1 - SLACK));
                    if (kth > thresholds[t]) {
                        thresholds[t] = kth;
                        floors.raise(t, kth);
                        rose |= h[0] > remaining; // else every candidate still reaches it
                    }
                }
            }
            if (rose) {
                filter(remaining, null);
            }
        }

        /** Each top's threshold (none yet; everything for a top keeping nothing) and heap, when first needed. */
        private void initThresholds() {
            int n = tops.size();
            if (thresholds == null) {
                thresholds = new float[n];
                heaps = new double[n][];
                for (int t = 0; t < n; t++) {
                    int k = tops.get(t).k();
                    heaps[t] = new double[Math.max(k, 0)];
                    // A top keeping nothing drops everything; an unfilled one nothing.
                    thresholds[t] = k <= 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
                }
            }
        }

        private float[] thresholds;
        private double[][] heaps;

        /**
         * Drops the alive documents whose bound is below their top's threshold; with {@code sizes}, also collects each
         * top's best points of the documents kept into its heap.
         */
        private void filter(double remaining, int[] sizes) {
            for (int w : aliveWords) {
                long m = alive[w];
                long keep = m;
                int base = rank[w];
                long inSet = set[w];
                while (m != 0) {
                    long bit = m & -m;
                    m ^= bit;
                    int doc = (w << 6) | Long.numberOfTrailingZeros(bit);
                    int t = top(doc);
                    double v = points[base + Long.bitCount(inSet & (bit - 1))];
                    if ((float) ((v + remaining) * (1 + SLACK)) < thresholds[t]) {
                        keep ^= bit;
                        continue;
                    }
                    if (sizes != null) {
                        double[] h = heaps[t];
                        if (sizes[t] < h.length) {
                            siftUp(h, sizes[t]++, v);
                        } else if (h.length > 0 && v > h[0]) {
                            h[0] = v;
                            siftDown(h, sizes[t]);
                        }
                    }
                }
                alive[w] = keep;
            }
            compactAlive();
        }

        /** Feeds the alive documents, in document order, with their scores to their tops' collectors. */
        private void collect(List<TopFieldCollector> collectors) throws IOException {
            if (aliveCount == 0) {
                return;
            }
            Current current = new Current();
            LeafCollector[] leaf = new LeafCollector[collectors.size()];
            for (int t = 0; t < leaf.length; t++) {
                leaf[t] = collectors.get(t).getLeafCollector(context);
                leaf[t].setScorer(current);
            }
            for (int w : aliveWords) {
                long m = alive[w];
                while (m != 0) {
                    int doc = (w << 6) | Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    current.score = (float) points[position(doc)];
                    leaf[top(doc)].collect(doc);
                }
            }
            for (LeafCollector l : leaf) {
                l.finish();
            }
        }
    }

    /**
     * Per top, the highest k-th best points (rounded down to float, with slack) any segment has found so far. The k
     * candidates behind it score at least that much in the end, so the top's k-th best does too, and a candidate of any
     * segment whose bound is below it is dropped: segments searched after the first (or beside it) prune from their
     * first clauses on.
     */
    private static final class Floors {
        private final AtomicIntegerArray bits;

        Floors(int tops) {
            bits = new AtomicIntegerArray(tops);
            for (int t = 0; t < tops; t++) {
                bits.set(t, Float.floatToIntBits(Float.NEGATIVE_INFINITY));
            }
        }

        float get(int top) {
            return Float.intBitsToFloat(bits.get(top));
        }

        /** Whether some top's floor is above {@code points}: then a candidate with no points may be dropped. */
        boolean above(double points) {
            for (int t = 0; t < bits.length(); t++) {
                if (get(t) > points) {
                    return true;
                }
            }
            return false;
        }

        void raise(int top, float floor) {
            int current = bits.get(top);
            while (floor > Float.intBitsToFloat(current) && !bits.compareAndSet(top, current, Float.floatToIntBits(floor))) {
                current = bits.get(top);
            }
        }
    }

    /**
     * Per-candidate buffers reused across the searches of one service: a segment's set can hold a hundred thousand
     * candidates, and a fresh array of their points per segment and search is a large allocation (a humongous one
     * for G1) and garbage right after. At most {@value #KEPT} of each kind are kept, each as large as the largest set
     * it served (9 bytes a candidate for points and counts together: at most about 30 MB per service for a segment of
     * 400,000 candidates). Also each compiled need's clause plan, for as long as the service keeps the need (merging
     * and sorting the clauses hashed every query of the form, 4 % of a search). Thread-safe.
     */
    static final class Scratch {
        private static final int KEPT = 8;
        /** Each kept compiled need's plan ({@link ClauseAtATimeTopK#plan}), by identity, gone with the need. */
        private final com.google.common.cache.Cache<CompiledNeed, List<Object>> plans =
                com.google.common.cache.CacheBuilder.newBuilder().weakKeys().build();

        /** The plan of {@code compiled}, worked out on its first search (merging and sorting its clauses). */
        List<Object> plan(CompiledNeed compiled) {
            return plans.asMap().computeIfAbsent(compiled, ClauseAtATimeTopK::plan);
        }

        private final ConcurrentLinkedQueue<double[]> points = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<byte[]> counts = new ConcurrentLinkedQueue<>();

        /** At least {@code n} points, the first {@code n} zero. */
        double[] points(int n) {
            double[] b = points.poll();
            if (b == null || b.length < n) {
                return new double[n];
            }
            Arrays.fill(b, 0, n, 0d);
            return b;
        }

        /** At least {@code n} counts, the first {@code n} zero. */
        byte[] counts(int n) {
            byte[] b = counts.poll();
            if (b == null || b.length < n) {
                return new byte[n];
            }
            Arrays.fill(b, 0, n, (byte) 0);
            return b;
        }

        /** Takes buffers back (either may be null). */
        void give(double[] p, byte[] c) {
            if (p != null && points.size() < KEPT) {
                points.offer(p);
            }
            if (c != null && counts.size() < KEPT) {
                counts.offer(c);
            }
        }
    }

    /** The score of the document being collected. */
    private static final class Current extends Scorable {
        float score;

        @Override
        public float score() {
            return score;
        }
    }

    private static void siftUp(double[] h, int i, double v) {
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (h[parent] <= v) {
                break;
            }
            h[i] = h[parent];
            i = parent;
        }
        h[i] = v;
    }

    private static void siftDown(double[] h, int size) {
        double v = h[0];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && h[c + 1] < h[c]) {
                c++;
            }
            if (h[c] >= v) {
                break;
            }
            h[i] = h[c];
            i = c;
        }
        h[i] = v;
    }
}
