package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.Documents;
import io.github.jobbmatch.index.FieldSink;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.RecordCodec;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as OpenSearch source documents: the same fields {@link Documents} gives the embedded index, as
 * JSON-ready maps for the mapping of {@link OpenSearchMapping}. The document id is the embedded index's
 * unique key ({@link DocType#uid(String)}), so an upsert replaces and a delete removes the same document.
 */
public final class SourceDocuments {

    private final Documents documents;

    /** Source documents built with this configuration (the same as the embedded index's). */
    public SourceDocuments(MatchingConfig config) {
        this.documents = new Documents(config);
    }

    /** A candidate's source. */
    public Map<String, Object> candidate(Candidate c) {
        Sink s = new Sink();
        documents.candidate(c, s);
        return s.source;
    }

    /** An employer's source. */
    public Map<String, Object> employer(Employer e) {
        Sink s = new Sink();
        documents.employer(e, s);
        return s.source;
    }

    /** A need's source. */
    public Map<String, Object> need(Need n) {
        Sink s = new Sink();
        documents.need(n, s);
        return s.source;
    }

    /** The record stored in a source document (the base64 {@link Fields#RECORD}), or null when absent. */
    public static byte[] record(Map<String, Object> source) {
        Object r = source == null ? null : source.get(Fields.RECORD);
        return r == null ? null : Base64.getDecoder().decode(r.toString());
    }

    /** Decodes the record of a candidate source document. */
    public static Candidate candidateOf(Map<String, Object> source) {
        return RecordCodec.decodeCandidate(record(source));
    }

    private static final class Sink implements FieldSink {
        final Map<String, Object> source = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        private void add(String field, Object value) {
            ((List<Object>) source.computeIfAbsent(field, f -> new ArrayList<>())).add(value);
        }

        @Override public void keyword(String field, String value) { add(field, value); }
        @Override public void sortableKeyword(String field, String value) { add(field, value); }
        @Override public void text(String field, String value) { add(field, value); }
        @Override public void longValue(String field, long value) { add(field, value); }
        @Override public void doubleValue(String field, double value) { add(field, value); }
        @Override public void geoPoint(String field, double lat, double lon) {
            add(field, Map.of("lat", lat, "lon", lon));
        }
        @Override public void keywordDocValue(String field, String value) { add(field, value); }
        @Override public void record(byte[] record) {
            source.put(Fields.RECORD, Base64.getEncoder().encodeToString(record));
        }
    }
}
