package io.github.jobbmatch.search;

import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.search.CompiledNeed.Gate;
import io.github.jobbmatch.search.CompiledNeed.GateKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.lucene.util.NumericUtils;

/**
 * A compiled need's query for a checked candidate ({@link CompiledNeed#queryForCheckedCandidate()}) evaluated
 * directly on one candidate's indexed terms, for candidate-first search: the same match and the very same float
 * score as that query's scorer on the candidate's one-document index, without rewriting the query and building a
 * Lucene weight per need (which was most of the cost of scoring a picked need).
 *
 * <p>Built once per compiled need and independent of any reader, so it is kept with the prepared need. The
 * compiled clauses are term and term-set tests, conjunctions, dis-maxes of constant levels and capped sums; those
 * are evaluated here with Lucene's arithmetic: a constant-score leaf scores its boost (the product of the
 * enclosing boosts, multiplied in the order {@link BoostQuery} multiplies them), a dis-max with no tie-breaker its
 * best matching disjunct, a capped sum {@code min(cap × boost, sum × boost)}, and the need's sum of clauses the sum
 * of the matching clauses in double precision, rounded to float once, as {@code DisjunctionSumScorer} does. Any
 * other query (point ranges, distance features, the travel limit) is left to Lucene on the one-document index, one
 * small query at a time, and its result kept for the rest of the search (many needs share a percent range or a
 * workplace). Tests compare it with the Lucene scorer on seeded needs and candidates.
 */
final class NeedScorer {

    private static final float NO_MATCH = -1f;

    private final Node[] gates;
    private final boolean[] excluding;
    private final GateKind[] kinds;
    private final String[] labels;
    private final Route[] routes;
    /* The scored clauses, in order, as one program (see Program): a need's clauses read from three arrays. */
    private final Program clauses;

    private NeedScorer(Node[] gates, boolean[] excluding, GateKind[] kinds, String[] labels, Route[] routes,
            Node[] clauses) {
        this.gates = gates;
        this.excluding = excluding;
        this.kinds = kinds;
        this.labels = labels;
        this.routes = routes;
        this.clauses = Program.of(clauses);
    }

    /** The scorer of {@code cn.queryForCheckedCandidate()}: every gate but visibility and exclusion, every clause. */
    static NeedScorer of(CompiledNeed cn) {
        return of(cn, k -> k);
    }

    /**
     * As {@link #of(CompiledNeed)}, sharing equal terms and equal queries left to Lucene through {@code terms} (an
     * interner: kept needs share most of their terms, and the needs of one workplace their travel and distance
     * queries, so each is kept once).
     */
    static NeedScorer of(CompiledNeed cn, UnaryOperator<Object> terms) {
        Node[] gates = new Node[cn.gates().size()];
        boolean[] excluding = new boolean[gates.length];
        GateKind[] kinds = new GateKind[gates.length];
        String[] labels = new String[gates.length];
        Route[] routes = new Route[gates.length];
        for (int i = 0; i < gates.length; i++) {
            Gate g = cn.gates().get(i);
            kinds[i] = g.kind();
            labels[i] = g.label();
            routes[i] = g.route();
            if (g.kind() == GateKind.VISIBILITY || g.kind() == GateKind.EXCLUDE) {
                continue; // checked before a candidate-first search, and not part of its query
            }
            if (g.occur() != Occur.MUST_NOT && g.occur() != Occur.FILTER) {
                throw new IllegalArgumentException("a gate is FILTER or MUST_NOT: " + g.key());
            }
            Node travel = g.kind() == GateKind.TRAVEL ? travel(cn, g.query(), terms) : null;
            gates[i] = travel != null ? travel : matcher(g.query(), terms);
            excluding[i] = g.occur() == Occur.MUST_NOT;
        }
        // As CompiledNeed.scored: the sum boosted by 1 / achievable when achievable > 0 (IndexSearcher starts at 1).
        float boost = cn.achievable() > 0 ? (1f / cn.achievable()) * 1f : 1f;
        // Lucene's Boolean rewrite merges equal SHOULD clauses (e.g. the same want twice) into one boosted by the sum of
        // their boosts: one node scored at that boost gives Lucene's float product, not the sum of the copies.
        List<Node> clauses = new ArrayList<>();
        for (Map.Entry<Query, Float> e : cn.mergedClauses().entrySet()) {
            clauses.add(scorer(e.getKey(), e.getValue() * boost, terms));
        }
        return new NeedScorer(gates, excluding, kinds, labels, routes, clauses.toArray(Node[]::new));
    }

    /**
     * The travel gate as a node of its own, when its query is the compiler's {@link TravelLimitQuery} for the compiled
     * workplace and the need's maximum (checked by the query's equality); null otherwise (then left to Lucene). On the
     * one-document index that query builds a point look-up and a weight per workplace, which made the travel test the
     * costliest part of checking a need; its rule on one candidate is a haversine against two maxima.
     */
    private static Node travel(CompiledNeed cn, Query q, UnaryOperator<Object> terms) {
        if (!(q instanceof TravelLimitQuery) || Double.isNaN(cn.workplaceLat()) || Double.isNaN(cn.workplaceLon())) {
            return null;
        }
        var at = cn.need().location();
        double needMax = at != null && at.maxTravelKm() != null ? at.maxTravelKm() : Double.NaN;
        if (!q.equals(new TravelLimitQuery(cn.workplaceLat(), cn.workplaceLon(), needMax))) {
            return null;
        }
        return (Node) terms.apply(new Travel(cn.workplaceLat(), cn.workplaceLon(), needMax));
    }

