package io.github.jobbmatch.index;

/**
 * How a field of the index is stored. Each kind names the Lucene structures it writes, chosen so that an
 * OpenSearch mapping of the same kind writes the same structures and the compiled queries run unchanged on
 * either (see {@link IndexSchema}).
 */
public enum FieldKind {
    /** An exact term, postings with document ids only, no doc values (OpenSearch {@code keyword}, no doc values). */
    KEYWORD,
    /**
     * An exact term with sorted-set doc values as well (OpenSearch {@code keyword}): the id, which breaks score
     * ties so that an index and its shards rank alike.
     */
    KEYWORD_SORTABLE,
    /** Analysed text with positions and norms (OpenSearch {@code text} with the Norwegian analyzer). */
    TEXT,
    /** A long: points and sorted-numeric doc values (Lucene {@code LongField}, OpenSearch {@code long}). */
    LONG,
    /** A double: points and sorted-numeric doc values (Lucene {@code DoubleField}, OpenSearch {@code double}). */
    DOUBLE,
    /** A location: {@code LatLonPoint} and {@code LatLonDocValuesField} (OpenSearch {@code geo_point}). */
    GEO_POINT,
    /** Sorted-set doc values only, not searchable (OpenSearch {@code keyword} with {@code index: false}). */
    KEYWORD_DOC_VALUES,
    /** Stored bytes, neither searched nor scored (OpenSearch {@code binary} with {@code store: true}). */
    STORED_BINARY
}
