package io.github.jobbmatch.search;

import io.github.jobbmatch.explain.ExplanationText;
import io.github.jobbmatch.explain.HitExplainer;
import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.CompiledNeed.Gate;
import io.github.jobbmatch.search.CompiledNeed.GateKind;
import io.github.jobbmatch.search.SearchResult.Diagnostics;
import io.github.jobbmatch.search.SearchResult.FunnelStep;
import io.github.jobbmatch.search.SearchResult.NearMiss;
import io.github.jobbmatch.search.SearchResult.Pool;
import io.github.jobbmatch.search.SearchResult.Reason;
import io.github.jobbmatch.search.SearchResult.ShortlistEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The broad search: for one need, the explained short list across every candidate this viewer may
 * see, the near misses and the funnel. Thread-safe: one instance serves any number of concurrent
 * searches. Every search runs on one point-in-time searcher, so its parts agree with each other.
 */
public final class MatchingSearch {

    private final MatchingIndex index;
    private final MatchingConfig config;
    private final MatchWeights weights;
    private final NeedQueryCompiler compiler;
    private final ExplanationText text;
    private final SearchAuditor auditor;
    private final Clock clock;
    private final byte[] aliasKey;
    private final int nearMissLimit;
    private final double nearMissFilterShare;

    private MatchingSearch(Builder b) {
        this.index = b.index;
        this.config = b.config;
        this.weights = b.weights;
        this.compiler = new NeedQueryCompiler(config, weights);
        this.text = new ExplanationText(config, compiler);
        this.auditor = b.auditor;
        this.clock = b.clock;
        this.aliasKey = b.aliasKey.clone();
        this.nearMissLimit = b.nearMissLimit;
        this.nearMissFilterShare = b.nearMissFilterShare;
    }

    /** A builder over this index. */
    public static Builder builder(MatchingIndex index) {
        return new Builder(Objects.requireNonNull(index, "index"), index.config());
    }

    /**
     * A builder of a search without an index of its own, for hosts that hold the candidates elsewhere (the
     * shards of an OpenSearch index): it serves {@link #searchPart} and {@link #merge}, not {@link #search}.
     * The configuration must be the one the candidates were indexed with.
     */
    public static Builder builder(MatchingConfig config) {
        return new Builder(null, Objects.requireNonNull(config, "config"));
    }

    /** The weights in use. */
    public MatchWeights weights() {
        return weights;
    }

    /** The compiler in use (for tools and benchmarks). */
    public NeedQueryCompiler compiler() {
        return compiler;
    }

