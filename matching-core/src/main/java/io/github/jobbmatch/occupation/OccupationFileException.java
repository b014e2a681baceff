package io.github.jobbmatch.occupation;

import java.io.IOException;

/** A STYRK-08 or job-title file could not be read; the message names the file, line and problem. */
public final class OccupationFileException extends IOException {
    private final String source;
    private final int line;

    OccupationFileException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file (or other source) name. */
    public String source() {
        return source;
    }

    /** The 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
