package io.github.jobbmatch.cli;

import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.SearchResultJson;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code jobbmatch search}: the broad search for one need, printed as result JSON. */
final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "broad search: the explained short list of candidates for one need (JSON)";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch search --index DIR --need ID [--top N] [--view adviser|employer]
                                        [--viewer-organisation ORG] [--viewer-role ROLE] [--exclude ID,...] [--pretty]

                Searches every candidate the viewer may see for the need ID and prints the result JSON
                (FORMAT.md "Search request and result"): pool, shortlist with verdicts and explanations,
                nearMisses and diagnostics.funnel. --top defaults to 5 (1-100). --view employer lists only
                candidates who may be presented, under per-need aliases, without internal fields.
                --viewer-organisation is the searching organisation: candidates who allow search by their own
                organisation only are visible to it. --exclude leaves out candidates already in process.
                --pretty indents the JSON for reading.

                Exit codes: 0 ok, 2 usage error, 4 the index cannot be read, 5 no such need.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Args a = Args.parse(args, Set.of("index", "need", "top", "view", "viewer-organisation", "viewer-role", "exclude"),
                Set.of("pretty"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        Path dir = Path.of(a.require("index"));
        String needId = a.require("need");
        int top = a.intValue("top", SearchRequest.DEFAULT_TOP, 1, SearchRequest.MAX_TOP);
        View view = switch (a.get("view").orElse("adviser")) {
            case "adviser" -> View.ADVISER;
            case "employer" -> View.EMPLOYER;
            default -> throw new UsageException("--view must be adviser or employer, got '" + a.get("view").get() + "'");
        };
        List<String> exclude = a.get("exclude")
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
        Viewer viewer = new Viewer(a.get("viewer-organisation").orElse(null), a.get("viewer-role").orElse(null));
        try (MatchingIndex index = IndexStore.openExisting(dir)) {
            MatchingSearch search = IndexStore.search(index, dir);
            if (index.need(needId).isEmpty()) {
                err.println("error: no need with id '" + needId + "' in the index at " + dir);
                return ExitCodes.NOT_FOUND;
            }
            SearchResult result = search.search(new SearchRequest(needId, top, view, viewer, exclude));
            out.println(a.has("pretty") ? SearchResultJson.toTree(result).toPrettyString() : SearchResultJson.toJson(result));
        }
        return ExitCodes.OK;
    }
}
