package io.github.jobbmatch.bench;

import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.CompiledNeed;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the hot path on a generated index built once per trial: compiling a need, the broad
 * search (top 5 with explanations), scoring one candidate with the compiled query, and bulk indexing.
 * A quick profile: {@code bin/bench jmh -p candidates=10000 -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class HotPathBenchmark {

    private static final Viewer VIEWER = new Viewer("nav-bench", "adviser");
    private static final int BULK = 1_000;

    @Param({"10000", "100000", "1000000"})
    public int candidates;

    private BenchIndex bench;
    private MatchingSearch search;
    private List<Need> needs;
    private List<Candidate> bulk;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        bench = BenchIndex.build(7, candidates, 100);
        search = MatchingSearch.builder(bench.index()).build();
        needs = bench.needs();
        // Re-writing existing ids: the index stays the same size while bulk indexing is measured.
        bulk = new SampleGenerator(7, Calibration.builtIn()).candidates(BULK).toList();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        bench.index().close();
        bench.deleteDirectory();
    }

    private Need nextNeed() {
        next = (next + 1) % needs.size();
        return needs.get(next);
    }

    /** Need + employer + request into one query (taxonomy look-ups, text analysis). */
    @Benchmark
    public CompiledNeed compileNeed() {
        Need need = nextNeed();
        return search.compiler().compile(need, bench.employers().get(need.employerId()), SearchRequest.of(need.id(), VIEWER));
    }

    /** The broad search as an adviser sees it: top 5 with explanations, near misses and funnel. */
    @Benchmark
    public SearchResult broadSearch() {
        return search.search(SearchRequest.of(nextNeed().id(), VIEWER));
    }

    /** The compiled query restricted to one candidate id: the cost of scoring one candidate. */
    @Benchmark
    public TopDocs scoreOneCandidate() {
        Need need = nextNeed();
        CompiledNeed compiled = search.compiler().compile(need, bench.employers().get(need.employerId()),
                SearchRequest.of(need.id(), VIEWER));
        BooleanQuery.Builder b = compiled.gatesExcept(-1);
        b.add(new TermQuery(new Term(Fields.UID, DocType.CANDIDATE.uid("k-" + (next * 7919 % candidates)))), Occur.FILTER);
        return bench.index().withSearcher(s -> s.search(compiled.scored(b), 1));
    }

    /** Bulk indexing of {@value #BULK} candidates (upserts of existing ids); divide by 1000 for one. */
    @Benchmark
    public Object bulkIndex1000() {
        return bench.index().upsertAll(bulk);
    }
}
