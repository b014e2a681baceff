package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import java.util.Comparator;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ClauseAtATimeTopK} against the top k of the need's scored clauses over the same sets, written out (every
 * candidate of the set scored clause by clause with Lucene's scorers, ranked by score and then candidate id), which is
 * checked against Lucene's own top k of the need's query: the same documents, in the same order, with the same float
 * scores, bit for bit. Small tops (so candidates are dropped early), two disjoint sets at once, equal
 * clauses (merged by Lucene's rewrite), common terms kept from earlier needs in a small cache (evicted), and every way
 * of reading a term (kept, read whole, walked, advanced to each candidate) forced in turn.
 */
class ClauseAtATimeTopKTest {

    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(Fields.ID, false));

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameTopsAsTheQuery(long seed) throws IOException {
        Random r = new Random(seed);
        System.out.println("ClauseAtATimeTopKTest seed " + seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            List<Object> docs = new ArrayList<>();
            int candidates = 150 + r.nextInt(250);
            for (int i = 0; i < candidates; i++) {
                Candidate c = SearchFixtures.randomCandidate(r, "k-" + i);
                docs.add(c);
                if (r.nextInt(8) == 0) {
                    docs.add(SearchFixtures.randomCandidate(new Random(seed * 1000 + i), "twin-" + i)); // equal scores
                }
            }
            Employer employer = SearchFixtures.employer("e-1", EmployerStatus.ACTIVE);
            docs.add(employer);
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Need n = SearchFixtures.randomNeed(r, "n-" + i, "e-1");
                if (r.nextBoolean()) {
                    n = withWantTwice(n, r);
                }
                needs.add(n);
                docs.add(n);
            }
            // Two segments, and deletions in the first, so live documents and per-leaf positions count.
            int half = docs.size() / 2;
            assertThat(index.upsertAll(docs.subList(0, half)).rejected()).isEmpty();
            index.refresh();
            List<Object> again = new ArrayList<>(docs.subList(half, docs.size()));
            for (int i = 0; i < 10; i++) {
                again.add(docs.get(r.nextInt(half)));
            }
            assertThat(index.upsertAll(again).rejected()).isEmpty();
            index.refresh();

            MatchingSearch search = MatchingSearch.builder(index).build();
            SegmentGateCache kept = new SegmentGateCache(1 + r.nextInt(12)); // small: entries are evicted
            ClauseAtATimeTopK.Scratch scratch = new ClauseAtATimeTopK.Scratch(); // buffers reused, dirty
            int[][] paths = {
                {ClauseAtATimeTopK.ADVANCE_FACTOR, ClauseAtATimeTopK.WALK_SHIFT}, // as searches run
                {1, 31}, // never advanced, never walked: read whole (and kept from the second use)
                {Integer.MAX_VALUE / 4, 31}, // advanced to each candidate
                {1, 0}, // walked unless common
            };
            index.withSearcher(s -> {
                for (int round = 0; round < 2; round++) { // the second round reads terms the first kept
                    for (Need need : needs) {
                        SearchRequest req = SearchRequest.of(need.id(), new Viewer("NAV Kristiansand", "v"));
                        CompiledNeed compiled = search.compiler().compile(need, employer, req);
                        FixedBitSet[] first = new FixedBitSet[s.getIndexReader().leaves().size()];
                        FixedBitSet[] second = new FixedBitSet[first.length];
                        sets(s, compiled, r, first, second);
                        // Only the decay features are left to Lucene: every level and word sum takes its fast form.
                        long lucene = compiled.clauses().stream().filter(c -> c.aspect() == CompiledNeed.Aspect.DISTANCE
                                || c.aspect() == CompiledNeed.Aspect.START).count();
                        assertThat(ClauseAtATimeTopK.plan(s, compiled).stream().filter("lucene"::equals).count())
                                .as("clauses left to Lucene, " + need.id()).isEqualTo(lucene);
                        PassingDocsQuery.Docs a = PassingDocsQuery.Docs.of(first);
                        PassingDocsQuery.Docs b = PassingDocsQuery.Docs.of(second);
                        int ka = 1 + r.nextInt(3);
                        int kb = 1 + r.nextInt(10);
                        TopDocs wantA = reference(s, compiled, a, ka);
                        TopDocs wantB = reference(s, compiled, b, kb);
                        // The need's query itself, searched by Lucene over each set, agrees with the sum written out.
                        assertSame("seed " + seed + ", " + need.id() + " (Lucene, first)", lucene(s, compiled, a, ka), wantA);
                        assertSame("seed " + seed + ", " + need.id() + " (Lucene, second)", lucene(s, compiled, b, kb), wantB);
                        for (int[] path : paths) {
                            // Seeded as searches seed (never, with these small sets), always with one or a few seeds
                            // per place, or with every candidate of a set as a seed.
                            ClauseAtATimeTopK.Seeding seeding = switch (r.nextInt(4)) {
                                case 0 -> ClauseAtATimeTopK.Seeding.DEFAULT;
                                case 1 -> new ClauseAtATimeTopK.Seeding(0, 1, 1);
                                case 2 -> new ClauseAtATimeTopK.Seeding(0, 1 + r.nextInt(8), r.nextInt(3));
                                default -> new ClauseAtATimeTopK.Seeding(0, 1000, 0);
                            };
                            String ctx = "seed " + seed + ", round " + round + ", " + need.id() + ", k " + ka + "/" + kb
                                    + ", path " + path[0] + "/" + path[1] + ", " + seeding;
                            TopDocs[] got = ClauseAtATimeTopK.search(s, compiled, kept, scratch, List.of(
                                    new ClauseAtATimeTopK.Top(a, manager(ka), ka),
                                    new ClauseAtATimeTopK.Top(b, manager(kb), kb)), path[0], path[1], seeding);
                            assertSame(ctx + " (first)", got[0], wantA);
                            assertSame(ctx + " (second)", got[1], wantB);
                            TopDocs alone = ClauseAtATimeTopK.search(s, compiled, kept, scratch,
                                    List.of(new ClauseAtATimeTopK.Top(a, manager(ka), ka)), path[0], path[1],
                                    seeding)[0];
                            assertSame(ctx + " (alone)", alone, wantA);
                        }
                    }
                }
                return null;
            });
        }
    }

    /**
     * With segments scored on an executor, each top's collectors are still made on the calling thread (a
     * manager's {@code newCollector} adds to an unsynchronised list; made inside the segment tasks, two of them raced
     * and one failed with an index out of bounds at a million candidates), and the tops are those of one thread.
     */
    @org.junit.jupiter.api.Test
    void collectorsAreMadeOnTheCallingThreadWhenSegmentsRunInParallel() throws Exception {
        Random r = new Random(11);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            Employer employer = SearchFixtures.employer("e-1", EmployerStatus.ACTIVE);
            Need need = SearchFixtures.randomNeed(r, "n-1", "e-1");
            index.upsertAll(List.of(employer, need));
            for (int segment = 0; segment < 4; segment++) {
                List<Object> docs = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    docs.add(SearchFixtures.randomCandidate(r, "k-" + segment + "-" + i));
                }
                assertThat(index.upsertAll(docs).rejected()).isEmpty();
                index.refresh(); // a segment per batch
            }
            MatchingSearch search = MatchingSearch.builder(index).build();
            index.withSearcher(serial -> {
                assertThat(serial.getIndexReader().leaves()).hasSizeGreaterThan(2);
                IndexSearcher parallel = new IndexSearcher(serial.getIndexReader(), pool);
                parallel.setSimilarity(serial.getSimilarity());
                SearchRequest req = SearchRequest.of(need.id(), new Viewer("NAV Kristiansand", "v"));
                CompiledNeed compiled = search.compiler().compile(need, employer, req);
                FixedBitSet[] all = new FixedBitSet[serial.getIndexReader().leaves().size()];
                for (LeafReaderContext leaf : serial.getIndexReader().leaves()) {
                    all[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
                    all[leaf.ord].set(0, leaf.reader().maxDoc());
                }
                PassingDocsQuery.Docs docs = PassingDocsQuery.Docs.of(all);
                java.util.Set<Thread> makers = java.util.concurrent.ConcurrentHashMap.newKeySet();
                TopFieldCollectorManager watched = new TopFieldCollectorManager(BY_SCORE_THEN_ID, 5, null, 5) {
                    @Override
                    public org.apache.lucene.search.TopFieldCollector newCollector() {
                        makers.add(Thread.currentThread());
                        return super.newCollector();
                    }
                };
                TopDocs got = ClauseAtATimeTopK.search(parallel, compiled, new SegmentGateCache(8),
                        new ClauseAtATimeTopK.Scratch(), List.of(new ClauseAtATimeTopK.Top(docs, watched, 5)))[0];
                assertThat(makers).containsExactly(Thread.currentThread());
                assertSame("parallel", got, reference(serial, compiled, docs, 5));
                return null;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /** The need with one of its wants (or a new one) listed twice: equal clauses, merged by the query's rewrite. */
    private static Need withWantTwice(Need n, Random r) {
        List<Requirement> reqs = new ArrayList<>(n.requirements());
        Requirement want = reqs.stream().filter(q -> q.kind() == RequirementKind.WANT).findFirst()
                .orElse(new Requirement("Truckførerbevis", null, RequirementKind.WANT, 2, null));
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            reqs.add(want);
        }
        return new Need(n.id(), n.employerId(), n.created(), n.status(), n.title(), n.styrk08(), n.description(),
                n.opening(), n.location(), n.percent(), n.shifts(), n.tasks(), reqs, n.languages(), n.accommodations(),
                n.interests(), n.welcomesTargetGroups());
    }

    /**
     * Two disjoint sets per leaf: the live documents passing every gate, and a random half of the other live
     * candidates (any set will do for the evaluator; this one is as large as a near-miss set can be).
     */
    private static void sets(IndexSearcher s, CompiledNeed compiled, Random r, FixedBitSet[] first,
            FixedBitSet[] second) throws IOException {
        Weight gates = s.createWeight(s.rewrite(new ConstantScoreQuery(compiled.gatesExcept(-1).build())),
                ScoreMode.COMPLETE_NO_SCORES, 1f);
        Weight visible = s.createWeight(s.rewrite(compiled.gates().get(0).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            first[leaf.ord] = new FixedBitSet(maxDoc);
            second[leaf.ord] = new FixedBitSet(maxDoc);
            Scorer g = gates.scorer(leaf);
            if (g != null) {
                first[leaf.ord].or(g.iterator());
            }
            Scorer v = visible.scorer(leaf);
            if (v != null) {
                DocIdSetIterator it = v.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    boolean live = leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(d);
                    if (live && !first[leaf.ord].get(d) && r.nextBoolean()) {
                        second[leaf.ord].set(d);
                    }
                }
            }
            if (leaf.reader().getLiveDocs() != null) {
                for (int d = 0; d < maxDoc; d++) {
                    if (!leaf.reader().getLiveDocs().get(d)) {
                        first[leaf.ord].clear(d);
                    }
                }
            }
        }
    }

    /** Lucene's top k of the need's query over the set (filtered on it), by score and then candidate id. */
    private static TopDocs lucene(IndexSearcher s, CompiledNeed compiled, PassingDocsQuery.Docs set, int k)
            throws IOException {
        return s.search(compiled.scored(new BooleanQuery.Builder().add(new PassingDocsQuery(set), Occur.FILTER)),
                manager(k));
    }

    /**
     * The top k of the need's query over the set written out: every candidate of the set, each score the sum of the
     * query's scored clauses as Lucene scores each of them (the rewritten query's clauses, equal ones merged with the
     * sum of their boosts, each weighted under the query's normalising boost as {@code BooleanWeight} does), added in
     * double and rounded to float once, ranked by score and then candidate id.
     */
    private static TopDocs reference(IndexSearcher s, CompiledNeed compiled, PassingDocsQuery.Docs set, int k)
            throws IOException {
        Query q = s.rewrite(compiled.scored(new BooleanQuery.Builder().add(new PassingDocsQuery(set), Occur.FILTER)));
        float boost = 1f;
        if (q instanceof BoostQuery bq) {
            boost = bq.getBoost();
            q = bq.getQuery();
        }
        List<Weight> clauses = new ArrayList<>();
        for (BooleanClause c : ((BooleanQuery) q).clauses()) {
            if (c.occur() == Occur.SHOULD) {
                clauses.add(s.createWeight(c.query(), ScoreMode.COMPLETE, boost));
            }
        }
        record Hit(int doc, float score, String id) {}
        List<Hit> hits = new ArrayList<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            FixedBitSet bits = set.bits()[leaf.ord];
            SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), Fields.ID);
            List<Scorer> scorers = new ArrayList<>();
            for (Weight w : clauses) {
                scorers.add(w.scorer(leaf));
            }
            for (int d = bits.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                    d = d + 1 < bits.length() ? bits.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                double sum = 0;
                for (Scorer sc : scorers) {
                    if (sc != null && (sc.docID() < d ? sc.iterator().advance(d) : sc.docID()) == d) {
                        sum += sc.score();
                    }
                }
                assertThat(ids.advanceExact(d)).isTrue();
                hits.add(new Hit(leaf.docBase + d, (float) sum, ids.lookupOrd(ids.nextOrd()).utf8ToString()));
            }
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(Hit::id));
        ScoreDoc[] top = hits.stream().limit(k)
                .map(h -> new FieldDoc(h.doc(), Float.NaN, new Object[] {h.score(), new BytesRef(h.id())}))
                .toArray(ScoreDoc[]::new);
        return new TopDocs(new TotalHits(hits.size(), TotalHits.Relation.EQUAL_TO), top);
    }

    private static TopFieldCollectorManager manager(int k) {
        return new TopFieldCollectorManager(BY_SCORE_THEN_ID, k, null, k);
    }

    private static void assertSame(String ctx, TopDocs got, TopDocs want) {
        assertThat(got.scoreDocs).as(ctx).hasSameSizeAs(want.scoreDocs);
        for (int i = 0; i < want.scoreDocs.length; i++) {
            assertThat(got.scoreDocs[i].doc).as(ctx + " #" + i).isEqualTo(want.scoreDocs[i].doc);
            float g = (Float) ((FieldDoc) got.scoreDocs[i]).fields[0];
            float w = (Float) ((FieldDoc) want.scoreDocs[i]).fields[0];
            assertThat(Float.floatToIntBits(g)).as(ctx + " #" + i + " score " + g + " vs " + w)
                    .isEqualTo(Float.floatToIntBits(w));
        }
    }
}
