package io.github.jobbmatch.examples;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
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
import java.util.Objects;

/**
 * Keeps an index in sync with a case system's change feed: every change is applied as it arrives
 * (upserts, and deletes for the right to erasure), a commit is made every few changes to make them
 * durable, and searches in between see the changes at once (near-real-time) without waiting for it.
 *
 * <p>The index is a copy: if it is lost, rebuild it from the case system. So the commit interval is a
 * trade between how much to replay after a crash and the cost of a commit (an fsync).
 */
public final class ChangeFeedSync {

    /**
     * One change from the case system's feed.
     *
     * @param type what kind of document changed
     * @param id the document id
     * @param json the new document in the interchange format, or null for a delete (erasure)
     */
    public record Change(DocType type, String id, String json) {
        public Change {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }

        static Change upsert(DocType type, String id, String json) {
            return new Change(type, id, json);
        }

        static Change delete(DocType type, String id) {
            return new Change(type, id, null);
        }
    }

    /** What the broad search showed after one change: the example's output, and what its test checks. */
    public record Step(Change change, SearchResult result) {}

    /** Commit after this many changes. A real feed would also commit on a timer when it goes quiet. */
    static final int COMMIT_EVERY = 2;
    static final String NEED_ID = "n-demo-kantine";
    static final Viewer VIEWER = new Viewer("NAV Kristiansand", "veileder");

    /** A new candidate near the canteen with what it asks for: should go straight to the top. */
    static final String NEW_CANDIDATE = """
            {"id":"k-new-1","updated":"2026-11-23","followedBy":{"organisation":"NAV Kristiansand","kind":"nav"},\
            "consent":{"searchable":"all-organisations","shareWithEmployer":"on-presentation"},"readiness":"clarified",\
            "home":{"municipality":"4204","lat":58.15,"lon":8.00},\
            "availability":{"from":"2026-12-01","percent":{"min":50,"max":80},"shifts":["day"]},\
            "experience":[{"title":"Kokk","styrk08":"5120","years":4,"kind":"work"},\
            {"title":"Kantinemedarbeider","styrk08":"5246","years":1,"kind":"trial"}],\
            "competences":[{"label":"Matlaging","evidence":"trial"},{"label":"Oppvask og renhold","evidence":"trial"},\
            {"label":"Kundebehandling","evidence":"adviser"}],\
            "certificates":[{"label":"Hygienekurs for næringsmiddelbransjen"}],\
            "languages":[{"code":"no","level":"good"}],"interests":["matlaging","baking"],\
            "strengths":"Møter presis, rolig og blid med kunder.","accommodationNeeds":["gradual-start"]}""";

    private ChangeFeedSync() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("jobbmatch-feed-");
        run(dir, out);
    }

    /**
     * Loads a starting point, then plays a short feed against the canteen need, searching after every change.
     *
     * @return the search after each change, in feed order
     */
    public static List<Step> run(Path indexDir, PrintStream out) throws IOException {
        InterchangeCodec codec = new InterchangeCodec();
        try (MatchingIndex index = MatchingIndex.open(indexDir, MatchingConfig.defaults())) {
            // Starting point: what a first full export would give (here: generated sample data).
            SampleGenerator sample = new SampleGenerator(5, Calibration.builtIn());
            List<Object> initial = new ArrayList<>(SampleGenerator.showcaseEmployers());
            initial.addAll(SampleGenerator.showcaseNeeds());
            sample.candidates(400).forEach(initial::add);
            index.upsertAll(initial);
            index.commit();
            index.refresh();

            MatchingSearch search = MatchingSearch.builder(index).build();
            SearchResult before = search(search);
            print(out, "start", before);

            // The feed. Ids come from the current result, as they would from real events in the case system.
            String top = before.shortlist().get(0).candidateId();
            Need need = index.need(NEED_ID).orElseThrow();
            Need filled = new Need(need.id(), need.employerId(), need.created(), NeedStatus.FILLED, need.title(),
                    need.styrk08(), need.description(), need.opening(), need.location(), need.percent(), need.shifts(),
                    need.tasks(), need.requirements(), need.languages(), need.accommodations(), need.interests(),
                    need.welcomesTargetGroups());
            List<Change> feed = List.of(
                    Change.delete(DocType.CANDIDATE, top),                        // the candidate asks to be erased
                    Change.upsert(DocType.CANDIDATE, "k-new-1", NEW_CANDIDATE),   // a new candidate registers
                    Change.upsert(DocType.NEED, NEED_ID, codec.write(filled)));   // the position is filled

            List<Step> steps = new ArrayList<>();
            int sinceCommit = 0;
            for (Change change : feed) {
                long generation = apply(index, codec, change);
                // Near-real-time: wait for this one write to be searchable (normally well under a second).
                // No commit is needed for that; the commit below is only about durability.
                index.awaitSearchable(generation);
                if (++sinceCommit == COMMIT_EVERY) {
                    index.commit();
                    sinceCommit = 0;
                }
                SearchResult r = search(search);
                print(out, (change.json() == null ? "delete " : "upsert ") + change.type().key() + " " + change.id(), r);
                steps.add(new Step(change, r));
            }
            index.commit(); // the feed is quiet: make the rest durable too
            return steps;
        }
    }

    /** Applies one change. Validation failures throw; a real sync would park the event and alert. */
    static long apply(MatchingIndex index, InterchangeCodec codec, Change change) {
        if (change.json() == null) {
            return index.delete(change.type(), change.id());
        }
        return switch (change.type()) {
            case CANDIDATE -> index.upsert(codec.read(DocumentType.CANDIDATE, change.json()));
            case EMPLOYER -> index.upsert(codec.read(DocumentType.EMPLOYER, change.json()));
            case NEED -> index.upsert(codec.read(DocumentType.NEED, change.json()));
        };
    }

    private static SearchResult search(MatchingSearch search) {
        return search.search(new SearchRequest(NEED_ID, 3, View.ADVISER, VIEWER, List.of()));
    }

    private static void print(PrintStream out, String what, SearchResult r) {
        List<String> ids = r.shortlist().stream()
                .map(e -> e.candidateId() + " " + Math.round(e.score() * 100) + " %").toList();
        out.printf("%-28s -> %s%s%n", what, ids.isEmpty() ? "(empty)" : String.join(", ", ids),
                r.diagnostics().reasons().stream().map(x -> " [" + x.code() + "]").reduce("", String::concat));
    }
}
