package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jobbmatch.explain.HitExplainer;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.CompiledNeed.Gate;
import io.github.jobbmatch.search.CompiledNeed.GateKind;
import io.github.jobbmatch.search.CompiledNeed.Level;
import io.github.jobbmatch.search.CompiledNeed.ScoredClause;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broad search's fast paths against the straightforward forms they replaced, on seeded random
 * corpora: near misses (one scored query per relaxable gate, per {@code notPossible} value), the funnel
 * (one cumulative count per gate), the short list (the one query's top k) and the clause matches of explanations ({@link Weight#explain} per
 * clause and level). The reference forms live here, written from docs/matching.md.
 */
class BroadSearchReferenceTest {

    static final byte[] KEY = "reference-test-key-0123".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fastPathsAgreeWithTheReferenceForms(long seed) throws IOException {
        Random r = new Random(seed);
        System.out.println("BroadSearchReferenceTest seed " + seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        int limit = 1 + r.nextInt(8);
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            MatchingSearch search = MatchingSearch.builder(index).aliasKey(KEY).nearMisses(limit).build();
            // Without near misses the funnel is counted on its own path (each gate on what passed the ones before).
            MatchingSearch lean = MatchingSearch.builder(index).aliasKey(KEY).nearMisses(0).build();
            List<Object> docs = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                Candidate c = SearchFixtures.randomCandidate(r, "k-" + i);
                ids.add(c.id());
                docs.add(c);
            }
            Employer employer = SearchFixtures.employer("e-1", EmployerStatus.ACTIVE);
            docs.add(employer);
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Need n = SearchFixtures.randomNeed(r, "n-" + i, "e-1");
                needs.add(n);
                docs.add(n);
            }
            // Two segments, and deletions in the first (re-upserted candidates), so the per-leaf paths and live docs count.
            int half = docs.size() / 2;
            assertThat(index.upsertAll(docs.subList(0, half)).rejected()).isEmpty();
            index.refresh();
            List<Object> rest = new ArrayList<>(docs.subList(half, docs.size()));
            for (int i = 0; i < 8; i++) {
                rest.add(docs.get(r.nextInt(40)));
            }
            assertThat(index.upsertAll(rest).rejected()).isEmpty();
            index.refresh();
            assertThat((int) index.withSearcher(s -> s.getIndexReader().leaves().size())).isGreaterThan(1);
            assertThat((int) index.withSearcher(s -> s.getIndexReader().numDeletedDocs())).isPositive();

