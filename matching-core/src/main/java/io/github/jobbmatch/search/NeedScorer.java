package io.github.jobbmatch.search;

import io.github.jobbmatch.search.CompiledNeed.Gate;
import io.github.jobbmatch.search.CompiledNeed.GateKind;
import io.github.jobbmatch.search.CompiledNeed.ScoredClause;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
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

    private final Node[] filters;
    private final Node[] excluded;
    private final Node[] clauses;

    private NeedScorer(Node[] filters, Node[] excluded, Node[] clauses) {
        this.filters = filters;
        this.excluded = excluded;
        this.clauses = clauses;
    }

    /** The scorer of {@code cn.queryForCheckedCandidate()}: every gate but visibility and exclusion, every clause. */
    static NeedScorer of(CompiledNeed cn) {
        List<Node> filters = new ArrayList<>();
        List<Node> excluded = new ArrayList<>();
        for (Gate g : cn.gates()) {
            if (g.kind() == GateKind.VISIBILITY || g.kind() == GateKind.EXCLUDE) {
                continue;
            }
            Node n = matcher(g.query());
            if (g.occur() == Occur.MUST_NOT) {
                excluded.add(n);
            } else if (g.occur() == Occur.FILTER || g.occur() == Occur.MUST) {
                filters.add(n);
            } else {
                throw new IllegalArgumentException("a gate is FILTER or MUST_NOT: " + g.key());
            }
        }
        // As CompiledNeed.scored: the sum boosted by 1 / achievable when achievable > 0 (IndexSearcher starts at 1).
        float boost = cn.achievable() > 0 ? (1f / cn.achievable()) * 1f : 1f;
        // Lucene's Boolean rewrite merges equal SHOULD clauses into one boosted by their count (e.g. the same want
        // twice): one node, scored at count × boost, gives its float product rather than the sum of the copies.
        Map<Query, Integer> counts = new LinkedHashMap<>();
        for (ScoredClause c : cn.clauses()) {
            counts.merge(c.query(), 1, Integer::sum);
        }
        List<Node> clauses = new ArrayList<>();
        for (Map.Entry<Query, Integer> e : counts.entrySet()) {
            clauses.add(scorer(e.getKey(), e.getValue() == 1 ? boost : (float) e.getValue() * boost));
        }
        return new NeedScorer(filters.toArray(Node[]::new), excluded.toArray(Node[]::new), clauses.toArray(Node[]::new));
    }

    /** The score for this candidate, or null when the candidate fails a gate. */
    Float score(Candidate c) throws IOException {
        for (Node f : filters) {
            if (!f.matches(c)) {
                return null;
            }
        }
        for (Node x : excluded) {
            if (x.matches(c)) {
                return null;
            }
        }
        double sum = 0;
        for (Node n : clauses) {
            float s = n.score(c);
            if (s != NO_MATCH) {
                sum += s;
            }
        }
        return (float) sum;
    }

    /**
     * One candidate as the scorers see it: its indexed terms, and its one-document index for what is left to
     * Lucene (with the results kept, by query and boost). One per search; not thread-safe.
     */
    static final class Candidate {
        private final Set<Key> terms;
        private final IndexSearcher one;
        private final Map<Opaque, Float> opaque = new HashMap<>();

        Candidate(IndexSearcher one) throws IOException {
            this.one = Objects.requireNonNull(one, "one");
            if (one.getIndexReader().leaves().size() != 1) {
                throw new IllegalArgumentException("a one-document index has one leaf");
            }
            LeafReader leaf = one.getIndexReader().leaves().get(0).reader();
            Set<Key> t = new HashSet<>();
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
            this.terms = t;
        }

        boolean has(Key k) {
            return terms.contains(k);
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

    /** A query left to Lucene: scored with this boost, or tested for a match only. */
    record Opaque(Query query, float boost, boolean scoring) {}

    /** A part of the query: whether it matches the candidate, and its score there ({@link #NO_MATCH} when not). */
    private abstract static class Node {
        abstract boolean matches(Candidate c) throws IOException;

        /** The score, with the enclosing boosts applied; only on nodes built for scoring. */
        float score(Candidate c) throws IOException {
            throw new IllegalStateException("not built for scoring");
        }
    }

    /** A node for a query whose score does not count (gates, and what a constant-score query wraps). */
    private static Node matcher(Query q) {
        if (q instanceof TermQuery tq) {
            return new AnyTerm(new Key[] {new Key(tq.getTerm().field(), BytesRef.deepCopyOf(tq.getTerm().bytes()))});
        }
        if (q instanceof TermInSetQuery tis) {
            List<Key> keys = new ArrayList<>();
            try {
                BytesRefIterator it = tis.getBytesRefIterator();
                for (BytesRef b = it.next(); b != null; b = it.next()) {
                    keys.add(new Key(tis.getField(), BytesRef.deepCopyOf(b)));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new AnyTerm(keys.toArray(Key[]::new));
        }
        if (q instanceof ConstantScoreQuery csq) {
            return matcher(csq.getQuery());
        }
        if (q instanceof BoostQuery bq) {
            return matcher(bq.getQuery());
        }
        if (q instanceof MatchAllDocsQuery) {
            return new Always();
        }
        if (q instanceof MatchNoDocsQuery) {
            return new AnyTerm(new Key[0]);
        }
        if (q instanceof DisjunctionMaxQuery dm) {
            List<Node> any = new ArrayList<>();
            dm.getDisjuncts().forEach(d -> any.add(matcher(d)));
            return new Bool(new Node[0], new Node[0], any.toArray(Node[]::new), 1);
        }
        if (q instanceof CappedSumQuery cs) {
            return matcher(cs.in());
        }
        if (q instanceof BooleanQuery bq) {
            List<Node> required = new ArrayList<>();
            List<Node> prohibited = new ArrayList<>();
            List<Node> optional = new ArrayList<>();
            for (BooleanClause c : bq.clauses()) {
                Node n = matcher(c.query());
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
            return new Bool(required.toArray(Node[]::new), prohibited.toArray(Node[]::new), optional.toArray(Node[]::new),
                    minShould);
        }
        return new Lucene(new Opaque(q, 1f, false));
    }

    /** A node for a query whose score counts, under the product of the enclosing boosts. */
    private static Node scorer(Query q, float boost) {
        if (q instanceof BoostQuery bq) {
            return scorer(bq.getQuery(), bq.getBoost() * boost); // BoostQuery.createWeight: this.boost * boost
        }
        if (q instanceof ConstantScoreQuery csq) {
            return new Constant(matcher(csq.getQuery()), boost);
        }
        if (q instanceof DisjunctionMaxQuery dm && dm.getTieBreakerMultiplier() == 0f) {
            List<Node> any = new ArrayList<>();
            dm.getDisjuncts().forEach(d -> any.add(scorer(d, boost)));
            return new Max(any.toArray(Node[]::new));
        }
        if (q instanceof CappedSumQuery cs && cs.in() instanceof BooleanQuery in && pureDisjunction(in)) {
            // CappedSumQuery.createWeight: the wrapped query at boost 1, then min(cap * boost, score * boost).
            List<Node> sum = new ArrayList<>();
            in.clauses().forEach(c -> sum.add(scorer(c.query(), 1f)));
            return new Capped(sum.toArray(Node[]::new), cs.cap() * boost, boost);
        }
        return new Lucene(new Opaque(q, boost, true));
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

    /** Any of these terms. */
    private static final class AnyTerm extends Node {
        private final Key[] keys;

        AnyTerm(Key[] keys) {
            this.keys = keys;
        }

        @Override
        boolean matches(Candidate c) {
            for (Key k : keys) {
                if (c.has(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Always extends Node {
        @Override
        boolean matches(Candidate c) {
            return true;
        }
    }

    /** A Boolean query's match: every required clause, no prohibited one, at least {@code minShould} optional ones. */
    private static final class Bool extends Node {
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

    /** A dis-max without tie-breaker: the best matching disjunct. */
    private static final class Max extends Node {
        private final Node[] disjuncts;

        Max(Node[] disjuncts) {
            this.disjuncts = disjuncts;
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            for (Node n : disjuncts) {
                if (n.matches(c)) {
                    return true;
                }
            }
            return false;
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
    private static final class Capped extends Node {
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
            for (Node n : clauses) {
                if (n.matches(c)) {
                    return true;
                }
            }
            return false;
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

    /** A query left to Lucene on the one-document index. */
    private static final class Lucene extends Node {
        private final Opaque query;
        private final Opaque matchOnly;

        Lucene(Opaque query) {
            this.query = query;
            this.matchOnly = query.scoring() ? new Opaque(query.query(), 1f, false) : query;
        }

        @Override
        boolean matches(Candidate c) throws IOException {
            return c.lucene(matchOnly) != NO_MATCH;
        }

        @Override
        float score(Candidate c) throws IOException {
            return c.lucene(query);
        }
    }
}
