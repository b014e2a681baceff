package io.github.jobbmatch.cli;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.json.OpeningsResultJson;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.search.OpeningsRequest;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.Viewer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code jobbmatch openings --index DIR --candidate ID [--top N] [--in-process NEED_ID:COUNT,...]}:
 * the open needs that fit one candidate best (candidate-first), as JSON on stdout.
 */
final class OpeningsCommand implements Command {

    @Override
    public String name() {
        return "openings";
    }

    @Override
    public String summary() {
        return "the open needs that fit one candidate best (candidate-first)";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch openings --index DIR --candidate ID [--top N] [--in-process NEED_ID:COUNT,...]

                Ranks the open needs of every active employer for one indexed candidate and writes the
                result as one JSON object on stdout: pool, shortlist (needId, employerId, rank, score,
                requirements, accommodations, travelKm, contact, explanation), nearMisses, diagnostics.
                The search runs as the candidate's own following organisation.

                  --index DIR        the index directory
                  --candidate ID     the candidate
                  --top N            how many openings, 1-100 (default 10)
                  --in-process LIST  candidates already in process per need, e.g. n-1:2,n-7:1; an
                                     employer whose sum reaches its capacity is left out

                Exit codes: 0 ok, 2 usage, 4 index not readable, 5 unknown candidate.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(args, Set.of("index", "candidate", "top", "in-process"), Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        Path dir = Path.of(a.require("index"));
        String candidateId = a.require("candidate");
        int top = a.intValue("top", OpeningsRequest.DEFAULT_TOP, 1, OpeningsRequest.MAX_TOP);
        Map<String, Integer> inProcess = parseInProcess(a.get("in-process"));
        if (!Files.isDirectory(dir)) {
            err.println("error: index directory not found: " + dir);
            return ExitCodes.IO_ERROR;
        }
        try (MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.defaults())) {
            Optional<Candidate> c = index.candidate(candidateId);
            if (c.isEmpty()) {
                err.println("error: no candidate with id '" + candidateId + "' in " + dir);
                return ExitCodes.NOT_FOUND;
            }
            String org = c.get().followedBy() == null ? null : c.get().followedBy().organisation();
            OpeningsResult result;
            try {
                result = OpeningsSearch.builder(index).build()
                        .search(new OpeningsRequest(candidateId, null, top, new Viewer(org, "cli"), inProcess));
            } catch (NoSuchElementException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.NOT_FOUND;
            }
            out.println(OpeningsResultJson.toJson(result));
            return ExitCodes.OK;
        }
    }

    /** {@code n-1:2,n-7:1} into a map; anything else is a usage error naming the bad item. */
    static Map<String, Integer> parseInProcess(Optional<String> value) throws UsageException {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (value.isEmpty()) {
            return map;
        }
        for (String item : value.get().split(",", -1)) {
            String s = item.strip();
            int colon = s.lastIndexOf(':');
            if (colon <= 0 || colon == s.length() - 1) {
                throw new UsageException("--in-process expects NEED_ID:COUNT,..., got '" + item + "'");
            }
            String id = s.substring(0, colon);
            int count;
            try {
                count = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new UsageException("--in-process: count of '" + id + "' is not a whole number: '" + s.substring(colon + 1) + "'");
            }
            if (count < 0) {
                throw new UsageException("--in-process: count of '" + id + "' must be >= 0");
            }
            if (map.put(id, count) != null) {
                throw new UsageException("--in-process: need '" + id + "' given twice");
            }
        }
        return map;
    }
}
