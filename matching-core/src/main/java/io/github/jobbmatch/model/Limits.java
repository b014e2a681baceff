package io.github.jobbmatch.model;

/**
 * Size limits of the interchange format, enforced by {@link Validator} (and by the JSON codec before
 * a document is even built). {@link #DOCUMENT_BYTES} is also enforced by {@code MatchingIndex} on
 * records built in Java, measured on the stored record encoding. They keep one bad export from exhausting memory or bloating the index.
 */
public final class Limits {
    /** Longest id. */
    public static final int ID_LENGTH = 128;
    /** Longest label, title or other short string. */
    public static final int LABEL_LENGTH = 300;
    /** Longest free text (description, strengths, task text). */
    public static final int TEXT_LENGTH = 10_000;
    /** Most elements in any one array. */
    public static final int LIST_LENGTH = 200;
    /** Largest serialised document, in bytes (UTF-8). */
    public static final int DOCUMENT_BYTES = 256 * 1024;
    /** Longest travel distance accepted, in km. */
    public static final double MAX_TRAVEL_KM = 2_000;
    /** Earliest year of any date. */
    public static final int MIN_YEAR = 1900;
    /** Latest year of any date. */
    public static final int MAX_YEAR = 2200;
    /** Most years of experience accepted. */
    public static final double MAX_YEARS = 80;

    private Limits() {}
}