    /** How many gates the compiled need has (visibility and exclusion included, as in {@link CompiledNeed#gates()}). */
    int gateCount() {
        return gates.length;
    }

    /** Whether the gate at {@code index} is part of the candidate-first query (not visibility or exclusion). */
    boolean checks(int index) {
        return gates[index] != null;
    }

    /** Whether the gate at {@code index} is a MUST_NOT gate (it fails when its query matches). */
    boolean excluding(int index) {
        return excluding[index];
    }

    GateKind gateKind(int index) {
        return kinds[index];
    }

    String gateLabel(int index) {
        return labels[index];
    }

    /** The route that closes the gate's gap; null when a near miss may not fail it. */
    Route gateRoute(int index) {
        return routes[index];
    }

    /** The score for this candidate, or null when the candidate fails a gate. */
    Float score(Candidate c) throws IOException {
        for (int i = 0; i < gates.length; i++) {
            if (gates[i] != null && gates[i].matches(c) == excluding[i]) {
                return null;
            }
        }
        return clausesScore(c);
    }

    /**
     * Whether the candidate passes every gate a near miss may fail (those with a route: musts, languages,
     * accommodations). With {@link #passesFixed} it is {@code score(c) != null}.
     */
    boolean passesRelaxable(Candidate c) throws IOException {
        return passes(c, true);
    }

    /**
     * Whether the candidate passes every gate no near miss may fail (no route: percent, shifts, travel). A need
     * failing one of those is out and is no near miss either, so a search may test them last, and only on the
     * needs it would otherwise return.
     */
    boolean passesFixed(Candidate c) throws IOException {
        return passes(c, false);
    }

