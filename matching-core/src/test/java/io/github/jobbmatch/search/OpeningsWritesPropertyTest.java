package io.github.jobbmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.index.DocType;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.sample.Calibration;
import io.github.jobbmatch.sample.SampleGenerator;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Searches that live across writes (slim forms kept per segment, built for every open need of a segment, the
 * employer-dependent part resolved per reader) give the results of a fresh reference search after every write:
 * needs replaced, deleted and added, employers moved, renamed, paused and re-confirmed, candidates written (new
 * segments without needs), on the sample generator's corpus.
 */
class OpeningsWritesPropertyTest {

    static LongStream seeds() {
        return LongStream.range(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keptSearchesAgreeWithAFreshReferenceAfterEveryWrite(long seed) throws Exception {
        System.out.println("OpeningsWritesPropertyTest seed " + seed);
        Random r = new Random(seed);
        SampleGenerator g = new SampleGenerator(seed, Calibration.builtIn());
        List<Employer> employers = new ArrayList<>(g.employers(20));
        List<Need> needs = new ArrayList<>(g.needs(200, employers).toList());
        List<Need> spare = new ArrayList<>(new SampleGenerator(seed + 1000, Calibration.builtIn()).needs(200, employers).toList());
        List<Candidate> candidates = g.candidates(40).toList();
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.defaults())) {
            List<Object> docs = new ArrayList<>(employers);
            docs.addAll(needs);
            docs.addAll(candidates.subList(0, 30));
            for (int from = 0; from < docs.size(); from += 100) {
                assertThat(index.upsertAll(docs.subList(from, Math.min(docs.size(), from + 100))).rejected()).isEmpty();
                index.refresh();
            }
            int rescoreLimit = 10 + r.nextInt(40);
            int nearMisses = r.nextBoolean() ? 100 : 5;
            OpeningsSearch kept = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses).build();
            OpeningsSearch evicting = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses)
                    .preparedNeeds(7).build();
            OpeningsSearch eager = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses)
                    .prepareAllNeeds(true).build();
            long compared = 0;
            int nextCandidate = 30;
            for (int round = 0; round < 6; round++) {
                OpeningsSearch reference = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses)
                        .referencePath(true).build();
                OpeningsSearch fresh = OpeningsSearch.builder(index).rescoreLimit(rescoreLimit).nearMisses(nearMisses).build();
                for (int i = 0; i < 6; i++) {
                    Candidate c = candidates.get(r.nextInt(nextCandidate));
                    OpeningsRequest req = new OpeningsRequest(c.id(), null, 5 + r.nextInt(20),
                            new Viewer(c.followedBy().organisation(), "v"), Map.of());
                    OpeningsResult expected = reference.search(req);
                    compared += expected.shortlist().size() + expected.nearMisses().size();
                    for (OpeningsSearch s : List.of(kept, evicting, eager, fresh)) {
                        assertThat(s.search(req)).as("seed %d round %d candidate %s", seed, round, c.id())
                                .isEqualTo(expected);
                    }
                }
                int writes = 1 + r.nextInt(6);
                for (int w = 0; w < writes; w++) {
                    switch (r.nextInt(5)) {
                        case 0 -> { // a need replaced by another need's content, same id
                            int at = r.nextInt(needs.size());
                            Need replaced = with(spare.remove(spare.size() - 1), "id", needs.get(at).id());
                            needs.set(at, replaced);
                            index.upsert(replaced);
                        }
                        case 1 -> { // an employer moved (or its location dropped), renamed, re-confirmed or paused
                            int at = r.nextInt(employers.size());
                            Employer e = employers.get(at);
                            Employer changed = switch (r.nextInt(4)) {
                                case 0 -> with(e, "location", r.nextInt(4) == 0 ? null
                                        : new Location("0301", 58 + r.nextDouble() * 12, 5 + r.nextDouble() * 25));
                                case 1 -> with(e, "name", e.name() + " " + r.nextInt(100));
                                case 2 -> with(e, "needsConfirmed", LocalDate.of(2026, 1 + r.nextInt(11), 1 + r.nextInt(28)));
                                default -> with(e, "status", e.status() == io.github.jobbmatch.model.EmployerStatus.ACTIVE
                                        ? io.github.jobbmatch.model.EmployerStatus.PAUSED
                                        : io.github.jobbmatch.model.EmployerStatus.ACTIVE);
                            };
                            employers.set(at, changed);
                            index.upsert(changed);
                        }
                        case 2 -> { // a need deleted
                            if (needs.size() > 20) {
                                index.delete(DocType.NEED, needs.remove(r.nextInt(needs.size())).id());
                            }
                        }
                        case 3 -> { // a new need
                            Need added = with(spare.remove(spare.size() - 1), "id", "n-added-" + seed + "-" + round + "-" + w);
                            needs.add(added);
                            index.upsert(added);
                        }
                        default -> { // a candidate written: a new segment without needs
                            if (nextCandidate < candidates.size()) {
                                index.upsert(candidates.get(nextCandidate++));
                            }
                        }
                    }
                }
                index.refresh();
            }
            System.out.println("OpeningsWritesPropertyTest seed " + seed + ": " + compared + " openings and near misses compared");
            assertThat(compared).as("seed %d: results to compare", seed).isPositive();
        }
    }

    @Test
    void anEmployerMovedAwayChangesItsNeedsOpeningsAsAFreshSearchSees() throws Exception {
        SampleGenerator g = new SampleGenerator(11, Calibration.builtIn());
        List<Employer> employers = new ArrayList<>(g.employers(10));
        List<Need> needs = g.needs(80, employers).toList();
        List<Candidate> candidates = g.candidates(20).toList();
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.defaults())) {
            List<Object> docs = new ArrayList<>(employers);
            docs.addAll(needs);
            docs.addAll(candidates);
            assertThat(index.upsertAll(docs).rejected()).isEmpty();
            index.refresh();
            OpeningsSearch kept = OpeningsSearch.builder(index).nearMisses(100).prepareAllNeeds(true).build();
            // The employer whose needs (without a location of their own) are most often short-listed.
            Map<String, Integer> shortlisted = new java.util.HashMap<>();
            Map<String, OpeningsResult> before = new java.util.HashMap<>();
            for (Candidate c : candidates) {
                before.put(c.id(), kept.search(request(c)));
                for (Opening o : before.get(c.id()).shortlist()) {
                    Need n = needs.stream().filter(x -> x.id().equals(o.needId())).findFirst().orElseThrow();
                    if (n.location() == null || n.location().lat() == null) {
                        shortlisted.merge(o.employerId(), 1, Integer::sum);
                    }
                }
            }
            assertThat(shortlisted).isNotEmpty();
            String moved = shortlisted.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Employer e = employers.stream().filter(x -> x.id().equals(moved)).findFirst().orElseThrow();
            // Svalbard: out of every candidate's reach.
            index.upsert(with(e, "location", new Location("2111", 78.22, 15.65)));
            index.refresh();
            OpeningsSearch fresh = OpeningsSearch.builder(index).nearMisses(100).referencePath(true).build();
            int changed = 0;
            for (Candidate c : candidates) {
                OpeningsResult after = kept.search(request(c));
                assertThat(after).as("candidate %s", c.id()).isEqualTo(fresh.search(request(c)));
                changed += after.equals(before.get(c.id())) ? 0 : 1;
            }
            assertThat(changed).as("results the move changed").isPositive();
        }
    }

    private static OpeningsRequest request(Candidate c) {
        return new OpeningsRequest(c.id(), null, 20, new Viewer(c.followedBy().organisation(), "v"), Map.of());
    }

    /** A copy of a record with one component replaced. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] parts = record.getClass().getRecordComponents();
            Object[] args = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            boolean found = false;
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                if (parts[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = parts[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no component " + component);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
