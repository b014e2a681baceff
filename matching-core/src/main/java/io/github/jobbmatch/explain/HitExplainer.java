package io.github.jobbmatch.explain;

import com.google.common.cache.CacheBuilder;
import io.github.jobbmatch.index.CandidateProfile;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.LanguageSkill;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.search.CompiledNeed.Level;
import io.github.jobbmatch.search.CompiledNeed.ScoredClause;
import io.github.jobbmatch.search.CappedSumQuery;
import io.github.jobbmatch.search.CompiledNeed;
import io.github.jobbmatch.search.DocProbe;
import io.github.jobbmatch.search.NeedQueryCompiler;
import io.github.jobbmatch.search.NorwegianLabels;
import io.github.jobbmatch.search.SearchResult.AccommodationSummary;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import io.github.jobbmatch.search.SearchResult.ScorePart;
import io.github.jobbmatch.search.TermLevel;
import io.github.jobbmatch.search.VerdictStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/**
 * Reads the explanation of a hit off the same clauses that scored it: for each scored clause of the
 * compiled need, its scorer advanced to the hit gives its contribution (what {@link Weight#explain}
 * would give, without the explanation tree), and the clause's levels tell which alternative matched. One instance
 * serves one search on one searcher and caches its weights; thread-safe, so the hits of a search may be explained in
 * parallel.
 */
public final class HitExplainer {

    private final MatchingConfig config;
    private final NeedQueryCompiler compiler;
    private final CompiledNeed compiled;
    private final IndexSearcher searcher;
    private final Map<Query, Weight> scoring = new ConcurrentHashMap<>();
    private final Map<Query, Weight> matching = new ConcurrentHashMap<>();
    private final Plans plans;
    private final KeptTerms kept;

