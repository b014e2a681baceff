package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
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
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
import org.apache.lucene.util.BytesRef;
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
    private final SegmentGateCache recurring;
    private final ClauseAtATimeTopK.Scratch scratch = new ClauseAtATimeTopK.Scratch();
    /**
     * The compiled needs of recent searches. A need is searched again and again while an employer and an adviser look
     * at it, and compiling is pure in the need, its employer and the request (and this service's configuration), so an
     * equal triple reuses the compiled query: an updated need or employer is compiled again. About 45 kB each (45 MB
     * for all {@value #COMPILED_KEPT}): a service whose forms come round in cycles longer than its cache compiles every
     * search (with 300 forms and 128 kept, compiling and planning were a quarter of a search).
     */
    private final Cache<SearchRequest, CompiledNeed> compiled = CacheBuilder.newBuilder().maximumSize(COMPILED_KEPT)
            .concurrencyLevel(1).build(); // one LRU over all: four (the default) each evict at a quarter of the size
    private final Executor executor;

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
        this.executor = b.executor;
        this.recurring = new SegmentGateCache(b.keptPerSegment);
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
        Merged result = index.withSearcher(current -> {
            IndexSearcher searcher = withExecutor(current);
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
     * The index's searcher, or the same point-in-time reader searched with this service's executor: Lucene then
     * scores the segments of one search in parallel, and the gates are evaluated per segment in parallel too.
     */
    private IndexSearcher withExecutor(IndexSearcher current) {
        if (executor == null) {
            return current;
        }
        IndexSearcher s = new IndexSearcher(current.getIndexReader(), executor);
        s.setSimilarity(current.getSimilarity());
        s.setQueryCache(current.getQueryCache());
        s.setQueryCachingPolicy(current.getQueryCachingPolicy());
        return s;
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

    /** How many compiled needs a service keeps (see {@link #compiled}). */
    static final int COMPILED_KEPT = 1024;

    /** How many compiled needs this service keeps now (for tests). */
    long compiledKept() {
        return compiled.size();
    }

    /**
     * The need compiled for this request, from {@link #compiled} when it was compiled from an equal need and employer.
     * Looked up by the request and then compared: a need and its employer are decoded afresh for every search, and
     * hashing their fresh strings cost more than comparing them with the kept ones.
     */
    private CompiledNeed compile(Need need, Employer employer, SearchRequest request) {
        CompiledNeed c = compiled.getIfPresent(request);
        if (c == null || !c.need().equals(need) || !Objects.equals(c.employer(), employer)) {
            c = compiler.compile(need, employer, request);
            compiled.put(request, c);
        }
        return c;
    }

    private Part part(IndexSearcher searcher, SearchRequest request, Need need, Employer employer) throws IOException {
        CompiledNeed compiled = compile(need, employer, request);
        List<Reason> notes = new ArrayList<>();
        compiled.notes().forEach(n -> notes.add(new Reason("note", n)));
        if (!need.isOpen() || (employer != null && !employer.isActive())) {
            long visible = searcher.count(compiled.gates().get(0).query());
            return new Part(new SearchResult(need.id(), request.view(), new Pool(visible, 0), List.of(), List.of(),
                    new Diagnostics(List.of(), notes)), List.of(), List.of());
        }
        // Without relaxable units there are no near misses: the gates are then evaluated for the funnel only.
        List<Unit> units = nearMissLimit > 0 ? units(compiled) : List.of();
        Gates counted = evaluateGates(searcher, compiled, units.size());
        List<FunnelStep> funnel = counted.steps();
        long visible = funnel.get(0).remaining();
        long passed = funnel.get(funnel.size() - 1).remaining();

        // The funnel's last bit set is exactly the gate-passing set: filter on it, score only the scored clauses.
        TopDocs top;
        TopDocs missTop = null;
        TopFieldCollectorManager shortlistTop = new TopFieldCollectorManager(BY_SCORE_THEN_ID, request.top(), null,
                request.top());
        // Scored clause by clause over the gates' sets, candidates dropped once they cannot reach their top (see
        // ClauseAtATimeTopK): the short list over the passing set, and the near misses over theirs in the same pass.
        PassingDocsQuery.Docs passing = counted.passing();
        if (units.isEmpty()) {
            top = ClauseAtATimeTopK.search(searcher, compiled, recurring, scratch,
                    List.of(new ClauseAtATimeTopK.Top(passing, shortlistTop, request.top())))[0];
        } else {
            TopDocs[] tops = ClauseAtATimeTopK.search(searcher, compiled, recurring, scratch, List.of(
                    new ClauseAtATimeTopK.Top(passing, shortlistTop, request.top()),
                    new ClauseAtATimeTopK.Top(counted.nearMiss(),
                            new TopFieldCollectorManager(BY_SCORE_THEN_ID, nearMissLimit, null, nearMissLimit),
                            nearMissLimit)));
            top = tops[0];
            missTop = tops[1];
        }
        HitExplainer explainer = new HitExplainer(config, compiler, compiled, searcher, recurring::keptDocs);
        // Each hit is explained on its own (with an executor, in parallel): its record read, its clauses probed.
        List<Callable<ShortlistEntry>> explain = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        // The records are read here, through one stored-fields reader (each new one clones the segments' readers and
        // grows a decompression buffer of its own); decoding and explaining are the tasks.
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            int rank = explain.size() + 1;
            byte[] record = MatchingIndex.storedRecord(stored, sd.doc);
            explain.add(() -> entry(explainer, compiled, sd.doc, RecordCodec.decodeCandidate(record),
                    (Float) ((FieldDoc) sd).fields[0], rank, request.view()));
            ids.add(((BytesRef) ((FieldDoc) sd).fields[1]).utf8ToString());
        }
        List<ShortlistEntry> shortlist = searcher.getTaskExecutor().invokeAll(explain);
        List<String> missIds = new ArrayList<>();
        List<NearMiss> nearMisses = missTop == null ? List.of()
                : nearMisses(searcher, compiled, units, counted, missTop, request.view(), missIds);
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
     * The gates of one search, each evaluated once per leaf into a bit set, and what the search reads off them:
     * the funnel counts, the documents passing every gate (the short list's filter) and the documents failing
     * exactly one relaxable unit (the near misses' filter), with what each unit lets pass.
     *
     * @param steps the funnel
     * @param passing per leaf ordinal, the live documents passing every gate, counted
     * @param nearMiss per leaf ordinal, the live documents passing every non-relaxable gate and failing exactly one
     *     relaxable unit, counted (null without near misses)
     * @param unitPass per leaf ordinal and unit, the documents (of those passing the non-relaxable gates) that pass
     *     the unit
     */
    private record Gates(List<FunnelStep> steps, PassingDocsQuery.Docs passing, PassingDocsQuery.Docs nearMiss,
            FixedBitSet[][] unitPass) {}

    /**
     * One relaxable unit of the gates: a must requirement or must language, or one {@code notPossible}
     * accommodation. A near miss fails exactly one unit.
     */
    private record Unit(String gapKind, String gap, Route route) {}

    /** The relaxable units of the compiled gates, in gate order (accommodations per {@code notPossible} value). */
    private static List<Unit> units(CompiledNeed compiled) {
        List<Unit> units = new ArrayList<>();
        for (Gate g : compiled.gates()) {
            if (!g.relaxable()) {
                continue;
            }
            if (g.kind() == GateKind.ACCOMMODATION) {
                for (Accommodation a : compiled.need().accommodations().notPossible()) {
                    units.add(new Unit("accommodation", a.norwegian(), Route.ASK_EMPLOYER));
                }
            } else {
                units.add(new Unit(g.kind() == GateKind.LANGUAGE ? "language" : "requirement", g.label(), g.route()));
            }
        }
        return units;
    }

    /**
     * Evaluates every gate once per leaf. Gate {@code i} is evaluated only on the documents that pass every
     * non-relaxable gate before it (visibility first, the expensive travel check last), which holds both what the
     * funnel needs (the documents passing every gate before {@code i}) and what the near misses need (those passing
     * every non-relaxable gate); the funnel counts and both filters are then bit-set algebra, with no gate
     * evaluated twice and no query per relaxed gate. {@code unitCount} is the number of relaxable units the near
     * misses are found over; 0 when there are none to find (then only the funnel is counted).
     */
    private Gates evaluateGates(IndexSearcher searcher, CompiledNeed compiled, int unitCount)
            throws IOException {
        boolean nearMisses = unitCount > 0;
        List<Gate> gates = compiled.gates();
        DomainGate[] evaluators = new DomainGate[gates.size()];
        DomainGate[][] valueEvaluators = new DomainGate[gates.size()][];
        for (int i = 0; i < evaluators.length; i++) {
            Gate g = gates.get(i);
            if (g.kind() == GateKind.ACCOMMODATION && g.relaxable() && nearMisses) {
                // One unit per notPossible value: a near miss has exactly one of them.
                List<Accommodation> values = compiled.need().accommodations().notPossible();
                valueEvaluators[i] = new DomainGate[values.size()];
                for (int v = 0; v < values.size(); v++) {
                    Query value = new TermQuery(new Term(Fields.C_ACCOMMODATION, values.get(v).wire()));
                    valueEvaluators[i][v] = recurringGate(searcher, value);
                }
            } else {
                // Visibility is the same for every form of one viewer: kept per segment across searches. The form's
                // own gates recur across forms (the same requirement, language, percent range or shifts) and searches,
                // and are kept from their second use, as is the travel gate (a need searched again, or the workplace's
                // other forms); the request's exclusions are not.
                evaluators[i] = switch (g.kind()) {
                    case VISIBILITY -> recurring.gate(searcher, g.query());
                    case TRAVEL -> travelGate(searcher, g.query());
                    case EXCLUDE -> gate(searcher, g.query());
                    default -> recurringGate(searcher, g.query());
                };
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // Segments are independent: with an executor (see Builder#executor) they are evaluated in parallel.
        List<Callable<LeafGates>> tasks = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            tasks.add(() -> evaluateLeaf(leaf, gates, evaluators, valueEvaluators, unitCount));
        }
        List<LeafGates> perLeaf = searcher.getTaskExecutor().invokeAll(tasks);
        long[] counts = new long[gates.size()];
        int n = leaves.size();
        FixedBitSet[] passingByLeaf = new FixedBitSet[n];
        int[] passingCounts = new int[n];
        int[][] passingWords = new int[n][];
        FixedBitSet[] nearMissByLeaf = new FixedBitSet[n];
        int[] nearMissCounts = new int[n];
        int[][] nearMissWords = new int[n][];
        FixedBitSet[][] unitPassByLeaf = new FixedBitSet[n][];
        for (int l = 0; l < perLeaf.size(); l++) {
            LeafGates g = perLeaf.get(l);
            for (int i = 0; i < counts.length; i++) {
                counts[i] += g.counts()[i];
            }
            passingByLeaf[l] = g.passing();
            passingCounts[l] = (int) g.counts()[gates.size() - 1];
            passingWords[l] = g.passingWords();
            nearMissByLeaf[l] = g.nearMiss();
            nearMissCounts[l] = g.nearMissCount();
            nearMissWords[l] = g.nearMissWords();
            unitPassByLeaf[l] = g.unitPass();
        }
        List<FunnelStep> steps = new ArrayList<>(gates.size());
        for (int i = 0; i < gates.size(); i++) {
            steps.add(new FunnelStep(gates.get(i).key(), gates.get(i).label(), counts[i]));
        }
        return new Gates(steps, new PassingDocsQuery.Docs(passingByLeaf, passingCounts, passingWords),
                nearMisses ? new PassingDocsQuery.Docs(nearMissByLeaf, nearMissCounts, nearMissWords) : null,
                unitPassByLeaf);
    }

    /**
     * One segment's part of {@link Gates}: its funnel counts and bit sets, with the words of the passing and near-miss
     * sets that hold a document (found here, in the segment's task, rather than for every segment after the gates).
     */
    private record LeafGates(long[] counts, FixedBitSet passing, int[] passingWords, FixedBitSet nearMiss,
            int nearMissCount, int[] nearMissWords, FixedBitSet[] unitPass) {}

    /** The gates of one segment (see {@link #evaluateGates}). */
    private static LeafGates evaluateLeaf(LeafReaderContext leaf, List<Gate> gates, DomainGate[] evaluators,
            DomainGate[][] valueEvaluators, int unitCount) throws IOException {
        boolean nearMisses = unitCount > 0;
        long[] counts = new long[gates.size()];
        int maxDoc = leaf.reader().maxDoc();
        // The documents passing every non-relaxable gate so far: each gate's domain.
        FixedBitSet domain = new FixedBitSet(maxDoc);
        domain.set(0, maxDoc);
        Bits live = leaf.reader().getLiveDocs();
        if (live != null) {
            live.applyMask(domain, 0);
        }
        FixedBitSet running = domain.clone(); // the funnel: passing every gate so far
        FixedBitSet[] unitPass = new FixedBitSet[unitCount];
        int unit = 0;
        for (int i = 0; i < gates.size(); i++) {
            Gate g = gates.get(i);
            boolean filter = g.occur() != Occur.MUST_NOT;
            // Without near misses only the funnel is needed: evaluate each gate on what passed every gate before.
            FixedBitSet within = nearMisses ? domain : running;
            FixedBitSet pass;
            if (valueEvaluators[i] != null) {
                // Passes when no value matches; each value is a unit passed when it does not match.
                pass = domain.clone();
                for (DomainGate vg : valueEvaluators[i]) {
                    FixedBitSet m = vg.matchesWithin(leaf, domain);
                    pass.andNot(m);
                    FixedBitSet vPass = domain.clone();
                    vPass.andNot(m);
                    unitPass[unit++] = vPass;
                }
            } else {
                FixedBitSet m = evaluators[i].matchesWithin(leaf, within);
                if (filter) {
                    pass = m;
                } else {
                    pass = within.clone();
                    pass.andNot(m);
                }
                if (g.relaxable() && nearMisses) {
                    unitPass[unit++] = pass;
                }
            }
            if (!g.relaxable()) {
                domain = pass;
            }
            // pass is exact within its domain, and the documents passing every earlier gate are inside it.
            running.and(pass);
            counts[i] += running.cardinality();
        }
        FixedBitSet nearMiss = nearMisses ? failingExactlyOne(domain, unitPass) : null;
        return new LeafGates(counts, running, PassingDocsQuery.Docs.nonZeroWords(running), nearMiss,
                nearMiss == null ? 0 : nearMiss.cardinality(),
                nearMiss == null ? null : PassingDocsQuery.Docs.nonZeroWords(nearMiss), unitPass);
    }

    /** A gate query kept per segment from its second use (see {@link SegmentGateCache}); the first reads what it needs. */
    private DomainGate recurringGate(IndexSearcher searcher, Query q) throws IOException {
        Weight w = DomainGate.matchingWeight(searcher, q);
        return recurring.gate(q, w, (leaf, domain) -> matchesWithin(w, leaf, domain));
    }

    /**
     * The travel gate: the same for every search of the need and every form of the workplace with the same maximum,
     * kept per segment from its second use (the homes of a segment do not change); the first scans the homes near the
     * workplace within what passed the gates before it.
     */
    private DomainGate travelGate(IndexSearcher searcher, Query q) throws IOException {
        if (!(q instanceof TravelLimitQuery travel)) {
            return recurringGate(searcher, q);
        }
        DomainGate evaluation = travel.evaluation(searcher);
        return recurring.gate(q, leaf -> {
            FixedBitSet every = new FixedBitSet(leaf.reader().maxDoc());
            every.set(0, every.length());
            return evaluation.matchesWithin(leaf, every);
        }, evaluation);
    }

    /** A gate query prepared for bit-set evaluation: the travel gate evaluates itself, any other through its weight. */
    private static DomainGate gate(IndexSearcher searcher, Query q) throws IOException {
        if (q instanceof TravelLimitQuery travel) {
            return travel.evaluation(searcher);
        }
        Weight w = DomainGate.matchingWeight(searcher, q);
        return (leaf, domain) -> matchesWithin(w, leaf, domain);
    }

    /**
     * The documents of {@code domain} that {@code w} matches: the gate's own matches intersected with the domain, or,
     * when the domain is far smaller, the domain's documents with the gate advanced to each. A two-phase gate (the
     * travel check) confirms only documents inside the domain.
     */
    private static FixedBitSet matchesWithin(Weight w, LeafReaderContext leaf, FixedBitSet domain) throws IOException {
        int maxDoc = domain.length();
        FixedBitSet out = new FixedBitSet(maxDoc);
        int left = domain.cardinality();
        ScorerSupplier ss = left == 0 ? null : w.scorerSupplier(leaf);
        if (ss == null) {
            return out;
        }
        // Reading a posting list into a bit set costs about a nanosecond a document, advancing it to a target tens:
        // read the gate's matches whole unless they outnumber the domain by far.
        Scorer sc = ss.get(left);
        TwoPhaseIterator tpi = sc.twoPhaseIterator();
        if (tpi == null ? ss.cost() <= 32L * left : ss.cost() < left) {
            if (tpi == null) {
                out.or(sc.iterator());
                out.and(domain);
            } else {
                DocIdSetIterator approx = tpi.approximation();
                for (int d = approx.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = approx.nextDoc()) {
                    if (domain.get(d) && tpi.matches()) {
                        out.set(d);
                    }
                }
            }
        } else {
            DocIdSetIterator it = tpi == null ? sc.iterator() : tpi.approximation();
            for (int d = domain.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                    d = d + 1 < maxDoc ? domain.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int at = it.docID() < d ? it.advance(d) : it.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == d && (tpi == null || tpi.matches())) {
                    out.set(d);
                }
            }
        }
        return out;
    }

    /**
     * The documents of {@code pool} that fail exactly one unit, word by word: {@code twos} collects the documents
     * failing a unit that already failed another, {@code ones} those failing any.
     */
    private static FixedBitSet failingExactlyOne(FixedBitSet pool, FixedBitSet[] unitPass) {
        FixedBitSet out = new FixedBitSet(pool.length());
        if (unitPass.length == 0) {
            return out;
        }
        long[] p = pool.getBits();
        long[] ones = out.getBits();
        long[] twos = new long[ones.length];
        for (FixedBitSet u : unitPass) {
            long[] pass = u.getBits();
            for (int w = 0; w < ones.length; w++) {
                long fail = p[w] & ~pass[w];
                twos[w] |= ones[w] & fail;
                ones[w] |= fail;
            }
        }
        for (int w = 0; w < ones.length; w++) {
            ones[w] &= ~twos[w];
        }
        return out;
    }

    /**
     * Candidates failing exactly one relaxable unit, best first: {@code td} is the top of the scored clauses over the
     * bit set of those documents, ranked by score and then candidate id; the failed unit of each hit is read off the
     * units' bit sets.
     */
    private List<NearMiss> nearMisses(IndexSearcher searcher, CompiledNeed compiled, List<Unit> units, Gates gates,
            TopDocs td, View view, List<String> ids) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<NearMiss> out = new ArrayList<>();
        boolean adviser = view == View.ADVISER;
        for (ScoreDoc sd : td.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            FixedBitSet[] unitPass = gates.unitPass()[leaf.ord];
            int u = 0;
            while (u < unitPass.length && unitPass[u].get(sd.doc - leaf.docBase)) {
                u++;
            }
            if (u == unitPass.length) {
                throw new IllegalStateException("near miss " + sd.doc + " fails no relaxable gate");
            }
            Unit unit = units.get(u);
            // The candidate id is the second sort value: no stored record to read and decode for a near miss.
            String id = ((BytesRef) ((FieldDoc) sd).fields[1]).utf8ToString();
            out.add(new NearMiss(adviser ? id : null, adviser ? null : alias(compiled.need().id(), id),
                    (Float) ((FieldDoc) sd).fields[0], unit.gapKind(), unit.gap(), unit.route(),
                    ExplanationText.nearMiss(unit.gapKind(), unit.gap(), unit.route())));
            ids.add(id);
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
        private Executor executor;
        private int keptPerSegment = SegmentGateCache.PER_SEGMENT;

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
         * Runs the segments of each search in parallel on this executor (the host owns and shuts it down); default
         * none, every search on its caller's thread. Worth it when one search at a time must be fast on a large
         * index (hundreds of thousands of candidates) and the cores are not already busy with other searches: a
         * fixed pool about the size of the cores (the calling thread takes tasks too). The results are the same
         * either way. The gain is bounded by how evenly the segments split (the largest one's share of the work) and
         * by the memory bandwidth the cores share: on a 2-vCPU machine it was 10 to 25 % (docs/benchmarks.md).
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * How many recurring gates and common terms of the scored clauses each segment keeps as bit sets across
         * searches (from their second use; when full, the most used kept), 0-65536; default 1024. Each costs a bit per
         * document, so the default costs at most 128 bytes per candidate (128 MB at a million; a hundred forms searched
         * in turn kept about 100 MB there); fewer saves memory and reads more postings per search. The results are the
         * same either way.
         */
        public Builder keptPerSegment(int sets) {
            if (sets < 0 || sets > 65_536) {
                throw new IllegalArgumentException("keptPerSegment: expected 0-65536, got " + sets);
            }
            this.keptPerSegment = sets;
            return this;
        }

        /** The search service. */
        public MatchingSearch build() {
            return new MatchingSearch(this);
        }
    }
}
