package io.github.jobbmatch.index;

/**
 * Receives the index fields of one record, value by value, in the kinds {@link IndexSchema} declares.
 * {@link Documents} writes every record through a sink, so the embedded index (a Lucene document) and
 * other stores (an OpenSearch source document) get the same fields from one derivation.
 */
public interface FieldSink {

    /** A {@link FieldKind#KEYWORD} value. */
    void keyword(String field, String value);

    /** A {@link FieldKind#KEYWORD_SORTABLE} value. */
    void sortableKeyword(String field, String value);

    /** A {@link FieldKind#TEXT} value, analysed by the index's analyzer. */
    void text(String field, String value);

    /** A {@link FieldKind#LONG} value. */
    void longValue(String field, long value);

    /** A {@link FieldKind#DOUBLE} value. */
    void doubleValue(String field, double value);

    /** A {@link FieldKind#GEO_POINT} value. */
    void geoPoint(String field, double lat, double lon);

    /** A {@link FieldKind#KEYWORD_DOC_VALUES} value. */
    void keywordDocValue(String field, String value);

    /** The {@link FieldKind#STORED_BINARY} record ({@link Fields#RECORD}). */
    void record(byte[] record);
}
