package io.github.jobbmatch.bench;

import io.github.jobbmatch.occupation.JobTitle;
import io.github.jobbmatch.occupation.OccupationFiles;
import io.github.jobbmatch.occupation.OccupationMatch;
import io.github.jobbmatch.occupation.OccupationResolver;
import io.github.jobbmatch.occupation.StyrkCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Evaluation of {@link OccupationResolver} on NAV's job titles: a seeded 80/20 split of
 * {@code nav-yrkestitler.csv}; the resolver is built from the 80 % and the STYRK-08 names, resolves
 * the held-out 20 %, and is compared in the same run with a plain baseline (Lucene's
 * {@link StandardAnalyzer} with BM25 over the same training titles; the top hit's code).
 *
 * <pre>bin/bench titles [--seed S] [--data DIR]</pre>
 *
 * Exit codes: 0 done, 2 wrong usage or the data directory is missing.
 */
public final class TitleResolverEvaluation {

    private TitleResolverEvaluation() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        long seed = 42;
        Path data = defaultDataDir();
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--seed needs a value");
                    }
                    try {
                        seed = Long.parseLong(args[++i]);
                    } catch (NumberFormatException e) {
                        return usage(err, "--seed expects a whole number, got '" + args[i] + "'");
                    }
                }
                case "--data" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--data needs a directory");
                    }
                    data = Path.of(args[++i]);
                }
                case "--verbose" -> verbose = true;
                case "--help", "-h" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    return usage(err, "unknown argument '" + args[i] + "'");
                }
            }
        }
        Path styrkFile = data.resolve("styrk08.csv");
        Path titlesFile = data.resolve("nav-yrkestitler.csv");
        if (!Files.isRegularFile(styrkFile) || !Files.isRegularFile(titlesFile)) {
            err.println("error: the evaluation data is missing: expected styrk08.csv and nav-yrkestitler.csv in "
                    + data.toAbsolutePath().normalize() + " (give the directory with --data DIR)");
            return 2;
        }
        List<StyrkCode> styrk = OccupationFiles.readStyrk(styrkFile);
        List<JobTitle> titles = new ArrayList<>(OccupationFiles.readJobTitles(titlesFile));
        Collections.shuffle(titles, new Random(seed));
        int cut = (int) Math.round(titles.size() * 0.8);
        List<JobTitle> train = List.copyOf(titles.subList(0, cut));
        List<JobTitle> test = List.copyOf(titles.subList(cut, titles.size()));

        out.printf(Locale.ROOT, "data: %s (%d STYRK-08 codes, %d titles); seed %d; train %d, held out %d%n",
                data.toAbsolutePath().normalize(), styrk.size(), titles.size(), seed, train.size(), test.size());

        int top1 = 0;
        int top3 = 0;
        long start = System.nanoTime();
        try (OccupationResolver resolver = OccupationResolver.build(styrk, train)) {
            long built = System.nanoTime();
            for (JobTitle t : test) {
                List<OccupationMatch> m = resolver.resolve(t.title(), 3);
                if (!m.isEmpty() && m.get(0).styrk08().equals(t.styrk08())) {
                    top1++;
                }
                if (m.stream().anyMatch(x -> x.styrk08().equals(t.styrk08()))) {
                    top3++;
                } else if (verbose) {
                    out.printf(Locale.ROOT, "  miss: %s [%s] -> %s%n", t.title(), t.styrk08(),
                            m.stream().map(x -> x.styrk08() + " " + x.name() + String.format(Locale.ROOT, " %.2f", x.score())).toList());
                }
            }
            long done = System.nanoTime();
            out.printf(Locale.ROOT, "resolver: built in %d ms, %.2f ms per title%n",
                    (built - start) / 1_000_000, (done - built) / 1e6 / Math.max(1, test.size()));
        }
        int[] base = baseline(train, test);
        int n = test.size();
        out.printf(Locale.ROOT, "%-28s %8s %8s%n", "", "top-1", "top-3");
        out.printf(Locale.ROOT, "%-28s %8.3f %8.3f%n", "OccupationResolver", top1 / (double) n, top3 / (double) n);
        out.printf(Locale.ROOT, "%-28s %8.3f %8.3f%n", "baseline (StandardAnalyzer)", base[0] / (double) n, base[1] / (double) n);
        out.printf(Locale.ROOT, "top1=%.3f top3=%.3f baseline_top1=%.3f baseline_top3=%.3f n=%d%n",
                top1 / (double) n, top3 / (double) n, base[0] / (double) n, base[1] / (double) n, n);
        return 0;
    }

    /** BM25 with StandardAnalyzer over the training titles: [top-1 hits, top-3 hits]. */
    static int[] baseline(List<JobTitle> train, List<JobTitle> test) throws IOException {
        int top1 = 0;
        int top3 = 0;
        try (StandardAnalyzer analyzer = new StandardAnalyzer(); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (JobTitle t : train) {
                    Document d = new Document();
                    d.add(new TextField("title", t.title(), Field.Store.NO));
                    d.add(new StoredField("code", t.styrk08()));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder qb = new QueryBuilder(analyzer);
                for (JobTitle t : test) {
                    Query q = qb.createBooleanQuery("title", t.title());
                    if (q == null) {
                        continue;
                    }
                    Set<String> codes = new LinkedHashSet<>();
                    for (ScoreDoc sd : searcher.search(q, 30).scoreDocs) {
                        codes.add(searcher.storedFields().document(sd.doc).get("code"));
                        if (codes.size() == 3) {
                            break;
                        }
                    }
                    List<String> ranked = List.copyOf(codes);
                    if (!ranked.isEmpty() && ranked.get(0).equals(t.styrk08())) {
                        top1++;
                    }
                    if (ranked.contains(t.styrk08())) {
                        top3++;
                    }
                }
            }
        }
        return new int[] {top1, top3};
    }

    private static Path defaultDataDir() {
        // bin/bench runs from the project root; the shared data lives next to it.
        return Path.of("..", "shared", "data");
    }

    private static int usage(PrintStream s, String problem) {
        if (problem != null) {
            s.println("error: " + problem);
        }
        s.println("usage: bin/bench titles [--seed S] [--data DIR] [--verbose]");
        s.println("  --seed S    seed of the 80/20 split (default 42)");
        s.println("  --data DIR  directory with styrk08.csv and nav-yrkestitler.csv (default ../shared/data)");
        s.println("  --verbose   list the held-out titles whose code is not in the top 3");
        return 2;
    }
}
