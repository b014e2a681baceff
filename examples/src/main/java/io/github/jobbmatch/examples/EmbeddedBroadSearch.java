package io.github.jobbmatch.examples;

import io.github.jobbmatch.index.BulkResult;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest complete use of the library from a case system: open an index, upsert a few documents
 * exported as interchange-format JSON, commit, run one broad search and print the explained short list.
 *
 * <p>Run it with {@code java -cp examples/target/jobbmatch.jar io.github.jobbmatch.examples.EmbeddedBroadSearch [INDEX_DIR]};
 * without an argument the index lives in a temporary directory.
 */
public final class EmbeddedBroadSearch {

    // In a case system these lines come from your export (one JSON document per line, docs/format.md).
    // A need may be as short as id, employerId, created and title; this one says a little more.
    static final String EMPLOYER = """
            {"id":"e-17","name":"Bydelskafeen SA","sector":"non-profit","location":{"municipality":"0301","lat":59.9139,"lon":10.7522}}""";
    static final String NEED = """
            {"id":"n-17-1","employerId":"e-17","created":"2026-11-20","status":"open","title":"Kafémedarbeider",\
            "requirements":[{"label":"Hygienekurs for næringsmiddelbransjen","kind":"trainable"},\
            {"label":"Matlaging","kind":"want","priority":1},{"label":"Kundebehandling","kind":"want","priority":2}],\
            "languages":[{"code":"no","level":"basic","kind":"must"}],\
            "accommodations":{"offered":["gradual-start","mentor"],"notPossible":["remote-days"]},\
            "interests":["matlaging"]}""";
    static final List<String> CANDIDATES = List.of("""
            {"id":"k-101","updated":"2026-11-01","followedBy":{"organisation":"NAV Grünerløkka","kind":"nav"},\
            "consent":{"searchable":"all-organisations","shareWithEmployer":"on-presentation"},\
            "home":{"municipality":"0301","lat":59.92,"lon":10.76},\
            "experience":[{"title":"Kokk","styrk08":"5120","years":3,"kind":"work"}],\
            "certificates":[{"label":"Hygienekurs for næringsmiddelbransjen"}],\
            "languages":[{"code":"no","level":"good"}],"interests":["matlaging","baking"],\
            "accommodationNeeds":["gradual-start"]}""", """
            {"id":"k-102","updated":"2026-10-12","followedBy":{"organisation":"Jobbvekst AS","kind":"provider"},\
            "consent":{"searchable":"all-organisations","shareWithEmployer":"on-presentation"},\
            "home":{"municipality":"0301","lat":59.95,"lon":10.80},\
            "experience":[{"title":"Butikkmedarbeider","years":2,"kind":"work"},{"title":"Matlaging for storfamilie","years":10,"kind":"home"}],\
            "competences":[{"label":"Kundebehandling","evidence":"trial"}],\
            "languages":[{"code":"no","level":"basic"},{"code":"ar","level":"native"}],\
            "accommodationNeeds":["language-support","flexible-hours"]}""", """
            {"id":"k-103","updated":"2026-11-15","followedBy":{"organisation":"NAV Sagene","kind":"nav"},\
            "consent":{"searchable":"all-organisations","shareWithEmployer":"never"},\
            "experience":[{"title":"Lagermedarbeider","years":4,"kind":"work"}],\
            "languages":[{"code":"no","level":"fluent"}],"accommodationNeeds":["remote-days"]}""");

    private EmbeddedBroadSearch() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0) {
            run(Path.of(args[0]), out);
        } else {
            Path dir = Files.createTempDirectory("jobbmatch-example-");
            run(dir, out);
        }
    }

    /** Indexes the documents above in {@code indexDir} and prints the short list for need n-17-1. */
    public static SearchResult run(Path indexDir, PrintStream out) throws IOException {
        // The codec is thread-safe and strict: a bad document throws with the JSON path of every problem.
        InterchangeCodec codec = new InterchangeCodec();
        Employer employer = codec.readEmployer(EMPLOYER);
        Need need = codec.readNeed(NEED);
        List<Object> docs = new ArrayList<>(List.of(employer, need));
        for (String line : CANDIDATES) {
            Candidate c = codec.readCandidate(line);
            docs.add(c);
        }

        // One index directory per deployment. defaults() = Norwegian analyzer + built-in starter taxonomy;
        // pass your own taxonomy (ESCO, JANZZ, ...) through MatchingConfig.builder() instead.
        try (MatchingIndex index = MatchingIndex.open(indexDir, MatchingConfig.defaults())) {
            // A bulk write validates everything first and writes only the valid documents.
            BulkResult written = index.upsertAll(docs);
            written.rejected().forEach(r -> out.println("rejected " + r.id() + ": " + r.violations()));
            index.commit();   // durable from here on
            index.refresh();  // and visible to the next search now (otherwise within about a second)

            // Build the search once and share it: it is thread-safe. Plug in a SearchAuditor to log who searched.
            MatchingSearch search = MatchingSearch.builder(index).build();
            Viewer viewer = new Viewer("NAV Grünerløkka", "veileder");
            SearchResult result = search.search(new SearchRequest(need.id(), 5, View.ADVISER, viewer, List.of()));

            out.printf("%s: %d candidates visible, %d pass every absolute requirement%n",
                    need.title(), result.pool().visible(), result.pool().passedGates());
            for (SearchResult.ShortlistEntry e : result.shortlist()) {
                out.printf("%d. %s (%d %%)%n   %s%n", e.rank(), e.candidateId(), Math.round(e.score() * 100), e.explanation());
            }
            // Candidates one gap away: here the one who needs remote days, which the form rules out.
            for (SearchResult.NearMiss m : result.nearMisses()) {
                out.printf("near miss %s: %s (%s)%n", m.candidateId(), m.gap(), m.route().wire());
            }
            return result;
        }
    }
}
