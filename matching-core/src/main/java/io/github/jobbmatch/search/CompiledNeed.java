package io.github.jobbmatch.search;

import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.taxonomy.MatchLevel;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A need compiled into one Lucene query, with its parts kept so that the funnel, the near misses and
 * the explanations are built from exactly the same clauses as the score.
 *
 * @param need the need
 * @param employer its employer, or null when not indexed
 * @param request the request
 * @param gates hard gates in funnel order; the first is visibility (type and consent)
 * @param clauses scored clauses
 * @param achievable sum of the clauses' maxima: the score's denominator
 * @param workplaceLat workplace latitude, or NaN when unknown
 * @param workplaceLon workplace longitude, or NaN when unknown
 * @param notes things the compiler could not express (e.g. a must whose label has no words)
 */
public record CompiledNeed(Need need, Employer employer, SearchRequest request, List<Gate> gates,
        List<ScoredClause> clauses, float achievable, double workplaceLat, double workplaceLon, List<String> notes) {

    public CompiledNeed {
        gates = List.copyOf(gates);
        clauses = List.copyOf(clauses);
        notes = List.copyOf(notes);
    }

    /** What a gate tests. */
    public enum GateKind { VISIBILITY, EXCLUDE, REQUIREMENT, LANGUAGE, ACCOMMODATION, PERCENT, SHIFTS, TRAVEL }

    /**
     * One hard gate.
     *
     * @param key stable key, e.g. {@code requirement[2]}
     * @param kind what it tests
     * @param label readable label (the requirement's own label for requirements)
     * @param query the clause
     * @param occur {@link BooleanClause.Occur#FILTER} or {@link BooleanClause.Occur#MUST_NOT}
     * @param index the requirement's or language's index in the need, or -1
     * @param route the route that closes this gap, for near misses (null: not relaxable)
     */
    public record Gate(String key, GateKind kind, String label, Query query, BooleanClause.Occur occur, int index,
            Route route) {

        /** Whether a near miss may fail this gate. */
        public boolean relaxable() {
            return route != null;
        }
    }

    /** What a scored clause measures. */
    public enum Aspect { WANT, TRAINABLE, LANGUAGE, WISH, EXPERIENCE, INTERESTS, TEXT, DISTANCE, START, READINESS,
        STABLE_TRIAL, TARGET_GROUP }

    /**
     * One scored clause: a dis-max of levels (or a capped sum of terms, or a feature).
     *
     * @param key stable key, e.g. {@code want[1]}, {@code interests}
     * @param aspect what it measures
     * @param index the requirement's or language's index in the need, or -1
     * @param max its maximum contribution
     * @param query the clause as it is in the query (contribution = its score)
     * @param levels the alternatives it is made of, best first, each with its own query
     */
    public record ScoredClause(String key, Aspect aspect, int index, float max, Query query, List<Level> levels) {
        public ScoredClause {
            levels = List.copyOf(levels);
        }

        /**
         * Whether the query is exactly its levels as constant-score alternatives (one level: the level itself;
         * several: a dis-max of them without tie-breaker), as the compiler builds requirement, language, occupation,
         * readiness and trial clauses: then the clause scores a document as its best matching level's weight. Not the
         * start clause (a decay feature besides its level), nor features or capped sums.
         */
        public boolean isDisMaxOfLevels() {
            List<Query> parts = query instanceof DisjunctionMaxQuery dm && dm.getTieBreakerMultiplier() == 0f
                    ? List.copyOf(dm.getDisjuncts()) : List.of(query);
            if (parts.size() != levels.size()) {
                return false;
            }
            java.util.Set<Query> expected = new java.util.HashSet<>();
            for (Level l : levels) {
                expected.add(levelQuery(l));
            }
            return expected.equals(new java.util.HashSet<>(parts));
        }

        /** The scored form of one level: its match as a constant of its weight. */
        static Query levelQuery(Level l) {
            return new BoostQuery(new ConstantScoreQuery(l.match()), l.weight());
        }
    }

    /**
     * One alternative of a scored clause.
     *
     * @param name what it is ({@code exact}, {@code styrk-4}, {@code title}, a term, ...)
     * @param matchLevel the taxonomy match level, or null for non-taxonomy levels
     * @param weight its contribution when it is the best that matches
     * @param match the unboosted match query
     * @param concepts the concepts it matches on the candidate's held concepts (evidence), or empty
     * @param terms the analysed terms it matches (evidence), or empty
     */
    public record Level(String name, MatchLevel matchLevel, float weight, Query match, Set<String> concepts,
            List<String> terms) {
        public Level {
            concepts = Set.copyOf(concepts);
            terms = List.copyOf(terms);
        }
    }

    /** The gates, without the one at {@code skip} (or all when -1), as FILTER/MUST_NOT clauses. */
    public BooleanQuery.Builder gatesExcept(int skip) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < gates.size(); i++) {
            if (i != skip) {
                b.add(gates.get(i).query(), gates.get(i).occur());
            }
        }
        return b;
    }

    /** Adds the scored clauses to the gates and normalises the sum by the achievable points. */
    public Query scored(BooleanQuery.Builder gatesBuilder) {
        for (ScoredClause c : clauses) {
            gatesBuilder.add(c.query(), BooleanClause.Occur.SHOULD);
        }
        Query q = gatesBuilder.build();
        return achievable > 0 ? new BoostQuery(q, 1f / achievable) : q;
    }

    /**
     * The scored clauses as {@code BooleanQuery}'s rewrite merges them, in clause order: each clause's boosts unwrapped,
     * equal inner queries made one, boosted by the sum of their boosts (added in double, then float). A clause without
     * an equal keeps its boost (the rewrite only rebuilds when clauses recur, to the same boosts). What scores a
     * candidate is each inner query weighted under its boost times the normalising {@code 1 / achievable}.
     */
    java.util.Map<Query, Float> mergedClauses() {
        java.util.Map<Query, Double> sums = new java.util.LinkedHashMap<>();
        for (ScoredClause c : clauses) {
            Query q = c.query();
            double b = 1;
            while (q instanceof BoostQuery bq) {
                b *= bq.getBoost();
                q = bq.getQuery();
            }
            sums.merge(q, b, Double::sum);
        }
        java.util.Map<Query, Float> out = new java.util.LinkedHashMap<>();
        sums.forEach((q, b) -> out.put(q, b.floatValue()));
        return out;
    }

    /** The one query of this need: every gate, every scored clause, score in 0-1. */
    public Query query() {
        return scored(gatesExcept(-1));
    }

    /**
     * The need's query for one candidate the caller has already checked for consent (candidate-first): every gate
     * but visibility and exclusion, and every scored clause, normalised as {@link #query()} is.
     */
    public Query queryForCheckedCandidate() {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        for (Gate g : gates) {
            if (g.kind() != GateKind.VISIBILITY && g.kind() != GateKind.EXCLUDE) {
                b.add(g.query(), g.occur());
            }
        }
        return scored(b);
    }

    /** Whether the workplace location is known. */
    public boolean hasWorkplace() {
        return !Double.isNaN(workplaceLat);
    }
}
