package io.github.jobbmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.index.FieldKind;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.IndexSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSearchMappingTest {

    @Test
    @SuppressWarnings("unchecked")
    void everySchemaFieldIsMappedToTheTypeOfItsKind() {
        Map<String, Object> properties = (Map<String, Object>) OpenSearchMapping.mappings().get("properties");
        assertThat(properties.keySet()).containsExactlyElementsOf(IndexSchema.fields().keySet());
        Map<FieldKind, String> types = Map.of(FieldKind.KEYWORD, "keyword", FieldKind.KEYWORD_SORTABLE, "keyword",
                FieldKind.TEXT, "text", FieldKind.LONG, "long", FieldKind.DOUBLE, "double",
                FieldKind.GEO_POINT, "geo_point", FieldKind.KEYWORD_DOC_VALUES, "keyword",
                FieldKind.STORED_BINARY, "binary");
        IndexSchema.fields().forEach((name, kind) -> {
            Map<String, Object> m = (Map<String, Object>) properties.get(name);
            assertThat(m.get("type")).as(name).isEqualTo(types.get(kind));
            if (kind == FieldKind.TEXT) {
                assertThat(m.get("analyzer")).isEqualTo(OpenSearchMapping.ANALYZER);
            }
        });
        assertThat((Map<String, Object>) properties.get(Fields.RECORD)).containsEntry("store", true);
        assertThat(OpenSearchMapping.mappings()).containsEntry("dynamic", "strict");
    }

    @Test
    @SuppressWarnings("unchecked")
    void settingsDefineTheAnalyzerAndRefuseImpossibleShardCounts() {
        Map<String, Object> s = OpenSearchMapping.settings(4, 1);
        assertThat((Map<String, Object>) s.get("index")).containsEntry("number_of_shards", 4)
                .containsEntry("number_of_replicas", 1);
        assertThat(s.get("analysis").toString()).contains(JobbmatchPlugin.ANALYZER_TYPE);
        assertThatThrownBy(() -> OpenSearchMapping.settings(0, 1)).hasMessageContaining("shards");
        assertThatThrownBy(() -> OpenSearchMapping.settings(1, -1)).hasMessageContaining("replicas");
    }

    @Test
    void luceneIsTheVersionOpenSearchShips() {
        assertThat(org.apache.lucene.util.Version.LATEST).isEqualTo(org.opensearch.Version.CURRENT.luceneVersion);
    }
}
