package io.github.jobbmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.testing.SearchFixtures;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The index format recorded in every commit, and the refusal of an index written in another one. */
class IndexFormatTest {

    private static final MatchingConfig CONFIG = MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();

    @Test
    void anIndexWrittenByThisVersionReopens() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (MatchingIndex index = MatchingIndex.open(dir, CONFIG)) {
                assertThat(index.upsertAll(List.of(new SearchFixtures.C("k-1").build())).rejected()).isEmpty();
                index.commit();
            }
            try (MatchingIndex index = MatchingIndex.open(dir, CONFIG)) {
                assertThat(index.count(DocType.CANDIDATE)).isEqualTo(1);
            }
        }
    }

    @Test
    void anIndexWithoutARecordedFormatIsRefusedAndLeftAsItWas() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            writeForeign(dir, null);
            String[] before = dir.listAll();
            assertThatThrownBy(() -> MatchingIndex.open(dir, CONFIG))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("earlier index format")
                    .hasMessageContaining("format " + MatchingIndex.FORMAT)
                    .hasMessageContaining("Rebuild");
            assertThat(dir.listAll()).containsExactly(before);
        }
    }

    @Test
    void anIndexInAnotherFormatIsRefused() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            writeForeign(dir, "1");
            assertThatThrownBy(() -> MatchingIndex.open(dir, CONFIG))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("index format 1");
        }
    }

    @Test
    void anEmptyIndexWithoutAFormatOpens() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                w.commit();
            }
            try (MatchingIndex index = MatchingIndex.open(dir, CONFIG)) {
                assertThat(index.count(DocType.CANDIDATE)).isZero();
            }
        }
    }

    /** One document committed by a plain writer, with the given format (null: none) in the commit data. */
    private static void writeForeign(Directory dir, String format) throws Exception {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField(Fields.TYPE, DocType.CANDIDATE.key(), Field.Store.NO));
            w.addDocument(d);
            if (format != null) {
                w.setLiveCommitData(Map.of("jobbmatch.indexFormat", format).entrySet());
            }
            w.commit();
        }
    }
}
