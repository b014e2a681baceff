package io.github.jobbmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.ValidationException;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingIndexTest {

    private static MatchingConfig config() {
        return MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build();
    }

    @Test
    void writeIsSearchableWithoutCommit() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                MatchingIndex index = MatchingIndex.open(dir, config())) {
            long gen = index.upsert(new SearchFixtures.C("k-1").build());
            index.awaitSearchable(gen);
            assertThat(index.candidate("k-1")).isPresent();
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(1);
            // Nothing was committed: a reader of the directory's last commit does not exist yet.
            assertThatThrownBy(() -> DirectoryReader.open(dir)).isInstanceOf(IndexNotFoundException.class);
        }
    }

    @Test
    void committedWritesAreSearchableWhenCommitReturns() throws IOException {
        try (MatchingIndex index = MatchingIndex.inMemory(config())) {
            index.upsert(new SearchFixtures.C("k-1").build());
            index.delete(DocType.CANDIDATE, "k-404");
            index.commit();
            // No refresh and no wait: commit() itself makes the writes visible.
            assertThat(index.candidate("k-1")).isPresent();
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(1);
        }
    }

    @Test
    void upsertReplacesAndDeleteRemoves() {
        try (MatchingIndex index = MatchingIndex.inMemory(config())) {
            var c = new SearchFixtures.C("k-1");
            c.interests.add("baking");
            index.upsert(c.build());
            c.interests.clear();
            c.interests.add("motorsport");
            index.awaitSearchable(index.upsert(c.build()));
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(1);
            assertThat(index.candidate("k-1").orElseThrow().interests()).containsExactly("motorsport");

            index.awaitSearchable(index.delete(DocType.CANDIDATE, "k-1"));
            assertThat(index.candidate("k-1")).isEmpty();
            assertThat(index.count(DocType.CANDIDATE)).isZero();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void typesHaveSeparateIdSpaces() throws IOException {
        try (MatchingIndex index = MatchingIndex.inMemory(config())) {
            index.upsert(new SearchFixtures.C("x-1").build());
            index.upsert(SearchFixtures.employer("x-1", EmployerStatus.ACTIVE));
            index.awaitSearchable(index.upsert(new SearchFixtures.N("x-1").build()));
            assertThat(index.candidate("x-1")).isPresent();
            assertThat(index.employer("x-1")).isPresent();
            assertThat(index.need("x-1")).isPresent();
            index.awaitSearchable(index.delete(DocType.EMPLOYER, "x-1"));
            assertThat(index.employer("x-1")).isEmpty();
            assertThat(index.candidate("x-1")).isPresent();
        }
    }

    @Test
    void invalidUpsertIsRejectedWithPathsAndLeavesIndexAsItWas() throws IOException {
        try (MatchingIndex index = MatchingIndex.inMemory(config())) {
            index.awaitSearchable(index.upsert(new SearchFixtures.C("k-1").build()));
            var bad = new SearchFixtures.C("k-1");
            bad.id = "k-1";
            bad.updated = null;
            bad.interests.add("x".repeat(400));
            assertThatThrownBy(() -> index.upsert(bad.build()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("$.updated")
                    .hasMessageContaining("$.interests[0]");
            index.refresh();
            assertThat(index.candidate("k-1").orElseThrow().interests()).isEmpty();
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(1);
        }
    }

    @Test
    void bulkWritesValidDocumentsAndNothingOfTheInvalidOne() throws IOException {
        try (MatchingIndex index = MatchingIndex.inMemory(config())) {
            var bad = new SearchFixtures.C("k-bad");
            bad.consent = null;
            List<Object> docs = List.of(new SearchFixtures.C("k-1").build(), bad.build(),
                    new SearchFixtures.N("n-1").build(), SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE));
            BulkResult r = index.upsertAll(docs);
            index.awaitSearchable(r.generation());
            assertThat(r.written()).isEqualTo(3);
            assertThat(r.rejected()).hasSize(1);
            BulkResult.Rejected rej = r.rejected().get(0);
            assertThat(rej.position()).isEqualTo(1);
            assertThat(rej.id()).isEqualTo("k-bad");
            assertThat(rej.type()).isEqualTo(DocType.CANDIDATE);
            assertThat(rej.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("$.consent"));
            assertThat(index.candidate("k-bad")).isEmpty();
            assertThat(index.candidate("k-1")).isPresent();
            assertThat(index.need("n-1")).isPresent();
            assertThat(index.employer("e-kantina")).isPresent();
        }
    }

    @Test
    void bulkRejectsForeignObjectsNamingThePosition() throws IOException {
        try (MatchingIndex index = MatchingIndex.inMemory(config())) {
            assertThatThrownBy(() -> index.upsertAll(List.of(new SearchFixtures.C("k-1").build(), "text")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 1");
            index.refresh();
            assertThat(index.count(DocType.CANDIDATE)).isZero();
        }
    }

    @Test
    void committedWritesSurviveReopen(@TempDir Path dir) throws IOException {
        Candidate c = new SearchFixtures.C("k-1").build();
        try (MatchingIndex index = MatchingIndex.open(dir, config())) {
            index.upsert(c);
            index.commit();
        }
        try (MatchingIndex index = MatchingIndex.open(dir, config())) {
            assertThat(index.candidate("k-1")).contains(c);
        }
    }

    @Test
    void closedIndexRefusesWork() throws IOException {
        MatchingIndex index = MatchingIndex.inMemory(config());
        index.close();
        assertThatThrownBy(() -> index.upsert(new SearchFixtures.C("k-1").build())).hasMessageContaining("closed");
    }
}
