package io.github.jobbmatch.search;

import io.github.jobbmatch.index.CandidateProfile;
import io.github.jobbmatch.index.ConceptHit;
import io.github.jobbmatch.index.Documents;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Readiness;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.TargetGroup;
import io.github.jobbmatch.model.Task;
import io.github.jobbmatch.search.CompiledNeed.Aspect;
import io.github.jobbmatch.search.CompiledNeed.Gate;
import io.github.jobbmatch.search.CompiledNeed.GateKind;
import io.github.jobbmatch.search.CompiledNeed.Level;
import io.github.jobbmatch.search.CompiledNeed.ScoredClause;
import io.github.jobbmatch.taxonomy.MatchLevel;
import io.github.jobbmatch.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Compiles a need, its employer and a request into one Lucene query (see {@code docs/matching.md}):
 * hard gates as FILTER / MUST_NOT clauses, every scored aspect as one SHOULD clause with a known
 * maximum, the sum normalised by the achievable points. Thread-safe; it keeps what it resolved and analysed.
 */
public final class NeedQueryCompiler {

    /** Most distinct terms taken from the need's free text. */
    static final int MAX_TEXT_TERMS = 40;
    private static final int MAX_LABEL_TERMS = 16;

    private final MatchingConfig config;
    private final MatchWeights weights;
    private final TravelLimitQuery.Columns travelColumns = new TravelLimitQuery.Columns();
    /**
     * Requirements resolved, and short labels analysed: the same few thousand requirement labels, competences,
     * certificates and titles recur across forms and candidates, and every hit explained looks them up again.
     */
    private final com.google.common.cache.Cache<Requirement, Resolved> resolved =
            com.google.common.cache.CacheBuilder.newBuilder().maximumSize(KEPT_LABELS).build();
    private final com.google.common.cache.Cache<LabelKey, List<String>> analysedLabels =
            com.google.common.cache.CacheBuilder.newBuilder().maximumSize(KEPT_LABELS).build();

    /** How many resolved requirements and analysed labels a compiler keeps (each). */
    private static final int KEPT_LABELS = 8192;

    /** Texts up to this long are labels, kept once analysed; longer ones (free texts) are analysed each time. */
    private static final int LABEL_CHARS = 80;

    private record LabelKey(String field, String text, int limit) {}

