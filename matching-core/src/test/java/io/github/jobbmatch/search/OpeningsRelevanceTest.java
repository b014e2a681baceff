package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OpeningsRelevance#top} (term at a time over kept ordinal postings) against Lucene's top k of
 * {@code FILTER(set) SHOULD(query())} on seeded random indexes: several segments, deleted documents, documents that
 * are not open needs, two sets ranked at once, tops smaller and larger than the sets, the openings' weights (8, 4.8,
 * 4, 2.4 and 1, so sums round as floats) with many ties, clauses of several terms, repeated clauses, and a postings
 * bound so small that terms are evicted and read again. Same documents, same order, same float scores.
 */
class OpeningsRelevanceTest {

    private static final float[] WEIGHTS = {8f, 8f * 0.6f, 4f, 4f * 0.6f, 1f};

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void termAtATimeGivesLucenesTopK(long seed) throws IOException {
        System.out.println("OpeningsRelevanceTest seed " + seed);
        Random r = new Random(seed);
        int vocabulary = 3 + r.nextInt(20);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer())
                        .setMergePolicy(NoMergePolicy.INSTANCE))) {
            int docs = 20 + r.nextInt(400);
            for (int i = 0; i < docs; i++) {
                Document d = new Document();
                d.add(new StringField("id", "d" + i, Field.Store.NO));
                if (r.nextInt(4) != 0) {
                    d.add(new StringField("open", "y", Field.Store.NO));
                }
                for (String field : List.of("a", "b")) {
                    int terms = r.nextInt(5);
                    for (int t = 0; t < terms; t++) {
                        d.add(new StringField(field, "t" + r.nextInt(vocabulary), Field.Store.NO));
                    }
                }
                w.addDocument(d);
                if (r.nextInt(60) == 0) {
                    w.commit(); // a segment boundary
                }
            }
            for (int i = 0; i < docs / 10; i++) {
                w.deleteDocuments(new Term("id", "d" + r.nextInt(docs)));
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                check(r, seed, vocabulary, reader);
            }
        }
    }

    private static void check(Random r, long seed, int vocabulary, DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] openDocs = new int[leaves.size()][];
        OpeningsRelevance.SegmentPostings[] postings = new OpeningsRelevance.SegmentPostings[leaves.size()];
        FixedBitSet[][] sets = new FixedBitSet[2][leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet open = new FixedBitSet(leaf.reader().maxDoc());
            var pe = leaf.reader().postings(new Term("open", "y"));
            if (pe != null) {
                open.or(pe);
            }
            int[] ords = new int[open.cardinality()];
            int n = 0;
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (open.get(d)) {
                    ords[n++] = d;
                }
            }
            openDocs[leaf.ord] = n == 0 ? null : ords;
            // A bound of a few ordinals: most terms are evicted between uses and read again.
            postings[leaf.ord] = new OpeningsRelevance.SegmentPostings(ords, 1 + r.nextInt(3) * 8);
            for (FixedBitSet[] set : sets) {
                FixedBitSet s = new FixedBitSet(leaf.reader().maxDoc());
                var live = leaf.reader().getLiveDocs();
                for (int d : ords) {
                    if ((live == null || live.get(d)) && r.nextInt(3) != 0) {
                        s.set(d);
                    }
                }
                set[leaf.ord] = s;
            }
        }
        for (int round = 0; round < 6; round++) {
            List<OpeningsRelevance.Clause> clauses = new ArrayList<>();
            int count = r.nextInt(8);
            for (int i = 0; i < count; i++) {
                List<BytesRef> terms = new ArrayList<>();
                int n = 1 + (r.nextInt(3) == 0 ? r.nextInt(4) : 0);
                for (int t = 0; t < n; t++) {
                    BytesRef term = new BytesRef("t" + r.nextInt(vocabulary + 2)); // some absent from the index
                    if (!terms.contains(term)) {
                        terms.add(term);
                    }
                }
                OpeningsRelevance.Clause c = new OpeningsRelevance.Clause(r.nextBoolean() ? "a" : "b", terms,
                        WEIGHTS[r.nextInt(WEIGHTS.length)]);
                clauses.add(c);
                if (r.nextInt(6) == 0) {
                    // The same terms again (in another order, another weight): Lucene's rewrite merges the two.
                    List<BytesRef> again = new ArrayList<>(terms);
                    java.util.Collections.reverse(again);
                    clauses.add(new OpeningsRelevance.Clause(c.field(), again, WEIGHTS[r.nextInt(WEIGHTS.length)]));
                }
            }
            OpeningsRelevance relevance = new OpeningsRelevance(clauses);
            int[] ks = {1 + r.nextInt(40), r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(40)};
            ScoreDoc[][] tops = relevance.top(leaves, openDocs, postings, sets, ks);
            for (int s = 0; s < 2; s++) {
                ScoreDoc[] expected = ks[s] == 0 ? new ScoreDoc[0] : searcher.search(new BooleanQuery.Builder()
                        .add(new PassingDocsQuery(sets[s]), Occur.FILTER)
                        .add(relevance.query(), Occur.SHOULD).build(), ks[s]).scoreDocs;
                assertThat(tops[s]).as("seed %d round %d set %d", seed, round, s).hasSize(expected.length);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(tops[s][i].doc).as("seed %d round %d set %d rank %d", seed, round, s, i)
                            .isEqualTo(expected[i].doc);
                    assertThat(Float.floatToIntBits(tops[s][i].score))
                            .as("seed %d round %d set %d rank %d: %s vs %s", seed, round, s, i, tops[s][i].score,
                                    expected[i].score)
                            .isEqualTo(Float.floatToIntBits(expected[i].score));
                }
            }
        }
    }
}
