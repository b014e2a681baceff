package io.github.jobbmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class IndexSchemaTest {

    private static final MatchingConfig CONFIG = MatchingConfig.defaults();

    /** Records every field a document emits, with the kind of the call that emitted it. */
    private static final class Recording implements FieldSink {
        final Map<String, Set<FieldKind>> seen = new HashMap<>();

        private void put(String f, FieldKind k) {
            seen.computeIfAbsent(f, x -> new TreeSet<>()).add(k);
        }

        @Override public void keyword(String f, String v) { put(f, FieldKind.KEYWORD); }
        @Override public void sortableKeyword(String f, String v) { put(f, FieldKind.KEYWORD_SORTABLE); }
        @Override public void text(String f, String v) { put(f, FieldKind.TEXT); }
        @Override public void longValue(String f, long v) { put(f, FieldKind.LONG); }
        @Override public void doubleValue(String f, double v) { put(f, FieldKind.DOUBLE); }
        @Override public void geoPoint(String f, double lat, double lon) { put(f, FieldKind.GEO_POINT); }
        @Override public void keywordDocValue(String f, String v) { put(f, FieldKind.KEYWORD_DOC_VALUES); }
        @Override public void record(byte[] r) { put(Fields.RECORD, FieldKind.STORED_BINARY); }
    }

    @Test
    void documentsEmitExactlyTheSchemaFieldsInTheirKinds() {
        long seed = 20261123L;
        System.out.println("IndexSchemaTest seed=" + seed);
        SampleGenerator gen = new SampleGenerator(seed, Calibration.builtIn());
        Documents docs = new Documents(CONFIG);
        Recording rec = new Recording();
        gen.candidates(400).forEach(c -> docs.candidate(c, rec));
        List<Employer> employers = gen.employers(40);
        employers.forEach(e -> docs.employer(e, rec));
        Employer full = employers.get(0);
        docs.employer(new Employer(full.id(), full.name(), full.orgNumber(), full.sector(), full.industry(),
                full.size(), full.location(), full.contact(), new io.github.jobbmatch.model.Capacity(0), full.status(),
                full.needsConfirmed(), full.history()), rec);
        gen.needs(400, employers).forEach(n -> docs.need(n, rec));

        rec.seen.forEach((field, kinds) ->
                assertThat(kinds).as(field).containsExactly(IndexSchema.kind(field)));
        assertThat(rec.seen.keySet()).containsExactlyInAnyOrderElementsOf(IndexSchema.fields().keySet());
    }

    @Test
    void everyFieldNameConstantIsInTheSchema() throws IllegalAccessException {
        Set<String> values = Set.of(Fields.UNKNOWN, Fields.REV_ALL, Fields.REACH_ANYWHERE, Fields.REACH_UNLIMITED);
        for (Field f : Fields.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String name = (String) f.get(null);
                if (!values.contains(name)) {
                    assertThat(IndexSchema.fields()).as(f.getName()).containsKey(name);
                }
            }
        }
    }

    @Test
    void luceneDocumentsWriteTheStructuresOfEachKind() {
        SampleGenerator gen = new SampleGenerator(5, Calibration.builtIn());
        Documents docs = new Documents(CONFIG);
        gen.candidates(50).forEach(c -> {
            for (IndexableField f : docs.candidate(c)) {
                FieldKind k = IndexSchema.kind(f.name());
                var t = f.fieldType();
                switch (k) {
                    case KEYWORD -> {
                        assertThat(t.indexOptions()).isEqualTo(IndexOptions.DOCS);
                        assertThat(t.docValuesType()).isEqualTo(DocValuesType.NONE);
                    }
                    case KEYWORD_SORTABLE -> assertThat(t.indexOptions() == IndexOptions.DOCS
                            || t.docValuesType() == DocValuesType.SORTED_SET).isTrue();
                    case TEXT -> assertThat(t.indexOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
                    case LONG, DOUBLE -> {
                        assertThat(t.pointDimensionCount()).isEqualTo(1);
                        assertThat(t.docValuesType()).isEqualTo(DocValuesType.SORTED_NUMERIC);
                    }
                    case GEO_POINT -> assertThat(t.pointDimensionCount() == 2
                            || t.docValuesType() == DocValuesType.SORTED_NUMERIC).isTrue();
                    case STORED_BINARY -> assertThat(t.stored()).isTrue();
                    case KEYWORD_DOC_VALUES -> assertThat(t.docValuesType()).isEqualTo(DocValuesType.SORTED_SET);
                }
            }
        });
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThatThrownBy(() -> IndexSchema.kind("c.nope")).hasMessageContaining("c.nope");
    }
}