    /** A compiler for indexes built with {@code config}, scoring with {@code weights}. */
    public NeedQueryCompiler(MatchingConfig config, MatchWeights weights) {
        this.config = Objects.requireNonNull(config, "config");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /**
     * What a requirement label resolves to.
     *
     * @param hits concepts (an explicit concept id is EXACT; otherwise the label lookup)
     * @param terms analysed words of the label, for the text match when no concept is known
     */
    public record Resolved(List<ConceptHit> hits, List<String> terms) {
        /** The concept ids. */
        public List<String> conceptIds() {
            return hits.stream().map(ConceptHit::conceptId).toList();
        }
    }

    /** Resolves a requirement as the compiler does. */
    public Resolved resolve(Requirement r) {
        Resolved res = resolved.getIfPresent(r);
        if (res == null) {
            List<ConceptHit> hits = r.concept() != null
                    ? List.of(new ConceptHit(r.concept(), MatchLevel.EXACT))
                    : config.conceptLookup().lookup(r.label());
            res = new Resolved(List.copyOf(hits), analysed(Fields.C_LABELS, r.label(), MAX_LABEL_TERMS));
            resolved.put(r, res);
        }
        return res;
    }

    /**
     * The distinct analysed terms of {@code text} for {@code field}, at most {@code limit} (as
     * {@link TextTerms#analyze(org.apache.lucene.analysis.Analyzer, String, String, int)}), kept for short texts.
     */
    public List<String> analysed(String field, String text, int limit) {
        if (text == null || text.length() > LABEL_CHARS) {
            return TextTerms.analyze(config.analyzer(), field, text, limit);
        }
        LabelKey key = new LabelKey(field, text, limit);
        List<String> terms = analysedLabels.getIfPresent(key);
        if (terms == null) {
            terms = TextTerms.analyze(config.analyzer(), field, text, limit);
            analysedLabels.put(key, terms);
        }
        return terms;
    }

    /** Compiles the need for this request. {@code employer} may be null when it is not indexed. */
    public CompiledNeed compile(Need need, Employer employer, SearchRequest request) {
        List<Gate> gates = new ArrayList<>();
        List<ScoredClause> clauses = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        gates.add(new Gate("consent", GateKind.VISIBILITY, "samtykke til søk", visibility(request), Occur.FILTER, -1, null));
        if (!request.exclude().isEmpty()) {
            gates.add(new Gate("exclude", GateKind.EXCLUDE, "allerede i prosess",
                    new TermInSetQuery(Fields.ID, bytes(request.exclude())), Occur.MUST_NOT, -1, null));
        }

        // Requirements: musts gate, wants and trainables score.
        for (int i = 0; i < need.requirements().size(); i++) {
            Requirement r = need.requirements().get(i);
            Resolved res = resolve(r);
            switch (r.kind()) {
                case MUST -> {
                    Query q = mustQuery(res);
                    if (q == null) {
                        notes.add("requirement[" + i + "] '" + r.label() + "' has no searchable words and was not gated");
                    } else {
                        gates.add(new Gate("requirement[" + i + "]", GateKind.REQUIREMENT, r.label(), q, Occur.FILTER, i,
                                Routes.forRequirement(r.label(), res.conceptIds(), config.taxonomy())));
                    }
                }
                case WANT -> addRequirementClause(clauses, "want[" + i + "]", Aspect.WANT, i, weights.want(r.priority()), res);
                case TRAINABLE -> addRequirementClause(clauses, "trainable[" + i + "]", Aspect.TRAINABLE, i,
                        weights.trainable(), res);
            }
        }
        for (int i = 0; i < need.languages().size(); i++) {
            LanguageRequirement l = need.languages().get(i);
            Query at = new TermQuery(new Term(Fields.C_LANG, Documents.languageTerm(l.code(), l.level())));
            if (l.kind() == RequirementKind.MUST) {
                gates.add(new Gate("language[" + i + "]", GateKind.LANGUAGE, NorwegianLabels.language(l), at, Occur.FILTER, i,
                        Route.COURSE));
            } else {
                List<Level> levels = new ArrayList<>();
                levels.add(new Level("at-level", null, weights.wantLanguage(), at, Set.of(), List.of()));
                if (l.level().ordinal() > 0) {
                    LanguageLevel below = LanguageLevel.values()[l.level().ordinal() - 1];
                    levels.add(new Level("one-below", null, weights.wantLanguage() / 2,
                            new TermQuery(new Term(Fields.C_LANG, Documents.languageTerm(l.code(), below))), Set.of(), List.of()));
                }
                clauses.add(disMax("language[" + i + "]", Aspect.LANGUAGE, i, levels));
            }
        }

        // Accommodation conflicts, percent, shifts, travel.
        List<Accommodation> notPossible = need.accommodations() == null ? List.of() : need.accommodations().notPossible();
        if (!notPossible.isEmpty()) {
            gates.add(new Gate("accommodations", GateKind.ACCOMMODATION, "tilrettelegging som ikke er mulig",
                    new TermInSetQuery(Fields.C_ACCOMMODATION, bytes(notPossible.stream().map(Accommodation::wire).toList())),
                    Occur.MUST_NOT, -1, Route.ASK_EMPLOYER));
        }
        if (need.percent() != null && (need.percent().min() != null || need.percent().max() != null)) {
            // Ranges overlap unless the candidate's min is above the need's max or its max below the need's min;
            // a candidate without a stated bound passes on that side.
            BooleanQuery.Builder disjoint = new BooleanQuery.Builder();
            if (need.percent().max() != null) {
                disjoint.add(DoubleField.newRangeQuery(Fields.C_PERCENT_MIN, Math.nextUp(need.percent().max()),
                        Double.POSITIVE_INFINITY), Occur.SHOULD);
            }
            if (need.percent().min() != null) {
                disjoint.add(DoubleField.newRangeQuery(Fields.C_PERCENT_MAX, Double.NEGATIVE_INFINITY,
                        Math.nextDown(need.percent().min())), Occur.SHOULD);
            }
            gates.add(new Gate("percent", GateKind.PERCENT, "stillingsprosent", disjoint.build(), Occur.MUST_NOT, -1, null));
        }
        if (!need.shifts().isEmpty()) {
            // At least one of the need's shifts; a candidate who stated no shifts passes.
            List<String> ok = new ArrayList<>(need.shifts().stream().map(Shift::wire).toList());
            ok.add(Fields.UNKNOWN);
            gates.add(new Gate("shifts", GateKind.SHIFTS, "arbeidstid (skift)", new TermInSetQuery(Fields.C_SHIFT, bytes(ok)),
                    Occur.FILTER, -1, null));
        }
        double lat = Double.NaN;
        double lon = Double.NaN;
        if (need.location() != null && need.location().lat() != null && need.location().lon() != null) {
            lat = need.location().lat();
            lon = need.location().lon();
        } else if (employer != null && employer.location() != null && employer.location().lat() != null
                && employer.location().lon() != null) {
            lat = employer.location().lat();
            lon = employer.location().lon();
        }
        if (!Double.isNaN(lat)) {
            double needMax = need.location() != null && need.location().maxTravelKm() != null
                    ? need.location().maxTravelKm() : Double.NaN;
            gates.add(new Gate("travel", GateKind.TRAVEL, "reiseavstand", new TravelLimitQuery(lat, lon, needMax, travelColumns),
                    Occur.FILTER, -1, null));
            clauses.add(new ScoredClause("distance", Aspect.DISTANCE, -1, weights.distance(),
                    LatLonPoint.newDistanceFeatureQuery(Fields.C_HOME, weights.distance(), lat, lon,
                            weights.distancePivotKm() * 1000.0),
                    List.of()));
        } else if (need.location() != null && need.location().maxTravelKm() != null) {
            notes.add("the workplace location is unknown, so the maximum travel distance could not be applied");
        }

        addOccupationClauses(need, clauses);
        addTextClauses(need, clauses);

        if (need.opening() != null && need.opening().startBy() != null) {
            long startBy = need.opening().startBy().toEpochDay();
            float w = weights.start();
            Query byStart = LongField.newRangeQuery(Fields.C_FROM, Long.MIN_VALUE, startBy);
            Query decay = LongField.newDistanceFeatureQuery(Fields.C_FROM, w, startBy, weights.startPivotDays());
            Query q = new DisjunctionMaxQuery(List.of(boost(byStart, w), decay), 0f);
            clauses.add(new ScoredClause("start", Aspect.START, -1, w, q,
                    List.of(new Level("by-start", null, w, byStart, Set.of(), List.of()))));
        }
        clauses.add(disMax("readiness", Aspect.READINESS, -1, List.of(
                new Level(Readiness.CLARIFIED.wire(), null, weights.readiness(), term(Fields.C_READINESS, Readiness.CLARIFIED.wire()),
                        Set.of(), List.of()),
                new Level(Readiness.IN_CLARIFICATION.wire(), null, weights.readiness() / 2,
                        term(Fields.C_READINESS, Readiness.IN_CLARIFICATION.wire()), Set.of(), List.of()))));
        clauses.add(disMax("stableTrial", Aspect.STABLE_TRIAL, -1, List.of(
                new Level("stable-trial", null, weights.stableTrial(), term(Fields.C_STABLE_TRIAL, "true"), Set.of(), List.of()))));
        if (Boolean.TRUE.equals(need.welcomesTargetGroups())) {
            Query any = new TermInSetQuery(Fields.C_TARGET_GROUP,
                    bytes(Arrays.stream(TargetGroup.values()).map(TargetGroup::wire).toList()));
            clauses.add(disMax("targetGroup", Aspect.TARGET_GROUP, -1,
                    List.of(new Level("target-group", null, weights.targetGroup(), any, Set.of(), List.of()))));
        }

        clauses.removeIf(c -> c.max() <= 0);
        float achievable = 0;
        for (ScoredClause c : clauses) {
            achievable += c.max();
        }
        return new CompiledNeed(need, employer, request, gates, clauses, achievable, lat, lon, notes);
    }

    private Query visibility(SearchRequest request) {
        BooleanQuery.Builder consent = new BooleanQuery.Builder();
        consent.add(term(Fields.C_SEARCHABLE, Searchable.ALL_ORGANISATIONS.wire()), Occur.SHOULD);
        if (request.viewer().organisation() != null) {
            consent.add(new BooleanQuery.Builder()
                    .add(term(Fields.C_SEARCHABLE, Searchable.OWN_ORGANISATION.wire()), Occur.FILTER)
                    .add(term(Fields.C_ORG, request.viewer().organisation()), Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(term(Fields.TYPE, io.github.jobbmatch.index.DocType.CANDIDATE.key()), Occur.FILTER)
                .add(consent.build(), Occur.FILTER);
        if (request.view() == View.EMPLOYER) {
            b.add(term(Fields.C_SHARE, ShareWithEmployer.ON_PRESENTATION.wire()), Occur.FILTER);
        }
        return b.build();
    }

    /** A must: one of its concepts (or narrower); without a concept, every word of its label among the labels. */
    private Query mustQuery(Resolved res) {
        if (!res.hits().isEmpty()) {
            return new TermInSetQuery(Fields.C_SATISFIES, bytes(res.conceptIds()));
        }
        if (res.terms().isEmpty()) {
            return null;
        }
        return allTerms(Fields.C_LABELS, res.terms());
    }

    private void addRequirementClause(List<ScoredClause> clauses, String key, Aspect aspect, int index, float w,
            Resolved res) {
        Taxonomy t = config.taxonomy();
        List<Level> levels = new ArrayList<>();
        for (ConceptHit hit : res.hits()) {
            String x = hit.conceptId();
            levels.add(level("exact", worse(hit.level(), MatchLevel.EXACT), w, term(Fields.C_HELD, x), Set.of(x)));
            Set<String> narrower = t.narrowerClosure(x);
            if (!narrower.isEmpty()) {
                levels.add(level("narrower", worse(hit.level(), MatchLevel.NARROWER), w, term(Fields.C_SATISFIES, x), narrower));
            }
            Set<String> broader = t.broaderClosure(x);
            if (!broader.isEmpty()) {
                levels.add(level("broader", worse(hit.level(), MatchLevel.BROADER), w,
                        new TermInSetQuery(Fields.C_HELD, bytes(broader)), broader));
            }
            Set<String> related = t.related(x);
            if (!related.isEmpty()) {
                levels.add(level("related", worse(hit.level(), MatchLevel.RELATED), w,
                        new TermInSetQuery(Fields.C_HELD, bytes(related)), related));
            }
        }
        if (!res.terms().isEmpty()) {
            // The label's words among the candidate's labels: a full fit when the label names no known concept.
            MatchLevel all = res.hits().isEmpty() ? MatchLevel.EXACT : MatchLevel.SYNONYM;
            levels.add(new Level("text", all, w * weights.level(all), allTerms(Fields.C_LABELS, res.terms()), Set.of(),
                    res.terms()));
            if (res.terms().size() > 1) {
                levels.add(new Level("some-words", MatchLevel.RELATED, w * weights.level(MatchLevel.RELATED),
                        anyTerm(Fields.C_LABELS, res.terms()), Set.of(), res.terms()));
            }
        }
        if (!levels.isEmpty()) {
            clauses.add(disMax(key, aspect, index, levels));
        }
    }

    private Level level(String name, MatchLevel ml, float w, Query q, Set<String> concepts) {
        String m = ml.name().toLowerCase(Locale.ROOT);
        // "narrower" stays "narrower"; a synonym-named concept held exactly reads "exact:synonym".
        return new Level(name.equals(m) ? m : name + ":" + m, ml, w * weights.level(ml), q, concepts, List.of());
    }

    private void addOccupationClauses(Need need, List<ScoredClause> clauses) {
        String code = need.styrk08() != null ? need.styrk08()
                : config.occupationLookup().styrk08(need.title()).filter(s -> s.matches("[0-9]{4}")).orElse(null);
        List<String> titleTerms = TextTerms.analyze(config.analyzer(), Fields.C_WISH_TEXT, need.title(), MAX_LABEL_TERMS);
        Set<String> occupationConcepts = new LinkedHashSet<>();
        if (code != null) {
            occupationConcepts.add(CandidateProfile.STYRK_CONCEPT_PREFIX + code);
        }
        config.conceptLookup().lookup(need.title()).forEach(h -> occupationConcepts.add(h.conceptId()));

        for (boolean wish : new boolean[] {true, false}) {
            float w = wish ? weights.wishedOccupation() : weights.experience();
            String styrkField = wish ? Fields.C_WISH_STYRK : Fields.C_EXP_STYRK;
            String textField = wish ? Fields.C_WISH_TEXT : Fields.C_EXP_TEXT;
            List<Level> levels = new ArrayList<>();
            if (code != null) {
                float[] shares = {1f, weights.styrk3Share(), weights.styrk2Share()};
                for (int digits = 4; digits >= 2; digits--) {
                    String t = Fields.styrkTerm(code, digits);
                    levels.add(new Level("styrk-" + digits, null, w * shares[4 - digits], term(styrkField, t), Set.of(),
                            List.of(t)));
                }
            }
            if (wish && !occupationConcepts.isEmpty()) {
                levels.add(new Level("occupation", null, w, new TermInSetQuery(Fields.C_WISH, bytes(occupationConcepts)),
                        occupationConcepts, List.of()));
            }
            if (!titleTerms.isEmpty()) {
                levels.add(new Level("title", null, w * weights.titleAllShare(), allTerms(textField, titleTerms), Set.of(),
                        titleTerms));
                if (titleTerms.size() > 1) {
                    levels.add(new Level("title-words", null, w * weights.titleAnyShare(), anyTerm(textField, titleTerms),
                            Set.of(), titleTerms));
                }
            }
            if (!levels.isEmpty()) {
                clauses.add(disMax(wish ? "wish" : "experience", wish ? Aspect.WISH : Aspect.EXPERIENCE, -1, levels));
            }
        }
    }

    private void addTextClauses(Need need, List<ScoredClause> clauses) {
        if (!need.interests().isEmpty()) {
            List<String> terms = TextTerms.analyze(config.analyzer(), Fields.C_INTERESTS, need.interests(), MAX_TEXT_TERMS);
            clauses.add(capped("interests", Aspect.INTERESTS, Fields.C_INTERESTS, terms, weights.interests(),
                    weights.interestTerms()));
        }
        List<String> texts = new ArrayList<>();
        texts.add(need.title());
        if (need.description() != null) {
            texts.add(need.description());
        }
        need.tasks().stream().map(Task::text).forEach(texts::add);
        List<String> terms = TextTerms.analyze(config.analyzer(), Fields.C_TEXT, texts, MAX_TEXT_TERMS);
        clauses.add(capped("text", Aspect.TEXT, Fields.C_TEXT, terms, weights.text(), weights.textTerms()));
    }

    /** Each matched term earns cap/saturation points; the sum is capped: no IDF, a known maximum. */
    private static ScoredClause capped(String key, Aspect aspect, String field, List<String> terms, float cap, int saturation) {
        if (terms.isEmpty()) {
            return new ScoredClause(key, aspect, -1, 0f, new BooleanQuery.Builder().build(), List.of());
        }
        float perTerm = cap / saturation;
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        List<Level> levels = new ArrayList<>();
        for (String t : terms) {
            Query q = term(field, t);
            sum.add(boost(q, perTerm), Occur.SHOULD);
            levels.add(new Level(t, null, perTerm, q, Set.of(), List.of(t)));
        }
        float max = Math.min(cap, perTerm * terms.size());
        return new ScoredClause(key, aspect, -1, max, new CappedSumQuery(sum.build(), max), levels);
    }

    private static ScoredClause disMax(String key, Aspect aspect, int index, List<Level> levels) {
        List<Level> sorted = new ArrayList<>(levels);
        sorted.sort((a, b) -> Float.compare(b.weight(), a.weight()));
        List<Query> disjuncts = sorted.stream().map(l -> boost(l.match(), l.weight())).toList();
        Query q = disjuncts.size() == 1 ? disjuncts.get(0) : new DisjunctionMaxQuery(disjuncts, 0f);
        return new ScoredClause(key, aspect, index, sorted.get(0).weight(), q, sorted);
    }

    private static MatchLevel worse(MatchLevel a, MatchLevel b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    static Query boost(Query q, float w) {
        return new BoostQuery(new ConstantScoreQuery(q), w);
    }

    static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query allTerms(String field, List<String> terms) {
        if (terms.size() == 1) {
            return term(field, terms.get(0));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(term(field, t), Occur.FILTER));
        return b.build();
    }

    private static Query anyTerm(String field, List<String> terms) {
        return new TermInSetQuery(field, bytes(terms));
    }

    private static List<org.apache.lucene.util.BytesRef> bytes(java.util.Collection<String> values) {
        return values.stream().map(org.apache.lucene.util.BytesRef::new).toList();
    }
}
