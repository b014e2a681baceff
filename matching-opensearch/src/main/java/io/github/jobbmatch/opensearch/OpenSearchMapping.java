package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.index.FieldKind;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.IndexSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenSearch index settings and mapping, generated from {@link IndexSchema}: each field kind maps to the
 * OpenSearch type that writes the same Lucene structures, so the need's compiled query runs unchanged in
 * every shard.
 */
public final class OpenSearchMapping {

    /** The name of the analyzer the mapping's text fields use (defined in the index settings). */
    public static final String ANALYZER = "jobbmatch";

    private OpenSearchMapping() {}

    /**
     * The {@code mappings} object. Dynamic fields are refused (a stray field would be a silent schema change);
     * {@code _source} keeps only the type and id: the record is a stored field, and every other field is
     * derived from it.
     */
    public static Map<String, Object> mappings() {
        Map<String, Object> properties = new LinkedHashMap<>();
        IndexSchema.fields().forEach((name, kind) -> properties.put(name, type(kind)));
        checkPaths(properties);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dynamic", "strict");
        m.put("_source", Map.of("includes", List.of(Fields.TYPE, Fields.ID)));
        m.put("properties", properties);
        return m;
    }

    /** The index settings: shards, replicas and the Norwegian analyzer of the plugin. */
    public static Map<String, Object> settings(int shards, int replicas) {
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0, got " + shards
                    + " and " + replicas);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("index", index);
        s.put("analysis", Map.of("analyzer", Map.of(ANALYZER, Map.of("type", JobbmatchPlugin.ANALYZER_TYPE))));
        return s;
    }

    private static Map<String, Object> type(FieldKind kind) {
        return switch (kind) {
            // Doc values off: the embedded index has none on keywords and no query reads them.
            case KEYWORD -> Map.of("type", "keyword", "doc_values", false);
            case KEYWORD_SORTABLE -> Map.of("type", "keyword");
            case TEXT -> Map.of("type", "text", "analyzer", ANALYZER);
            case LONG -> Map.of("type", "long");
            case DOUBLE -> Map.of("type", "double");
            case GEO_POINT -> Map.of("type", "geo_point");
            case KEYWORD_DOC_VALUES -> Map.of("type", "keyword", "index", false);
            // Stored as a Lucene stored field, as in the embedded index, so shard searches read it alike.
            case STORED_BINARY -> Map.of("type", "binary", "store", true);
        };
    }

    /** OpenSearch reads dotted names as object paths: a field may not also be the parent of another. */
    private static void checkPaths(Map<String, Object> properties) {
        for (String a : properties.keySet()) {
            for (String b : properties.keySet()) {
                if (b.startsWith(a + ".")) {
                    throw new IllegalStateException("index field '" + a + "' is also the object path of '" + b
                            + "'; OpenSearch cannot map both");
                }
            }
        }
    }
}
