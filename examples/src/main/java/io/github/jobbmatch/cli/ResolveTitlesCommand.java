package io.github.jobbmatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobbmatch.occupation.JobTitle;
import io.github.jobbmatch.occupation.OccupationFiles;
import io.github.jobbmatch.occupation.OccupationMatch;
import io.github.jobbmatch.occupation.OccupationResolver;
import io.github.jobbmatch.occupation.StyrkCode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code jobbmatch resolve-titles --styrk FILE --titles FILE [--top N]}: reads one free-text job
 * title per line on stdin and writes one JSON object per line with the best STYRK-08 codes.
 */
final class ResolveTitlesCommand implements Command {

    private final Supplier<InputStream> stdin;

    ResolveTitlesCommand() {
        this(() -> System.in);
    }

    /** For tests: titles are read from this stream instead of stdin. */
    ResolveTitlesCommand(Supplier<InputStream> stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "resolve-titles";
    }

    @Override
    public String summary() {
        return "map free-text job titles (stdin) to STYRK-08 codes";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch resolve-titles --styrk FILE --titles FILE [--top N]

                Reads one job title per line on stdin (UTF-8; blank lines are skipped) and writes one
                JSON object per line on stdout:
                  {"title": "...", "matches": [{"styrk08": "5321", "name": "...", "score": 0.93}]}
                Scores are confidences in 0-1, best first; "matches" is empty when nothing in the
                title is recognised.

                  --styrk FILE   STYRK-08 classification, code;level;parentCode;name (with header)
                  --titles FILE  known job titles, styrk08;tittel (with header)
                  --top N        matches per title, 1-50 (default 3)
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(args, Set.of("styrk", "titles", "top"), Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        Path styrkFile = Path.of(a.require("styrk"));
        Path titlesFile = Path.of(a.require("titles"));
        int top = a.intValue("top", 3, 1, 50);
        for (Path p : List.of(styrkFile, titlesFile)) {
            if (!Files.isRegularFile(p)) {
                err.println("error: no such file: " + p);
                return ExitCodes.IO_ERROR;
            }
        }
        List<StyrkCode> styrk = OccupationFiles.readStyrk(styrkFile);
        List<JobTitle> titles = OccupationFiles.readJobTitles(titlesFile);
        ObjectMapper json = new ObjectMapper();
        try (OccupationResolver resolver = OccupationResolver.build(styrk, titles);
                BufferedReader in = new BufferedReader(new InputStreamReader(stdin.get(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String title = line.strip();
                if (title.isEmpty()) {
                    continue;
                }
                ObjectNode o = json.createObjectNode();
                o.put("title", title);
                ArrayNode matches = o.putArray("matches");
                for (OccupationMatch m : resolver.resolve(title, top)) {
                    ObjectNode mo = matches.addObject();
                    mo.put("styrk08", m.styrk08());
                    mo.put("name", m.name());
                    mo.put("score", Math.round(m.score() * 10000) / 10000.0);
                }
                out.println(json.writeValueAsString(o));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
