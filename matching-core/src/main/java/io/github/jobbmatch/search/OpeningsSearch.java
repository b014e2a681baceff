package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.jobbmatch.explain.ExplanationText;
import io.github.jobbmatch.explain.HitExplainer;
import io.github.jobbmatch.index.CandidateProfile;
import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.Documents;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerHistory;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.Readiness;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.Task;
import io.github.jobbmatch.model.Validator;
import io.github.jobbmatch.search.CompiledNeed.Gate;
import io.github.jobbmatch.search.CompiledNeed.GateKind;
import io.github.jobbmatch.search.OpeningsResult.Adjustment;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.search.OpeningsResult.OpeningNearMiss;
import io.github.jobbmatch.search.SearchResult.Diagnostics;
import io.github.jobbmatch.search.SearchResult.FunnelStep;
import io.github.jobbmatch.search.SearchResult.Pool;
import io.github.jobbmatch.search.SearchResult.Reason;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.sandbox.search.CoveringQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Candidate-first matching: for one candidate, the open needs across all employers that fit best, with
 * the same verdicts, accommodations and explanations as the broad search (see {@code docs/matching.md},
 * "Candidate-first").
 *
 * <p>Two phases. First the candidate is turned into reverse gates over the needs: the need is open,
 * its employer is neither paused nor at capacity, every must of the need is among the candidate's
 * qualifications (the need's must terms covered up to the need's own required count, as a
 * {@link CoveringQuery} would), no accommodation conflict, percent and shift overlap, and the travel limits.
 * Each gate is evaluated once per segment into a bit set; the funnel, the passing needs and the near-miss
 * scan are derived from those sets. A cheap constant-score relevance (occupation and text terms, summed term at a
 * time over each segment's open needs: {@link OpeningsRelevance}) picks at most {@link Builder#rescoreLimit(int)} of
 * those needs, and the near-miss scan's best. Then each picked need is compiled exactly as the
 * broad search compiles it and its query evaluated for this candidate's own document ({@code NeedScorer}: the
 * compiled clauses on the candidate's indexed terms, with Lucene's arithmetic, the rest on a one-document
 * in-memory index): that checks every gate exactly and gives the very score the broad search gives this
 * candidate for that need. A slim form of each picked need is kept per segment (or of every open need, with
 * {@link Builder#prepareAllNeeds}), its employer-dependent part checked per reader. The candidate-side adjustments
 * ({@link OpeningsWeights}) are added on top to order the list.
 * The gates cost one tight pass over the open needs of each segment (bit sets and cached arrays, no query per
 * need); the compiling and scoring per search is bounded by the rescore limit.
 *
 * <p>Thread-safe: one instance serves any number of concurrent searches.
 */
public final class OpeningsSearch {

    private static final int NEAR_MISS_SCAN = 50;
    private static final int RELEVANCE_TEXT_TERMS = 24;
    private static final Viewer PREPARE_VIEWER = new Viewer(null, "openings");

    private final MatchingIndex index;
    private final MatchingConfig config;
    private final NeedQueryCompiler compiler;
    private final ExplanationText text;
    private final Documents documents;
    private final OpeningsWeights openingsWeights;
    private final SearchAuditor auditor;
    private final Clock clock;
    private final int rescoreLimit;
    private final int nearMissLimit;
    /*
     * Per reader: its employer table and its prepared needs. A write opens a new reader, so entries never go stale;
     * keyed weakly by the reader's cache key, so a closed reader's entries go with it, and held for several readers
     * at once, because the shards of an OpenSearch index are searched by one instance in turn.
     */
    private final Cache<Object, EmployerTable> employerTables = CacheBuilder.newBuilder().weakKeys()
            .maximumSize(READERS_CACHED).build();
    private final int preparedCacheSize;
    /*
     * The reader searched last, with its employer table and compiled needs (immutable, replaced whole): most searches
     * run on the reader the one before ran on, and a search asks for these once per employer and opening it meets.
     * Holds the reader's cache key until another reader is searched (the caches keyed by it keep its entries so long).
     */
    private record LastReader(Object key, EmployerTable employers, Cache<Integer, Prepared> compiled) {}
    private volatile LastReader lastReader;
    private final boolean prepareAll;
    private final java.util.concurrent.Executor prepareExecutor;
    /*
     * Per reader: a few fully compiled needs (they hold the reader's employer): those compiled because their slim form
     * was missing, and every one on the reference path. An opening is explained from its slim form's ExplainForm.
     */
    private final Cache<Object, Cache<Integer, Prepared>> compiledCaches = CacheBuilder.newBuilder().weakKeys()
            .maximumSize(READERS_CACHED).build();
    /*
     * Per segment core: the slim forms of its needs, by the segment's doc id. A segment's documents never change
     * (deletes only hide them), so a slim form outlives the writes that open new readers; only what the compiler took
     * from the employer (the workplace, when the need has none of its own) can change without the need's segment
     * changing, and it is checked against the reader's employer on every look-up.
     */
    private final Cache<Object, SegmentSlims> segmentSlims = CacheBuilder.newBuilder().weakKeys()
            .maximumSize(SEGMENTS_CACHED).build();

    /**
     * The slim forms of one segment's needs: every open need's, by its ordinal among the segment's open needs, when
     * they were all prepared ({@link Builder#prepareAllNeeds}: a look-up is then a binary search and an array read, not
     * a cache's hashing and bookkeeping per picked need), else those searches picked, in a bounded cache.
     */
    private static final class SegmentSlims {
        private final int[] openDocs;
        private final java.util.concurrent.atomic.AtomicReferenceArray<Slim> all;
        private final Cache<Integer, Slim> picked;

        SegmentSlims(int[] openDocs, int preparedCacheSize) {
            this.openDocs = openDocs;
            this.all = openDocs == null ? null : new java.util.concurrent.atomic.AtomicReferenceArray<>(openDocs.length);
            this.picked = openDocs == null ? CacheBuilder.newBuilder().maximumSize(preparedCacheSize).build() : null;
        }

        Slim get(int doc) {
            if (all == null) {
                return picked.getIfPresent(doc);
            }
            int ord = java.util.Arrays.binarySearch(openDocs, doc);
            return ord < 0 ? null : all.get(ord);
        }

        void put(int doc, Slim s) {
            if (all == null) {
                picked.put(doc, s);
                return;
            }
            int ord = java.util.Arrays.binarySearch(openDocs, doc);
            if (ord >= 0) {
                all.set(ord, s); // only open needs are searched; another document is not kept
            }
        }
    }
    /*
     * The terms, text terms and queries left to Lucene of the kept needs, each kept once however many needs hold it
     * (weakly: they go with the last need that holds them).
     */
    private final Interner<Object> shared = Interners.newWeakInterner();
    /** The explainers' plans of the kept needs' clauses (shared clauses through {@link #shared}), one per search engine. */
    private final HitExplainer.Plans explainPlans = new HitExplainer.Plans(65_536);
    /* Fully compiled needs kept per reader (the slim forms serve the rest). */
    private static final int COMPILED_CACHED = 256;
    /* A need a search picked: its doc id in the search's reader, and its slim form. */
    private record Picked(int doc, Slim slim) {}
    private static final int READERS_CACHED = 64;
    /* Per segment core: the candidate-independent arrays of the reverse gates (a segment's doc values never change). */
    private final Cache<Object, LeafNeeds> leafNeeds = CacheBuilder.newBuilder().weakKeys()
            .maximumSize(SEGMENTS_CACHED).build();
    private static final int SEGMENTS_CACHED = 1024;
    private final boolean referencePath;
    /* Per reader (employer locations are read from the whole reader): per leaf ordinal, where its open needs work. */
    private final Cache<Object, java.util.concurrent.atomic.AtomicReferenceArray<WorkplaceTravelQuery.Workplaces>> workplaces =
            CacheBuilder.newBuilder().weakKeys().maximumSize(READERS_CACHED).build();

    private OpeningsSearch(Builder b) {
        this.index = b.index;
        this.config = b.config;
        this.compiler = new NeedQueryCompiler(config, b.weights);
        this.text = new ExplanationText(config, compiler);
        this.documents = new Documents(config);
        this.openingsWeights = b.openingsWeights;
        this.auditor = b.auditor;
        this.clock = b.clock;
        this.rescoreLimit = b.rescoreLimit;
        this.nearMissLimit = b.nearMissLimit;
        this.preparedCacheSize = b.preparedCacheSize;
        this.prepareAll = b.prepareAll;
        this.prepareExecutor = b.prepareExecutor;
        this.referencePath = b.referencePath;
    }

    /** A builder over this index. */
    public static Builder builder(MatchingIndex index) {
        return new Builder(Objects.requireNonNull(index, "index"), index.config());
    }

    /**
     * A builder of a search without an index of its own (the shards of an OpenSearch index hold the needs): it
     * serves {@link #searchPart} and {@link #merge}, not {@link #search}. The configuration must be the one the
     * needs were indexed with.
     */
    public static Builder builder(MatchingConfig config) {
        return new Builder(null, Objects.requireNonNull(config, "config"));
    }

    /**
     * Runs a candidate-first search.
     *
     * @throws NoSuchElementException when the indexed candidate does not exist or is not visible to the viewer
     * @throws io.github.jobbmatch.model.ValidationException when an ad-hoc candidate record is invalid
     */
    public OpeningsResult search(OpeningsRequest request) {
        Objects.requireNonNull(request, "request");
        if (index == null) {
            throw new IllegalStateException("this search has no index; use searchPart and merge");
        }
        Candidate adHoc = request.candidate() == null ? null : Validator.requireValid(request.candidate());
        OpeningsResult result;
        try {
            result = index.withSearcher(searcher -> {
                Candidate c = adHoc;
                if (c == null) {
                    c = MatchingIndex.findRecord(searcher, DocType.CANDIDATE, request.candidateId(),
                            RecordCodec::decodeCandidate);
                    requireVisible(request, c);
                }
                return merge(request, c, List.of(searchPart(searcher, request, c)));
            });
        } catch (NoSuchElementException e) {
            auditRefused(request);
            throw e;
        }
        audit(request, result);
        return result;
    }

    /**
     * Tells the audit hook about a candidate-first search and the needs it returned. {@link #search} does this
     * itself; a host that runs {@link #searchPart} on shards and {@link #merge}s them calls it once per search.
     */
    public void audit(OpeningsRequest request, OpeningsResult result) {
        List<String> ids = new ArrayList<>();
        result.shortlist().forEach(o -> ids.add(o.needId()));
        result.nearMisses().forEach(m -> ids.add(m.needId()));
        auditor.searchedOpenings(new SearchAuditor.OpeningsEvent(request.viewer(), result.candidateId(),
                request.candidate() != null, ids, clock.instant()));
    }

    /**
     * Tells the audit hook about a refused look-up (an unknown or invisible candidate): the attempt to look someone
     * up is itself something the host must be able to trace.
     */
    public void auditRefused(OpeningsRequest request) {
        auditor.searchedOpenings(new SearchAuditor.OpeningsEvent(request.viewer(), request.candidateId(), false,
                List.of(), clock.instant()));
    }

    /**
     * Checks that an indexed candidate (null when not indexed) may be searched for by this viewer: visible to the
     * own following organisation, and to others by consent. Not visible is reported as not found, so a search does
     * not reveal who exists.
     *
     * @throws NoSuchElementException when the candidate is unknown or not visible
     */
    public static void requireVisible(OpeningsRequest request, Candidate c) {
        if (c == null || !visible(c, request.viewer())) {
            throw new NoSuchElementException("no candidate with id '" + request.candidateId() + "' is indexed");
        }
    }

    /**
     * What one searcher contributes to a candidate-first search: its openings and near misses, each ranked as the
     * result is, its funnel, and which of the request's in-process needs it holds.
     *
     * @param result the part's result (its reasons hold none of the merged ones)
     * @param inProcessFound the in-process need ids this searcher holds
     */
    public record Part(OpeningsResult result, Set<String> inProcessFound) {
        public Part {
            inProcessFound = Set.copyOf(inProcessFound);
        }
    }

    /**
     * Searches the needs one searcher holds (a whole index, or one shard, where every employer's needs must share the
     * employer's shard) for a candidate the caller has read and checked ({@link #requireVisible}, or a validated
     * ad-hoc record). {@link #merge} makes the result.
     */
    public Part searchPart(IndexSearcher searcher, OpeningsRequest request, Candidate candidate) {
        Objects.requireNonNull(candidate, "candidate");
        try {
            return run(searcher, request, candidate);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Merges the parts of one candidate-first search: funnel counts add up gate by gate (a gate a part did not need,
     * such as paused employers where it holds none, passed everything there), openings and near misses are ranked
     * again, and the reasons are written for the whole.
     */
    public OpeningsResult merge(OpeningsRequest request, Candidate candidate, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts: at least one expected");
        }
        List<String> keys = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (String key : GATE_ORDER) {
            for (Part p : parts) {
                for (FunnelStep s : p.result().diagnostics().funnel()) {
                    if (s.gate().equals(key) && !labels.containsKey(key)) {
                        keys.add(key);
                        labels.put(key, s.label());
                    }
                }
            }
        }
        long[] remaining = new long[keys.size()];
        for (Part p : parts) {
            Map<String, Long> own = new HashMap<>();
            p.result().diagnostics().funnel().forEach(s -> own.put(s.gate(), s.remaining()));
            long carried = 0;
            for (int i = 0; i < keys.size(); i++) {
                Long r = own.get(keys.get(i));
                carried = r != null ? r : carried;
                remaining[i] += carried;
            }
        }
        List<FunnelStep> funnel = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            funnel.add(new FunnelStep(keys.get(i), labels.get(keys.get(i)), remaining[i]));
        }
        long visible = funnel.isEmpty() ? 0 : funnel.get(0).remaining();
        long passed = funnel.isEmpty() ? 0 : funnel.get(funnel.size() - 1).remaining();

        List<Reason> reasons = new ArrayList<>();
        Set<String> found = new HashSet<>();
        parts.forEach(p -> found.addAll(p.inProcessFound()));
        for (String needId : request.inProcess().keySet()) {
            if (!found.contains(needId)) {
                reasons.add(new Reason("note", "Behovet " + needId + " i «i prosess» er ikke registrert og ble ikke telt."));
            }
        }
        for (Part p : parts) {
            for (Reason r : p.result().diagnostics().reasons()) {
                if (!reasons.contains(r)) {
                    reasons.add(r);
                }
            }
        }
        if (passed == 0 && visible > 0) {
            for (FunnelStep s : funnel) {
                if (s.remaining() == 0) {
                    reasons.add(new Reason("emptied-by", "Ingen åpne behov igjen etter kravet «" + s.label() + "» ("
                            + s.gate() + ")."));
                    break;
                }
            }
        }

        List<Opening> openings = new ArrayList<>();
        List<OpeningNearMiss> misses = new ArrayList<>();
        parts.forEach(p -> openings.addAll(p.result().shortlist()));
        parts.forEach(p -> misses.addAll(p.result().nearMisses()));
        openings.sort(OPENING_ORDER);
        misses.sort(NEAR_MISS_ORDER);
        List<Opening> shortlist = new ArrayList<>();
        for (Opening o : openings.subList(0, Math.min(request.top(), openings.size()))) {
            shortlist.add(o.withRank(shortlist.size() + 1));
        }
        return new OpeningsResult(candidate.id(), new Pool(visible, passed), shortlist,
                misses.subList(0, Math.min(nearMissLimit, misses.size())), new Diagnostics(funnel, reasons));
    }

    /** The reverse gates' keys in funnel order (a part leaves out the ones it does not need). */
    private static final List<String> GATE_ORDER = List.of("open", "employer-active", "capacity", "requirements",
            "accommodations", "percent", "shifts", "travel");

    private static final Comparator<Opening> OPENING_ORDER = Comparator
            .comparingDouble((Opening o) -> -o.rankScore())
            .thenComparingDouble(o -> -o.score())
            .thenComparing(Opening::needId);

    private static final Comparator<OpeningNearMiss> NEAR_MISS_ORDER = Comparator
            .comparingDouble((OpeningNearMiss m) -> -m.score())
            .thenComparing(OpeningNearMiss::needId);

    /** One reverse gate, for the query and the funnel. */
    private record Step(String key, String label, Query query, Occur occur) {}

    /** A need that passed every gate of its own query, with its score and adjustments. */
    private record Scored(int doc, Slim slim, Employer employer, float score, List<Adjustment> adjustments,
            double rankScore) {}

    private Part run(IndexSearcher searcher, OpeningsRequest request, Candidate c) throws IOException {
        Document doc = documents.candidate(c);
        IndexSearcher one = documents.memorySearcher(doc);
        CandidateProfile profile = CandidateProfile.of(c, config);
        Map<String, Employer> employers = new HashMap<>();
        List<Reason> reasons = new ArrayList<>();

        Set<String> inProcessFound = new HashSet<>();
        List<Step> steps = gates(searcher, c, doc, request, employers, inProcessFound);
        OpeningsRelevance relevance = relevance(c, doc, profile);
        long[] counts;
        ScoreDoc[] picked;
        ScoreDoc[] scanned;
        int scanLimit = nearMissLimit == 0 ? 0 : NEAR_MISS_SCAN;
        if (referencePath) {
            counts = funnelCounts(searcher, steps);
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            steps.forEach(s -> all.add(s.query(), s.occur()));
            picked = byRelevance(searcher, all.build(), relevance, rescoreLimit);
            scanned = scanLimit == 0 ? new ScoreDoc[0]
                    : byRelevance(searcher, nearMissFilter(doc, c, steps), relevance, scanLimit);
        } else {
            GatePass pass = gatePass(searcher, steps, doc);
            counts = pass.counts();
            int[][] openDocs = new int[pass.needs().length][];
            OpeningsRelevance.SegmentPostings[] postings = new OpeningsRelevance.SegmentPostings[openDocs.length];
            for (int i = 0; i < openDocs.length; i++) {
                openDocs[i] = pass.needs()[i].openDocs();
                postings[i] = pass.needs()[i].relevancePostings();
            }
            ScoreDoc[][] tops = relevance.top(searcher.getIndexReader().leaves(), openDocs, postings,
                    new FixedBitSet[][] {pass.passing(), pass.nearMissScan()}, new int[] {rescoreLimit, scanLimit});
            picked = tops[0];
            scanned = tops[1];
        }
        List<FunnelStep> funnel = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            funnel.add(new FunnelStep(steps.get(i).key(), steps.get(i).label(), counts[i]));
        }
        long visible = funnel.get(0).remaining();
        long passed = funnel.get(funnel.size() - 1).remaining();


        List<Scored> scored = new ArrayList<>();
        List<Picked> failedVerification = new ArrayList<>();
        NeedScorer.Candidate candidate = new NeedScorer.Candidate(one);
        List<String> interestTerms = c.interests().isEmpty() ? List.of()
                : TextTerms.analyze(config.analyzer(), Fields.N_TEXT, c.interests(), 64);
        SlimLookup slims = new SlimLookup(searcher, employers);
        for (ScoreDoc sd : picked) {
            Slim s;
            Float score;
            if (referencePath) {
                Prepared p = prepared(searcher, sd.doc, employers, null);
                s = p.slim();
                score = scoreOne(one, p.compiled().queryForCheckedCandidate());
            } else {
                // The gates without a route (percent, shifts, travel: the travel test is the costly one) are left
                // for the openings' loop below: a need failing one is out and no near miss either.
                s = slims.get(sd.doc);
                score = s.scorer().passesRelaxable(candidate) ? s.scorer().clausesScore(candidate) : null;
            }
            if (score == null) {
                failedVerification.add(new Picked(sd.doc, s));
                continue;
            }
            Employer employer = employer(searcher, s.employerId(), employers);
            List<Adjustment> adj = adjustments(c, profile, interestTerms, s, employer);
            double rank = score + adj.stream().mapToDouble(Adjustment::points).sum();
            scored.add(new Scored(sd.doc, s, employer, score, adj, rank));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.rankScore())
                .thenComparingDouble(s -> -s.score())
                .thenComparing(s -> s.slim().id()));  // OPENING_ORDER, on what is known before the openings are built

        List<Opening> shortlist = new ArrayList<>();
        StoredFields stored = referencePath ? null : searcher.storedFields(); // one reader for the openings' records
        for (Scored s : scored) {
            if (shortlist.size() == request.top()) {
                break;
            }
            if (!referencePath && !s.slim().scorer().passesFixed(candidate)) {
                continue;
            }
            shortlist.add(opening(referencePath ? prepared(searcher, s.doc(), employers, s.slim())
                    : explained(searcher, stored, s.doc(), employers, s.slim()), s, c, profile, one, shortlist.size() + 1));
        }
        List<OpeningNearMiss> nearMisses = nearMisses(searcher, one, candidate, c, scanned, employers, slims,
                failedVerification);
        return new Part(new OpeningsResult(c.id(), new Pool(visible, passed), shortlist, nearMisses,
                new Diagnostics(funnel, reasons)), inProcessFound);
    }

    /**
     * The reverse gates evaluated once per search: the funnel's counts, and per leaf the needs passing every gate and
     * the needs the near-miss scan looks at.
     */
    private record GatePass(long[] counts, FixedBitSet[] passing, FixedBitSet[] nearMissScan, LeafNeeds[] needs) {}

    /**
     * What the reverse gates need of one segment that does not depend on the candidate: its open needs, the needs
     * carrying {@link Fields#REV_ALL}, and each need's required count of must terms, as {@link CoveringQuery} reads
     * it (at least 1; {@link Integer#MAX_VALUE} when the need has none), whole and less the slack of one must, and
     * the open needs that pass either count on {@link Fields#REV_ALL} alone (whatever the candidate's terms).
     * The counts are kept over the open needs only, by ordinal ({@code openDocs}: ordinal to doc id, ascending), with
     * each must term's postings as ordinals ({@code mustOrds}; {@link Fields#REV_ALL} left out): a segment also holds
     * the candidates, and per search the count then touches arrays the size of the open needs, not of the segment.
     * {@code fromTerms} and {@code fromTermsAllButOne} are the counts of the candidate's must terms a need requires
     * ({@link Fields#REV_ALL} taken off). {@code relevancePostings} keeps the relevance terms' postings as the same
     * ordinals, read as searches ask for them. Arrays (and the postings) are null when the segment holds no open need.
     */
    private record LeafNeeds(FixedBitSet open, int[] required, int[] openDocs, int[] fromTerms, int[] fromTermsAllButOne,
            Map<BytesRef, int[]> mustOrds, FixedBitSet passWithoutTerms, FixedBitSet nearWithoutTerms,
            OpeningsRelevance.SegmentPostings relevancePostings) {}

    /**
     * Every reverse gate evaluated once per leaf into a bit set, and the rest by bit-set algebra: the funnel is
     * the running AND of the steps (with their cardinalities), the passing needs its last value, and the near-miss
     * scan the needs that pass every gate but requirements and accommodations and either miss their musts by one
     * (all but one must term covered, not all, no conflict) or pass the musts with a conflict: the same sets as the
     * reference queries ({@link #funnelCounts}, {@link #nearMissFilter}). The requirement gate is a count of the
     * candidate's must terms per need from their postings (needs carry only their musts' terms, so these are
     * short) against the need's required count; the travel gate, the expensive one, is tested only on the needs
     * that passed every other gate or are in the near-miss scan so far.
     */
    private GatePass gatePass(IndexSearcher searcher, List<Step> steps, Document doc) throws IOException {
        int n = steps.size();
        if (!steps.get(0).key().equals("open") || steps.get(0).occur() != Occur.FILTER) {
            throw new IllegalStateException("the first funnel step must be the open needs");
        }
        int travel = -1;
        Weight[] weights = new Weight[n];
        for (int i = 1; i < n; i++) {
            String key = steps.get(i).key();
            if (key.equals("travel")) {
                if (i != n - 1) {
                    throw new IllegalStateException("the travel step must be the last");
                }
                travel = i;
            }
            if (!key.equals("requirements") && !key.equals("travel") && !KEPT_STEPS.contains(key)) {
                weights[i] = searcher.createWeight(searcher.rewrite(steps.get(i).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
        }
        List<BytesRef> mustTerms = new ArrayList<>();
        for (String t : coveringTerms(doc)) {
            if (!t.equals(Fields.REV_ALL)) {
                mustTerms.add(new BytesRef(t));
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long[] counts = new long[n];
        FixedBitSet[] passing = new FixedBitSet[leaves.size()];
        FixedBitSet[] scan = new FixedBitSet[leaves.size()];
        LeafNeeds[] byLeaf = new LeafNeeds[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            LeafNeeds needs = leafNeeds(leaf, steps.get(0).query());
            byLeaf[leaf.ord] = needs;
            FixedBitSet alive = needs.open().clone();
            Bits live = leaf.reader().getLiveDocs();
            if (live != null) {
                if (live instanceof FixedBitSet fb) {
                    alive.and(fb);
                } else {
                    for (int d = alive.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                            d = d + 1 < maxDoc ? alive.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                        if (!live.get(d)) {
                            alive.clear(d);
                        }
                    }
                }
            }
            counts[0] += alive.cardinality();
            FixedBitSet cur = alive.clone();
            FixedBitSet base = alive.clone();
            FixedBitSet all = null;
            FixedBitSet allButOne = null;
            FixedBitSet conflict = null;
            for (int i = 1; i < n; i++) {
                if (i == travel) {
                    break;
                }
                Step step = steps.get(i);
                FixedBitSet bits;
                if (step.key().equals("requirements")) {
                    all = new FixedBitSet(maxDoc);
                    allButOne = new FixedBitSet(maxDoc);
                    requirements(needs, alive, mustTerms, all, allButOne);
                    bits = all;
                } else {
                    bits = KEPT_STEPS.contains(step.key()) ? keptStep(searcher, leaf, step.query()) : matches(weights[i], leaf);
                    if (step.key().equals("accommodations")) {
                        conflict = bits;
                    }
                }
                apply(cur, bits, step.occur());
                counts[i] += cur.cardinality();
                if (!step.key().equals("requirements") && !step.key().equals("accommodations")) {
                    apply(base, bits, step.occur());
                }
            }
            if (all == null) {
                throw new IllegalStateException("no requirements step");
            }
            // gap = (allButOne AND NOT all AND NOT conflict) OR (all AND conflict)
            FixedBitSet gap = allButOne.clone();
            gap.andNot(all);
            if (conflict != null) {
                gap.andNot(conflict);
                FixedBitSet withConflict = all.clone();
                withConflict.and(conflict);
                gap.or(withConflict);
            }
            gap.and(base);
            if (travel >= 0) {
                FixedBitSet check = cur.clone();
                check.or(gap);
                WorkplaceTravelQuery.Workplaces w = workplaces(searcher, leaf, needs);
                if (w != null) {
                    FixedBitSet reached = ((WorkplaceTravelQuery) steps.get(travel).query()).reachable(w, check);
                    cur.and(reached);
                    gap.and(reached);
                }
                counts[travel] += cur.cardinality();
            }
            passing[leaf.ord] = cur;
            scan[leaf.ord] = gap;
        }
        return new GatePass(counts, passing, scan, byLeaf);
    }

    private static void apply(FixedBitSet running, FixedBitSet step, Occur occur) {
        if (occur == Occur.FILTER) {
            running.and(step);
        } else {
            running.andNot(step);
        }
    }

    /** The documents of this leaf matching a (cheap) step, deleted ones included. */
    private static FixedBitSet matches(Weight w, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        Scorer s = w.scorer(leaf);
        if (s == null) {
            return bits;
        }
        TwoPhaseIterator tpi = s.twoPhaseIterator();
        if (tpi == null) {
            bits.or(s.iterator());
        } else {
            DocIdSetIterator a = tpi.approximation();
            for (int d = a.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = a.nextDoc()) {
                if (tpi.matches()) {
                    bits.set(d);
                }
            }
        }
        return bits;
    }

    /** The workplaces of a leaf's open needs in this searcher's reader, built once per reader and leaf; null without. */
    private WorkplaceTravelQuery.Workplaces workplaces(IndexSearcher searcher, LeafReaderContext leaf, LeafNeeds needs)
            throws IOException {
        if (needs.openDocs() == null) {
            return null;
        }
        var helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return WorkplaceTravelQuery.Workplaces.read(leaf.reader(), needs.openDocs(), employerTable(searcher).locations());
        }
        try {
            var perLeaf = workplaces.get(helper.getKey(),
                    () -> new java.util.concurrent.atomic.AtomicReferenceArray<WorkplaceTravelQuery.Workplaces>(
                            searcher.getIndexReader().leaves().size()));
            WorkplaceTravelQuery.Workplaces w = perLeaf.get(leaf.ord);
            if (w == null) {
                // Two searches may both build it; either result is the same.
                w = WorkplaceTravelQuery.Workplaces.read(leaf.reader(), needs.openDocs(),
                        employerTable(searcher).locations());
                perLeaf.set(leaf.ord, w);
            }
            return w;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The requirement gate on the open live needs of a leaf, whole ({@code all}) and one must short
     * ({@code allButOne}): what {@link CoveringQuery} over the candidate's terms gives, computed as a count of
     * the candidate's must terms per need ({@link Fields#REV_ALL}, on every need, from the cached bit set).
     */
    private static void requirements(LeafNeeds needs, FixedBitSet alive, List<BytesRef> mustTerms,
            FixedBitSet all, FixedBitSet allButOne) {
        if (needs.required() == null) {
            return;
        }
        // The needs passing on REV_ALL alone pass whatever the candidate holds (counts only grow), by bit-set algebra;
        // only the needs one of the candidate's terms touches are counted one by one.
        all.or(needs.passWithoutTerms());
        all.and(alive);
        allButOne.or(needs.nearWithoutTerms());
        allButOne.and(alive);
        // A count per open need, by ordinal (a common must term, such as a language most needs ask for, has long
        // postings: a hash map of counts was most of this gate's time, then arrays the size of the segment). At most
        // one per term of the candidate.
        int[] openDocs = needs.openDocs();
        List<int[]> postings = new ArrayList<>(mustTerms.size());
        long total = 0;
        for (BytesRef t : mustTerms) {
            int[] ords = needs.mustOrds().get(t);
            if (ords != null) {
                postings.add(ords);
                total += ords.length;
            }
        }
        int[] hits = new int[openDocs.length];
        int[] fromTerms = needs.fromTerms();
        int[] fromTermsAllButOne = needs.fromTermsAllButOne();
        if (total > openDocs.length / 16) {
            // Many needs touched (a common must term): every open need in ordinal order, without a branch (whether
            // a need is touched, alive or passing was a coin toss for the processor, a mispredicted branch each): a
            // need passes when its count reaches what it requires of the candidate's terms, as a sign mask. A need
            // no term touched and passing anyway passes on REV_ALL alone, already in both sets.
            for (int[] ords : postings) {
                for (int o : ords) {
                    hits[o]++;
                }
            }
            long[] aliveWords = alive.getBits();
            long[] allWords = all.getBits();
            long[] nearWords = allButOne.getBits();
            for (int o = 0; o < openDocs.length; o++) {
                int d = openDocs[o];
                int w = d >>> 6;
                long bit = (1L << d) & aliveWords[w];
                allWords[w] |= bit & ((fromTerms[o] - 1 - hits[o]) >> 31);
                nearWords[w] |= bit & ((fromTermsAllButOne[o] - 1 - hits[o]) >> 31);
            }
            return;
        }
        int[] touched = new int[(int) total];
        int touchedCount = 0;
        for (int[] ords : postings) {
            for (int o : ords) {
                if (hits[o]++ == 0) {
                    touched[touchedCount++] = o;
                }
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            int o = touched[i];
            int d = openDocs[o];
            if (!alive.get(d)) {
                continue;
            }
            if (hits[o] >= fromTerms[o]) {
                all.set(d);
            }
            if (hits[o] >= fromTermsAllButOne[o]) {
                allButOne.set(d);
            }
        }
    }

    /** The candidate-independent part of the reverse gates for one segment, cached per segment core. */
    private LeafNeeds leafNeeds(LeafReaderContext leaf, Query open) throws IOException {
        var helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return buildLeafNeeds(leaf, open);
        }
        try {
            return leafNeeds.get(helper.getKey(), () -> buildLeafNeeds(leaf, open));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static LeafNeeds buildLeafNeeds(LeafReaderContext leaf, Query open) throws IOException {
        IndexSearcher s = new IndexSearcher(leaf.reader());
        s.setQueryCache(null);
        FixedBitSet openBits = matches(s.createWeight(s.rewrite(open), ScoreMode.COMPLETE_NO_SCORES, 1f),
                s.getIndexReader().leaves().get(0));
        int maxDoc = leaf.reader().maxDoc();
        int openCount = openBits.cardinality();
        if (openCount == 0) {
            return new LeafNeeds(openBits, null, null, null, null, Map.of(), null, null, null);
        }
        int[] openDocs = new int[openCount];
        int[] ordOf = new int[maxDoc];
        java.util.Arrays.fill(ordOf, -1);
        int ords = 0;
        for (int d = openBits.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                d = d + 1 < maxDoc ? openBits.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            ordOf[d] = ords;
            openDocs[ords++] = d;
        }
        FixedBitSet all = new FixedBitSet(maxDoc);
        Map<BytesRef, int[]> mustOrds = new HashMap<>();
        Terms terms = leaf.reader().terms(Fields.N_REV_MUST);
        if (terms != null) {
            BytesRef revAll = new BytesRef(Fields.REV_ALL);
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            int[] buffer = new int[64];
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                pe = te.postings(pe, PostingsEnum.NONE);
                if (t.bytesEquals(revAll)) {
                    all.or(pe);
                    continue;
                }
                int n = 0;
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (ordOf[d] >= 0) {
                        if (n == buffer.length) {
                            buffer = java.util.Arrays.copyOf(buffer, n * 2);
                        }
                        buffer[n++] = ordOf[d];
                    }
                }
                if (n > 0) {
                    mustOrds.put(BytesRef.deepCopyOf(t), java.util.Arrays.copyOf(buffer, n));
                }
            }
        }
        int[] required = new int[openCount];
        int[] fromTerms = new int[openCount];
        int[] fromTermsAllButOne = new int[openCount];
        java.util.Arrays.fill(required, Integer.MAX_VALUE);
        java.util.Arrays.fill(fromTerms, Integer.MAX_VALUE);
        java.util.Arrays.fill(fromTermsAllButOne, Integer.MAX_VALUE);
        FixedBitSet passWithout = new FixedBitSet(maxDoc);
        FixedBitSet nearWithout = new FixedBitSet(maxDoc);
        // As RequiredCount reads them and CoveringQuery applies them: the first value, at least 1, none never matches;
        // a need counts REV_ALL (when it carries it) and the candidate's must terms among its own.
        SortedNumericDocValues count = DocValues.getSortedNumeric(leaf.reader(), Fields.N_REV_MUST_COUNT);
        SortedNumericDocValues slack = DocValues.getSortedNumeric(leaf.reader(), Fields.N_REV_MUST_SLACK);
        for (int o = 0; o < openCount; o++) {
            int d = openDocs[o];
            int whole = Integer.MAX_VALUE;
            int allButOne = Integer.MAX_VALUE;
            if (count.advanceExact(d)) {
                long v = count.nextValue();
                long v1 = slack.advanceExact(d) ? v - slack.nextValue() : v;
                whole = (int) Math.min(Integer.MAX_VALUE, Math.max(1, v));
                allButOne = (int) Math.min(Integer.MAX_VALUE, Math.max(1, v1));
            }
            required[o] = whole;
            int h = all.get(d) ? 1 : 0;
            if (h >= whole) {
                passWithout.set(d);
            }
            if (h >= allButOne) {
                nearWithout.set(d);
            }
            fromTerms[o] = whole == Integer.MAX_VALUE ? Integer.MAX_VALUE : whole - h;
            fromTermsAllButOne[o] = allButOne == Integer.MAX_VALUE ? Integer.MAX_VALUE : allButOne - h;
        }
        // Relevance terms are read as asked for; bounded at 128 ordinals per open need (the generated needs hold about
        // 32 text and 4 occupation terms each), so a segment never keeps more than a few bytes a posting of it.
        return new LeafNeeds(openBits, required, openDocs, fromTerms, fromTermsAllButOne, mustOrds, passWithout,
                nearWithout, new OpeningsRelevance.SegmentPostings(openDocs, Math.max(1 << 20, 128L * openCount)));
    }

    /**
     * How many needs pass the first k steps, for every k: what counting each cumulative conjunction gives, in one
     * pass over the needs of the first step, each need tested step by step until one fails (a count per step would
     * evaluate the early steps again for every later one).
     */
    private static long[] funnelCounts(IndexSearcher searcher, List<Step> steps) throws IOException {
        if (steps.get(0).occur() != Occur.FILTER) {
            throw new IllegalStateException("the first funnel step must be a filter");
        }
        long[] counts = new long[steps.size()];
        Weight[] weights = new Weight[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            weights[i] = searcher.createWeight(searcher.rewrite(steps.get(i).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer first = weights[0].scorer(leaf);
            if (first == null) {
                continue;
            }
            DocIdSetIterator[] approximations = new DocIdSetIterator[steps.size()];
            TwoPhaseIterator[] twoPhase = new TwoPhaseIterator[steps.size()];
            for (int i = 1; i < steps.size(); i++) {
                Scorer sc = weights[i].scorer(leaf);
                if (sc != null) {
                    twoPhase[i] = sc.twoPhaseIterator();
                    approximations[i] = twoPhase[i] == null ? sc.iterator() : twoPhase[i].approximation();
                }
            }
            var live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = first.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                counts[0]++;
                for (int i = 1; i < steps.size(); i++) {
                    boolean matches = false;
                    DocIdSetIterator a = approximations[i];
                    if (a != null) {
                        int at = a.docID() < d ? a.advance(d) : a.docID();
                        matches = at == d && (twoPhase[i] == null || twoPhase[i].matches());
                    }
                    if (matches != (steps.get(i).occur() == Occur.FILTER)) {
                        break;
                    }
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    /** The indexed candidate is visible to the own following organisation, and to others by consent. */
    private static boolean visible(Candidate c, Viewer viewer) {
        String org = c.followedBy() == null ? null : c.followedBy().organisation();
        boolean own = viewer.organisation() != null && viewer.organisation().equals(org);
        Searchable s = c.consent() == null ? null : c.consent().searchable();
        return own || s == Searchable.ALL_ORGANISATIONS;
    }

    /** The reverse gates, in funnel order. */
    private List<Step> gates(IndexSearcher searcher, Candidate c, Document doc, OpeningsRequest request,
            Map<String, Employer> employers, Set<String> inProcessFound) throws IOException {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("open", "åpne behov", openQuery(), Occur.FILTER));
        EmployerTable table = employerTable(searcher);
        if (table.pausedNeeds() != null) {
            steps.add(new Step("employer-active", "arbeidsgiver aktiv", table.pausedNeeds(), Occur.MUST_NOT));
        }
        Set<String> full = atCapacity(searcher, request.inProcess(), employers, inProcessFound);
        if (!full.isEmpty()) {
            steps.add(new Step("capacity", "arbeidsgiver har kapasitet", new TermInSetQuery(Fields.N_EMPLOYER, bytes(full)),
                    Occur.MUST_NOT));
        }
        // The bit-set pass counts the candidate's must terms itself; only the reference path runs the query.
        steps.add(new Step("requirements", "ufravikelige krav (inkludert språk)", referencePath ? covering(doc, false) : null,
                Occur.FILTER));
        Query conflict = conflict(c);
        if (conflict != null) {
            steps.add(new Step("accommodations", "tilrettelegging som ikke er mulig", conflict, Occur.MUST_NOT));
        }
        if (c.availability() != null && c.availability().percent() != null) {
            Double min = c.availability().percent().min();
            Double max = c.availability().percent().max();
            BooleanQuery.Builder disjoint = new BooleanQuery.Builder();
            if (max != null) {
                disjoint.add(DoubleField.newRangeQuery(Fields.N_PERCENT_MIN, Math.nextUp(max), Double.POSITIVE_INFINITY),
                        Occur.SHOULD);
            }
            if (min != null) {
                disjoint.add(DoubleField.newRangeQuery(Fields.N_PERCENT_MAX, Double.NEGATIVE_INFINITY, Math.nextDown(min)),
                        Occur.SHOULD);
            }
            if (min != null || max != null) {
                steps.add(new Step("percent", "stillingsprosent", disjoint.build(), Occur.MUST_NOT));
            }
        }
        if (c.availability() != null && !c.availability().shifts().isEmpty()) {
            List<String> ok = new ArrayList<>(c.availability().shifts().stream().map(Shift::wire).toList());
            ok.add(Fields.UNKNOWN);
            steps.add(new Step("shifts", "arbeidstid (skift)", new TermInSetQuery(Fields.N_SHIFT, bytes(ok)), Occur.FILTER));
        }
        if (c.home() != null && c.home().lat() != null && c.home().lon() != null) {
            // Distance to the workplace the compiler takes (the need's own location, else its employer's) within
            // the candidate's own maximum and the need's: the same test as the need's travel gate, so the needs
            // picked for rescoring are ones the candidate can reach.
            double own = c.mobility() == null || c.mobility().maxTravelKm() == null ? Double.NaN : c.mobility().maxTravelKm();
            steps.add(new Step("travel", "reiseavstand", new WorkplaceTravelQuery(c.home().lat(), c.home().lon(), own,
                    employerTable(searcher).locations()), Occur.FILTER));
        }
        return steps;
    }

    /** The open needs (the first reverse gate). */
    private static Query openQuery() {
        return new BooleanQuery.Builder()
                .add(term(Fields.TYPE, DocType.NEED.key()), Occur.FILTER)
                .add(term(Fields.N_STATUS, "open"), Occur.FILTER)
                .build();
    }

    /** Needs with a conflict: a notPossible value among the candidate's needs; null when it has none. */
    private static Query conflict(Candidate c) {
        if (c.accommodationNeeds().isEmpty()) {
            return null;
        }
        return new TermInSetQuery(Fields.N_NOT_POSSIBLE, bytes(c.accommodationNeeds().stream().map(Accommodation::wire).toList()));
    }

    /**
     * Every must of the need among the candidate's terms (or all but one, for near misses): a
     * {@link CoveringQuery} over the terms the candidate can produce, against the need's required count.
     */
    private Query covering(Document doc, boolean allButOne) {
        List<Query> queries = coveringTerms(doc).stream()
                .map(t -> (Query) new TermQuery(new Term(Fields.N_REV_MUST, t))).toList();
        return new CoveringQuery(queries, new RequiredCount(allButOne));
    }

    /** The {@link Fields#N_REV_MUST} terms this candidate can produce, {@link Fields#REV_ALL} first. */
    private Set<String> coveringTerms(Document doc) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(Fields.REV_ALL);
        for (String id : doc.getValues(Fields.C_SATISFIES)) {
            terms.add(Documents.mustConceptTerm(id));
        }
        for (String l : doc.getValues(Fields.C_LANG)) {
            terms.add(Documents.mustLanguageTerm(l));
        }
        for (IndexableField f : doc.getFields(Fields.C_LABELS)) {
            for (String w : TextTerms.analyze(config.analyzer(), Fields.C_LABELS, f.stringValue(), 256)) {
                terms.add(Documents.mustWordTerm(w));
            }
        }
        return terms;
    }

    /** Cheap constant-score relevance of a need for this candidate: occupation codes and text terms. */
    private OpeningsRelevance relevance(Candidate c, Document doc, CandidateProfile profile) {
        List<OpeningsRelevance.Clause> b = new ArrayList<>();
        addStyrk(b, profile.experienceCodes(), 8f);
        addStyrk(b, profile.wishCodes(), 4f);
        List<String> texts = new ArrayList<>(c.interests());
        c.wishes().forEach(w -> texts.add(w.title()));
        for (IndexableField f : doc.getFields(Fields.C_LABELS)) {
            texts.add(f.stringValue());
        }
        for (String t : TextTerms.analyze(config.analyzer(), Fields.N_TEXT, texts, RELEVANCE_TEXT_TERMS)) {
            b.add(new OpeningsRelevance.Clause(Fields.N_TEXT, List.of(new BytesRef(t)), 1f));
        }
        return new OpeningsRelevance(b);
    }

    /** The top {@code k} of {@code filter} by relevance, through Lucene (the reference path). */
    private static ScoreDoc[] byRelevance(IndexSearcher searcher, Query filter, OpeningsRelevance relevance, int k)
            throws IOException {
        return searcher.search(new BooleanQuery.Builder().add(filter, Occur.FILTER)
                .add(relevance.query(), Occur.SHOULD).build(), k).scoreDocs;
    }

    private static void addStyrk(List<OpeningsRelevance.Clause> b, List<String> codes, float weight) {
        Set<String> four = new LinkedHashSet<>();
        Set<String> three = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null && code.length() == 4) {
                four.add(Fields.styrkTerm(code, 4));
                three.add(Fields.styrkTerm(code, 3));
            }
        }
        if (!four.isEmpty()) {
            b.add(new OpeningsRelevance.Clause(Fields.N_STYRK, bytes(four), weight));
            b.add(new OpeningsRelevance.Clause(Fields.N_STYRK, bytes(three), weight * 0.6f));
        }
    }

    /**
     * The broad-search request of a need, for compiling it: adviser view, nothing excluded. The viewer only
     * shapes the consent gate, which is never run here (the candidate's visibility is checked first), so one
     * fixed viewer lets a compiled need serve every search.
     */
    private static SearchRequest forNeed(Need need) {
        return new SearchRequest(need.id(), 1, View.ADVISER, PREPARE_VIEWER, List.of());
    }

    /** A need decoded and compiled, for its explanation (and every step on the reference path), with its slim form. */
    private record Prepared(Need need, Employer employer, CompiledNeed compiled, Slim slim) {}

    /**
     * What scoring, ranking and the near-miss check take of a need, built from its compiled form and nothing
     * candidate-dependent, compact enough to keep every need searches pick: its {@link NeedScorer} (terms shared
     * across needs), the candidate-independent inputs of the adjustments (occupation code, the need's text terms,
     * sorted), and what a near miss reports. Independent of the reader: the employer's record is looked up per
     * search, and the one thing the compiled query took from the employer, its workplace when the need has none of
     * its own ({@code employerLat}, {@code employerLon}; NaN when the employer had none), is checked on every
     * look-up ({@link #compiledWith}). {@code explain} is what an opening's explanation reads of the compiled need
     * (null when no slim forms are kept).
     */
    private record Slim(String id, String employerId, String title, OpeningKind kind, boolean ownWorkplace,
            double employerLat, double employerLon, NeedScorer scorer, String styrk, String[] textTerms,
            List<Accommodation> notPossible, ExplainForm explain) {

        /** Whether this slim form's query is the one compiling the need with this employer gives. */
        boolean compiledWith(Employer e) {
            return ownWorkplace || (Double.compare(employerLat, workplaceLat(e)) == 0
                    && Double.compare(employerLon, workplaceLon(e)) == 0);
        }
    }

    /** The employer's latitude as the compiler takes it for a need without a location; NaN when none. */
    private static double workplaceLat(Employer e) {
        return e != null && e.location() != null && e.location().lat() != null && e.location().lon() != null
                ? e.location().lat() : Double.NaN;
    }

    private static double workplaceLon(Employer e) {
        return e != null && e.location() != null && e.location().lat() != null && e.location().lon() != null
                ? e.location().lon() : Double.NaN;
    }

    /** This reader's few compiled needs, by doc id; null when caching is off or the reader has no cache key. */
    private Cache<Integer, Prepared> compiledCache(IndexSearcher searcher) throws IOException {
        var helper = searcher.getIndexReader().getReaderCacheHelper();
        if (preparedCacheSize == 0 || helper == null || referencePath) {
            return null;
        }
        LastReader last = lastReader;
        if (last == null || last.key() != helper.getKey()) {
            employerTable(searcher); // makes this reader the last one
            last = lastReader;
        }
        return last.key() == helper.getKey() ? last.compiled() : compiledCacheOf(helper.getKey());
    }

    private Cache<Integer, Prepared> compiledCacheOf(Object readerKey) {
        if (preparedCacheSize == 0 || referencePath) {
            return null;
        }
        try {
            return compiledCaches.get(readerKey, () -> CacheBuilder.newBuilder()
                    .maximumSize(Math.min(preparedCacheSize, COMPILED_CACHED)).<Integer, Prepared>build());
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The slim forms of this leaf's segment core; null when caching is off or the segment has no core key. With
     * {@link Builder#prepareAllNeeds}, every open live need of the segment is prepared when the segment is first
     * searched (if they fit {@link Builder#preparedNeeds}).
     */
    private SegmentSlims segmentSlims(IndexSearcher searcher, LeafReaderContext leaf, Map<String, Employer> employers)
            throws IOException {
        var helper = leaf.reader().getCoreCacheHelper();
        if (preparedCacheSize == 0 || helper == null || referencePath) {
            return null;
        }
        try {
            return segmentSlims.get(helper.getKey(), () -> prepareAll ? prepareAll(searcher, leaf, employers)
                    : new SegmentSlims(null, preparedCacheSize));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Every open live need of the leaf prepared, when they all fit; else an empty cache. */
    private SegmentSlims prepareAll(IndexSearcher searcher, LeafReaderContext leaf, Map<String, Employer> employers)
            throws IOException {
        LeafNeeds needs = leafNeeds(leaf, openQuery());
        FixedBitSet open = needs.open().clone();
        Bits live = leaf.reader().getLiveDocs();
        int maxDoc = open.length();
        int count = 0;
        for (int d = open.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                d = d + 1 < maxDoc ? open.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (live != null && !live.get(d)) {
                open.clear(d);
            } else {
                count++;
            }
        }
        if (count > preparedCacheSize) {
            return new SegmentSlims(null, preparedCacheSize);
        }
        SegmentSlims slims = new SegmentSlims(needs.openDocs() == null ? new int[0] : needs.openDocs(), preparedCacheSize);
        int[] docs = new int[count];
        int k = 0;
        for (int d = open.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                d = d + 1 < maxDoc ? open.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            docs[k++] = d;
        }
        if (prepareExecutor == null || count <= PREPARE_CHUNK) {
            prepare(searcher, leaf, docs, 0, count, employers, slims);
            return slims;
        }
        // In chunks, taken in turn by this thread and by helpers on the host's executor. This thread works too and then
        // waits only for the chunks a helper has taken, so a busy executor (or one running this search) delays the
        // preparing but cannot leave it waiting for a helper that never starts.
        int total = count;
        int chunks = (count + PREPARE_CHUNK - 1) / PREPARE_CHUNK;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(chunks);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable work = () -> {
            Map<String, Employer> own = new HashMap<>();
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    if (failed.get() == null) {
                        prepare(searcher, leaf, docs, c * PREPARE_CHUNK, Math.min(total, (c + 1) * PREPARE_CHUNK), own,
                                slims);
                    }
                } catch (Throwable t) {
                    failed.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int i = 0; i < Math.min(chunks - 1, PREPARE_HELPERS); i++) {
            try {
                prepareExecutor.execute(work);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                break; // this thread prepares what no helper takes
            }
        }
        work.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while preparing needs");
        }
        Throwable t = failed.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return slims;
    }

    /* Needs per chunk, and at most this many helper tasks, when a segment's needs are prepared on an executor. */
    private static final int PREPARE_CHUNK = 512;
    private static final int PREPARE_HELPERS = 64;

    /** The needs at {@code docs[from..to)} of the leaf prepared into {@code slims} (one thread's stored fields). */
    private void prepare(IndexSearcher searcher, LeafReaderContext leaf, int[] docs, int from, int to,
            Map<String, Employer> employers, SegmentSlims slims) throws IOException {
        var stored = leaf.reader().storedFields();
        for (int i = from; i < to; i++) {
            int d = docs[i];
            Need need = RecordCodec.decodeNeed(record(stored.document(d, Set.of(Fields.RECORD))));
            Employer employer = employer(searcher, need.employerId(), employers);
            slims.put(d, slim(need, employer, compiler.compile(need, employer, forNeed(need))));
        }
    }

    private static byte[] record(Document d) {
        BytesRef b = d.getBinaryValue(Fields.RECORD);
        if (b == null) {
            throw new IllegalStateException("a need document without its stored record");
        }
        return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    /**
     * One search's look-ups of slim forms: each leaf's kept forms found once per search rather than per need (a cache
     * look-up each, a tenth of a search with hundreds of needs looked at).
     */
    private final class SlimLookup {
        private final IndexSearcher searcher;
        private final Map<String, Employer> employers;
        private final List<LeafReaderContext> leaves;
        private final SegmentSlims[] byLeaf;
        private final boolean[] found;

        SlimLookup(IndexSearcher searcher, Map<String, Employer> employers) {
            this.searcher = searcher;
            this.employers = employers;
            this.leaves = searcher.getIndexReader().leaves();
            this.byLeaf = new SegmentSlims[leaves.size()];
            this.found = new boolean[leaves.size()];
        }

        /** The slim form of the need at {@code doc} (a top-level doc id), kept or prepared now. */
        Slim get(int doc) throws IOException {
            int i = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(i);
            if (!found[i]) {
                byLeaf[i] = segmentSlims(searcher, leaf, employers);
                found[i] = true;
            }
            return slim(searcher, leaf, byLeaf[i], doc, employers);
        }
    }

    /**
     * The slim form of the need at {@code doc} (a top-level doc id in {@code leaf}): kept for its segment in
     * {@code slims} (and compiled with the employer this reader holds), or from the compiled need.
     */
    private Slim slim(IndexSearcher searcher, LeafReaderContext leaf, SegmentSlims slims, int doc,
            Map<String, Employer> employers) throws IOException {
        Slim s = slims == null ? null : slims.get(doc - leaf.docBase);
        // A need with a workplace of its own was compiled without its employer's place: no look-up needed.
        if (s != null && (s.ownWorkplace() || s.compiledWith(employer(searcher, s.employerId(), employers)))) {
            return s;
        }
        s = prepared(searcher, doc, employers, null).slim();
        if (slims != null) {
            slims.put(doc - leaf.docBase, s);
        }
        return s;
    }

    /**
     * The need at {@code doc} decoded and compiled: kept for this reader, or done now, with {@code slim} (its slim form
     * for this reader, or null to build it).
     */
    private Prepared prepared(IndexSearcher searcher, int doc, Map<String, Employer> employers, Slim slim)
            throws IOException {
        Cache<Integer, Prepared> compiled = compiledCache(searcher);
        Prepared p = compiled == null ? null : compiled.getIfPresent(doc);
        if (p != null) {
            return p;
        }
        Need need = RecordCodec.decodeNeed(MatchingIndex.storedRecord(searcher, doc));
        Employer employer = employer(searcher, need.employerId(), employers);
        CompiledNeed cn = compiler.compile(need, employer, forNeed(need));
        p = new Prepared(need, employer, cn, slim != null ? slim : slim(need, employer, cn));
        if (compiled != null) {
            compiled.put(doc, p);
        }
        return p;
    }

    /**
     * The need at {@code doc} as far as its explanation reads it: decoded (its record read through {@code stored},
     * the search's one stored-fields reader), with the scored clauses its slim form keeps (the need is not compiled
     * again), or fully compiled when this reader keeps it so.
     */
    private Prepared explained(IndexSearcher searcher, StoredFields stored, int doc, Map<String, Employer> employers,
            Slim slim) throws IOException {
        Cache<Integer, Prepared> compiled = compiledCache(searcher);
        Prepared p = compiled == null ? null : compiled.getIfPresent(doc);
        if (p != null) {
            return p;
        }
        if (slim.explain() == null) {
            return prepared(searcher, doc, employers, slim); // no slim forms kept: compiled per search anyway
        }
        Need need = RecordCodec.decodeNeed(MatchingIndex.storedRecord(stored, doc));
        Employer employer = employer(searcher, need.employerId(), employers);
        // The slim form was compiled with this employer's workplace (checked when it was looked up), so its clauses
        // are the ones compiling the need now gives.
        return new Prepared(need, employer, slim.explain().compiled(need, employer, forNeed(need)), slim);
    }

    /**
     * Whether slim forms may be kept (caching on, not the reference path): only then is a slim form's explanation form
     * worth building, since a search that keeps none compiles each opening's need anyway.
     */
    private boolean keepsSlims() {
        return preparedCacheSize > 0 && !referencePath;
    }

    private Slim slim(Need need, Employer employer, CompiledNeed compiled) {
        String code = need.styrk08() != null ? need.styrk08()
                : config.occupationLookup().styrk08(need.title()).filter(x -> x.matches("[0-9]{4}")).orElse(null);
        List<String> needTexts = new ArrayList<>();
        needTexts.add(need.title());
        needTexts.add(need.description());
        needTexts.addAll(need.interests());
        need.tasks().stream().map(Task::text).forEach(needTexts::add);
        String[] textTerms = TextTerms.analyze(config.analyzer(), Fields.N_TEXT, needTexts, 400).stream().distinct()
                .map(t -> (String) shared.intern(t)).sorted().toArray(String[]::new);
        List<Accommodation> notPossible = need.accommodations() == null ? List.of()
                : List.copyOf(need.accommodations().notPossible());
        boolean own = need.location() != null && need.location().lat() != null && need.location().lon() != null;
        return new Slim(need.id(), need.employerId(), need.title(),
                need.opening() == null ? null : need.opening().kind(), own,
                own ? Double.NaN : workplaceLat(employer), own ? Double.NaN : workplaceLon(employer),
                NeedScorer.of(compiled, shared::intern), code == null ? null : (String) shared.intern(code), textTerms,
                notPossible, keepsSlims() ? ExplainForm.of(compiled, shared::intern) : null);
    }

    /**
     * The score of the one-document index for this query, or null when the document does not match: the
     * query's own scorer on the single document, without a collector.
     */
    static Float scoreOne(IndexSearcher one, Query query) throws IOException {
        Weight w = one.createWeight(one.rewrite(query), ScoreMode.COMPLETE, 1f);
        Scorer s = w.scorer(one.getIndexReader().leaves().get(0));
        if (s == null || s.iterator().nextDoc() != 0) {
            return null;
        }
        return s.score();
    }

    private List<Adjustment> adjustments(Candidate c, CandidateProfile profile, List<String> interestTerms, Slim need,
            Employer employer) {
        OpeningsWeights w = openingsWeights;
        List<Adjustment> out = new ArrayList<>();
        String code = need.styrk();
        if (code != null && code.length() == 4) {
            double best = 0;
            for (String wish : profile.wishCodes()) {
                if (wish != null && wish.equals(code)) {
                    best = Math.max(best, w.wish());
                } else if (wish != null && wish.length() == 4 && wish.regionMatches(0, code, 0, 3)) {
                    best = Math.max(best, w.wish() / 2);
                }
            }
            add(out, "wish", best);
        }
        if (!c.interests().isEmpty()) {
            String[] needTerms = need.textTerms();
            long matched = interestTerms.stream().filter(t -> java.util.Arrays.binarySearch(needTerms, t) >= 0).count();
            add(out, "interests", w.interests() * Math.min(1.0, matched / 2.0));
        }
        OpeningKind kind = need.kind();
        if (kind != null) {
            double p;
            if (c.readiness() == Readiness.CLARIFIED) {
                p = switch (kind) {
                    case PERMANENT, RECRUITMENT_POSITION -> w.openingKind();
                    case TEMPORARY, SEASONAL, APPRENTICESHIP -> w.openingKind() / 2;
                    case WORK_TRIAL -> 0;
                };
            } else {
                p = kind == OpeningKind.WORK_TRIAL ? w.openingKind() / 2 : 0;
            }
            add(out, "openingKind", p);
        }
        if (employer != null && employer.needsConfirmed() != null) {
            long age = ChronoUnit.DAYS.between(employer.needsConfirmed(), LocalDate.now(clock));
            double p;
            if (age <= w.confirmedFreshDays()) {
                p = w.confirmed();
            } else if (age >= w.confirmedStaleDays()) {
                p = 0;
            } else {
                p = w.confirmed() * (w.confirmedStaleDays() - age) / (double) (w.confirmedStaleDays() - w.confirmedFreshDays());
            }
            add(out, "confirmed", p);
        }
        EmployerHistory h = employer == null ? null : employer.history();
        if (h != null && (h.hires() != null || h.endedEarly() != null)) {
            int trials = h.trials() == null ? 0 : h.trials();
            int hires = h.hires() == null ? 0 : h.hires();
            int early = h.endedEarly() == null ? 0 : h.endedEarly();
            double p = w.record() * (hires - early) / (double) (trials + 2);
            add(out, "record", Math.max(-w.record(), Math.min(w.record(), p)));
        }
        return out;
    }

    private static void add(List<Adjustment> out, String signal, double points) {
        if (points != 0) {
            out.add(new Adjustment(signal, points));
        }
    }

    private Opening opening(Prepared p, Scored s, Candidate c, CandidateProfile profile, IndexSearcher one, int rank)
            throws IOException {
        HitExplainer explainer = new HitExplainer(config, compiler, p.compiled(), one, explainPlans);
        HitExplainer.Hit hit = explainer.explain(0, c, profile);
        var verdicts = explainer.verdicts(hit, true);
        var acc = explainer.accommodations(c);
        Double km = explainer.travelKm(c);
        Need need = p.need();
        OpeningKind kind = need.opening() == null ? null : need.opening().kind();
        Employer e = p.employer();
        String intro = openingSentence(need, kind, e);
        String explanation = intro + " " + text.write(need, hit, verdicts, acc, km, View.ADVISER);
        return new Opening(need.id(), need.employerId(), e == null ? null : e.name(), rank, s.score(), s.rankScore(),
                need.title(), kind, e == null ? null : e.contact(), km, verdicts, acc, explanation.strip(),
                HitExplainer.scoreParts(hit), s.adjustments());
    }

    /** "Fast stilling som kantinemedarbeider hos Fjordkantina AS." */
    static String openingSentence(Need need, OpeningKind kind, Employer e) {
        String what = kind == null ? "Behov" : switch (kind) {
            case PERMANENT -> "Fast stilling";
            case TEMPORARY -> "Midlertidig stilling";
            case APPRENTICESHIP -> "Læreplass";
            case RECRUITMENT_POSITION -> "Rekrutteringsstilling";
            case WORK_TRIAL -> "Arbeidstrening";
            case SEASONAL -> "Sesongarbeid";
        };
        return what + ": " + need.title() + (e == null ? "" : " hos " + e.name()) + ".";
    }

    /**
     * Needs failing exactly one gate of their own query, which is a must, a must language or one accommodation
     * conflict: found by the reverse query with one must term short or one conflict, plus the needs that
     * passed the reverse gates but not their own, and checked gate by gate on the one-document index.
     */
    private List<OpeningNearMiss> nearMisses(IndexSearcher searcher, IndexSearcher one, NeedScorer.Candidate candidate,
            Candidate c, ScoreDoc[] scanned, Map<String, Employer> employers, SlimLookup slims,
            List<Picked> failedVerification) throws IOException {
        if (nearMissLimit == 0) {
            return List.of();
        }
        Map<String, Picked> candidates = new LinkedHashMap<>();
        failedVerification.forEach(p -> candidates.put(p.slim().id(), p));
        for (ScoreDoc sd : scanned) {
            Slim s = slims.get(sd.doc);
            candidates.putIfAbsent(s.id(), new Picked(sd.doc, s));
        }
        List<OpeningNearMiss> out = new ArrayList<>();
        for (Picked p : candidates.values()) {
            (referencePath ? nearMiss(prepared(searcher, p.doc(), employers, p.slim()).compiled(), c, one)
                    : nearMiss(p.slim(), employer(searcher, p.slim().employerId(), employers), c, candidate))
                    .ifPresent(out::add);
        }
        out.sort(Comparator.comparingDouble((OpeningNearMiss m) -> -m.score()).thenComparing(OpeningNearMiss::needId));
        return out.subList(0, Math.min(nearMissLimit, out.size()));
    }

    /**
     * The reference form of the near-miss scan's filter (see {@link Builder#referencePath}): every reverse gate but
     * requirements and accommodations, and either one must term short or one conflict.
     */
    private Query nearMissFilter(Document doc, Candidate c, List<Step> steps) {
        Query all = covering(doc, false);
        Query allButOne = covering(doc, true);
        Query conflict = conflict(c);
        BooleanQuery.Builder oneMust = new BooleanQuery.Builder().add(allButOne, Occur.FILTER).add(all, Occur.MUST_NOT);
        if (conflict != null) {
            oneMust.add(conflict, Occur.MUST_NOT);
        }
        BooleanQuery.Builder gap = new BooleanQuery.Builder().add(oneMust.build(), Occur.SHOULD);
        if (conflict != null) {
            gap.add(new BooleanQuery.Builder().add(all, Occur.FILTER).add(conflict, Occur.FILTER).build(), Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Step s : steps) {
            if (!s.key().equals("requirements") && !s.key().equals("accommodations")) {
                q.add(s.query(), s.occur());
            }
        }
        q.add(gap.build(), Occur.FILTER);
        return q.build();
    }

    /**
     * The near miss of one need, or empty, read off its {@link NeedScorer}: the same check as the reference form
     * below, which counts each gate and searches the clauses on the one-document index.
     */
    private static Optional<OpeningNearMiss> nearMiss(Slim s, Employer e, Candidate c, NeedScorer.Candidate candidate)
            throws IOException {
        NeedScorer scorer = s.scorer();
        // Exactly one gate fails, and it has a route: the gates with a route (term tests) first, and the others
        // (percent, shifts, travel: the travel test is the costly one), which must all pass, only when exactly one
        // of those failed.
        int failed = -1;
        for (int i = 0; i < scorer.gateCount(); i++) {
            if (!scorer.checks(i) || scorer.gateRoute(i) == null) {
                continue;
            }
            if (scorer.gateMatches(i, candidate) == scorer.excluding(i)) {
                if (failed >= 0) {
                    return Optional.empty();
                }
                failed = i;
            }
        }
        if (failed < 0) {
            return Optional.empty();
        }
        String gapKind;
        String gap;
        if (scorer.gateKind(failed) == GateKind.ACCOMMODATION) {
            List<Accommodation> conflicts = c.accommodationNeeds().stream()
                    .filter(a -> s.notPossible().contains(a)).distinct().toList();
            if (conflicts.size() != 1) {
                return Optional.empty();
            }
            gapKind = "accommodation";
            gap = conflicts.get(0).norwegian();
        } else {
            gapKind = scorer.gateKind(failed) == GateKind.LANGUAGE ? "language" : "requirement";
            gap = scorer.gateLabel(failed);
        }
        if (!scorer.passesFixed(candidate)) {
            return Optional.empty();
        }
        float score = scorer.clausesScore(candidate);
        Route route = scorer.gateRoute(failed);
        return Optional.of(new OpeningNearMiss(s.id(), s.employerId(), e == null ? null : e.name(), s.title(), score,
                gapKind, gap, route, ExplanationText.nearMiss(gapKind, gap, route)));
    }

    private static Optional<OpeningNearMiss> nearMiss(CompiledNeed cn, Candidate c, IndexSearcher one) throws IOException {
        Gate failed = null;
        for (Gate g : cn.gates()) {
            if (g.kind() == GateKind.VISIBILITY || g.kind() == GateKind.EXCLUDE) {
                continue;
            }
            boolean matches = one.count(g.query()) > 0;
            if (g.occur() == Occur.FILTER ? !matches : matches) {
                if (failed != null) {
                    return Optional.empty();
                }
                failed = g;
            }
        }
        if (failed == null || !failed.relaxable()) {
            return Optional.empty();
        }
        String gapKind;
        String gap;
        if (failed.kind() == GateKind.ACCOMMODATION) {
            List<Accommodation> conflicts = c.accommodationNeeds().stream()
                    .filter(a -> cn.need().accommodations().notPossible().contains(a)).distinct().toList();
            if (conflicts.size() != 1) {
                return Optional.empty();
            }
            gapKind = "accommodation";
            gap = conflicts.get(0).norwegian();
        } else {
            gapKind = failed.kind() == GateKind.LANGUAGE ? "language" : "requirement";
            gap = failed.label();
        }
        TopDocs t = one.search(cn.scored(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)), 1);
        float score = t.scoreDocs.length == 0 ? 0f : t.scoreDocs[0].score;
        Employer e = cn.employer();
        return Optional.of(new OpeningNearMiss(cn.need().id(), cn.need().employerId(), e == null ? null : e.name(),
                cn.need().title(), score, gapKind, gap, failed.route(),
                ExplanationText.nearMiss(gapKind, gap, failed.route())));
    }

    /**
     * Employers at capacity: the in-process counts summed per employer (through each need's employer)
     * against {@code capacity.concurrentCandidates}, plus employers whose capacity is 0.
     */
    private Set<String> atCapacity(IndexSearcher searcher, Map<String, Integer> inProcess, Map<String, Employer> employers,
            Set<String> inProcessFound) throws IOException {
        Set<String> full = new LinkedHashSet<>(employerTable(searcher).noCapacity());
        Map<String, Integer> perEmployer = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : inProcess.entrySet()) {
            Need n = MatchingIndex.findRecord(searcher, DocType.NEED, e.getKey(), RecordCodec::decodeNeed);
            if (n == null) {
                continue; // merge notes the needs no part holds
            }
            inProcessFound.add(n.id());
            perEmployer.merge(n.employerId(), e.getValue(), Integer::sum);
        }
        for (Map.Entry<String, Integer> e : perEmployer.entrySet()) {
            Employer employer = employer(searcher, e.getKey(), employers);
            if (employer != null && employer.capacity() != null && employer.capacity().concurrentCandidates() != null
                    && e.getValue() >= employer.capacity().concurrentCandidates()) {
                full.add(employer.id());
            }
        }
        return full;
    }

    /**
     * What the reverse gates need of the employers, for one reader: paused ones, ones without capacity, and
     * locations; and the employers decoded so far (by id; empty when not indexed), for the needs prepared on it.
     */
    private record EmployerTable(Set<String> paused, Set<String> noCapacity, Map<String, double[]> locations,
            Map<String, Optional<Employer>> decoded, Query pausedNeeds,
            Cache<Query, java.util.concurrent.atomic.AtomicReferenceArray<FixedBitSet>> keptSteps) {}

    /**
     * The gates whose queries take few distinct values across candidates (the paused employers, one per reader; a
     * candidate's shifts, percent range and accommodation needs), so their needs are kept per reader and query.
     */
    private static final Set<String> KEPT_STEPS = Set.of("employer-active", "shifts", "percent", "accommodations");
    private static final int KEPT_STEP_QUERIES = 64;

    /**
     * The needs matching a kept step's query in a leaf of this searcher's reader (deleted ones included), kept per
     * reader and query: evaluating the step anew per search was a look-up of each of its terms (every paused employer)
     * or points per segment, and few candidates differ in them. Never modified after it is built.
     */
    private FixedBitSet keptStep(IndexSearcher searcher, LeafReaderContext leaf, Query query) throws IOException {
        EmployerTable table = employerTable(searcher);
        java.util.concurrent.atomic.AtomicReferenceArray<FixedBitSet> perLeaf;
        try {
            perLeaf = table.keptSteps().get(query,
                    () -> new java.util.concurrent.atomic.AtomicReferenceArray<>(searcher.getIndexReader().leaves().size()));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        FixedBitSet bits = perLeaf.get(leaf.ord);
        if (bits == null) {
            // Two searches may both build it; either result is the same.
            bits = matches(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f), leaf);
            perLeaf.set(leaf.ord, bits);
        }
        return bits;
    }

    /** The employer table of this searcher's reader, built once per reader (writes open a new reader). */
    private EmployerTable employerTable(IndexSearcher searcher) throws IOException {
        var helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return buildEmployerTable(searcher);
        }
        // The last reader's table first: a search looks it up once per employer it meets, and the cache's hashing and
        // recency bookkeeping on each was a few per cent of a search.
        LastReader last = lastReader;
        if (last != null && last.key() == helper.getKey()) {
            return last.employers();
        }
        try {
            EmployerTable table = employerTables.get(helper.getKey(), () -> buildEmployerTable(searcher));
            Cache<Integer, Prepared> compiled = compiledCacheOf(helper.getKey());
            lastReader = new LastReader(helper.getKey(), table, compiled);
            return table;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static EmployerTable buildEmployerTable(IndexSearcher searcher) throws IOException {
        Map<String, double[]> locations = new HashMap<>();
        Weight w = searcher.createWeight(term(Fields.TYPE, DocType.EMPLOYER.key()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), Fields.E_ID);
            SortedNumericDocValues at = DocValues.getSortedNumeric(leaf.reader(), Fields.E_LOCATION);
            var live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if ((live == null || live.get(d)) && ids.advanceExact(d) && at.advanceExact(d)) {
                    long encoded = at.nextValue();
                    locations.put(ids.lookupOrd(ids.nextOrd()).utf8ToString(), new double[] {
                        GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)), GeoEncodingUtils.decodeLongitude((int) encoded)});
                }
            }
        }
        Set<String> paused = Set.copyOf(employerIds(searcher, term(Fields.E_STATUS, "paused")));
        return new EmployerTable(paused, Set.copyOf(employerIds(searcher, term(Fields.E_NO_CAPACITY, "true"))),
                Map.copyOf(locations), new java.util.concurrent.ConcurrentHashMap<>(),
                paused.isEmpty() ? null : new TermInSetQuery(Fields.N_EMPLOYER, bytes(paused)),
                CacheBuilder.newBuilder().maximumSize(KEPT_STEP_QUERIES).build());
    }

    /** The ids of the employers matching {@code query}, read from doc values (no stored fields). */
    private static Set<String> employerIds(IndexSearcher searcher, Query query) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        Weight w = searcher.createWeight(searcher.rewrite(new BooleanQuery.Builder()
                .add(query, Occur.FILTER)
                .add(term(Fields.TYPE, DocType.EMPLOYER.key()), Occur.FILTER)
                .build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), Fields.E_ID);
            var live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if ((live == null || live.get(d)) && dv.advanceExact(d)) {
                    ids.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
                }
            }
        }
        return ids;
    }

    /** The employer with this id in this searcher's reader, or null: from the search's map, the reader's, or read. */
    private Employer employer(IndexSearcher searcher, String id, Map<String, Employer> cache) throws IOException {
        Employer e = cache.get(id);
        if (e != null || cache.containsKey(id)) {
            return e;
        }
        Map<String, Optional<Employer>> decoded = employerTable(searcher).decoded();
        Optional<Employer> known = decoded.get(id);
        if (known == null) {
            // Two searches may both read it; either result is the same record.
            known = Optional.ofNullable(MatchingIndex.findRecord(searcher, DocType.EMPLOYER, id, RecordCodec::decodeEmployer));
            decoded.put(id, known);
        }
        cache.put(id, known.orElse(null));
        return known.orElse(null);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static List<BytesRef> bytes(java.util.Collection<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }

    /**
     * The need's required count of must terms; for near misses, less the most terms one must contributes
     * (a must of several label words is missed as a whole), so the scan finds every need one must away and
     * the exact check decides.
     */
    private static final class RequiredCount extends LongValuesSource {
        private final boolean allButOne;

        RequiredCount(boolean allButOne) {
            this.allButOne = allButOne;
        }

        @Override
        public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
            // Sorted-numeric (LongField) rather than numeric doc values: what OpenSearch's long mapping writes.
            SortedNumericDocValues count = DocValues.getSortedNumeric(ctx.reader(), Fields.N_REV_MUST_COUNT);
            SortedNumericDocValues slack = allButOne
                    ? DocValues.getSortedNumeric(ctx.reader(), Fields.N_REV_MUST_SLACK) : null;
            return new LongValues() {
                private long value;

                @Override
                public long longValue() {
                    return value;
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    if (!count.advanceExact(doc)) {
                        return false;
                    }
                    value = count.nextValue();
                    if (slack != null && slack.advanceExact(doc)) {
                        value -= slack.nextValue();
                    }
                    return true;
                }
            };
        }

        @Override
        public boolean needsScores() {
            return false;
        }

        @Override
        public LongValuesSource rewrite(IndexSearcher searcher) {
            return this;
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return DocValues.isCacheable(ctx, Fields.N_REV_MUST_COUNT, Fields.N_REV_MUST_SLACK);
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(allButOne) + Fields.N_REV_MUST_COUNT.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RequiredCount r && r.allButOne == allButOne;
        }

        @Override
        public String toString() {
            return "required(" + Fields.N_REV_MUST_COUNT + (allButOne ? ")-slack" : ")");
        }
    }

    /** Builds an {@link OpeningsSearch}; not thread-safe. */
    public static final class Builder {
        private final MatchingIndex index;
        private final MatchingConfig config;
        private MatchWeights weights = MatchWeights.defaults();
        private OpeningsWeights openingsWeights = OpeningsWeights.defaults();
        private SearchAuditor auditor = SearchAuditor.none();
        private Clock clock = Clock.systemUTC();
        private int rescoreLimit = 200;
        private int nearMissLimit = 10;
        private int preparedCacheSize = 100_000;
        private boolean prepareAll;
        private java.util.concurrent.Executor prepareExecutor;
        private boolean referencePath;

        private Builder(MatchingIndex index, MatchingConfig config) {
            this.index = index;
            this.config = config;
        }

        /** Score weights of the needs' own queries; use the broad search's, so both directions agree. */
        public Builder weights(MatchWeights weights) {
            this.weights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /** The candidate-side adjustments; default {@link OpeningsWeights#defaults()}. */
        public Builder openingsWeights(OpeningsWeights weights) {
            this.openingsWeights = Objects.requireNonNull(weights, "openingsWeights");
            return this;
        }

        /** The audit hook; default none. */
        public Builder auditor(SearchAuditor auditor) {
            this.auditor = Objects.requireNonNull(auditor, "auditor");
            return this;
        }

        /** The clock of audit timestamps and of the age of employers' confirmations; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How many gate-passing needs are scored with their own query at most (10-10,000); default 200. */
        public Builder rescoreLimit(int limit) {
            if (limit < 10 || limit > 10_000) {
                throw new IllegalArgumentException("rescoreLimit: expected 10-10000, got " + limit);
            }
            this.rescoreLimit = limit;
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
         * How many needs to keep prepared per index segment (0-1,000,000; 0 turns caching off); default 100,000, every
         * open need of a large index. A prepared need does not depend on the candidate, so a need any search picked is
         * decoded and compiled once, and kept in a slim form (its scorer, terms shared across needs) for as long as its
         * segment lives: writes elsewhere in the index do not drop it, and an employer's change of workplace is seen by
         * the next search (the need is compiled again). About 1.8 kB of heap each, some 150 MB for 85,000 open needs
         * (docs/benchmarks.md). Without {@link #prepareAllNeeds}, needs no search picks are never prepared.
         */
        public Builder preparedNeeds(int size) {
            if (size < 0 || size > 1_000_000) {
                throw new IllegalArgumentException("preparedNeeds: expected 0-1000000, got " + size);
            }
            this.preparedCacheSize = size;
            return this;
        }

        /**
         * Whether to prepare every open need of a segment when the segment is first searched, instead of each need
         * when a search first picks it; default false. For a long-lived search over a large index: the first search
         * of a segment then takes a fraction of a millisecond per open need in it (about 27 s of one core for 85,000
         * open needs, docs/benchmarks.md) and every later search finds its needs prepared. Only when the segment's
         * open needs fit {@link #preparedNeeds}. Slim forms are kept per segment, so a write prepares only the needs
         * of the segments it adds (a merge's new segment included).
         */
        public Builder prepareAllNeeds(boolean all) {
            this.prepareAll = all;
            return this;
        }

        /**
         * Where {@link #prepareAllNeeds} prepares a segment's needs besides the searching thread: the needs are split
         * into chunks of 512, which the searching thread and up to 64 tasks on this executor take in turn (the searching
         * thread waits only for chunks a task has taken, so a busy executor, or the one running the search, only slows
         * the preparing). Default null: the searching thread alone. Results are the same either way.
         */
        public Builder prepareExecutor(java.util.concurrent.Executor executor) {
            this.prepareExecutor = executor;
            return this;
        }

        /**
         * Tests only: evaluate the reverse gates as the straightforward queries (a counting pass per leaf for the
         * funnel, the gates and the near-miss condition as Boolean queries) instead of bit sets, and score each
         * picked need with its Lucene query on the one-document index instead of {@link NeedScorer}; same results.
         */
        Builder referencePath(boolean reference) {
            this.referencePath = reference;
            return this;
        }

        /** The search service. */
        public OpeningsSearch build() {
            return new OpeningsSearch(this);
        }
    }
}
