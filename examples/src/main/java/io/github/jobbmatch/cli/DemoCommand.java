package io.github.jobbmatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jobbmatch.index.BulkResult;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.OpeningsResultJson;
import io.github.jobbmatch.json.SearchResultJson;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code jobbmatch demo}: builds a throw-away index from generated sample data plus the three showcase
 * needs, and shows the broad search on each of them as an adviser would see it. Needs nothing but a JDK:
 * the sample data and the starter taxonomy are built in.
 */
final class DemoCommand implements Command {

    /** The three showcase needs, in the order shown. */
    static final List<String> SCENARIOS = List.of("n-demo-kantine", "n-demo-stillas", "n-demo-hjemmetjeneste");

    static final int DEFAULT_CANDIDATES = 3000;
    static final long DEFAULT_SEED = 1;
    static final int MAX_CANDIDATES = 200_000;
    /** The viewer of the demo: an adviser at a NAV office (sees all-organisations and own-organisation candidates). */
    static final Viewer VIEWER = new Viewer("NAV Kristiansand", "veileder");
    private static final int TOP = 5;
    private static final int OPENINGS_TOP = 5;
    private static final int BATCH = 500;

    /** Where the temporary index directory is created; null for the system default. */
    private final Path tempParent;

    DemoCommand() {
        this(null);
    }

    /** For tests: the temporary index is created (and deleted) under this directory. */
    DemoCommand(Path tempParent) {
        this.tempParent = tempParent;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "index generated sample data and show three broad searches (no set-up needed)";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch demo [--json] [--candidates N] [--seed S]

                Generates sample candidates, employers and needs (built-in, calibrated on NAV's public
                figures; nobody in it is real), indexes them in a temporary directory that is deleted
                afterwards, and shows the broad search for three showcase needs: a private canteen with
                room to adapt (n-demo-kantine), a scaffolding recruitment pathway where the near misses
                matter (n-demo-stillas) and a municipal home-care recruitment position with real musts
                (n-demo-hjemmetjeneste); then, candidate-first, the best open needs across all employers
                for the canteen's top candidate, with the contact person to call. Progress goes to
                stderr, the results to stdout.

                  --candidates N  sample candidates to index, 10-%d (default %d); employers and needs
                                  are scaled with it (N/10 and N/8, at most 300 and 400)
                  --seed S        seed of the sample data (default %d); the same seed gives the same demo
                  --json          print the results as a JSON array (three broad searches, then the
                                  candidate-first result; docs/format.md) instead of text

                Exit codes: 0 ok, 2 usage error, 4 the temporary index could not be written.
                """.formatted(MAX_CANDIDATES, DEFAULT_CANDIDATES, DEFAULT_SEED);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(args, Set.of("candidates", "seed"), Set.of("json"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        int n = a.intValue("candidates", DEFAULT_CANDIDATES, 10, MAX_CANDIDATES);
        long seed = a.longValue("seed", DEFAULT_SEED);
        boolean json = a.has("json");

        SampleGenerator generator = new SampleGenerator(seed, Calibration.builtIn());
        int employerCount = Math.clamp(n / 10, 10, 300);
        int needCount = Math.clamp(n / 8, 10, 400);
        List<Employer> employers = new ArrayList<>(generator.employers(employerCount));
        List<Need> needs = new ArrayList<>(generator.needs(needCount, employers).toList());
        employers.addAll(SampleGenerator.showcaseEmployers());
        needs.addAll(SampleGenerator.showcaseNeeds());

        Path dir = tempParent == null ? Files.createTempDirectory("jobbmatch-demo-")
                : Files.createTempDirectory(tempParent, "jobbmatch-demo-");
        List<SearchResult> results = new ArrayList<>();
        OpeningsResult openings = null;
        Candidate openingsCandidate = null;
        List<Need> shown = new ArrayList<>();
        List<Employer> shownEmployers = new ArrayList<>();
        try (MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.defaults())) {
            long started = System.nanoTime();
            int total = n + employers.size() + needs.size();
            Progress progress = new Progress(err, total);
            write(index, employers, progress);
            write(index, needs, progress);
            try (Stream<Candidate> candidates = generator.candidates(n)) {
                Iterator<Candidate> it = candidates.iterator();
                List<Candidate> batch = new ArrayList<>(BATCH);
                while (it.hasNext()) {
                    batch.add(it.next());
                    if (batch.size() == BATCH || !it.hasNext()) {
                        write(index, batch, progress);
                        batch.clear();
                    }
                }
            }
            index.commit();
            index.refresh();
            progress.done((System.nanoTime() - started) / 1_000_000);

            MatchingSearch search = MatchingSearch.builder(index).build();
            for (String needId : SCENARIOS) {
                results.add(search.search(new SearchRequest(needId, TOP, View.ADVISER, VIEWER, List.of())));
                shown.add(index.need(needId).orElseThrow());
                shownEmployers.add(index.employer(shown.getLast().employerId()).orElseThrow());
            }
            // Candidate-first: the adviser of the canteen's best candidate looks for that person's
            // best openings across all employers (the matching meeting with the case on the screen).
            String candidateId = results.get(0).shortlist().isEmpty() ? null
                    : results.get(0).shortlist().get(0).candidateId();
            if (candidateId != null) {
                openingsCandidate = index.candidate(candidateId).orElseThrow();
                openings = OpeningsSearch.builder(index).build().search(new OpeningsRequest(candidateId, null,
                        OPENINGS_TOP, new Viewer(openingsCandidate.followedBy().organisation(), "veileder"), Map.of()));
            }
        } finally {
            deleteRecursively(dir);
        }

        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            results.forEach(r -> array.add(SearchResultJson.toTree(r)));
            if (openings != null) {
                array.add(OpeningsResultJson.toTree(openings));
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            DemoPrinter printer = new DemoPrinter(out);
            printer.header(n, employers.size(), needs.size(), seed, VIEWER);
            for (int i = 0; i < results.size(); i++) {
                printer.scenario(i + 1, shown.get(i), shownEmployers.get(i), results.get(i), TOP);
            }
            if (openings != null) {
                printer.openings(results.size() + 1, openingsCandidate, openings);
            }
            printer.footer();
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void write(MatchingIndex index, List<?> docs, Progress progress) {
        BulkResult r = index.upsertAll(docs);
        if (!r.rejected().isEmpty()) {
            // The generator promises valid documents; a rejection here is a bug, not bad input.
            throw new IllegalStateException("sample document rejected: " + r.rejected().get(0));
        }
        progress.add(docs.size());
    }

    /** A single progress line on stderr, rewritten in place with a carriage return. */
    private static final class Progress {
        private final PrintStream err;
        private final int total;
        private int done;

        Progress(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        void add(int count) {
            done += count;
            err.print("\rIndekserer eksempeldata: " + done + "/" + total + " dokumenter");
            err.flush();
        }

        void done(long millis) {
            err.println("\rIndeksert " + total + " dokumenter på " + millis + " ms.            ");
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Norwegian names of accommodations, for the printer. */
    static String norwegian(List<Accommodation> list) {
        return String.join(", ", list.stream().map(Accommodation::norwegian).toList());
    }
}