    /**
     * Runs a broad search.
     *
     * @throws IllegalArgumentException when no need with the request's id is indexed
     */
    public SearchResult search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        if (index == null) {
            throw new IllegalStateException("this search has no index; use searchPart and merge");
        }
        Merged result = index.withSearcher(searcher -> {
            Need need = MatchingIndex.findRecord(searcher, DocType.NEED, request.needId(), RecordCodec::decodeNeed);
            if (need == null) {
                throw new IllegalArgumentException("no need with id '" + request.needId() + "' is indexed");
            }
            Employer employer = MatchingIndex.findRecord(searcher, DocType.EMPLOYER, need.employerId(),
                    RecordCodec::decodeEmployer);
            return merge(request, need, employer, List.of(searchPart(searcher, request, need, employer)));
        });
        audit(request, result);
        return result.result();
    }

    /**
     * Tells the audit hook about a search and the candidate ids it returned (the employer view shows aliases;
     * the audit gets the ids). {@link #search} does this itself; a host that runs {@link #searchPart} on shards
     * and {@link #merge}s them calls it once per search.
     */
    public void audit(SearchRequest request, Merged merged) {
        auditor.searched(new SearchAuditor.Event(request.viewer(), request.needId(), request.view(),
                merged.candidateIds(), clock.instant()));
    }

    /**
     * A merged search.
     *
     * @param result the result
     * @param candidateIds the ids of the candidates it returns (short list, then near misses), for the audit
     */
    public record Merged(SearchResult result, List<String> candidateIds) {
        public Merged {
            candidateIds = List.copyOf(candidateIds);
        }
    }

    /**
     * What one searcher contributes to a search: its short list and near misses, each ranked by score and then
     * candidate id, with the ids (the employer view shows aliases), and its funnel counts.
     *
     * @param result the part's result (its reasons hold only the compiler's notes)
     * @param shortlistIds the candidate ids of the short list, in order
     * @param nearMissIds the candidate ids of the near misses, in order
     */
    public record Part(SearchResult result, List<String> shortlistIds, List<String> nearMissIds) {
        public Part {
            shortlistIds = List.copyOf(shortlistIds);
            nearMissIds = List.copyOf(nearMissIds);
        }
    }

    /**
     * Searches the candidates one searcher holds (a whole index, or one shard of a partitioned one) for a need
     * the caller has read. {@link #merge} makes the result; an index split into shards gives the same result
     * as the whole index, because every part ranks by score and then candidate id and counts its own funnel.
     */
    public Part searchPart(IndexSearcher searcher, SearchRequest request, Need need, Employer employer) {
        Objects.requireNonNull(need, "need");
        try {
            return part(searcher, request, need, employer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Part part(IndexSearcher searcher, SearchRequest request, Need need, Employer employer) throws IOException {
        CompiledNeed compiled = compiler.compile(need, employer, request);
        List<Reason> notes = new ArrayList<>();
        compiled.notes().forEach(n -> notes.add(new Reason("note", n)));
        if (!need.isOpen() || (employer != null && !employer.isActive())) {
            long visible = searcher.count(compiled.gates().get(0).query());
            return new Part(new SearchResult(need.id(), request.view(), new Pool(visible, 0), List.of(), List.of(),
                    new Diagnostics(List.of(), notes)), List.of(), List.of());
        }
        Funnel counted = funnel(searcher, compiled);
        List<FunnelStep> funnel = counted.steps();
        long visible = funnel.get(0).remaining();
        long passed = funnel.get(funnel.size() - 1).remaining();

        // The funnel's last bit set is exactly the gate-passing set: filter on it, score only the scored clauses.
        TopDocs top = searcher.search(compiled.scored(new BooleanQuery.Builder()
                        .add(new PassingDocsQuery(counted.passing()), Occur.FILTER)),
                new TopFieldCollectorManager(BY_SCORE_THEN_ID, request.top(), null, request.top()));
        HitExplainer explainer = new HitExplainer(config, compiler, compiled, searcher);
        List<ShortlistEntry> shortlist = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int rank = 0;
        for (ScoreDoc sd : top.scoreDocs) {
            Candidate c = RecordCodec.decodeCandidate(MatchingIndex.storedRecord(searcher, sd.doc));
            shortlist.add(entry(explainer, compiled, sd.doc, c, (Float) ((FieldDoc) sd).fields[0], ++rank, request.view()));
            ids.add(c.id());
        }
        List<String> missIds = new ArrayList<>();
        List<NearMiss> nearMisses = nearMisses(searcher, compiled, request.view(), missIds);
        return new Part(new SearchResult(need.id(), request.view(), new Pool(visible, passed), shortlist, nearMisses,
                new Diagnostics(funnel, notes)), ids, missIds);
    }

    /**
     * Merges the parts of one search (one per searcher; one for an unpartitioned index) into its result: pools
     * and funnel counts add up, short lists and near misses are ranked again by score and then candidate id,
     * and the reasons are written for the whole.
     */
    public Merged merge(SearchRequest request, Need need, Employer employer, List<Part> parts) {
        Objects.requireNonNull(need, "need");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts: at least one expected");
        }
        List<Reason> reasons = new ArrayList<>();
        long visible = parts.stream().mapToLong(p -> p.result().pool().visible()).sum();
        if (!need.isOpen()) {
            reasons.add(new Reason("need-not-open", "Behovet er ikke åpent (status: " + need.status().wire()
                    + "), så ingen kandidater vises."));
        }
        if (employer != null && !employer.isActive()) {
            reasons.add(new Reason("employer-paused", "Arbeidsgiveren har satt rekrutteringen på pause, så ingen kandidater vises."));
        }
        if (!reasons.isEmpty()) {
            return new Merged(new SearchResult(need.id(), request.view(), new Pool(visible, 0), List.of(), List.of(),
                    new Diagnostics(List.of(), reasons)), List.of());
        }
        if (employer == null) {
            reasons.add(new Reason("employer-unknown", "Arbeidsgiveren " + need.employerId()
                    + " er ikke registrert; arbeidssted og status er ukjent."));
        }
        reasons.addAll(parts.get(0).result().diagnostics().reasons());

        List<FunnelStep> first = parts.get(0).result().diagnostics().funnel();
        List<FunnelStep> funnel = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            long remaining = 0;
            for (Part p : parts) {
                remaining += p.result().diagnostics().funnel().get(i).remaining();
            }
            funnel.add(new FunnelStep(first.get(i).gate(), first.get(i).label(), remaining));
        }
        long passed = funnel.get(funnel.size() - 1).remaining();
        if (passed == 0 && visible > 0) {
            for (FunnelStep step : funnel) {
                if (step.remaining() == 0) {
                    reasons.add(new Reason("emptied-by", "Ingen kandidater igjen etter kravet «" + step.label() + "» ("
                            + step.gate() + ")."));
                    break;
                }
            }
        }

        record Ranked<T>(T item, double score, String id) {}
        List<Ranked<ShortlistEntry>> entries = new ArrayList<>();
        List<Ranked<NearMiss>> misses = new ArrayList<>();
        for (Part p : parts) {
            for (int i = 0; i < p.shortlistIds().size(); i++) {
                ShortlistEntry e = p.result().shortlist().get(i);
                entries.add(new Ranked<>(e, e.score(), p.shortlistIds().get(i)));
            }
            for (int i = 0; i < p.nearMissIds().size(); i++) {
                NearMiss m = p.result().nearMisses().get(i);
                misses.add(new Ranked<>(m, m.score(), p.nearMissIds().get(i)));
            }
        }
        Comparator<Ranked<?>> order = Comparator.comparingDouble((Ranked<?> r) -> -r.score()).thenComparing(Ranked::id);
        entries.sort(order);
        misses.sort(order);
        List<ShortlistEntry> shortlist = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Ranked<ShortlistEntry> r : entries.subList(0, Math.min(request.top(), entries.size()))) {
            shortlist.add(r.item().withRank(shortlist.size() + 1));
            ids.add(r.id());
        }
        List<NearMiss> nearMisses = new ArrayList<>();
        for (Ranked<NearMiss> r : misses.subList(0, Math.min(nearMissLimit, misses.size()))) {
            nearMisses.add(r.item());
            ids.add(r.id());
        }
        return new Merged(new SearchResult(need.id(), request.view(), new Pool(visible, passed), shortlist,
                nearMisses, new Diagnostics(funnel, reasons)), ids);
    }

    /** Score first, then candidate id: the order every part and the merge agree on. */
    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE,
            new SortedSetSortField(Fields.ID, false));

    private ShortlistEntry entry(HitExplainer explainer, CompiledNeed compiled, int doc, Candidate c, float score,
            int rank, View view) throws IOException {
        HitExplainer.Hit hit = explainer.explain(doc, c);
        boolean adviser = view == View.ADVISER;
        var verdicts = explainer.verdicts(hit, adviser);
        var acc = explainer.accommodations(c);
        Double km = explainer.travelKm(c);
        String explanation = text.write(compiled.need(), hit, verdicts, acc, km, view);
        return new ShortlistEntry(
                adviser ? c.id() : null,
                adviser ? null : alias(compiled.need().id(), c.id()),
                rank, score, verdicts, acc, km,
                c.availability() == null ? null : c.availability().from(),
                adviser ? c.followedBy() : null,
                explanation,
                adviser ? HitExplainer.scoreParts(hit) : List.of());
    }

    /**
     * Each gate in order, with the count of candidates passing it and every gate before it. One pass per leaf over
     * a bit set of the documents still passing: each gate is tested only on those (or, when its own matches are
     * fewer, its matches are intersected with them word by word), so a gate is never re-evaluated for a later step
     * and the expensive travel gate only sees the documents every cheaper gate let through.
     */
    private record Funnel(List<FunnelStep> steps, FixedBitSet[] passing) {}

    private static Funnel funnel(IndexSearcher searcher, CompiledNeed compiled) throws IOException {
        List<Gate> gates = compiled.gates();
        Weight[] weights = new Weight[gates.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = searcher.createWeight(searcher.rewrite(gates.get(i).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        long[] counts = new long[gates.size()];
        FixedBitSet[] passingByLeaf = new FixedBitSet[searcher.getIndexReader().leaves().size()];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            FixedBitSet passing = new FixedBitSet(maxDoc);
            passingByLeaf[leaf.ord] = passing;
            passing.set(0, maxDoc);
            Bits live = leaf.reader().getLiveDocs();
            if (live != null) {
                for (int d = 0; d < maxDoc; d++) {
                    if (!live.get(d)) {
                        passing.clear(d);
                    }
                }
            }
            FixedBitSet scratch = null;
            int left = passing.cardinality();
            for (int i = 0; i < weights.length && left > 0; i++) {
                boolean filter = gates.get(i).occur() != Occur.MUST_NOT;
                ScorerSupplier ss = weights[i].scorerSupplier(leaf);
                if (ss == null) {
                    if (filter) {
                        passing.clear();
                    }
                } else if (ss.cost() < left) {
                    // Fewer matches than survivors: walk the gate's own matches.
                    Scorer sc = ss.get(ss.cost());
                    TwoPhaseIterator tpi = sc.twoPhaseIterator();
                    if (tpi == null && !filter) {
                        passing.andNot(sc.iterator());
                    } else {
                        if (scratch == null) {
                            scratch = new FixedBitSet(maxDoc);
                        } else {
                            scratch.clear();
                        }
                        if (tpi == null) {
                            scratch.or(sc.iterator());
                        } else {
                            DocIdSetIterator approx = tpi.approximation();
                            for (int d = approx.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = approx.nextDoc()) {
                                if (passing.get(d) && tpi.matches()) {
                                    scratch.set(d);
                                }
                            }
                        }
                        if (filter) {
                            passing.and(scratch);
                        } else {
                            passing.andNot(scratch);
                        }
                    }
                } else {
                    // Walk the survivors, advancing the gate to each.
                    Scorer sc = ss.get(left);
                    TwoPhaseIterator tpi = sc.twoPhaseIterator();
                    DocIdSetIterator it = tpi == null ? sc.iterator() : tpi.approximation();
                    for (int d = passing.nextSetBit(0, maxDoc); d != DocIdSetIterator.NO_MORE_DOCS;
                            d = d + 1 < maxDoc ? passing.nextSetBit(d + 1, maxDoc) : DocIdSetIterator.NO_MORE_DOCS) {
                        int at = it.docID() < d ? it.advance(d) : it.docID();
                        boolean matches = at == d && (tpi == null || tpi.matches());
                        if (matches != filter) {
                            passing.clear(d);
                        }
                    }
                }
                left = passing.cardinality();
                counts[i] += left;
            }
        }
        List<FunnelStep> steps = new ArrayList<>(gates.size());
        for (int i = 0; i < gates.size(); i++) {
            steps.add(new FunnelStep(gates.get(i).key(), gates.get(i).label(), counts[i]));
        }
        return new Funnel(steps, passingByLeaf);
    }

    /**
     * One relaxable unit of the gates: a must requirement or must language (passed when its query matches), or one
     * {@code notPossible} accommodation (passed when its query does not match). A near miss fails exactly one unit.
     */
    private record Unit(Query query, boolean passWhenMatching, String gapKind, String gap, Route route) {}

    /** The relaxable units of the compiled gates, in gate order (accommodations per {@code notPossible} value). */
    private static List<Unit> units(CompiledNeed compiled) {
        List<Unit> units = new ArrayList<>();
        for (Gate g : compiled.gates()) {
            if (!g.relaxable()) {
                continue;
            }
            if (g.kind() == GateKind.ACCOMMODATION) {
                for (Accommodation a : compiled.need().accommodations().notPossible()) {
                    units.add(new Unit(new TermQuery(new Term(Fields.C_ACCOMMODATION, a.wire())), false, "accommodation",
                            a.norwegian(), Route.ASK_EMPLOYER));
                }
            } else {
                units.add(new Unit(g.query(), g.occur() != Occur.MUST_NOT,
                        g.kind() == GateKind.LANGUAGE ? "language" : "requirement", g.label(), g.route()));
            }
        }
        return units;
    }

    /**
     * Matches the candidates that fail exactly one unit (with every non-relaxable gate applied by the caller).
     * Requirement-like units (pass = matches) are counted with {@code minimumNumberShouldMatch}; the negative
     * ones (pass = does not match, few and rare) each get a clause of their own.
     */
    private static Query failsExactlyOne(List<Unit> units) {
        List<Query> pos = units.stream().filter(Unit::passWhenMatching).map(Unit::query).toList();
        List<Query> neg = units.stream().filter(u -> !u.passWhenMatching()).map(Unit::query).toList();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!pos.isEmpty()) {
            // Fails one positive unit, and no negative one.
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (pos.size() == 1) {
                b.add(new MatchAllDocsQuery(), Occur.FILTER);
                b.add(pos.get(0), Occur.MUST_NOT);
            } else {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                pos.forEach(q -> b.add(q, Occur.SHOULD));
                pos.forEach(q -> all.add(q, Occur.FILTER));
                b.setMinimumNumberShouldMatch(pos.size() - 1);
                b.add(all.build(), Occur.MUST_NOT);
            }
            neg.forEach(q -> b.add(q, Occur.MUST_NOT));
            any.add(b.build(), Occur.SHOULD);
        }
        for (int j = 0; j < neg.size(); j++) {
            // Fails negative unit j only: it matches, no other negative one does, every positive one matches.
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(neg.get(j), Occur.FILTER);
            for (int o = 0; o < neg.size(); o++) {
                if (o != j) {
                    b.add(neg.get(o), Occur.MUST_NOT);
                }
            }
            pos.forEach(q -> b.add(q, Occur.FILTER));
            any.add(b.build(), Occur.SHOULD);
        }
        return any.build();
    }

    private record Miss(int doc, float score, Unit unit) {}

    /**
     * Candidates failing exactly one relaxable gate, best first: one scored query (the non-relaxable gates, the
     * units counted so that exactly one fails, the scored clauses), then the failed unit of each of the few hits
     * read off the units' iterators.
     */
    private List<NearMiss> nearMisses(IndexSearcher searcher, CompiledNeed compiled, View view, List<String> ids)
            throws IOException {
        if (nearMissLimit == 0) {
            return List.of();
        }
        List<Unit> units = units(compiled);
        if (units.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Gate g : compiled.gates()) {
            if (!g.relaxable()) {
                b.add(g.query(), g.occur());
            }
        }
        Weight[] unitWeights = new Weight[units.size()];
        boolean[] pass = new boolean[units.size()];
        for (int u = 0; u < unitWeights.length; u++) {
            unitWeights[u] = searcher.createWeight(searcher.rewrite(units.get(u).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            pass[u] = units.get(u).passWhenMatching();
        }
        Query exactlyOne = failsExactlyOne(units);
        List<Miss> misses = new ArrayList<>();
        if (estimatedCost(searcher, exactlyOne) <= nearMissFilterShare * searcher.getIndexReader().maxDoc()) {
            // Few candidates fail exactly one unit (e.g. two rare musts): filter on them, score those.
            b.add(exactlyOne, Occur.FILTER);
            TopDocs td = searcher.search(compiled.scored(b), new TopFieldCollectorManager(BY_SCORE_THEN_ID, nearMissLimit,
                    null, nearMissLimit));
            misses.addAll(failedUnits(searcher, unitWeights, pass, units, td.scoreDocs));
        } else {
            // Most of the pool fails exactly one unit (a rare must): score it with pruning, test the units only
            // for the documents that could enter the top.
            // A zero-point clause every document matches, and "at least one SHOULD": the same matches and scores,
            // but Lucene then runs the scored clauses as a filtered MaxScore disjunction, which skips documents that
            // cannot reach the top once it is full, instead of summing every clause for every document of the pool.
            // (Not for the short list: there the gates are selective, the top rarely fills, and the match-all
            // clause would make Lucene walk every document.)
            b.add(new BoostQuery(new MatchAllDocsQuery(), 0f), Occur.SHOULD);
            b.setMinimumNumberShouldMatch(1);
            NearMissCollector collector = new NearMissCollector(nearMissLimit, unitWeights, pass);
            searcher.search(compiled.scored(b), collector);
            for (NearMissCollector.Hit h : collector.hits()) {
                misses.add(new Miss(h.doc(), h.score(), units.get(h.unit())));
            }
        }
        List<NearMiss> out = new ArrayList<>();
        boolean adviser = view == View.ADVISER;
        for (Miss m : misses) {
            Candidate c = RecordCodec.decodeCandidate(MatchingIndex.storedRecord(searcher, m.doc()));
            Unit u = m.unit();
            out.add(new NearMiss(adviser ? c.id() : null, adviser ? null : alias(compiled.need().id(), c.id()),
                    m.score(), u.gapKind(), u.gap(), u.route(), ExplanationText.nearMiss(u.gapKind(), u.gap(), u.route())));
            ids.add(c.id());
        }
        return out;
    }

    /** An upper bound of the documents {@code q} matches, from its scorers' cost estimates (no iteration). */
    private static long estimatedCost(IndexSearcher searcher, Query q) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier ss = w.scorerSupplier(leaf);
            cost += ss == null ? 0 : ss.cost();
        }
        return cost;
    }

    /** For each hit (in the given order), the one unit it fails, tested on the hit's leaf. */
    private static List<Miss> failedUnits(IndexSearcher searcher, Weight[] weights, boolean[] pass, List<Unit> units,
            ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Miss> out = new ArrayList<>(hits.length);
        for (ScoreDoc sd : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int local = sd.doc - leaf.docBase;
            Unit failed = null;
            for (int u = 0; u < units.size(); u++) {
                if (DocProbe.matches(weights[u], leaf, local) != pass[u]) {
                    failed = units.get(u);
                    break;
                }
            }
            if (failed == null) {
                throw new IllegalStateException("near miss " + sd.doc + " fails no relaxable gate");
            }
            out.add(new Miss(sd.doc, (Float) ((FieldDoc) sd).fields[0], failed));
        }
        return out;
    }

    /**
     * The per-need alias of a candidate in the employer view: a keyed hash (HMAC-SHA256) of the need and
     * candidate ids, so it is stable for one need, differs between needs and does not reveal the id.
     */
    public String alias(String needId, String candidateId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(aliasKey, "HmacSHA256"));
            byte[] h = mac.doFinal((needId + "\n" + candidateId).getBytes(StandardCharsets.UTF_8));
            return "kandidat-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Builds a {@link MatchingSearch}; not thread-safe. */
    public static final class Builder {
        private final MatchingIndex index;
        private final MatchingConfig config;
        private MatchWeights weights = MatchWeights.defaults();
        private SearchAuditor auditor = SearchAuditor.none();
        private Clock clock = Clock.systemUTC();
        private byte[] aliasKey;
        private int nearMissLimit = 10;
        private double nearMissFilterShare = 1.0 / 16;

        private Builder(MatchingIndex index, MatchingConfig config) {
            this.index = index;
            this.config = config;
            this.aliasKey = new byte[32];
            new SecureRandom().nextBytes(aliasKey);
        }

        /** Score weights; default {@link MatchWeights#defaults()}. */
        public Builder weights(MatchWeights weights) {
            this.weights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /** The audit hook; default none. */
        public Builder auditor(SearchAuditor auditor) {
            this.auditor = Objects.requireNonNull(auditor, "auditor");
            return this;
        }

        /** The clock of audit timestamps; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The secret key of employer-view aliases (at least 16 bytes). Set it to keep aliases stable across
         * restarts; the default is a random key per instance.
         */
        public Builder aliasKey(byte[] key) {
            if (key == null || key.length < 16) {
                throw new IllegalArgumentException("aliasKey: expected at least 16 bytes");
            }
            this.aliasKey = key.clone();
            return this;
        }

        /** How many near misses to return at most (0-100); default 10. */
        public Builder nearMisses(int limit) {
            if (limit < 0 || limit > 100) {
                throw new IllegalArgumentException("nearMisses: expected 0-100, got " + limit);
            }
            this.nearMissLimit = limit;
            return this;
        }

        /**
         * Below which share of the index the near misses are found by filtering on "fails exactly one" (else by
         * scoring the non-relaxable pool and testing the top documents); both give the same result. For tests.
         */
        Builder nearMissFilterShare(double share) {
            this.nearMissFilterShare = share;
            return this;
        }

        /** The search service. */
        public MatchingSearch build() {
            return new MatchingSearch(this);
        }
    }
}
