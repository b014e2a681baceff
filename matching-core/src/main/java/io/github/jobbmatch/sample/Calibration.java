package io.github.jobbmatch.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The real-world figures that shape generated data: how job seekers spread over occupations, and
 * how employers' unmet demand spreads over occupations and counties. Either {@link #builtIn()}
 * (tables derived from NAV's 2017 data, no files needed) or {@link #load(Path)} from a directory in
 * the format of NAV's public data. Immutable and thread-safe.
 */
public final class Calibration {

    /** File with job seekers per occupation: {@code styrk08;yrke;arbeidssokere_2017}. */
    public static final String SEEKERS_FILE = "nav-arbeidssokere-per-yrke-2017.csv";
    /** File with unmet demand per occupation and county: {@code aar;yrkekode;yrke;<county>...;norge}. */
    public static final String DEMAND_FILE = "nav-ettersporsel-yrke-fylke-2017.csv";
    /** Optional file of job titles: {@code styrk08;tittel}. */
    public static final String TITLES_FILE = "nav-yrkestitler.csv";
    /** Optional STYRK-08 classification: {@code code;level;parentCode;name}. */
    public static final String STYRK_FILE = "styrk08.csv";

    /**
     * An occupation with the weight of job seekers who have it as background.
     *
     * @param styrk08 4-digit STYRK-08 code
     * @param name the occupation's name as the source gives it
     * @param weight number of job seekers (relative weight)
     */
    public record Occupation(String styrk08, String name, double weight) {}

    /**
     * Unmet demand for an occupation in one county.
     *
     * @param styrk08 4-digit STYRK-08 code
     * @param name the occupation's name as the source gives it
     * @param county the 2017 county
     * @param weight estimated unfilled positions (relative weight)
     */
    public record Demand(String styrk08, String name, County county, double weight) {}

    private static final Pattern CODE = Pattern.compile("[0-9]{4}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final String source;
    private final List<Occupation> seekers;
    private final List<Demand> demand;
    private final Map<String, List<String>> titles;

    private Calibration(String source, List<Occupation> seekers, List<Demand> demand, Map<String, List<String>> titles) {
        this.source = source;
        this.seekers = List.copyOf(seekers);
        this.demand = List.copyOf(demand);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        titles.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.titles = Collections.unmodifiableMap(copy);
    }

    /** The built-in figures: top 80 seeker occupations and top 40 demand occupations of 2017. */
    public static Calibration builtIn() {
        List<Occupation> seekers = new ArrayList<>();
        for (BuiltInFigures.Seekers s : BuiltInFigures.SEEKERS) {
            seekers.add(new Occupation(s.styrk08(), s.titles().get(0), s.jobSeekers()));
        }
        List<Demand> demand = new ArrayList<>();
        County[] counties = County.values();
        for (BuiltInFigures.Demand d : BuiltInFigures.DEMAND) {
            for (int i = 0; i < counties.length; i++) {
                if (d.perCounty()[i] > 0) {
                    demand.add(new Demand(d.styrk08(), d.title(), counties[i], d.perCounty()[i]));
                }
            }
        }
        return new Calibration("built-in", seekers, demand, BuiltInFigures.TITLES);
    }

    /**
     * Reads the figures from a directory holding {@value #SEEKERS_FILE} and {@value #DEMAND_FILE}
     * (required) and {@value #TITLES_FILE} and {@value #STYRK_FILE} (used when present, for job
     * titles). Files are UTF-8, semicolon-separated, with a header line; numbers may contain spaces
     * ("1 400"). Occupation 0000 (unknown) is left out: it names no occupation to generate.
     *
     * @throws CalibrationException naming the file and line when a file is missing or malformed
     * @throws UncheckedIOException when a file cannot be read
     */
    public static Calibration load(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        List<Occupation> seekers = readSeekers(dataDir.resolve(SEEKERS_FILE));
        List<Demand> demand = readDemand(dataDir.resolve(DEMAND_FILE));
        Map<String, List<String>> titles = new LinkedHashMap<>();
        BuiltInFigures.TITLES.forEach((k, v) -> titles.put(k, new ArrayList<>(v)));
        Path titleFile = dataDir.resolve(TITLES_FILE);
        if (Files.isRegularFile(titleFile)) {
            readTitles(titleFile, titles);
        }
        Path styrkFile = dataDir.resolve(STYRK_FILE);
        if (Files.isRegularFile(styrkFile)) {
            readStyrk(styrkFile, titles);
        }
        // Last resort: the occupation's own name from the figures (a plural, but a real name).
        for (Occupation o : seekers) {
            titles.computeIfAbsent(o.styrk08(), k -> new ArrayList<>(List.of(o.name())));
        }
        for (Demand d : demand) {
            titles.computeIfAbsent(d.styrk08(), k -> new ArrayList<>(List.of(d.name())));
        }
        return new Calibration(dataDir.toString(), seekers, demand, titles);
    }

    /** Where the figures came from: {@code "built-in"} or the directory they were read from. */
    public String source() {
        return source;
    }

    /** Occupations of job seekers with their weights, in source order. */
    public List<Occupation> seekers() {
        return seekers;
    }

    /** Unmet demand per occupation and county (cells with zero demand left out), in source order. */
    public List<Demand> demand() {
        return demand;
    }

    /**
     * Job titles known for an occupation, the preferred one first (built-in singular titles before
     * NAV's registered titles); empty when none is known.
     */
    public List<String> titles(String styrk08) {
        return titles.getOrDefault(styrk08, List.of());
    }

    @Override
    public String toString() {
        return "Calibration[" + source + ", " + seekers.size() + " seeker occupations, " + demand.size() + " demand cells]";
    }

    // ---- reading -------------------------------------------------------------------------------

    private interface RowHandler {
        void row(String[] fields, int line);
    }

    private static String[] readHeader(Path file, BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new CalibrationException(file.getFileName().toString(), 1, "empty file, expected a header line");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        return header.split(";", -1);
    }

    private static void readRows(Path file, BufferedReader in, int fields, RowHandler handler) throws IOException {
        String name = file.getFileName().toString();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != fields) {
                throw new CalibrationException(name, number,
                        "expected " + fields + " fields separated by ';', got " + f.length);
            }
            handler.row(f, number);
        }
    }

    private static BufferedReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CalibrationException(file.getFileName().toString(), 0, "missing (looked for " + file + ")");
        }
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int column(String file, String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equals(name)) {
                return i;
            }
        }
        throw new CalibrationException(file, 1, "expected a column named \"" + name + "\" in the header");
    }

    private static List<Occupation> readSeekers(Path file) {
        String name = file.getFileName().toString();
        List<Occupation> out = new ArrayList<>();
        try (BufferedReader in = open(file)) {
            String[] header = readHeader(file, in);
            int code = column(name, header, "styrk08");
            int title = column(name, header, "yrke");
            int count = column(name, header, "arbeidssokere_2017");
            readRows(file, in, header.length, (f, line) -> {
                String c = code(name, line, f[code]);
                double w = number(name, line, f[count]);
                if (!c.equals("0000") && w > 0) {
                    out.add(new Occupation(c, f[title].trim(), w));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (out.isEmpty()) {
            throw new CalibrationException(name, 0, "no occupation with job seekers");
        }
        return out;
    }

    private static List<Demand> readDemand(Path file) {
        String name = file.getFileName().toString();
        List<Demand> out = new ArrayList<>();
        try (BufferedReader in = open(file)) {
            String[] header = readHeader(file, in);
            int code = column(name, header, "yrkekode");
            int title = column(name, header, "yrke");
            County[] countyOf = new County[header.length];
            int counties = 0;
            for (int i = 0; i < header.length; i++) {
                String h = header[i].trim();
                if (h.equals("aar") || h.equals("yrkekode") || h.equals("yrke") || h.equals("norge")) {
                    continue;
                }
                int column = i;
                countyOf[i] = County.byKey(h).orElseThrow(() -> new CalibrationException(name, 1,
                        "unknown county column \"" + h + "\" (column " + (column + 1) + ")"));
                counties++;
            }
            if (counties == 0) {
                throw new CalibrationException(name, 1, "expected county columns (ostfold, akershus, ...) in the header");
            }
            readRows(file, in, header.length, (f, line) -> {
                String c = code(name, line, f[code]);
                for (int i = 0; i < f.length; i++) {
                    if (countyOf[i] != null) {
                        double w = number(name, line, f[i]);
                        if (w > 0 && !c.equals("0000")) {
                            out.add(new Demand(c, f[title].trim(), countyOf[i], w));
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (out.isEmpty()) {
            throw new CalibrationException(name, 0, "no occupation with unmet demand");
        }
        return out;
    }

    private static void readTitles(Path file, Map<String, List<String>> titles) {
        String name = file.getFileName().toString();
        try (BufferedReader in = open(file)) {
            String[] header = readHeader(file, in);
            int code = column(name, header, "styrk08");
            int title = column(name, header, "tittel");
            readRows(file, in, header.length, (f, line) -> {
                String c = code(name, line, f[code]);
                String t = f[title].trim();
                if (usableTitle(t)) {
                    List<String> list = titles.computeIfAbsent(c, k -> new ArrayList<>());
                    if (!list.contains(t)) {
                        list.add(t);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void readStyrk(Path file, Map<String, List<String>> titles) {
        String name = file.getFileName().toString();
        try (BufferedReader in = open(file)) {
            String[] header = readHeader(file, in);
            int code = column(name, header, "code");
            int title = column(name, header, "name");
            readRows(file, in, header.length, (f, line) -> {
                String c = f[code].trim();
                if (CODE.matcher(c).matches() && !c.equals("0000") && usableTitle(f[title].trim())) {
                    titles.computeIfAbsent(c, k -> new ArrayList<>(List.of(f[title].trim())));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Leaves out converted placeholders and titles cut in two by the source's comma split. */
    static boolean usableTitle(String t) {
        if (t.isEmpty() || t.length() > 120 || t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        long open = t.chars().filter(ch -> ch == '(').count();
        long close = t.chars().filter(ch -> ch == ')').count();
        return open == close && !t.endsWith("-") && !t.endsWith(" og");
    }

    private static String code(String file, int line, String value) {
        String c = value.trim();
        if (!CODE.matcher(c).matches()) {
            throw new CalibrationException(file, line, "expected a 4-digit STYRK-08 code, got \"" + c + "\"");
        }
        return c;
    }

    /** Parses "1 400" (with ordinary, no-break or narrow no-break spaces) and "1400"; empty is 0. */
    static double number(String file, int line, String value) {
        String v = value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").trim();
        if (v.isEmpty()) {
            return 0;
        }
        if (!NUMBER.matcher(v).matches()) {
            throw new CalibrationException(file, line, "expected a non-negative number, got \"" + value.trim() + "\"");
        }
        return Double.parseDouble(v);
    }
}
