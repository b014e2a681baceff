package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobbmatch.fixtures.RandomDocuments;
import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.ValidationException;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.SearchRequest;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.View;
import io.github.jobbmatch.search.Viewer;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over seeds of the JSON edge: the employer view of any result holds only public keys and no
 * internal value (ids, following organisations, advisers), at any depth; and whatever text reaches the
 * codec, the codec → index path either writes a document exactly or raises the documented exception and
 * writes nothing.
 */
class PrivacyAndIndexFuzzTest {

    /** Every key the employer view may have, at any depth (FORMAT.md, search result, employer view). */
    private static final Set<String> EMPLOYER_KEYS = Set.of("needId", "view", "pool", "visible", "passedGates", "shortlist",
            "nearMisses", "diagnostics", "alias", "rank", "score", "requirements", "label", "kind", "status", "accommodations",
            "needed", "offered", "unknown", "conflicts", "travelKm", "availableFrom", "explanation", "gap", "route", "funnel",
            "gate", "remaining", "reasons", "code", "message", "summary", "text", "what", "why");

    private final InterchangeCodec codec = new InterchangeCodec();

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void employerViewHoldsNothingInternal(long seed) throws IOException {
        Random r = new Random(seed);
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            index.upsert(SearchFixtures.employer("e-1", EmployerStatus.ACTIVE));
            index.upsert(SearchFixtures.randomNeed(r, "n-1", "e-1"));
            Set<String> secrets = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                Candidate c = SearchFixtures.randomCandidate(r, "kid" + seed + "x" + i);
                // Distinctive following organisation and adviser, so any leak is found by value.
                String org = "Oppfolgingsenhet" + seed + "q" + i;
                String adviser = "Veilederperson" + seed + "q" + i;
                c = new Candidate(c.id(), c.updated(), new FollowedBy(org, c.followedBy().kind(), adviser), c.consent(),
                        c.readiness(), c.home(), c.mobility(), c.availability(), c.experience(), c.wishes(), c.competences(),
                        c.certificates(), c.education(), c.languages(), c.interests(), c.strengths(), c.accommodationNeeds(),
                        c.targetGroups(), c.evidence());
                index.upsert(c);
                secrets.add(c.id());
                secrets.add(org);
                secrets.add(adviser);
            }
            index.refresh();
            MatchingSearch search = MatchingSearch.builder(index).build();
            SearchResult result = search.search(new SearchRequest("n-1", SearchRequest.MAX_TOP, View.EMPLOYER,
                    new Viewer(null, "arbeidsgiver"), List.of()));
            String json = SearchResultJson.toJson(result);
            JsonNode tree = new ObjectMapper().readTree(json);
            Set<String> keys = new HashSet<>();
            List<String> values = new ArrayList<>();
            walk(tree, keys, values);
            assertThat(keys).as("seed %d: keys of the employer view", seed).isSubsetOf(EMPLOYER_KEYS);
            for (String v : values) {
                for (String secret : secrets) {
                    assertThat(v).as("seed %d: a value of the employer view", seed).doesNotContain(secret);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void codecToIndexWritesExactlyOrNothing(long seed) throws IOException {
        RandomDocuments docs = new RandomDocuments(seed);
        Random random = new Random(seed + 99);
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            Candidate existing = docs.candidate();
            index.upsert(existing);
            index.refresh();
            String json = codec.write(existing);
            for (int round = 0; round < 60; round++) {
                String mutated = mutate(json, random);
                int before = index.count(DocType.CANDIDATE);
                Candidate read;
                try {
                    read = codec.readCandidate(mutated);
                } catch (DocumentException e) {
                    assertThat(e.violations()).isNotEmpty();
                    continue;
                } catch (RuntimeException e) {
                    fail("seed " + seed + ": the codec threw " + e, e);
                    return;
                }
                try {
                    index.upsert(read);
                    index.refresh();
                    assertThat(index.candidate(read.id())).contains(read);
                } catch (ValidationException e) {
                    index.refresh();
                    assertThat(index.count(DocType.CANDIDATE)).isEqualTo(before);
                } catch (RuntimeException e) {
                    fail("seed " + seed + ": the index threw " + e + " for " + mutated, e);
                }
            }
            // JSON Lines with good and bad lines: the good ones are accepted, the bad are reported, none throws.
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                lines.append(i % 3 == 0 ? mutate(codec.write(docs.candidate()), random) : codec.write(docs.candidate())).append('\n');
            }
            ReadResult<Candidate> rr = codec.readCandidates(new StringReader(lines.toString()));
            assertThat(rr.accepted().size() + rr.errors().size()).isEqualTo(10);
            var bulk = index.upsertAll(rr.documents());
            assertThat(bulk.written() + bulk.rejected().size()).isEqualTo(rr.accepted().size());
        }
    }

    /** Truncation, deep nesting, huge strings and lists, control characters, lone surrogates, look-alikes. */
    private static String mutate(String json, Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> json.substring(0, r.nextInt(json.length()));
            case 1 -> json.replaceFirst("\"strengths\":", "\"strengths\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"x\":");
            case 2 -> json.replaceFirst("\"id\":\"", "\"id\":\"" + "x".repeat(200_000));
            case 3 -> json.replaceFirst("\"interests\":\\[", "\"interests\":[" + "\"a\",".repeat(201));
            case 4 -> json.replaceFirst("\"organisation\":\"", "\"organisation\":\"\\u0000\\u0007");
            case 5 -> json.replaceFirst("\"organisation\":\"", "\"organisation\":\"\\ud800");
            case 6 -> json.replaceFirst("\"organisation\":\"", "\"organisation\":\"ΝΑV \u200b\u202e");
            default -> {
                StringBuilder b = new StringBuilder(json);
                int at = r.nextInt(b.length() + 1);
                b.insert(at, "{}[],:\"\\\u0001\uffff".charAt(r.nextInt(10)));
                yield b.toString();
            }
        };
    }

    private static void walk(JsonNode n, Set<String> keys, List<String> values) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                String k = it.next();
                keys.add(k);
                walk(n.get(k), keys, values);
            }
        } else if (n.isArray()) {
            n.forEach(x -> walk(x, keys, values));
        } else {
            values.add(n.asText());
        }
    }
}
