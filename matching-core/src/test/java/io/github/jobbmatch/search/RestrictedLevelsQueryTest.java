package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.CompiledNeed.ScoredClause;
import io.github.jobbmatch.testing.SearchFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A clause of constant levels restricted to a set of documents scores every document exactly as the clause itself
 * restricted to the set ({@link SegmentBoundQuery}), whether it reads its levels whole or leap-frogs: every clause of
 * seeded random needs, over random sets of seeded random candidates in several segments, with the boost a search
 * gives.
 */
class RestrictedLevelsQueryTest {

    static LongStream seeds() {
        return LongStream.range(1, 13);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameMatchesAndScoresAsTheClause(long seed) throws Exception {
        System.out.println("RestrictedLevelsQueryTest seed " + seed);
        Random r = new Random(seed);
        MatchingConfig config = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
        NeedQueryCompiler compiler = new NeedQueryCompiler(config, MatchWeights.defaults());
        Employer employer = SearchFixtures.employer("e-1", EmployerStatus.ACTIVE);
        try (MatchingIndex index = MatchingIndex.inMemory(config)) {
            for (int batch = 0; batch < 3; batch++) {
                List<Object> docs = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    docs.add(SearchFixtures.randomCandidate(r, "k-" + batch + "-" + i));
                }
                assertThat(index.upsertAll(docs).rejected()).isEmpty();
                index.delete(DocType.CANDIDATE, "k-" + batch + "-" + r.nextInt(60));
                index.refresh();
            }
            int compared = 0;
            SegmentGateCache kept = new SegmentGateCache(); // across the needs: levels recur
            int[] sums = {0};
            for (int n = 0; n < 5; n++) {
                Need need = SearchFixtures.randomNeed(r, "n-" + n, "e-1");
                CompiledNeed compiled = compiler.compile(need, employer,
                        SearchRequest.of(need.id(), new Viewer("NAV Kristiansand", "veileder")));
                float boost = 0.1f + r.nextFloat();
                for (ScoredClause c : compiled.clauses()) {
                    if (!c.isDisMaxOfLevels()) {
                        long sumSeed = r.nextLong();
                        compared += index.withSearcher(s -> {
                            PassingDocsQuery.Docs within = randomSets(s, new Random(sumSeed));
                            if (RestrictedTermSumQuery.of(c.query(), within, kept) == null) {
                                return 0;
                            }
                            sums[0]++;
                            List<String> expected = scored(s, new SegmentBoundQuery(c.query(), within), boost);
                            // Words kept across searches: first use, second (read and kept), third (from the kept);
                            // rare words walked (shift 0: every word not kept) or read (shift 31).
                            for (int use = 1; use <= 3; use++) {
                                for (int shift : new int[] {0, RestrictedLevelsQuery.SPARSE_SHIFT, 31}) {
                                    assertThat(scored(s, RestrictedTermSumQuery.of(c.query(), within, kept, shift), boost))
                                            .as("seed %d, clause %s, counted words, use %d, sparse shift %d", seed,
                                                    c.key(), use, shift)
                                            .isEqualTo(expected);
                                }
                            }
                            return expected.size();
                        });
                        continue;
                    }
                    List<Query> levels = c.levels().stream().map(ScoredClause::levelQuery).toList();
                    long setSeed = r.nextLong();
                    compared += index.withSearcher(s -> {
                        PassingDocsQuery.Docs within = randomSets(s, new Random(setSeed));
                        List<String> expected = scored(s, new SegmentBoundQuery(c.query(), within), boost);
                        // Leap-frog, read whole at the default, always read; and each read level walked posting
                        // by posting (shift 0), or read into a bit set (shift 31: only an empty level is walked).
                        for (long factor : new long[] {0, RestrictedLevelsQuery.READ_FACTOR, Long.MAX_VALUE}) {
                            for (int shift : new int[] {0, RestrictedLevelsQuery.SPARSE_SHIFT, 31}) {
                                assertThat(scored(s, new RestrictedLevelsQuery(levels, c.query(), within, factor, shift,
                                        null), boost)).as("seed %d, clause %s, read factor %d, sparse shift %d", seed,
                                        c.key(), factor, shift).isEqualTo(expected);
                            }
                        }
                        // With levels kept across searches: first use, second (read and kept), third (from the kept).
                        for (int use = 1; use <= 3; use++) {
                            assertThat(scored(s, new RestrictedLevelsQuery(levels, c.query(), within, kept), boost))
                                    .as("seed %d, clause %s, kept levels, use %d", seed, c.key(), use)
                                    .isEqualTo(expected);
                        }
                        return expected.size();
                    });
                }
            }
            assertThat(compared).as("documents compared").isPositive();
            assertThat(sums[0]).as("text sums compared").isPositive();
        }
    }

    /** Per leaf, a random share of the documents (none, some or all). */
    private static PassingDocsQuery.Docs randomSets(IndexSearcher s, Random r) {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet b = new FixedBitSet(leaf.reader().maxDoc());
            int share = r.nextInt(4) == 0 ? (r.nextBoolean() ? 0 : 10) : r.nextInt(11);
            for (int d = 0; d < b.length(); d++) {
                if (r.nextInt(10) < share) {
                    b.set(d);
                }
            }
            bits[leaf.ord] = b;
        }
        return PassingDocsQuery.Docs.of(bits);
    }

    /** Every document the query matches, with its score, as "leaf:doc=score". */
    private static List<String> scored(IndexSearcher s, Query q, float boost) throws java.io.IOException {
        Weight w = s.rewrite(q).createWeight(s, ScoreMode.TOP_SCORES, boost);
        List<String> out = new ArrayList<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            ScorerSupplier ss = w.scorerSupplier(leaf);
            if (ss == null) {
                continue;
            }
            Scorer sc = ss.get(Long.MAX_VALUE);
            DocIdSetIterator it = sc.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                out.add(leaf.ord + ":" + d + "=" + sc.score());
                assertThat(sc.score()).isLessThanOrEqualTo(sc.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
            }
        }
        return out;
    }
}
