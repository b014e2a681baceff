package io.github.jobbmatch.sample;

/**
 * A calibration file is missing or malformed. The message names the file and, for malformed content,
 * the 1-based line number and what was expected.
 */
public class CalibrationException extends IllegalArgumentException {

    private final String file;
    private final int line;

    /**
     * @param file the file's name
     * @param line the 1-based line, or 0 when the problem is the file as a whole
     * @param message what is wrong
     */
    public CalibrationException(String file, int line, String message) {
        super(file + (line > 0 ? " line " + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file's name. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
