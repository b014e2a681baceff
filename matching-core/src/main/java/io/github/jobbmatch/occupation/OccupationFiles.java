package io.github.jobbmatch.occupation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loaders for the semicolon-separated, UTF-8 files with a header line that the user supplies: the
 * STYRK-08 classification ({@code code;level;parentCode;name}) and job titles
 * ({@code styrk08;tittel}). The library ships neither. Every error names the file, the line and
 * what was wrong; blank lines are skipped.
 */
public final class OccupationFiles {

    /** The header of a STYRK-08 file. */
    public static final String STYRK_HEADER = "code;level;parentCode;name";
    /** The header of a job-title file. */
    public static final String TITLES_HEADER = "styrk08;tittel";

    private OccupationFiles() {}

    /** Reads a STYRK-08 file. */
    public static List<StyrkCode> readStyrk(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readStyrk(r, file.toString());
        } catch (CharacterCodingException e) {
            throw new OccupationFileException(file.toString(), 0, "not valid UTF-8");
        }
    }

    /** Reads STYRK-08 rows; {@code source} names the input in error messages. */
    public static List<StyrkCode> readStyrk(Reader reader, String source) throws IOException {
        List<StyrkCode> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        forEachRow(reader, source, STYRK_HEADER, (line, fields) -> {
            if (fields.length != 4) {
                throw new OccupationFileException(source, line,
                        "expected 4 fields (" + STYRK_HEADER + "), found " + fields.length);
            }
            int level;
            try {
                level = Integer.parseInt(fields[1].strip());
            } catch (NumberFormatException e) {
                throw new OccupationFileException(source, line, "level must be a number 1-4, got '" + fields[1] + "'");
            }
            StyrkCode c;
            try {
                c = new StyrkCode(fields[0].strip(), level, fields[2].strip(), fields[3].strip());
            } catch (IllegalArgumentException e) {
                throw new OccupationFileException(source, line, e.getMessage());
            }
            if (!seen.add(c.code())) {
                throw new OccupationFileException(source, line, "code " + c.code() + " appears twice");
            }
            out.add(c);
        });
        for (StyrkCode c : out) {
            if (!c.parentCode().isEmpty() && !seen.contains(c.parentCode())) {
                throw new OccupationFileException(source, 0,
                        "code " + c.code() + " names parent " + c.parentCode() + ", which is not in the file");
            }
        }
        return List.copyOf(out);
    }

    /** Reads a job-title file. */
    public static List<JobTitle> readJobTitles(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readJobTitles(r, file.toString());
        } catch (CharacterCodingException e) {
            throw new OccupationFileException(file.toString(), 0, "not valid UTF-8");
        }
    }

    /** Reads job-title rows; {@code source} names the input in error messages. */
    public static List<JobTitle> readJobTitles(Reader reader, String source) throws IOException {
        List<JobTitle> out = new ArrayList<>();
        forEachRow(reader, source, TITLES_HEADER, (line, fields) -> {
            if (fields.length != 2) {
                throw new OccupationFileException(source, line,
                        "expected 2 fields (" + TITLES_HEADER + "), found " + fields.length);
            }
            try {
                out.add(new JobTitle(fields[0].strip(), fields[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new OccupationFileException(source, line, e.getMessage());
            }
        });
        return List.copyOf(out);
    }

    private interface RowHandler {
        void row(int line, String[] fields) throws IOException;
    }

    private static void forEachRow(Reader reader, String source, String header, RowHandler handler) throws IOException {
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String first = br.readLine();
        if (first == null) {
            throw new OccupationFileException(source, 0, "empty file; expected the header '" + header + "'");
        }
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (!first.strip().equals(header)) {
            throw new OccupationFileException(source, 1, "expected the header '" + header + "', found '" + first + "'");
        }
        int lineNo = 1;
        String line;
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            handler.row(lineNo, line.split(";", -1));
        }
    }
}