            for (Need need : needs) {
                View view = r.nextInt(3) == 0 ? View.EMPLOYER : View.ADVISER;
                List<String> exclude = r.nextBoolean() ? List.of() : List.of(ids.get(r.nextInt(ids.size())));
                SearchRequest req = new SearchRequest(need.id(), 20, view,
                        new Viewer(r.nextBoolean() ? "NAV Kristiansand" : "Jobbvekst AS", "v"), exclude);
                String ctx = "seed " + seed + ", need " + need.id() + ", limit " + limit;
                SearchResult res = search.search(req);
                CompiledNeed compiled = search.compiler().compile(need, employer, req);
                index.withSearcher(s -> {
                    // Near misses.
                    List<SearchResult.NearMiss> expected = referenceNearMisses(s, compiled, limit, view, search);
                    assertSameNearMisses(ctx + " (default)", res.nearMisses(), expected);
                    // Funnel, with and without near misses; the short list does not depend on them.
                    assertThat(res.diagnostics().funnel()).as(ctx).isEqualTo(referenceFunnel(s, compiled));
                    SearchResult leanResult = lean.search(req);
                    assertThat(leanResult.diagnostics().funnel()).as(ctx + " (no near misses)").isEqualTo(referenceFunnel(s, compiled));
                    assertThat(leanResult.shortlist()).as(ctx + " (no near misses)").isEqualTo(res.shortlist());
                    // Clause matches of every short-listed hit.
                    // The short list (filtered on the funnel's bit set) is the one query's top 20 by score, then id.
                    TopDocs top = byScoreThenId(s, s.search(compiled.query(), Math.max(1, s.getIndexReader().maxDoc())), 20);
                    assertThat(res.shortlist()).as(ctx).hasSize(top.scoreDocs.length);
                    for (int i = 0; i < top.scoreDocs.length; i++) {
                        String id = RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, top.scoreDocs[i].doc)).id();
                        SearchResult.ShortlistEntry e = res.shortlist().get(i);
                        assertThat(view == View.ADVISER ? e.candidateId() : e.alias())
                                .as(ctx + " rank " + (i + 1)).isEqualTo(view == View.ADVISER ? id : search.alias(need.id(), id));
                        assertThat(e.score()).as(ctx + " rank " + (i + 1)).isCloseTo(top.scoreDocs[i].score, within(1e-6));
                    }
                    HitExplainer explainer = new HitExplainer(config, search.compiler(), compiled, s);
                    for (ScoreDoc sd : top.scoreDocs) {
                        Candidate c = RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, sd.doc));
                        List<HitExplainer.ClauseMatch> got = explainer.explain(sd.doc, c).matches();
                        List<HitExplainer.ClauseMatch> want = referenceMatches(s, compiled, sd.doc);
                        assertThat(got).as(ctx + " " + c.id()).isEqualTo(want);
                    }
                    return null;
                });
            }
        }
    }

    static void assertSameNearMisses(String ctx, List<SearchResult.NearMiss> got, List<SearchResult.NearMiss> expected) {
        assertThat(got).as(ctx).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SearchResult.NearMiss e = expected.get(i);
            SearchResult.NearMiss g = got.get(i);
            assertThat(g.candidateId()).as(ctx + " #" + i).isEqualTo(e.candidateId());
            assertThat(g.alias()).as(ctx + " #" + i).isEqualTo(e.alias());
            assertThat(g.gapKind()).as(ctx + " #" + i).isEqualTo(e.gapKind());
            assertThat(g.gap()).as(ctx + " #" + i).isEqualTo(e.gap());
            assertThat(g.route()).as(ctx + " #" + i).isEqualTo(e.route());
            assertThat(g.score()).as(ctx + " #" + i).isCloseTo(e.score(), within(1e-6));
        }
    }

    /** Every hit, ranked by score and then candidate id (the order of the search), the first {@code n}. */
    static TopDocs byScoreThenId(IndexSearcher s, TopDocs all, int n) throws IOException {
        List<ScoreDoc> docs = new ArrayList<>(List.of(all.scoreDocs));
        java.util.Map<Integer, String> ids = new java.util.HashMap<>();
        for (ScoreDoc sd : docs) {
            ids.put(sd.doc, RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, sd.doc)).id());
        }
        docs.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparing(d -> ids.get(d.doc)));
        return new TopDocs(all.totalHits, docs.subList(0, Math.min(n, docs.size())).toArray(ScoreDoc[]::new));
    }

    /** One scored query per relaxable gate (per notPossible value), every hit, merged by score then candidate id. */
    static List<SearchResult.NearMiss> referenceNearMisses(IndexSearcher s, CompiledNeed compiled, int limit, View view,
            MatchingSearch search) throws IOException {
        record Miss(int doc, float score, String id, String kind, String gap, Route route) {}
        List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < compiled.gates().size(); i++) {
            Gate g = compiled.gates().get(i);
            if (!g.relaxable()) {
                continue;
            }
            List<Object[]> variants = new ArrayList<>(); // query, kind, gap, route
            if (g.kind() == GateKind.ACCOMMODATION) {
                List<Accommodation> notPossible = compiled.need().accommodations().notPossible();
                for (Accommodation a : notPossible) {
                    BooleanQuery.Builder b = compiled.gatesExcept(i);
                    b.add(new TermQuery(new Term(Fields.C_ACCOMMODATION, a.wire())), Occur.FILTER);
                    List<BytesRef> others = notPossible.stream().filter(x -> x != a).map(x -> new BytesRef(x.wire())).toList();
                    if (!others.isEmpty()) {
                        b.add(new TermInSetQuery(Fields.C_ACCOMMODATION, others), Occur.MUST_NOT);
                    }
                    variants.add(new Object[] {compiled.scored(b), "accommodation", a.norwegian(), Route.ASK_EMPLOYER});
                }
            } else {
                BooleanQuery.Builder b = compiled.gatesExcept(i);
                b.add(g.query(), Occur.MUST_NOT);
                variants.add(new Object[] {compiled.scored(b), g.kind() == GateKind.LANGUAGE ? "language" : "requirement",
                        g.label(), g.route()});
            }
            for (Object[] v : variants) {
                int all = Math.max(1, s.getIndexReader().maxDoc());
                TopDocs td = s.search((Query) v[0], new TopScoreDocCollectorManager(all, all));
                for (ScoreDoc sd : td.scoreDocs) {
                    String id = RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, sd.doc)).id();
                    misses.add(new Miss(sd.doc, sd.score, id, (String) v[1], (String) v[2], (Route) v[3]));
                }
            }
        }
        misses.sort(Comparator.comparingDouble((Miss m) -> -m.score()).thenComparing(Miss::id));
        List<SearchResult.NearMiss> out = new ArrayList<>();
        for (Miss m : misses.subList(0, Math.min(limit, misses.size()))) {
            String id = m.id();
            boolean adviser = view == View.ADVISER;
            out.add(new SearchResult.NearMiss(adviser ? id : null, adviser ? null : search.alias(compiled.need().id(), id),
                    m.score(), m.kind(), m.gap(), m.route(), null));
        }
        return out;
    }

    /** One count per gate, of that gate and every gate before it. */
    static List<SearchResult.FunnelStep> referenceFunnel(IndexSearcher s, CompiledNeed compiled) throws IOException {
        List<SearchResult.FunnelStep> steps = new ArrayList<>();
        BooleanQuery.Builder cumulative = new BooleanQuery.Builder();
        for (Gate g : compiled.gates()) {
            cumulative.add(g.query(), g.occur());
            steps.add(new SearchResult.FunnelStep(g.key(), g.label(), s.count(cumulative.build())));
        }
        return steps;
    }

    /** Weight.explain per clause (its points) and per level (whether it matched). */
    static List<HitExplainer.ClauseMatch> referenceMatches(IndexSearcher s, CompiledNeed compiled, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        List<HitExplainer.ClauseMatch> out = new ArrayList<>();
        for (ScoredClause c : compiled.clauses()) {
            Explanation e = weight(s, c.query()).explain(leaf, local);
            if (!e.isMatch()) {
                out.add(new HitExplainer.ClauseMatch(c, 0f, null, List.of()));
                continue;
            }
            List<Level> matched = new ArrayList<>();
            for (Level l : c.levels()) {
                if (weight(s, l.match()).explain(leaf, local).isMatch()) {
                    matched.add(l);
                }
            }
            out.add(new HitExplainer.ClauseMatch(c, e.getValue().floatValue(), matched.isEmpty() ? null : matched.get(0), matched));
        }
        return out;
    }

    private static Weight weight(IndexSearcher s, Query q) throws IOException {
        return s.createWeight(s.rewrite(q), ScoreMode.COMPLETE, 1f);
    }
}
