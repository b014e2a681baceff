package io.github.jobbmatch.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every field of the index and its {@link FieldKind}: the one description from which other stores derive
 * their layout (the OpenSearch module generates its index mapping from it). A test checks that
 * {@link Documents} emits exactly these fields in these kinds.
 */
public final class IndexSchema {

    private static final Map<String, FieldKind> FIELDS = build();

    private IndexSchema() {}

    /** Field name to kind, in a stable order (unmodifiable). */
    public static Map<String, FieldKind> fields() {
        return FIELDS;
    }

    /** The kind of a field. */
    public static FieldKind kind(String field) {
        FieldKind k = FIELDS.get(field);
        if (k == null) {
            throw new IllegalArgumentException("field '" + field + "' is not in the index schema");
        }
        return k;
    }

    private static Map<String, FieldKind> build() {
        Map<String, FieldKind> m = new LinkedHashMap<>();
        keyword(m, Fields.TYPE, Fields.UID);
        m.put(Fields.ID, FieldKind.KEYWORD_SORTABLE);
        m.put(Fields.RECORD, FieldKind.STORED_BINARY);

        keyword(m, Fields.C_SATISFIES, Fields.C_HELD, Fields.C_WISH, Fields.C_EXP_STYRK, Fields.C_WISH_STYRK,
                Fields.C_LANG);
        text(m, Fields.C_LABELS, Fields.C_INTERESTS, Fields.C_TEXT, Fields.C_EXP_TEXT, Fields.C_WISH_TEXT);
        m.put(Fields.C_HOME, FieldKind.GEO_POINT);
        m.put(Fields.C_MAX_KM, FieldKind.DOUBLE);
        keyword(m, Fields.C_REACH);
        m.put(Fields.C_FROM, FieldKind.LONG);
        m.put(Fields.C_PERCENT_MIN, FieldKind.DOUBLE);
        m.put(Fields.C_PERCENT_MAX, FieldKind.DOUBLE);
        keyword(m, Fields.C_SHIFT, Fields.C_ACCOMMODATION, Fields.C_SEARCHABLE, Fields.C_ORG, Fields.C_SHARE,
                Fields.C_READINESS, Fields.C_STABLE_TRIAL, Fields.C_TARGET_GROUP);

        keyword(m, Fields.N_STATUS, Fields.N_EMPLOYER, Fields.N_MUST, Fields.N_STYRK, Fields.N_SHIFT,
                Fields.N_LANG_MUST);
        m.put(Fields.N_EMPLOYER_ID, FieldKind.KEYWORD_DOC_VALUES);
        text(m, Fields.N_TEXT);
        m.put(Fields.N_LOCATION, FieldKind.GEO_POINT);
        m.put(Fields.N_MAX_KM, FieldKind.DOUBLE);
        keyword(m, Fields.N_REV_MUST);
        m.put(Fields.N_REV_MUST_COUNT, FieldKind.LONG);
        m.put(Fields.N_REV_MUST_SLACK, FieldKind.LONG);
        keyword(m, Fields.N_NOT_POSSIBLE);
        m.put(Fields.N_PERCENT_MIN, FieldKind.DOUBLE);
        m.put(Fields.N_PERCENT_MAX, FieldKind.DOUBLE);

        keyword(m, Fields.E_STATUS);
        m.put(Fields.E_ID, FieldKind.KEYWORD_DOC_VALUES);
        m.put(Fields.E_LOCATION, FieldKind.GEO_POINT);
        keyword(m, Fields.E_NO_CAPACITY);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void keyword(Map<String, FieldKind> m, String... names) {
        for (String n : names) {
            m.put(n, FieldKind.KEYWORD);
        }
    }

    private static void text(Map<String, FieldKind> m, String... names) {
        for (String n : names) {
            m.put(n, FieldKind.TEXT);
        }
    }
}