    /**
     * What explaining reads of a scored clause alone, whatever the hit: whether it is a dis-max of exactly its levels,
     * its term sum (when its levels are exactly the sum's terms), and each level's term test (null: tested by a
     * scorer). Worked out once per clause and kept in {@link Plans}.
     */
    private record Plan(boolean disMaxOfLevels, Optional<CappedSumQuery.TermSum> termSum, TermLevel[] levels) {
        static Plan of(ScoredClause c) {
            boolean disMax = c.isDisMaxOfLevels();
            TermLevel[] levels = new TermLevel[c.levels().size()];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = TermLevel.of(c.levels().get(i).match());
            }
            return new Plan(disMax, disMax ? Optional.empty() : HitExplainer.termSum(c), levels);
        }
    }

    /**
     * The explainers' plans of scored clauses, by clause identity (kept weakly, at most {@code maximum}): an explainer
     * makes its own, and a host explaining many needs that share clause objects (the candidate-first search keeps its
     * needs' clauses interned, and explains one candidate against ten needs, each with an explainer of its own) passes
     * one to all of them, so a shared clause is analysed once, not per explanation (its queries hashed and compared
     * level by level: half of explaining an opening). Thread-safe.
     */
    public static final class Plans {
        private final Map<ScoredClause, Plan> byClause;

        /** Plans of at most {@code maximum} clauses, kept weakly (for explainers of many needs). */
        public Plans(int maximum) {
            this(CacheBuilder.newBuilder().weakKeys().maximumSize(maximum).<ScoredClause, Plan>build().asMap());
        }

        private Plans(Map<ScoredClause, Plan> byClause) {
            this.byClause = byClause;
        }

        /** One explainer's own plans: of its need's clauses only, so a plain map by identity serves. */
        private static Plans own() {
            return new Plans(java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
        }

        Plan of(ScoredClause c) {
            return byClause.computeIfAbsent(c, Plan::of);
        }
    }

    /**
     * The documents of a segment holding a term, when a search already keeps them as a bit set (every document of
     * the segment, deleted or not; not to be changed); null when it does not. Lets the explainer test a hit's terms
     * without seeking them in the terms dictionary.
     */
    @FunctionalInterface
    public interface KeptTerms {
        /** The kept documents holding {@code term} in {@code leaf}, or null. */
        FixedBitSet docs(LeafReaderContext leaf, Term term);
    }

    /** An explainer of hits of {@code compiled} found with {@code searcher}. */
    public HitExplainer(MatchingConfig config, NeedQueryCompiler compiler, CompiledNeed compiled, IndexSearcher searcher) {
        this(config, compiler, compiled, searcher, (leaf, term) -> null);
    }

    /** As the plain constructor, testing terms against the sets {@code kept} holds first. */
    public HitExplainer(MatchingConfig config, NeedQueryCompiler compiler, CompiledNeed compiled, IndexSearcher searcher,
            KeptTerms kept) {
        this(config, compiler, compiled, searcher, kept, Plans.own());
    }

    /** As the plain constructor, reading the clauses' plans through {@code plans} (shared with other explainers). */
    public HitExplainer(MatchingConfig config, NeedQueryCompiler compiler, CompiledNeed compiled, IndexSearcher searcher,
            Plans plans) {
        this(config, compiler, compiled, searcher, (leaf, term) -> null, plans);
    }

    private HitExplainer(MatchingConfig config, NeedQueryCompiler compiler, CompiledNeed compiled, IndexSearcher searcher,
            KeptTerms kept, Plans plans) {
        this.config = config;
        this.compiler = compiler;
        this.compiled = compiled;
        this.searcher = searcher;
        this.kept = java.util.Objects.requireNonNull(kept, "kept");
        this.plans = java.util.Objects.requireNonNull(plans, "plans");
    }

    /**
     * How one scored clause matched a hit.
     *
     * @param clause the clause
     * @param points its contribution to the hit (Lucene's value; 0 when it did not match)
     * @param best the best level that matched, or null (no match, or a feature clause)
     * @param matched every level that matched
     */
    public record ClauseMatch(ScoredClause clause, float points, Level best, List<Level> matched) {
        /** Whether the clause contributed. */
        public boolean isMatch() {
            return points > 0;
        }
    }

    /** What a hit holds, read off the clauses, with the candidate record and its resolved profile. */
    public record Hit(Candidate candidate, CandidateProfile profile, List<ClauseMatch> matches) {
        /** The match of the clause with this key, if the need has one. */
        public Optional<ClauseMatch> clause(String key) {
            return matches.stream().filter(m -> m.clause().key().equals(key)).findFirst();
        }
    }

    /** Explains the clauses of document {@code doc} (a top-level doc id of the searcher). */
    public Hit explain(int doc, Candidate candidate) throws IOException {
        return explain(doc, candidate, CandidateProfile.of(candidate, config));
    }

    /**
     * As {@link #explain(int, Candidate)}, with the candidate's profile already resolved (the candidate-first search
     * explains one candidate against several needs).
     */
    public Hit explain(int doc, Candidate candidate, CandidateProfile profile) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        HitTerms terms = new HitTerms(leaf, local, kept);
        List<ClauseMatch> matches = new ArrayList<>();
        // Each clause's scorer advanced to the hit gives what Weight.explain would (match, and its score as the
        // contribution) without building explanation trees; the weights are created once per search.
        for (ScoredClause c : compiled.clauses()) {
            Plan plan = plans.of(c);
            if (plan.disMaxOfLevels()) {
                // A dis-max (tie-breaker 0) of exactly its levels, each a constant: Lucene scores it as the best
                // matching level's weight, so the levels' matches give the contribution without a scorer of the
                // whole clause (building one creates every level's scorer a second time).
                List<Level> matched = matchedLevels(c, plan, leaf, local, terms);
                float points = 0f;
                for (Level l : matched) {
                    points = Math.max(points, l.weight());
                }
                matches.add(new ClauseMatch(c, points, matched.isEmpty() ? null : matched.get(0), matched));
                continue;
            }
            Optional<CappedSumQuery.TermSum> sum = plan.termSum();
            if (sum.isPresent()) {
                // A capped sum of equal term scores, one level per term: the matched levels count the terms held.
                List<Level> matched = matchedLevels(c, plan, leaf, local, terms);
                float points = matched.isEmpty() ? 0f
                        : ((CappedSumQuery) c.query()).termSumScore(sum.get(), matched.size(), 1f);
                matches.add(new ClauseMatch(c, points, matched.isEmpty() ? null : matched.get(0), matched));
                continue;
            }
            Scorer scorer = DocProbe.scorerAt(weight(c.query(), ScoreMode.COMPLETE), leaf, local);
            if (scorer == null) {
                matches.add(new ClauseMatch(c, 0f, null, List.of()));
                continue;
            }
            List<Level> matched = matchedLevels(c, plan, leaf, local, terms);
            matches.add(new ClauseMatch(c, scorer.score(), matched.isEmpty() ? null : matched.get(0), matched));
        }
        return new Hit(candidate, profile, matches);
    }

    /** The clause's term sum when its levels are exactly the sum's terms, one each. */
    private static Optional<CappedSumQuery.TermSum> termSum(ScoredClause c) {
        if (!(c.query() instanceof CappedSumQuery capped)) {
            return Optional.empty();
        }
        CappedSumQuery.TermSum sum = capped.termSum();
        if (sum == null || sum.terms().size() != c.levels().size()) {
            return Optional.empty();
        }
        for (int i = 0; i < c.levels().size(); i++) {
            TermLevel t = TermLevel.of(c.levels().get(i).match());
            if (t == null || t.all() || t.terms().length != 1 || !t.field().equals(sum.field())
                    || !t.terms()[0].equals(sum.terms().get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(sum);
    }

    private List<Level> matchedLevels(ScoredClause c, Plan plan, LeafReaderContext leaf, int local, HitTerms terms)
            throws IOException {
        List<Level> matched = new ArrayList<>();
        List<Level> levels = c.levels();
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            // A term level is tested by looking the hit's terms up, not by a scorer per level and hit (a term-set
            // scorer rewrites itself per segment).
            TermLevel test = plan.levels()[i];
            boolean matches = test != null ? terms.matches(test)
                    : DocProbe.matches(weight(l.match(), ScoreMode.COMPLETE_NO_SCORES), leaf, local);
            if (matches) {
                matched.add(l);
            }
        }
        return matched;
    }

    /**
     * One hit's terms: tested against the kept sets, else looked up per field with one terms enumeration each (one
     * thread, one hit).
     */
    private static final class HitTerms {
        private final LeafReaderContext leaf;
        private final int doc;
        private final KeptTerms kept;
        private final Map<String, TermsEnum> enums = new HashMap<>();
        private PostingsEnum postings;

        HitTerms(LeafReaderContext leaf, int doc, KeptTerms kept) {
            this.leaf = leaf;
            this.doc = doc;
            this.kept = kept;
        }

        boolean matches(TermLevel test) throws IOException {
            TermsEnum te = enums.get(test.field());
            if (te == null && !enums.containsKey(test.field())) {
                Terms t = leaf.reader().terms(test.field());
                te = t == null ? null : t.iterator();
                enums.put(test.field(), te);
            }
            for (BytesRef term : test.terms()) {
                FixedBitSet docs = te == null ? null : kept.docs(leaf, new Term(test.field(), term));
                boolean has = docs != null ? docs.get(doc) : te != null && te.seekExact(term) && has(te);
                if (has != test.all()) {
                    return has; // any: the first held decides; all: the first missing does
                }
            }
            return test.all() && te != null;
        }

        private boolean has(TermsEnum te) throws IOException {
            postings = te.postings(postings, PostingsEnum.NONE);
            return postings.advance(doc) == doc;
        }
    }

    private Weight weight(Query q, ScoreMode mode) throws IOException {
        Map<Query, Weight> cache = mode.needsScores() ? scoring : matching;
        Weight w = cache.get(q);
        if (w == null) {
            // Two threads may both create it; either weight serves.
            w = searcher.createWeight(searcher.rewrite(q), mode, 1f);
            Weight before = cache.putIfAbsent(q, w);
            w = before != null ? before : w;
        }
        return w;
    }

    /** The contribution of each clause, in clause order. */
    public static List<ScorePart> scoreParts(Hit hit) {
        List<ScorePart> parts = new ArrayList<>();
        for (ClauseMatch m : hit.matches()) {
            parts.add(new ScorePart(m.clause().key(), m.points(), m.clause().max(),
                    m.best() == null ? null : m.best().name()));
        }
        return parts;
    }

    /** One verdict per requirement, then one per language requirement, in the need's order. */
    public List<RequirementVerdict> verdicts(Hit hit, boolean withEvidence) {
        Need need = compiled.need();
        List<RequirementVerdict> out = new ArrayList<>();
        for (int i = 0; i < need.requirements().size(); i++) {
            Requirement r = need.requirements().get(i);
            VerdictStatus status;
            String evidence = null;
            if (r.kind() == RequirementKind.MUST) {
                // Passed its gate, so it is met; find the item that holds it.
                status = VerdictStatus.MET;
                NeedQueryCompiler.Resolved res = compiler.resolve(r);
                if (!res.hits().isEmpty()) {
                    Set<String> ids = new LinkedHashSet<>(res.conceptIds());
                    res.conceptIds().forEach(id -> ids.addAll(config.taxonomy().narrowerClosure(id)));
                    evidence = hit.profile().firstHolding(ids).map(CandidateProfile.Held::label).orElse(null);
                } else {
                    evidence = labelWithTerms(hit.candidate(), res.terms(), true);
                }
            } else {
                String key = (r.kind() == RequirementKind.WANT ? "want[" : "trainable[") + i + "]";
                Optional<ClauseMatch> m = hit.clause(key).filter(ClauseMatch::isMatch);
                if (m.isEmpty() || m.get().best() == null) {
                    status = r.kind() == RequirementKind.WANT ? VerdictStatus.MISSING : VerdictStatus.TRAINABLE_GAP;
                } else {
                    Level best = m.get().best();
                    status = best.matchLevel() != null && best.matchLevel().satisfiesMust()
                            ? VerdictStatus.MET : VerdictStatus.MET_BY_RELATED;
                    evidence = evidence(hit, best);
                }
            }
            out.add(new RequirementVerdict(r.label(), r.kind().wire(), status, withEvidence ? evidence : null));
        }
        for (int i = 0; i < need.languages().size(); i++) {
            LanguageRequirement l = need.languages().get(i);
            VerdictStatus status;
            if (l.kind() == RequirementKind.MUST) {
                status = VerdictStatus.MET;
            } else {
                Optional<ClauseMatch> m = hit.clause("language[" + i + "]").filter(ClauseMatch::isMatch);
                status = m.isEmpty() ? VerdictStatus.MISSING
                        : "at-level".equals(m.get().best().name()) ? VerdictStatus.MET : VerdictStatus.MET_BY_RELATED;
            }
            String evidence = null;
            for (LanguageSkill s : hit.candidate().languages()) {
                if (s.code().equals(l.code())) {
                    evidence = NorwegianLabels.languageName(s.code()) + ", " + NorwegianLabels.level(s.level());
                }
            }
            out.add(new RequirementVerdict(NorwegianLabels.language(l), l.kind().wire(),
                    status == VerdictStatus.MISSING ? VerdictStatus.MISSING : status,
                    withEvidence && status != VerdictStatus.MISSING ? evidence : null));
        }
        return out;
    }

    private String evidence(Hit hit, Level level) {
        if (!level.concepts().isEmpty()) {
            return hit.profile().firstHolding(level.concepts()).map(CandidateProfile.Held::label).orElse(null);
        }
        if (!level.terms().isEmpty()) {
            return labelWithTerms(hit.candidate(), level.terms(), "text".equals(level.name()));
        }
        return null;
    }

    /** The first candidate label (competence, certificate, experience, education, licence) with the terms. */
    private String labelWithTerms(Candidate c, List<String> terms, boolean all) {
        List<String> labels = new ArrayList<>();
        c.competences().forEach(x -> labels.add(x.label()));
        c.certificates().forEach(x -> labels.add(x.label()));
        c.experience().forEach(x -> labels.add(x.title()));
        c.education().forEach(x -> labels.add(x.field()));
        if (c.mobility() != null) {
            c.mobility().driversLicences().forEach(x -> labels.add(CandidateProfile.licenceLabel(x)));
        }
        for (String label : labels) {
            if (label == null) {
                continue;
            }
            List<String> have = compiler.analysed(Fields.C_LABELS, label, 64);
            if (all ? have.containsAll(terms) : terms.stream().anyMatch(have::contains)) {
                return label;
            }
        }
        return null;
    }

    /** The candidate's accommodation needs against the form. */
    public AccommodationSummary accommodations(Candidate c) {
        Need need = compiled.need();
        List<Accommodation> offered = new ArrayList<>();
        List<Accommodation> unknown = new ArrayList<>();
        List<Accommodation> conflicts = new ArrayList<>();
        for (Accommodation a : c.accommodationNeeds()) {
            if (need.accommodations() != null && need.accommodations().offered().contains(a)) {
                offered.add(a);
            } else if (need.accommodations() != null && need.accommodations().notPossible().contains(a)) {
                conflicts.add(a);
            } else {
                unknown.add(a);
            }
        }
        return new AccommodationSummary(c.accommodationNeeds(), offered, unknown, conflicts);
    }

    /** Straight-line km from home to the workplace (one decimal), or null when either is unknown. */
    public Double travelKm(Candidate c) {
        if (!compiled.hasWorkplace() || c.home() == null || c.home().lat() == null || c.home().lon() == null) {
            return null;
        }
        double m = SloppyMath.haversinMeters(compiled.workplaceLat(), compiled.workplaceLon(), c.home().lat(), c.home().lon());
        return Math.round(m / 100.0) / 10.0;
    }
}
