package io.github.jobbmatch.cli;

import io.github.jobbmatch.json.DocumentType;
import io.github.jobbmatch.json.InterchangeCodec;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.CalibrationException;
import io.github.jobbmatch.sample.SampleGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code jobbmatch generate}: writes deterministic sample data as JSON Lines of the interchange format.
 * Candidates and needs are streamed one line at a time, so N is limited by disk, not memory.
 */
final class GenerateCommand implements Command {

    static final String CANDIDATES_FILE = "candidates.jsonl";
    static final String EMPLOYERS_FILE = "employers.jsonl";
    static final String NEEDS_FILE = "needs.jsonl";
    private static final int MAX_EMPLOYERS = 1_000_000;
    private static final int MAX_NEEDS = 10_000_000;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write deterministic sample candidates, employers and needs as JSON Lines";
    }

    @Override
    public String usage() {
        return """
                usage: jobbmatch generate --out DIR --candidates N --seed S [--needs M] [--employers K]
                                          [--calibration DIR] [--with-showcase]

                Writes candidates.jsonl, employers.jsonl and needs.jsonl to DIR (created if missing;
                existing files are replaced) in the interchange format (docs/format.md). The data is
                synthetic but calibrated on NAV's public figures (docs/sample-data.md): the same seed and
                calibration always give byte-identical files. Prints the counts written.

                  --out DIR          output directory
                  --candidates N     candidates to write, 0-2000000000 (ids k-0 .. k-<N-1>)
                  --seed S           seed (a whole number)
                  --employers K      employers, 1-%d (default N/10, at least 1)
                  --needs M          needs, 0-%d (default N/8, at least 1), spread over the employers
                  --calibration DIR  calibrate on NAV's CSV files in DIR (nav-arbeidssokere-per-yrke-2017.csv,
                                     nav-ettersporsel-yrke-fylke-2017.csv; optional nav-yrkestitler.csv,
                                     styrk08.csv) instead of the built-in figures
                  --with-showcase    also write the demo's three showcase employers and needs
                                     (e-demo-*, n-demo-kantine, n-demo-stillas, n-demo-hjemmetjeneste)

                Exit codes: 0 ok, 1 malformed calibration file, 2 usage error, 4 I/O error.
                """.formatted(MAX_EMPLOYERS, MAX_NEEDS);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(args, Set.of("out", "candidates", "seed", "needs", "employers", "calibration"),
                Set.of("with-showcase"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        Path outDir = Path.of(a.require("out"));
        a.require("candidates");
        a.require("seed");
        int n = a.intValue("candidates", 0, 0, Integer.MAX_VALUE - 1);
        long seed = a.longValue("seed", 0);
        int employers = a.intValue("employers", Math.clamp(n / 10, 1, MAX_EMPLOYERS), 1, MAX_EMPLOYERS);
        int needs = a.intValue("needs", Math.clamp(n / 8, 1, MAX_NEEDS), 0, MAX_NEEDS);
        boolean showcase = a.has("with-showcase");

        Calibration calibration;
        if (a.has("calibration")) {
            Path dir = a.path("calibration").orElseThrow();
            for (String required : List.of(Calibration.SEEKERS_FILE, Calibration.DEMAND_FILE)) {
                if (!Files.isRegularFile(dir.resolve(required))) {
                    err.println("error: cannot read " + dir.resolve(required) + " (--calibration): no such file");
                    return ExitCodes.IO_ERROR;
                }
            }
            try {
                calibration = Calibration.load(dir);
            } catch (CalibrationException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
        } else {
            calibration = Calibration.builtIn();
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            err.println("error: --out " + outDir + " exists and is not a directory");
            return ExitCodes.IO_ERROR;
        }
        Files.createDirectories(outDir);

        SampleGenerator generator = new SampleGenerator(seed, calibration);
        InterchangeCodec codec = new InterchangeCodec();
        List<Employer> employerList = new ArrayList<>(generator.employers(employers));
        long employerLines;
        long needLines;
        long candidateLines;
        try (Stream<Need> needStream = generator.needs(needs, employerList)) {
            List<Employer> allEmployers = new ArrayList<>(employerList);
            if (showcase) {
                allEmployers.addAll(SampleGenerator.showcaseEmployers());
            }
            employerLines = writeLines(codec, DocumentType.EMPLOYER, allEmployers.stream(), outDir.resolve(EMPLOYERS_FILE));
            Stream<Need> allNeeds = showcase ? Stream.concat(needStream, SampleGenerator.showcaseNeeds().stream()) : needStream;
            needLines = writeLines(codec, DocumentType.NEED, allNeeds, outDir.resolve(NEEDS_FILE));
        }
        candidateLines = writeLines(codec, DocumentType.CANDIDATE, generator.candidates(n), outDir.resolve(CANDIDATES_FILE));

        out.println("seed " + seed + ", calibration " + calibration.source());
        out.println(outDir.resolve(CANDIDATES_FILE) + ": " + candidateLines + " candidates");
        out.println(outDir.resolve(EMPLOYERS_FILE) + ": " + employerLines + " employers");
        out.println(outDir.resolve(NEEDS_FILE) + ": " + needLines + " needs");
        return ExitCodes.OK;
    }

    /** Streams documents to a file, one canonical JSON document per line; returns the line count. */
    private static <T> long writeLines(InterchangeCodec codec, DocumentType<T> type, Stream<? extends T> docs, Path file)
            throws IOException {
        long count = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                Stream<? extends T> s = docs) {
            Iterator<? extends T> it = s.iterator();
            while (it.hasNext()) {
                w.write(codec.write(type, it.next()));
                w.write('\n');
                count++;
            }
        }
        return count;
    }
}
