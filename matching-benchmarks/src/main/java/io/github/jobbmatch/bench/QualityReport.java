package io.github.jobbmatch.bench;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.CompiledNeed;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Quality report: the planted-fit benchmark ({@link PlantedBenchmark}) inside a generated background,
 * ranked by the broad search and by plain BM25 in the same run. Prints nDCG@10 (graded), recall of the
 * true fits (relevance >= 2) in the top 5, and hard violations (decoys in the top 5).
 *
 * <pre>bin/bench quality [--seed S] [--background N] [--verbose]</pre>
 */
public final class QualityReport {

    private static final Viewer VIEWER = new Viewer("nav-bench", "adviser");

    private QualityReport() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long seed = 42;
        long background = 20_000;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--background" -> background = Long.parseLong(args[++i].replace("_", ""));
                case "--verbose" -> verbose = true;
                default -> {
                    System.err.println("usage: bin/bench quality [--seed S] [--background N] [--verbose]");
                    System.exit(2);
                }
            }
        }
        run(out, seed, background, verbose);
    }

    /** Per-system totals. */
    private static final class Tally {
        double ndcg;
        double recall;
        int violations;
    }

    static void run(PrintStream out, long seed, long background, boolean verbose) throws Exception {
        MatchingConfig config = MatchingConfig.defaults();
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = g.employers(100).stream().filter(Employer::isActive).toList();
        List<PlantedBenchmark.Case> cases = PlantedBenchmark.cases(seed, employers.stream().map(Employer::id).toList());

        // The judged candidates must be recognisable through the public format: their labels resolve to concepts.
        List<String> labels = PlantedBenchmark.labels().toList();
        List<String> unresolved = labels.stream().filter(l -> config.conceptLookup().lookup(l).isEmpty()).toList();
        out.printf(Locale.ROOT, "planted: %d needs, %d judged candidates, %d distinct requirement labels, %d resolve to a"
                + " taxonomy concept%s%n", cases.size(), cases.stream().mapToInt(c -> c.judged().size()).sum(), labels.size(),
                labels.size() - unresolved.size(), unresolved.isEmpty() ? "" : " (unresolved: " + unresolved + ")");

        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            List<Object> docs = new ArrayList<>(employers);
            for (PlantedBenchmark.Case c : cases) {
                docs.add(c.need());
                c.judged().forEach(j -> docs.add(j.candidate()));
            }
            var bulk = index.upsertAll(docs);
            if (!bulk.rejected().isEmpty()) {
                throw new IllegalStateException("planted documents invalid: " + bulk.rejected());
            }
            BenchIndex.write(index, g.candidates(background));
            index.refresh();
            out.printf(Locale.ROOT, "background: %,d generated candidates (seed %d)%n", background, seed);

            MatchingSearch search = MatchingSearch.builder(index).build();
            Bm25Baseline bm25 = new Bm25Baseline(config.analyzer());
            Map<String, Employer> byId = new java.util.HashMap<>();
            employers.forEach(e -> byId.put(e.id(), e));
            Tally ours = new Tally();
            Tally generic = new Tally();
            Tally gated = new Tally();
            for (PlantedBenchmark.Case c : cases) {
                Need need = c.need();
                Map<String, PlantedBenchmark.Judged> judged = c.byId();
                SearchResult res = search.search(new SearchRequest(need.id(), 10, View.ADVISER, VIEWER, List.of()));
                List<String> ourIds = res.shortlist().stream().map(SearchResult.ShortlistEntry::candidateId).toList();
                CompiledNeed compiled = search.compiler().compile(need, byId.get(need.employerId()), SearchRequest.of(need.id(), VIEWER));
                // Generic set-up: BM25 under the consent filter only (gate 0 is visibility/consent).
                BooleanQuery.Builder consent = new BooleanQuery.Builder();
                consent.add(compiled.gates().get(0).query(), Occur.FILTER);
                List<String> genericIds = top10(index, bm25.query(need, consent));
                List<String> gatedIds = top10(index, bm25.query(need, compiled.gatesExcept(-1)));
                score(ours, ourIds, judged);
                score(generic, genericIds, judged);
                score(gated, gatedIds, judged);
                if (verbose) {
                    out.printf(Locale.ROOT, "%s %s%n  ours:  %s%n  bm25:  %s%n", need.id(), need.title(),
                            describe(ourIds, judged), describe(genericIds, judged));
                }
            }
            int n = cases.size();
            out.printf(Locale.ROOT, "%-44s %8s %8s %11s%n", "system", "nDCG@10", "recall@5", "violations");
            out.printf(Locale.ROOT, "%-44s %8.3f %8.3f %11d%n", "broad search (gates + scored clauses)", ours.ndcg / n,
                    ours.recall / n, ours.violations);
            out.printf(Locale.ROOT, "%-44s %8.3f %8.3f %11d%n", "plain BM25, consent filter (generic set-up)",
                    generic.ndcg / n, generic.recall / n, generic.violations);
            out.printf(Locale.ROOT, "%-44s %8.3f %8.3f %11d%n", "plain BM25, consent + our hard gates", gated.ndcg / n,
                    gated.recall / n, gated.violations);
            out.printf(Locale.ROOT, "goal: nDCG@10 >= BM25 + 0.25 and zero violations%n");
            out.printf(Locale.ROOT, "ndcg10=%.3f bm25_ndcg10=%.3f recall5=%.3f violations=%d bm25_violations=%d bm25_gated_ndcg10=%.3f%n",
                    ours.ndcg / n, generic.ndcg / n, ours.recall / n, ours.violations, generic.violations, gated.ndcg / n);
        }
    }

    private static List<String> top10(MatchingIndex index, Query q) {
        return index.withSearcher(s -> {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, 10).scoreDocs) {
                ids.add(RecordCodec.decodeCandidate(MatchingIndex.storedRecord(s, sd.doc)).id());
            }
            return ids;
        });
    }

    private static void score(Tally t, List<String> ranked, Map<String, PlantedBenchmark.Judged> judged) {
        List<Integer> rels = ranked.stream().map(id -> judged.containsKey(id) ? judged.get(id).relevance() : 0).toList();
        t.ndcg += Stats.ndcg(rels, judged.values().stream().map(PlantedBenchmark.Judged::relevance).toList(), 10);
        long fits = judged.values().stream().filter(j -> j.relevance() >= 2).count();
        long found = ranked.stream().limit(5).filter(id -> judged.containsKey(id) && judged.get(id).relevance() >= 2).count();
        t.recall += fits == 0 ? 0 : found / (double) fits;
        t.violations += (int) ranked.stream().limit(5).filter(id -> judged.containsKey(id) && judged.get(id).decoy()).count();
    }

    private static String describe(List<String> ids, Map<String, PlantedBenchmark.Judged> judged) {
        return ids.stream().map(id -> judged.containsKey(id) ? String.valueOf(judged.get(id).relevance())
                + (judged.get(id).decoy() ? "D" : "") : "-").toList().toString();
    }
}