    private boolean passes(Candidate c, boolean relaxable) throws IOException {
        for (int i = 0; i < gates.length; i++) {
            if (gates[i] != null && (routes[i] != null) == relaxable && gates[i].matches(c) == excluding[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the gate at {@code index} of the compiled need's gates matches the candidate (its query, whatever its
     * occur); not for the visibility and exclusion gates.
     */
    boolean gateMatches(int index, Candidate c) throws IOException {
        if (gates[index] == null) {
            throw new IllegalArgumentException("gate " + index + " is not part of the candidate-first query");
        }
        return gates[index].matches(c);
    }

    /**
     * The normalised sum of the scored clauses, gates aside: what {@code cn.scored(gates)} scores on a document the
     * gates let through (the near misses' score).
     */
    float clausesScore(Candidate c) throws IOException {
        return clauses.score(c);
    }

    /**
     * A need's scored clauses flattened into arrays: per clause an operation and the hashes of its terms in
     * {@code ops}, the terms themselves in {@code keys}, the constant scores in {@code scores}, and what is not made
     * of single terms at constant scores as nodes in {@code rest}. Scoring a need walks the three arrays in order
     * instead of a tree of nodes spread over the heap (with the search's data out of the processor's caches, as between
     * other searches, a need's clauses took 4.6 µs as nodes and take 2.7 µs as a program). Each operation computes exactly what the node it
     * replaces does ({@link ConstantTerm}, {@link Constant} over terms, {@link Max} of those, {@link CappedTerms}),
     * and the clause scores are summed in double in the clauses' order and rounded once, as before.
     */
    private static final class Program {
        private static final int LEVEL = 0;  // a level (below), one score: its score when it matches
        private static final int MAX = 1;    // n, then n levels, n scores: the best score of the levels matched
        private static final int CAPPED = 2; // m, m hashes; m keys, scores each, bound, boost
        private static final int NODE = 3;   // the next of rest
        /*
         * A level: g, its number of keys, then g groups, each m and m hashes (m keys): it matches when every group
         * holds a term the candidate has (a term: one group of one; terms: one group; a conjunction: a group a part).
         */

        private final int[] ops;
        private final Key[] keys;
        private final float[] scores;
        private final Node[] rest;

        private Program(int[] ops, Key[] keys, float[] scores, Node[] rest) {
            this.ops = ops;
            this.keys = keys;
            this.scores = scores;
            this.rest = rest;
        }

        static Program of(Node[] clauses) {
            IntList ops = new IntList();
            List<Key> keys = new ArrayList<>();
            FloatList scores = new FloatList();
            List<Node> rest = new ArrayList<>();
            for (Node n : clauses) {
                Key[][] level = groups(n);
                if (level != null) {
                    ops.add(LEVEL);
                    addLevel(ops, keys, level);
                    scores.add(n instanceof ConstantTerm t ? t.score : ((Constant) n).score);
                } else if (n instanceof Max m && java.util.Arrays.stream(m.disjuncts).allMatch(d -> groups(d) != null)) {
                    ops.add(MAX);
                    ops.add(m.disjuncts.length);
                    for (Node d : m.disjuncts) {
                        addLevel(ops, keys, groups(d));
                        scores.add(d instanceof ConstantTerm t ? t.score : ((Constant) d).score);
                    }
                } else if (n instanceof CappedTerms ct) {
                    ops.add(CAPPED);
                    ops.add(ct.keys.length);
                    for (Key k : ct.keys) {
                        ops.add(k.hash);
                        keys.add(k);
                    }
                    scores.add(ct.each);
                    scores.add(ct.bound);
                    scores.add(ct.boost);
                } else {
                    ops.add(NODE);
                    rest.add(n);
                }
            }
            return new Program(ops.toArray(), keys.toArray(Key[]::new), scores.toArray(), rest.toArray(Node[]::new));
        }

        /**
         * The groups of terms a constant-score node tests for (see the level above), or null when it is not such a
         * node: a {@link ConstantTerm}, or a {@link Constant} over a term, terms, or a conjunction of those (a
         * {@link Bool} with required parts only, which matches when each does).
         */
        private static Key[][] groups(Node n) {
            if (n instanceof ConstantTerm t) {
                return new Key[][] {{t.key}};
            }
            if (!(n instanceof Constant k)) {
                return null;
            }
            Key[] one = terms(k.match);
            if (one != null) {
                return new Key[][] {one};
            }
            if (k.match instanceof Bool b && b.required.length > 0 && b.prohibited.length == 0 && b.optional.length == 0
                    && b.minShould == 0) {
                Key[][] out = new Key[b.required.length][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = terms(b.required[i]);
                    if (out[i] == null) {
                        return null;
                    }
                }
                return out;
            }
            return null;
        }

        /** The terms a matcher tests for any of, or null when it is not a test of terms. */
        private static Key[] terms(Node match) {
            if (match instanceof OneTerm t) {
                return new Key[] {t.key};
            }
            if (match instanceof AnyTerm a) {
                return a.keys;
            }
            return null;
        }

        private static void addLevel(IntList ops, List<Key> keys, Key[][] groups) {
            ops.add(groups.length);
            ops.add(java.util.Arrays.stream(groups).mapToInt(g -> g.length).sum());
            for (Key[] group : groups) {
                ops.add(group.length);
                for (Key k : group) {
                    ops.add(k.hash);
                    keys.add(k);
                }
            }
        }

        float score(Candidate c) throws IOException {
            int[] ops = this.ops;
            Key[] keys = this.keys;
            float[] scores = this.scores;
            double sum = 0;
            int p = 0;
            int k = 0;
            int f = 0;
            int r = 0;
            while (p < ops.length) {
                float s;
                switch (ops[p++]) {
                    case LEVEL -> {
                        s = level(c, ops, p, keys, k) ? scores[f] : NO_MATCH;
                        k += ops[p + 1];
                        p += 2 + ops[p] + ops[p + 1];
                        f++;
                    }
                    case MAX -> {
                        // As Max over the levels' nodes: the best score among the levels matched.
                        int n = ops[p++];
                        s = NO_MATCH;
                        for (int i = 0; i < n; i++) {
                            if (level(c, ops, p, keys, k)) {
                                float level = scores[f];
                                if (s == NO_MATCH || level > s) {
                                    s = level;
                                }
                            }
                            k += ops[p + 1];
                            p += 2 + ops[p] + ops[p + 1];
                            f++;
                        }
                    }
                    case CAPPED -> {
                        // As CappedTerms: n matching terms summed n times in double, then float, boosted, capped.
                        int m = ops[p++];
                        int matched = 0;
                        for (int i = 0; i < m; i++) {
                            if (c.has(ops[p + i], keys[k + i])) {
                                matched++;
                            }
                        }
                        p += m;
                        k += m;
                        float each = scores[f];
                        float bound = scores[f + 1];
                        float boost = scores[f + 2];
                        f += 3;
                        if (matched == 0) {
                            s = NO_MATCH;
                        } else {
                            double capped = 0;
                            for (int i = 0; i < matched; i++) {
                                capped += each;
                            }
                            s = Math.min(bound, (float) capped * boost);
                        }
                    }
                    default -> s = rest[r++].score(c);
                }
                if (s != NO_MATCH) {
                    sum += s;
                }
            }
            return (float) sum;
        }

        /** Whether the level at {@code ops[p]} (its keys from {@code keys[k]}) matches: each group has a term held. */
        private static boolean level(Candidate c, int[] ops, int p, Key[] keys, int k) {
            int groups = ops[p];
            int q = p + 2;
            for (int g = 0; g < groups; g++) {
                int m = ops[q++];
                boolean any = false;
                for (int i = 0; i < m && !any; i++) {
                    any = c.has(ops[q + i], keys[k + i]);
                }
                if (!any) {
                    return false;
                }
                q += m;
                k += m;
            }
            return true;
        }
    }

    /** A growing int array (the program's operations). */
    private static final class IntList {
        private int[] values = new int[32];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** A growing float array (the program's scores). */
    private static final class FloatList {
        private float[] values = new float[16];
        private int size;

        void add(float v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /**
     * One candidate as the scorers see it: its indexed terms, and its one-document index for what is left to
     * Lucene (with the results kept, by query and boost). One per search; not thread-safe.
     */
    static final class Candidate {
        private final Key[] terms;
        private final int[] hashes;
        private final IndexSearcher one;
        private final Map<Opaque, Float> opaque = new HashMap<>();
        private final Map<String, long[]> longs = new HashMap<>();
        private final Map<String, long[]> pointed = new HashMap<>();
        /* The home as the travel gate reads it (decoded from doc values; NaN when none) and the own maximum (NaN). */
        private final double homeLat;
        private final double homeLon;
        private final double ownMaxKm;

        /**
         * The candidate of this one-document index. Its terms are held in an open-addressing table of their hashes and
         * keys: a look-up compares ints until a hash matches, and a key found equal to a need's is replaced by the
         * need's own (interned, shared by every need holding the term), so that the next need asking ends at an
         * identity test (needs' keys are scattered over the heap: comparing bytes per look-up was a quarter of
         * scoring a need, and interning the candidate's terms in the needs' large interner instead took about 5 % of
         * a search).
         */
        Candidate(IndexSearcher one) throws IOException {
            this.one = Objects.requireNonNull(one, "one");
            if (one.getIndexReader().leaves().size() != 1) {
                throw new IllegalArgumentException("a one-document index has one leaf");
            }
            LeafReader leaf = one.getIndexReader().leaves().get(0).reader();
            SortedNumericDocValues home = DocValues.getSortedNumeric(leaf, Fields.C_HOME);
            if (home.advanceExact(0)) {
                long encoded = home.nextValue();
                homeLat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
                homeLon = GeoEncodingUtils.decodeLongitude((int) encoded);
            } else {
                homeLat = Double.NaN;
                homeLon = Double.NaN;
            }
            SortedNumericDocValues own = DocValues.getSortedNumeric(leaf, Fields.C_MAX_KM);
            ownMaxKm = own.advanceExact(0) ? NumericUtils.sortableLongToDouble(own.nextValue()) : Double.NaN;
            List<Key> t = new ArrayList<>();
            for (FieldInfo fi : leaf.getFieldInfos()) {
                Terms ts = leaf.terms(fi.name);
                if (ts == null) {
                    continue;
                }
                TermsEnum te = ts.iterator();
                for (BytesRef b = te.next(); b != null; b = te.next()) {
                    if (te.docFreq() > 0) {
                        t.add(new Key(fi.name, BytesRef.deepCopyOf(b)));
                    }
                }
            }
            // Load at most a half, so a probe meets an empty slot soon.
            Key[] table = new Key[Integer.highestOneBit(Math.max(4, t.size() * 2 - 1)) << 1];
            int[] hashes = new int[table.length];
            for (Key k : t) {
                int i = spread(k.hash) & (table.length - 1);
                while (table[i] != null && !table[i].equals(k)) {
                    i = (i + 1) & (table.length - 1);
                }
                table[i] = k;
                hashes[i] = k.hash;
            }
            this.terms = table;
            this.hashes = hashes;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        /** Whether the candidate holds {@code k}, whose hash is {@code hash} (passed by nodes that keep it). */
        boolean has(int hash, Key k) {
            Key[] table = terms;
            int mask = table.length - 1;
            for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
                Key t = table[i];
                if (t == null) {
                    return false;
                }
                if (hashes[i] == hash) {
                    if (t == k) {
                        return true;
                    }
                    if (t.equals(k)) {
                        table[i] = k; // the need's instance from now on: the next need holding it ends at identity
                        return true;
                    }
                }
            }
        }


        /**
         * The candidate's values of a sorted-numeric field when its one-document index also has points of the field
         * (what a distance feature scores), else none; read once per field.
         */
        long[] pointedLongs(String field) throws IOException {
            long[] values = pointed.get(field);
            if (values == null) {
                values = one.getIndexReader().leaves().get(0).reader().getPointValues(field) != null ? longs(field)
                        : new long[0];
                pointed.put(field, values);
            }
            return values;
        }

        /** The candidate's values of a sorted-numeric field (none when it has none), read once per field. */
        long[] longs(String field) throws IOException {
            long[] values = longs.get(field);
            if (values == null) {
                SortedNumericDocValues dv = DocValues.getSortedNumeric(one.getIndexReader().leaves().get(0).reader(), field);
                values = new long[dv.advanceExact(0) ? dv.docValueCount() : 0];
                for (int i = 0; i < values.length; i++) {
                    values[i] = dv.nextValue();
                }
                longs.put(field, values);
            }
            return values;
        }

        /** Lucene's score of a query left to it (NO_MATCH when the document does not match). */
        float lucene(Opaque o) throws IOException {
            Float v = opaque.get(o);
            if (v == null) {
                Weight w = one.createWeight(one.rewrite(o.query()),
                        o.scoring() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, o.boost());
                Scorer s = w.scorer(one.getIndexReader().leaves().get(0));
                v = s == null || s.iterator().nextDoc() != 0 ? NO_MATCH : o.scoring() ? s.score() : 0f;
                opaque.put(o, v);
            }
            return v;
        }
    }

    /** A field and term, with its hash computed once (needs and the candidate share the comparison). */
    static final class Key {
        private final String field;
        private final BytesRef bytes;
        private final int hash;

        Key(String field, BytesRef bytes) {
            this.field = field;
            this.bytes = bytes;
            this.hash = 31 * field.hashCode() + bytes.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.field.equals(field) && k.bytes.bytesEquals(bytes);
        }
    }

    /**
     * A query left to Lucene: scored with this boost, or tested for a match only. Its hash is worked out once: a
     * candidate looks it up once per need holding it, and a range query's hash is not cached by Lucene.
     */
    static final class Opaque {
        private final Query query;
        private final float boost;
        private final boolean scoring;
        private final int hash;

        Opaque(Query query, float boost, boolean scoring) {
            this.query = Objects.requireNonNull(query, "query");
            this.boost = boost;
            this.scoring = scoring;
            this.hash = Objects.hash(query, boost, scoring);
        }

        Query query() {
            return query;
        }

        float boost() {
            return boost;
        }

        boolean scoring() {
            return scoring;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || (o instanceof Opaque other && other.hash == hash
                    && Float.compare(other.boost, boost) == 0 && other.scoring == scoring && other.query.equals(query));
        }
    }

    /**
     * A part of the query: whether it matches the candidate, and its score there ({@link #NO_MATCH} when not).
     * Immutable; equal when of the same class with equal {@link #parts()} (scores compared bit for bit), so equal
     * nodes can be shared across needs.
     */
    private abstract static class Node {
        private int hash;

        abstract boolean matches(Candidate c) throws IOException;

        /** What defines this node, for equality. */
        abstract Object[] parts();

        @Override
        public final int hashCode() {
            int h = hash;
            if (h == 0) {
                h = 31 * getClass().hashCode() + java.util.Arrays.deepHashCode(parts());
                hash = h == 0 ? 1 : h;
            }
            return hash;
        }

        @Override
        public final boolean equals(Object o) {
            return o == this || (o != null && o.getClass() == getClass() && o.hashCode() == hashCode()
                    && java.util.Arrays.deepEquals(parts(), ((Node) o).parts()));
        }

        /** The score, with the enclosing boosts applied; only on nodes built for scoring. */
        float score(Candidate c) throws IOException {
            throw new IllegalStateException("not built for scoring");
        }
    }

    private static final Node[] NO_NODES = new Node[0];

    /** The nodes as an array, the empty one shared (most Boolean queries here have one kind of clause). */
    private static Node[] nodes(List<Node> nodes) {
        return nodes.isEmpty() ? NO_NODES : nodes.toArray(Node[]::new);
    }

    private static Key key(UnaryOperator<Object> terms, String field, BytesRef bytes) {
        return (Key) terms.apply(new Key(field, BytesRef.deepCopyOf(bytes)));
    }

    /**
     * A node for a query whose score does not count (gates, and what a constant-score query wraps), shared through
     * {@code terms}: nodes are immutable and compare by structure, so the needs' many equal gates and clauses (the same
     * must, the same readiness levels at the same boost) are kept once.
     */
    private static Node matcher(Query q, UnaryOperator<Object> terms) {
        return (Node) terms.apply(matcherNode(q, terms));
    }

    private static Node matcherNode(Query q, UnaryOperator<Object> terms) {
        if (q instanceof TermQuery tq) {
            return new OneTerm(key(terms, tq.getTerm().field(), tq.getTerm().bytes()));
        }
        if (q instanceof TermInSetQuery tis) {
            List<Key> keys = new ArrayList<>();
            try {
                BytesRefIterator it = tis.getBytesRefIterator();
                for (BytesRef b = it.next(); b != null; b = it.next()) {
                    keys.add(key(terms, tis.getField(), b));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return keys.size() == 1 ? new OneTerm(keys.get(0)) : new AnyTerm(keys.toArray(Key[]::new));
        }
        if (q instanceof ConstantScoreQuery csq) {
            return matcherNode(csq.getQuery(), terms);
        }
        if (q instanceof BoostQuery bq) {
            return matcherNode(bq.getQuery(), terms);
        }
        if (q instanceof MatchAllDocsQuery) {
            return new Always();
        }
        if (q instanceof MatchNoDocsQuery) {
            return new AnyTerm(new Key[0]);
        }
        if (q instanceof DisjunctionMaxQuery dm) {
            List<Node> any = new ArrayList<>();
            dm.getDisjuncts().forEach(d -> any.add(matcher(d, terms)));
            return new Bool(NO_NODES, NO_NODES, nodes(any), 1);
        }
        if (q instanceof CappedSumQuery cs) {
            return matcherNode(cs.in(), terms);
        }
        if (q instanceof BooleanQuery bq) {
            List<Node> required = new ArrayList<>();
            List<Node> prohibited = new ArrayList<>();
            List<Node> optional = new ArrayList<>();
            for (BooleanClause c : bq.clauses()) {
                Node n = matcher(c.query(), terms);
                switch (c.occur()) {
                    case MUST, FILTER -> required.add(n);
                    case MUST_NOT -> prohibited.add(n);
                    case SHOULD -> optional.add(n);
                }
            }
            int minShould = bq.getMinimumNumberShouldMatch();
            if (required.isEmpty() && minShould == 0) {
                minShould = 1; // a pure disjunction (or an empty query) matches when one clause does
            }
            return new Bool(nodes(required), nodes(prohibited), nodes(optional), minShould);
        }
        if (q instanceof IndexSortSortedNumericDocValuesRangeQuery r
                && q.equals(LongField.newRangeQuery(r.getField(), r.lowerValue(), r.upperValue()))) {
            // A long range (the start date's "available by"): a look-up of the candidate's values, where Lucene would
            // rewrite a range query against the one-document index (most of a start clause's cost).
            return new LongRange((String) terms.apply(r.getField()), r.lowerValue(), r.upperValue());
        }
        return new Lucene((Query) terms.apply(q), 1f, false);
    }

    /** A node for a query whose score counts, under the product of the enclosing boosts; shared as {@link #matcher}. */
    private static Node scorer(Query q, float boost, UnaryOperator<Object> terms) {
        return (Node) terms.apply(scorerNode(q, boost, terms));
    }

    private static Node scorerNode(Query q, float boost, UnaryOperator<Object> terms) {
        if (q instanceof BoostQuery bq) {
            return scorerNode(bq.getQuery(), bq.getBoost() * boost, terms); // BoostQuery.createWeight: this.boost * boost
        }
        if (q instanceof ConstantScoreQuery csq) {
            Node match = matcher(csq.getQuery(), terms);
            return match instanceof OneTerm t ? new ConstantTerm(t.key, boost) : new Constant(match, boost);
        }
        if (q instanceof DisjunctionMaxQuery dm && dm.getTieBreakerMultiplier() == 0f) {
            List<Node> any = new ArrayList<>();
            dm.getDisjuncts().forEach(d -> any.add(scorer(d, boost, terms)));
            return new Max(any.toArray(Node[]::new));
        }
        if (q instanceof CappedSumQuery cs && cs.in() instanceof BooleanQuery in && pureDisjunction(in)) {
            // CappedSumQuery.createWeight: the wrapped query at boost 1, then min(cap * boost, score * boost).
            List<Node> sum = new ArrayList<>();
            in.clauses().forEach(c -> sum.add(scorer(c.query(), 1f, terms)));
            return Capped.of(sum.toArray(Node[]::new), cs.cap() * boost, boost);
        }
        Node decay = DistanceDecay.of(q, boost, terms);
        return decay != null ? decay : new Lucene((Query) terms.apply(q), boost, true);
    }

    private static boolean pureDisjunction(BooleanQuery q) {
        if (q.getMinimumNumberShouldMatch() != 0 || q.clauses().isEmpty()) {
            return false;
        }
        for (BooleanClause c : q.clauses()) {
            if (c.occur() != Occur.SHOULD) {
                return false;
            }
        }
        return true;
    }

    /** One term. */
    private static final class OneTerm extends Node {
        @Override
        Object[] parts() {
            return new Object[] {key};
        }

        private final Key key;
        private final int keyHash; // kept here: a look-up compares hashes before it reads a key

        OneTerm(Key key) {
            this.key = key;
            this.keyHash = key.hash;
        }

        @Override
        boolean matches(Candidate c) {
            return c.has(keyHash, key);
        }
    }

    /** A constant-score query on one term: its boost when the candidate has the term. */
    private static final class ConstantTerm extends Node {
        @Override
        Object[] parts() {
            return new Object[] {key, score};
        }

        private final Key key;
        private final int keyHash;
        private final float score;

        ConstantTerm(Key key, float score) {
            this.key = key;
            this.keyHash = key.hash;
            this.score = score;
        }

        @Override
        boolean matches(Candidate c) {
            return c.has(keyHash, key);
        }

        @Override
        float score(Candidate c) {
            return c.has(keyHash, key) ? score : NO_MATCH;
        }
    }

    /** Any of these terms. */
    private static final class AnyTerm extends Node {
        @Override
        Object[] parts() {
            return new Object[] {keys};
        }

        private final Key[] keys;
        private final int[] keyHashes;

        AnyTerm(Key[] keys) {
            this.keys = keys;
            this.keyHashes = hashes(keys);
        }

        @Override
        boolean matches(Candidate c) {
            return hasAny(c, keyHashes, keys);
        }
    }

    private static final class Always extends Node {
        @Override
        Object[] parts() {
            return new Object[] {};
        }

        @Override
        boolean matches(Candidate c) {
            return true;
        }
    }

    /** A Boolean query's match: every required clause, no prohibited one, at least {@code minShould} optional ones. */
    private static final class Bool extends Node {
        @Override
        Object[] parts() {
            return new Object[] {required, prohibited, optional, minShould};
        }

        private final Node[] required;
        private final Node[] prohibited;
        private final Node[] optional;
        private final int minShould;

        Bool(Node[] required, Node[] prohibited, Node[] optional, int minShould) {
            this.required = required;
            this.prohibited = prohibited;
            this.optional = optional;
            this.minShould = minShould;
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            if (required.length == 0 && optional.length == 0) {
                return false; // an empty Boolean query matches nothing
            }
            for (Node n : required) {
                if (!n.matches(c)) {
                    return false;
                }
            }
            for (Node n : prohibited) {
                if (n.matches(c)) {
                    return false;
                }
            }
            if (minShould == 0) {
                return true;
            }
            int matched = 0;
            for (Node n : optional) {
                if (n.matches(c) && ++matched >= minShould) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A constant-score query: its boost when what it wraps matches. */
    private static final class Constant extends Node {
        @Override
        Object[] parts() {
            return new Object[] {match, score};
        }

        private final Node match;
        private final float score;

        Constant(Node match, float score) {
            this.match = match;
            this.score = score;
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            return match.matches(c);
        }

        @Override
        float score(Candidate c) throws IOException {
            return match.matches(c) ? score : NO_MATCH;
        }
    }

    /** Whether the candidate holds any of {@code keys} (their hashes in {@code hashes}). */
    private static boolean hasAny(Candidate c, int[] hashes, Key[] keys) {
        for (int i = 0; i < keys.length; i++) {
            if (c.has(hashes[i], keys[i])) {
                return true;
            }
        }
        return false;
    }

    private static int[] hashes(Key[] keys) {
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = keys[i].hash;
        }
        return out;
    }

    /** Whether any of {@code nodes} matches (a dis-max or a capped sum matches when one of its parts does). */
    private static boolean anyMatches(Node[] nodes, Candidate c) throws IOException {
        for (Node n : nodes) {
            if (n.matches(c)) {
                return true;
            }
        }
        return false;
    }

    /** A dis-max without tie-breaker: the best matching disjunct. */
    private static final class Max extends Node {
        @Override
        Object[] parts() {
            return new Object[] {disjuncts};
        }

        private final Node[] disjuncts;

        Max(Node[] disjuncts) {
            this.disjuncts = disjuncts;
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            return anyMatches(disjuncts, c);
        }

        @Override
        float score(Candidate c) throws IOException {
            float best = NO_MATCH;
            for (Node n : disjuncts) {
                float s = n.score(c);
                if (s != NO_MATCH && (best == NO_MATCH || s > best)) {
                    best = s;
                }
            }
            return best;
        }
    }

    /** {@link CappedSumQuery} over a disjunction: the sum of the matching clauses (double, then float), capped. */
    private static class Capped extends Node {
        @Override
        Object[] parts() {
            return new Object[] {clauses, bound, boost};
        }


        /** The general form, or the compact one when every clause is one term scoring the same (the text clauses). */
        static Node of(Node[] clauses, float bound, float boost) {
            float each = Float.NaN;
            Key[] keys = new Key[clauses.length];
            for (int i = 0; i < clauses.length; i++) {
                if (!(clauses[i] instanceof ConstantTerm k)
                        || (i > 0 && Float.floatToIntBits(k.score) != Float.floatToIntBits(each))) {
                    return new Capped(clauses, bound, boost);
                }
                each = k.score;
                keys[i] = k.key;
            }
            return new CappedTerms(keys, each, bound, boost);
        }

        private final Node[] clauses;
        private final float bound;
        private final float boost;

        Capped(Node[] clauses, float bound, float boost) {
            this.clauses = clauses;
            this.bound = bound;
            this.boost = boost;
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            return anyMatches(clauses, c);
        }

        @Override
        float score(Candidate c) throws IOException {
            double sum = 0;
            boolean any = false;
            for (Node n : clauses) {
                float s = n.score(c);
                if (s != NO_MATCH) {
                    sum += s;
                    any = true;
                }
            }
            return any ? Math.min(bound, (float) sum * boost) : NO_MATCH;
        }
    }

    /**
     * A capped sum of single terms that each score {@code each}: n matching terms sum to n × each in double
     * precision (exactly the sum of n copies), then float, then capped, as {@link Capped} computes it.
     */
    private static final class CappedTerms extends Node {
        @Override
        Object[] parts() {
            return new Object[] {keys, each, bound, boost};
        }

        private final Key[] keys;
        private final int[] keyHashes;
        private final float each;
        private final float bound;
        private final float boost;

        CappedTerms(Key[] keys, float each, float bound, float boost) {
            this.keys = keys;
            this.keyHashes = hashes(keys);
            this.each = each;
            this.bound = bound;
            this.boost = boost;
        }

        @Override
        boolean matches(Candidate c) {
            return hasAny(c, keyHashes, keys);
        }

        @Override
        float score(Candidate c) {
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (c.has(keyHashes[i], keys[i])) {
                    n++;
                }
            }
            if (n == 0) {
                return NO_MATCH;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += each; // as Capped adds them (n × each in double is exact too; kept literal)
            }
            return Math.min(bound, (float) sum * boost);
        }
    }

    /**
     * The travel gate ({@link TravelLimitQuery}) on one candidate: a candidate without a home passes; else
     * {@link TravelLimitQuery#rule} on the home as doc values encode it, the rule the gate applies to each document its
     * look-up finds; {@code NeedScorerTest} compares the two gate by gate.
     */
    private static final class Travel extends Node {
        private final double lat;
        private final double lon;
        private final double needMaxKm;

        Travel(double lat, double lon, double needMaxKm) {
            this.lat = lat;
            this.lon = lon;
            this.needMaxKm = needMaxKm;
        }

        @Override
        Object[] parts() {
            return new Object[] {lat, lon, needMaxKm};
        }

        @Override
        boolean matches(Candidate c) {
            return Double.isNaN(c.homeLat) || TravelLimitQuery.rule(lat, lon, needMaxKm, c.homeLat, c.homeLon, c.ownMaxKm);
        }
    }

    /**
     * {@link LongField#newRangeQuery}: some value of the candidate's field within the bounds, both included (what the
     * query's points and doc-value forms both match). Taken only for a query equal to the one {@code LongField} builds
     * with the same field and bounds.
     */
    private static final class LongRange extends Node {
        private final String field;
        private final long lower;
        private final long upper;

        LongRange(String field, long lower, long upper) {
            this.field = field;
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        Object[] parts() {
            return new Object[] {field, lower, upper};
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            for (long v : c.longs(field)) {
                if (v >= lower && v <= upper) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Lucene's distance features on one candidate, with their scorers' arithmetic: a {@code LatLonPoint} distance
     * feature scores {@code boost × pivot / (pivot + haversine metres)} to the candidate's point, a {@code LongField}
     * one {@code boost × pivot / (pivot + |value − origin|)}; no value (or no points of the field) is no match, and
     * several values (which one counts is the query's choice) are left to Lucene. Left to Lucene, each was a weight built per need's workplace and
     * candidate. Taken only for a query equal to the one its factory builds with the parameters read off its
     * description, so a query this does not know stays with Lucene; {@code NeedScorerTest} compares the scores.
     */
    private static final class DistanceDecay extends Node {
        private static final java.util.regex.Pattern LAT_LON = java.util.regex.Pattern.compile(
                "LatLonPointDistanceFeatureQuery\\(field=(.*),originLat=([^,]+),originLon=([^,]+),pivotDistance=([^)]+)\\)");
        private static final java.util.regex.Pattern LONG = java.util.regex.Pattern.compile(
                "LongDistanceFeatureQuery\\(field=(.*),origin=([^,]+),pivotDistance=([^)]+)\\)");

        private final Opaque scored;
        private final String field;
        private final boolean geo;
        private final double lat;
        private final double lon;
        private final long origin;
        private final double pivot;
        private final float boost;

        private DistanceDecay(Query query, String field, boolean geo, double lat, double lon, long origin, double pivot,
                float boost) {
            this.scored = new Opaque(query, boost, true);
            this.field = field;
            this.geo = geo;
            this.lat = lat;
            this.lon = lon;
            this.origin = origin;
            this.pivot = pivot;
            this.boost = boost;
        }

        /** The node for a distance feature query at this boost, or null for any other query. */
        static Node of(Query q, float boost, UnaryOperator<Object> terms) {
            String name = q.getClass().getSimpleName();
            if (!name.equals("LatLonPointDistanceFeatureQuery") && !name.equals("LongDistanceFeatureQuery")) {
                return null;
            }
            // The description prints the field it is asked for, not its own: the field is the one it visits.
            String[] field = new String[1];
            q.visit(new org.apache.lucene.search.QueryVisitor() {
                @Override
                public boolean acceptField(String f) {
                    field[0] = f;
                    return false;
                }
            });
            if (field[0] == null) {
                return null;
            }
            try {
                java.util.regex.Matcher m = LAT_LON.matcher(q.toString());
                if (m.matches()) {
                    double lat = Double.parseDouble(m.group(2));
                    double lon = Double.parseDouble(m.group(3));
                    double pivot = Double.parseDouble(m.group(4));
                    if (q.equals(org.apache.lucene.document.LatLonPoint.newDistanceFeatureQuery(field[0], 1f, lat, lon,
                            pivot))) {
                        return (Node) terms.apply(new DistanceDecay((Query) terms.apply(q), (String) terms.apply(field[0]),
                                true, lat, lon, 0, pivot, boost));
                    }
                    return null;
                }
                m = LONG.matcher(q.toString());
                if (m.matches()) {
                    long origin = Long.parseLong(m.group(2));
                    long pivot = Long.parseLong(m.group(3));
                    if (q.equals(LongField.newDistanceFeatureQuery(field[0], 1f, origin, pivot))) {
                        return (Node) terms.apply(new DistanceDecay((Query) terms.apply(q), (String) terms.apply(field[0]),
                                false, Double.NaN, Double.NaN, origin, pivot, boost));
                    }
                }
            } catch (IllegalArgumentException e) {
                return null; // a description this does not read: left to Lucene
            }
            return null;
        }

        @Override
        Object[] parts() {
            return new Object[] {field, geo, lat, lon, origin, pivot, boost};
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            return c.pointedLongs(field).length > 0;
        }

        @Override
        float score(Candidate c) throws IOException {
            long[] values = c.pointedLongs(field);
            if (values.length == 0) {
                return NO_MATCH;
            }
            if (values.length > 1) {
                return c.lucene(scored); // which of several values counts is Lucene's choice; a candidate has one
            }
            if (geo) {
                double metres = org.apache.lucene.util.SloppyMath.haversinMeters(sortKey(values[0]));
                return (float) (boost * (pivot / (pivot + metres)));
            }
            long distance = Math.max(values[0], origin) - Math.min(values[0], origin);
            if (distance < 0) {
                distance = Long.MAX_VALUE; // as Lucene: an unsigned distance beyond MAX_VALUE
            }
            return (float) (boost * (pivot / (pivot + (double) distance)));
        }

        private double sortKey(long encoded) {
            return org.apache.lucene.util.SloppyMath.haversinSortKey(lat, lon,
                    GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)), GeoEncodingUtils.decodeLongitude((int) encoded));
        }
    }

    /** A query left to Lucene on the one-document index. */
    private static final class Lucene extends Node {
        @Override
        Object[] parts() {
            return new Object[] {query, boost, scoring};
        }

        private final Query query;
        private final float boost;
        private final boolean scoring;
        /* The candidate's look-up keys, made once with the node (the node is kept with its need). */
        private final Opaque match;
        private final Opaque scored;

        Lucene(Query query, float boost, boolean scoring) {
            this.query = query;
            this.boost = boost;
            this.scoring = scoring;
            this.match = new Opaque(query, 1f, false);
            this.scored = scoring ? new Opaque(query, boost, true) : null;
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            return c.lucene(match) != NO_MATCH;
        }

        @Override
        float score(Candidate c) throws IOException {
            if (!scoring) {
                throw new IllegalStateException("not built for scoring");
            }
            return c.lucene(scored);
        }
    }
}
