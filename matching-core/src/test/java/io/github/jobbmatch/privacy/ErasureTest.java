package io.github.jobbmatch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchAuditor;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right to erasure: a deleted candidate is gone from results as soon as the delete is searchable, and
 * after {@link MatchingIndex#expungeDeletes()} no term of any field and no stored value of the
 * committed index contains its id or its unique labels.
 */
class ErasureTest {

    private static final String ID = "k-erase-7f3a";
    private static final String UNIQUE_COMPETENCE = "Zqxvarkonstruksjon";
    private static final String UNIQUE_INTEREST = "blorfjelling";
    private static final String UNIQUE_STRENGTH = "Kvabbelbrun";

    @Test
    void deletedCandidateLeavesResultsAtOnceAndTheFilesAfterExpunge(@TempDir Path dir) throws IOException {
        List<SearchAuditor.Event> audit = new ArrayList<>();
        try (MatchingIndex index = MatchingIndex.open(dir, MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            index.upsert(SearchFixtures.employer("e-kantina", EmployerStatus.ACTIVE));
            SearchFixtures.N need = new SearchFixtures.N("n-1");
            need.location = null;
            need.percent = null;
            need.shifts = new ArrayList<>();
            index.upsert(need.build());
            Random r = new Random(42);
            for (int i = 0; i < 40; i++) {
                index.upsert(SearchFixtures.randomCandidate(r, "k-other-" + i));
            }
            SearchFixtures.C c = new SearchFixtures.C(ID).competence("Matlaging").competence(UNIQUE_COMPETENCE);
            c.interests.add(UNIQUE_INTEREST);
            c.strengths = UNIQUE_STRENGTH + " og punktlig";
            index.upsert(c.build());
            index.commit();
            index.refresh();
            MatchingSearch search = MatchingSearch.builder(index).auditor(audit::add).build();
            SearchRequest request = new SearchRequest("n-1", SearchRequest.MAX_TOP, View.ADVISER, new Viewer("NAV Kristiansand", "v"), List.of());
            assertThat(ids(search.search(request))).contains(ID);
            assertThat(indexMentions(dir)).as("the committed index holds the candidate before erasure").isNotEmpty();

            long gen = index.delete(DocType.CANDIDATE, ID);
            index.awaitSearchable(gen);
            assertThat(ids(search.search(request))).doesNotContain(ID);
            assertThat(index.candidate(ID)).isEmpty();
            assertThat(audit).hasSize(2);
            assertThat(audit.get(1).candidateIds()).doesNotContain(ID);

            index.commit();
            // Only marked deleted so far: a plain commit keeps the terms in the segment files.
            assertThat(indexMentions(dir)).as("before expunge").isNotEmpty();
            index.expungeDeletes();
            assertThat(indexMentions(dir)).as("after expunge").isEmpty();
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(40);
        }
        // Still gone after reopening.
        assertThat(indexMentions(dir)).isEmpty();
    }

    private static List<String> ids(SearchResult r) {
        List<String> out = new ArrayList<>();
        r.shortlist().forEach(e -> out.add(e.candidateId()));
        r.nearMisses().forEach(m -> out.add(m.candidateId()));
        return out;
    }

    /**
     * Every place in the committed index where the candidate shows: terms of any field (deleted
     * documents' terms included, as they are in the files) and stored values of every document.
     */
    static List<String> indexMentions(Path dir) throws IOException {
        List<String> needles = List.of(ID, UNIQUE_COMPETENCE, UNIQUE_INTEREST, UNIQUE_STRENGTH).stream()
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> found = new ArrayList<>();
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo fi : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(fi.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    BytesRef t;
                    while ((t = te.next()) != null) {
                        String term = t.utf8ToString().toLowerCase(java.util.Locale.ROOT);
                        for (String n : needles) {
                            if (term.contains(n) || n.contains(term) && term.length() >= 8 && needles.indexOf(n) > 0) {
                                found.add("term " + fi.name + ":" + term);
                            }
                        }
                    }
                }
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    Document document = stored.document(doc);
                    for (IndexableField f : document.getFields()) {
                        String value = f.binaryValue() != null
                                ? new String(f.binaryValue().bytes, f.binaryValue().offset, f.binaryValue().length, StandardCharsets.ISO_8859_1)
                                : String.valueOf(f.stringValue());
                        String lower = value.toLowerCase(java.util.Locale.ROOT);
                        for (String n : needles) {
                            if (lower.contains(n)) {
                                found.add("stored " + f.name() + " of doc " + doc);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
