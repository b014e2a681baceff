package io.github.jobbmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.jobbmatch.fixtures.RandomDocuments;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Education;
import io.github.jobbmatch.model.EducationLevel;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.Limits;
import io.github.jobbmatch.model.ValidationException;
import io.github.jobbmatch.model.Validator;
import io.github.jobbmatch.model.Wish;
import io.github.jobbmatch.testing.SearchFixtures;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever is done to a valid document built in Java, {@link MatchingIndex#upsert} either
 * stores exactly that document or throws {@link ValidationException} and leaves the index exactly as it
 * was; a bulk writes the good documents and nothing of the bad. Mutations are made reflectively on any
 * record component at any depth: nulls, adversarial strings (control characters, lone surrogates,
 * look-alike and invisible Unicode, huge strings), out-of-range numbers and dates, oversized lists.
 */
class BadInputFuzzTest {

    private static final String[] EVIL_STRINGS = {
        "", " ", "\u0000", "nul\u0000byte", "bell\u0007", "del\u007f", "esc\u001b[31m", "\ud800", "x\udc00y",
        "\udbff", "Κantine", "ｋａｎｔｉｎｅ", "zero\u200bwidth", "rtl\u202eenil", "\ufeffbom", "a\u0301\u0301\u0301",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀".repeat(150), "{\"id\":\"x\"}", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
        "*:*", "uid:c/k-1", "\\", "ø".repeat(Limits.LABEL_LENGTH + 1), "x".repeat(Limits.TEXT_LENGTH + 1),
        "y".repeat(Limits.ID_LENGTH + 1), "k-1", "1234", "no"
    };
    private static final Double[] EVIL_DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0,
        -0.0, 1e300, Double.MIN_VALUE, 100.000001, 2000.5, 90.5, 0.0};
    private static final Integer[] EVIL_INTS = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 6, 101};
    private static final LocalDate[] EVIL_DATES = {LocalDate.of(10_000, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(-5, 1, 1),
        LocalDate.MAX, LocalDate.MIN, LocalDate.of(2201, 1, 1), LocalDate.of(2026, 2, 28)};

    static LongStream seeds() {
        // More with -Djobbmatch.fuzz.seeds=N; the default keeps the build fast.
        return LongStream.range(0, Long.getLong("jobbmatch.fuzz.seeds", 10));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedDocumentsAreStoredExactlyOrRefusedWithoutDamage(long seed) throws Exception {
        RandomDocuments docs = new RandomDocuments(seed);
        Random random = new Random(seed * 31 + 7);
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            List<Object> originals = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                originals.add(docs.candidate());
                originals.add(docs.employer());
                originals.add(docs.need());
            }
            assertThat(index.upsertAll(originals).rejected()).isEmpty();
            index.refresh();
            Map<String, byte[]> before = snapshot(index);
            int refused = 0;
            for (int round = 0; round < 30; round++) {
                // Mutate an indexed document keeping its id most of the time, so a partial write would show.
                Object original = originals.get(random.nextInt(originals.size()));
                Object mutated = mutate(original, random, 0);
                if (Boolean.getBoolean("fuzz.debug")) {
                    System.err.println("seed " + seed + " round " + round + " valid=" + isValid(mutated) + " " + abbreviate(mutated));
                }
                try {
                    upsert(index, mutated);
                    index.refresh();
                    assertThat(decoded(index, mutated)).as("seed %d: accepted document is stored exactly", seed).isEqualTo(mutated);
                    before = snapshot(index);
                } catch (ValidationException e) {
                    refused++;
                    assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.path()).startsWith("$"));
                    index.refresh();
                    assertSameIndex(before, snapshot(index), seed);
                } catch (RuntimeException e) {
                    fail("seed " + seed + ": " + e + " for " + abbreviate(mutated), e);
                }
            }
            assertThat(refused).as("seed %d: the mutations are mostly bad", seed).isGreaterThan(5);

            // A bulk of good new documents and bad mutations writes exactly the good ones.
            List<Object> bulk = new ArrayList<>();
            List<Integer> bad = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Object doc = random.nextBoolean() ? docs.candidate() : mutate(originals.get(random.nextInt(originals.size())), random, 0);
                if (!isValid(doc)) {
                    bad.add(i);
                }
                bulk.add(doc);
            }
            BulkResult result = index.upsertAll(bulk);
            assertThat(result.rejected()).extracting(BulkResult.Rejected::position).containsExactlyElementsOf(bad);
            assertThat(result.written()).isEqualTo(bulk.size() - bad.size());
            index.refresh();
            // The same id may occur twice in a bulk: the last good version wins.
            Map<String, Object> last = new HashMap<>();
            for (int i = 0; i < bulk.size(); i++) {
                if (!bad.contains(i)) {
                    last.put(bulk.get(i).getClass().getSimpleName() + "/" + idOf(bulk.get(i)), bulk.get(i));
                }
            }
            last.values().forEach(doc -> assertThat(decoded(index, doc)).isEqualTo(doc));
        }
    }

    @Test
    void documentOverTheByteLimitIsRefusedAlsoWhenBuiltInJava() throws IOException {
        // Every field within its own limit, but the whole far above DOCUMENT_BYTES.
        String label = "a".repeat(Limits.LABEL_LENGTH - 4);
        List<Experience> exp = new ArrayList<>();
        List<Wish> wishes = new ArrayList<>();
        List<Competence> comps = new ArrayList<>();
        List<Certificate> certs = new ArrayList<>();
        List<Education> edu = new ArrayList<>();
        List<String> interests = new ArrayList<>();
        for (int i = 0; i < Limits.LIST_LENGTH; i++) {
            exp.add(new Experience(label + i, null, 1.0, null));
            wishes.add(new Wish(label + i, null));
            comps.add(new Competence(label + i, label, 3, null));
            certs.add(new Certificate(label + i, label));
            edu.add(new Education(EducationLevel.values()[0], label + i, true));
            interests.add(label + i);
        }
        Candidate base = new SearchFixtures.C("k-huge").build();
        Candidate huge = new Candidate(base.id(), base.updated(), base.followedBy(), base.consent(), base.readiness(), base.home(),
                base.mobility(), base.availability(), exp, wishes, comps, certs, edu, base.languages(), interests,
                "t".repeat(Limits.TEXT_LENGTH), base.accommodationNeeds(), base.targetGroups(), base.evidence());
        assertThat(Validator.validate(huge)).as("each field is within its limit").isEmpty();
        try (MatchingIndex index = MatchingIndex.inMemory(MatchingConfig.builder().taxonomy(SearchFixtures.taxonomy()).build())) {
            assertThatThrownBy(() -> index.upsert(huge)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining(String.valueOf(Limits.DOCUMENT_BYTES));
            BulkResult bulk = index.upsertAll(List.of(base, huge));
            assertThat(bulk.written()).isEqualTo(1);
            assertThat(bulk.rejected()).singleElement().satisfies(r -> {
                assertThat(r.position()).isEqualTo(1);
                assertThat(r.violations().get(0).path()).isEqualTo("$");
            });
            index.refresh();
            assertThat(index.count(DocType.CANDIDATE)).isEqualTo(1);
        }
    }

    @Test
    void datesOutsideTheSaneRangeAreRefused() {
        Candidate ok = new SearchFixtures.C("k-1").build();
        for (LocalDate bad : List.of(LocalDate.of(10_000, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1))) {
            Candidate c = new Candidate(ok.id(), bad, ok.followedBy(), ok.consent(), ok.readiness(), ok.home(), ok.mobility(),
                    ok.availability(), ok.experience(), ok.wishes(), ok.competences(), ok.certificates(), ok.education(),
                    ok.languages(), ok.interests(), ok.strengths(), ok.accommodationNeeds(), ok.targetGroups(), ok.evidence());
            assertThat(Validator.validate(c)).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("$.updated");
                assertThat(v.message()).contains("1900-2200");
            });
        }
        for (LocalDate good : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31))) {
            Candidate c = new Candidate(ok.id(), good, ok.followedBy(), ok.consent(), ok.readiness(), ok.home(), ok.mobility(),
                    ok.availability(), ok.experience(), ok.wishes(), ok.competences(), ok.certificates(), ok.education(),
                    ok.languages(), ok.interests(), ok.strengths(), ok.accommodationNeeds(), ok.targetGroups(), ok.evidence());
            assertThat(Validator.validate(c)).isEmpty();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static boolean isValid(Object doc) {
        List<?> v = switch (doc) {
            case Candidate c -> Validator.validate(c);
            case io.github.jobbmatch.model.Employer e -> Validator.validate(e);
            case io.github.jobbmatch.model.Need n -> Validator.validate(n);
            default -> throw new AssertionError(doc);
        };
        return v.isEmpty() && RecordCodecSize.of(doc) <= Limits.DOCUMENT_BYTES;
    }

    private static String idOf(Object doc) {
        return switch (doc) {
            case Candidate c -> c.id();
            case io.github.jobbmatch.model.Employer e -> e.id();
            case io.github.jobbmatch.model.Need n -> n.id();
            default -> throw new AssertionError(doc);
        };
    }

    private static void upsert(MatchingIndex index, Object doc) {
        switch (doc) {
            case Candidate c -> index.upsert(c);
            case io.github.jobbmatch.model.Employer e -> index.upsert(e);
            case io.github.jobbmatch.model.Need n -> index.upsert(n);
            default -> throw new AssertionError(doc);
        }
    }

    private static Object decoded(MatchingIndex index, Object doc) {
        return switch (doc) {
            case Candidate c -> index.candidate(c.id()).orElseThrow();
            case io.github.jobbmatch.model.Employer e -> index.employer(e.id()).orElseThrow();
            case io.github.jobbmatch.model.Need n -> index.need(n.id()).orElseThrow();
            default -> throw new AssertionError(doc);
        };
    }

    /** Every live document's uid and stored record. */
    static Map<String, byte[]> snapshot(MatchingIndex index) {
        return index.withSearcher(s -> {
            Map<String, byte[]> out = new HashMap<>();
            for (var leaf : s.getIndexReader().leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        var doc = stored.document(d);
                        var rec = doc.getBinaryValue(Fields.RECORD);
                        out.put(doc.get(Fields.UID), Arrays.copyOfRange(rec.bytes, rec.offset, rec.offset + rec.length));
                    }
                }
            }
            return out;
        });
    }

    private static void assertSameIndex(Map<String, byte[]> before, Map<String, byte[]> after, long seed) {
        assertThat(after.keySet()).as("seed %d: same documents", seed).isEqualTo(before.keySet());
        before.forEach((uid, rec) -> assertThat(after.get(uid)).as("seed %d: content of %s", seed, uid).isEqualTo(rec));
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    /** A copy of a record with one component, at some depth, replaced by an adversarial value. */
    static Object mutate(Object record, Random r, int depth) {
        try {
            RecordComponent[] comps = record.getClass().getRecordComponents();
            Object[] values = new Object[comps.length];
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                values[i] = comps[i].getAccessor().invoke(record);
                types[i] = comps[i].getType();
            }
            int i = r.nextInt(comps.length);
            values[i] = evil(comps[i].getType(), comps[i].getGenericType(), values[i], r, depth);
            Constructor<?> ctor = record.getClass().getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object evil(Class<?> type, Type generic, Object value, Random r, int depth) {
        if (r.nextInt(6) == 0) {
            return null;
        }
        if (type == String.class) {
            return EVIL_STRINGS[r.nextInt(EVIL_STRINGS.length)];
        }
        if (type == Double.class) {
            return EVIL_DOUBLES[r.nextInt(EVIL_DOUBLES.length)];
        }
        if (type == Integer.class) {
            return EVIL_INTS[r.nextInt(EVIL_INTS.length)];
        }
        if (type == LocalDate.class) {
            return EVIL_DATES[r.nextInt(EVIL_DATES.length)];
        }
        if (type == Boolean.class) {
            return r.nextBoolean();
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[r.nextInt(constants.length)];
        }
        if (type.isRecord()) {
            return value == null || depth > 3 ? null : mutate(value, r, depth + 1);
        }
        if (type == List.class) {
            Type elem = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elemClass = (Class<?>) elem;
            List<Object> list = new ArrayList<>((List<?>) value);
            switch (r.nextInt(4)) {
                case 0 -> { // oversized
                    Object sample = list.isEmpty() ? sample(elemClass, r) : list.get(0);
                    while (list.size() <= Limits.LIST_LENGTH) {
                        list.add(sample);
                    }
                }
                case 1 -> { // duplicates
                    if (!list.isEmpty()) {
                        list.add(list.get(0));
                    }
                }
                default -> { // one element made evil
                    if (list.isEmpty()) {
                        list.add(sample(elemClass, r));
                    } else {
                        int i = r.nextInt(list.size());
                        Object e = evil(elemClass, elem, list.get(i), r, depth + 1);
                        if (e != null) {
                            list.set(i, e);
                        }
                    }
                }
            }
            return list;
        }
        throw new IllegalStateException("no mutation for " + type);
    }

    private static Object sample(Class<?> type, Random r) {
        if (type == String.class) {
            return EVIL_STRINGS[r.nextInt(EVIL_STRINGS.length)];
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        // A record with every component null (or empty): required parts are then missing.
        try {
            RecordComponent[] comps = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(new Object[comps.length]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored size the index checks against {@link Limits#DOCUMENT_BYTES}. */
    static final class RecordCodecSize {
        static int of(Object doc) {
            return switch (doc) {
                case Candidate c -> RecordCodec.encode(c).length;
                case io.github.jobbmatch.model.Employer e -> RecordCodec.encode(e).length;
                case io.github.jobbmatch.model.Need n -> RecordCodec.encode(n).length;
                default -> throw new AssertionError(doc);
            };
        }
    }
}
