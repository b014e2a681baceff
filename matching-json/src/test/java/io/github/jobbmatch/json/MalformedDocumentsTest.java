package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jobbmatch.model.Violation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of malformed documents: each must be refused with the expected path and message. */
class MalformedDocumentsTest {
    private static final InterchangeCodec CODEC = new InterchangeCodec();

    private static final String C_HEAD = "\"id\":\"k-1\",\"updated\":\"2026-11-22\",\"followedBy\":{\"organisation\":\"NAV\",\"kind\":\"nav\"}";
    private static final String C_CONSENT = "\"consent\":{\"searchable\":\"none\",\"shareWithEmployer\":\"never\"}";

    /** A minimal valid candidate plus {@code extra} members. */
    static String c(String extra) {
        return "{" + C_HEAD + "," + C_CONSENT + extra + "}";
    }

    static String e(String extra) {
        return "{\"id\":\"e-1\",\"name\":\"Kantina AS\",\"sector\":\"public\"" + extra + "}";
    }

    static String n(String extra) {
        return "{\"id\":\"n-1\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\",\"title\":\"Kokk\"" + extra + "}";
    }

    private static Arguments row(DocumentType<?> type, String json, String path, String fragment) {
        return Arguments.of(type, json, path, fragment);
    }

    static Stream<Arguments> table() {
        DocumentType<?> C = DocumentType.CANDIDATE;
        DocumentType<?> E = DocumentType.EMPLOYER;
        DocumentType<?> N = DocumentType.NEED;
        String deep = "[".repeat(40) + "]".repeat(40);
        return Stream.of(
                // enum values
                row(N, n(",\"requirements\":[{\"label\":\"a\",\"kind\":\"must\"},{\"label\":\"b\",\"kind\":\"want\"},"
                        + "{\"label\":\"c\",\"kind\":\"maybe\"}]"), "$.requirements[2].kind",
                        "expected one of must, want, trainable, got \"maybe\""),
                row(C, c(",\"availability\":{\"shifts\":[\"day\",\"morning\"]}"), "$.availability.shifts[1]",
                        "expected one of day, evening, night, weekend, got \"morning\""),
                row(C, c(",\"accommodationNeeds\":[\"wheelchair\"]"), "$.accommodationNeeds[0]", "expected one of flexible-hours,"),
                row(C, c(",\"readiness\":\"Clarified\""), "$.readiness", "expected one of clarified, in-clarification, not-assessed"),
                row(E, e(",\"status\":\"closed\""), "$.status", "expected one of active, paused, got \"closed\""),
                row(E, "{\"id\":\"e-1\",\"name\":\"A\",\"sector\":\"government\"}", "$.sector",
                        "expected one of public, private, non-profit"),
                row(N, n(",\"languages\":[{\"code\":\"no\",\"level\":\"good\",\"kind\":\"trainable\"}]"), "$.languages[0].kind",
                        "expected one of must, want, got \"trainable\""),
                row(N, n(",\"opening\":{\"kind\":7}"), "$.opening.kind", "expected one of permanent, temporary"),
                // keys
                row(C, c(",\"diagnosis\":\"x\""), "$.diagnosis", "unknown key \"diagnosis\"; expected one of id, updated,"),
                row(N, n(",\"requirements\":[{\"label\":\"a\",\"kind\":\"must\",\"weight\":2}]"), "$.requirements[0].weight",
                        "unknown key \"weight\""),
                row(E, e(",\"a b\":1"), "$['a b']", "unknown key \"a b\""),
                row(C, "{\"id\":\"k-1\",\"id\":\"k-2\",\"updated\":\"2026-11-22\"}", "$.id", "duplicate key \"id\""),
                row(N, n(",\"location\":{\"maxTravelKm\":5,\"maxTravelKm\":6}"), "$.location.maxTravelKm", "duplicate key"),
                // types
                row(C, "{\"id\":5,\"updated\":\"2026-11-22\"}", "$.id", "expected a string, got number 5"),
                row(C, c(",\"readiness\":null"), "$.readiness", "got null (leave the key out when the value is unknown)"),
                row(C, "{\"id\":\"k-1\",\"updated\":\"2026-11-22\",\"followedBy\":\"NAV\"," + C_CONSENT + "}", "$.followedBy",
                        "expected an object, got string \"NAV\""),
                row(C, c(",\"interests\":\"baking\""), "$.interests", "expected an array, got string"),
                row(C, c(",\"interests\":[\"ok\",1]"), "$.interests[1]", "expected a string, got number 1"),
                row(C, c(",\"mobility\":{\"hasCar\":\"yes\"}"), "$.mobility.hasCar", "expected true or false, got string \"yes\""),
                row(E, e(",\"size\":\"5\""), "$.size", "expected an integer, got string \"5\""),
                row(E, e(",\"size\":2.5"), "$.size", "expected an integer, got number 2.5"),
                row(E, e(",\"orgNumber\":987654321"), "$.orgNumber", "expected a string, got number"),
                row(N, n(",\"tasks\":[\"Oppvask\"]"), "$.tasks[0]", "expected an object, got string \"Oppvask\""),
                row(N, n(",\"welcomesTargetGroups\":1"), "$.welcomesTargetGroups", "expected true or false"),
                // dates
                row(C, "{\"id\":\"k-1\",\"updated\":\"2026-13-01\"}", "$.updated", "expected an ISO-8601 date (YYYY-MM-DD), got \"2026-13-01\""),
                row(C, "{\"id\":\"k-1\",\"updated\":\"22.11.2026\"}", "$.updated", "ISO-8601"),
                row(E, e(",\"needsConfirmed\":\"2026-02-30\""), "$.needsConfirmed", "ISO-8601"),
                row(N, n(",\"opening\":{\"startBy\":20270115}"), "$.opening.startBy", "ISO-8601 date (YYYY-MM-DD) as a string"),
                // numbers and ranges
                row(E, e(",\"size\":1e20"), "$.size", "expected an integer from -2147483648 to 2147483647"),
                row(E, e(",\"history\":{\"trials\":-1}"), "$.history.trials", "expected an integer of at least 0, got -1"),
                row(C, c(",\"home\":{\"lat\":91,\"lon\":10}"), "$.home.lat", "expected a number from -90 to 90, got 91"),
                row(C, c(",\"home\":{\"lat\":1e400,\"lon\":10}"), "$.home.lat", "ordinary size"),
                row(C, c(",\"competences\":[{\"label\":\"Baking\",\"level\":6}]"), "$.competences[0].level", "from 1 to 5"),
                row(N, n(",\"opening\":{\"positions\":0}"), "$.opening.positions", "at least 1"),
                row(N, n(",\"percent\":{\"min\":80,\"max\":20}"), "$.percent", "min <= max"),
                row(N, n(",\"requirements\":[{\"label\":\"a\",\"kind\":\"want\",\"priority\":0}]"), "$.requirements[0].priority",
                        "from 1 (most important) to 100"),
                row(E, e(",\"size\":" + "9".repeat(100)), "$.size", "exceeds a limit"),
                // ids, strings, rules of the core validator
                row(C, "{\"id\":\"k 1\",\"updated\":\"2026-11-22\"}", "$.id", "expected an id of 1-128 characters from [A-Za-z0-9._:-]"),
                row(N, "{\"id\":\"" + "n".repeat(129) + "\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\",\"title\":\"T\"}", "$.id",
                        "1-128 characters"),
                row(C, "{\"id\":\"k-1\",\"updated\":\"2026-11-22\",\"followedBy\":{\"organisation\":\"NAV\",\"kind\":\"nav\"}}",
                        "$.consent", "required"),
                row(N, "{\"id\":\"n-1\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\"}", "$.title", "required"),
                row(N, n(",\"accommodations\":{\"offered\":[\"mentor\"],\"notPossible\":[\"mentor\"]}"),
                        "$.accommodations.notPossible[0]", "also listed as offered"),
                row(N, n(",\"interests\":[" + IntStream.range(0, 201).mapToObj(i -> "\"x\"").collect(Collectors.joining(",")) + "]"),
                        "$.interests", "expected at most 200 elements, got 201"),
                row(N, "{\"id\":\"n-1\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\",\"title\":\"a\\u0007b\"}", "$.title",
                        "control characters"),
                row(N, "{\"id\":\"n-1\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\",\"title\":\"a\\ud800b\"}", "$.title",
                        "lone surrogate"),
                row(C, c(",\"mobility\":{\"driversLicences\":[\"B\",\"B\"]}"), "$.mobility.driversLicences[1]", "duplicate value \"B\""),
                // document level
                row(C, "[]", "$", "expected a JSON object (a candidate document), got an array"),
                row(E, "\"employer\"", "$", "expected a JSON object (a employer document), got string"),
                row(N, "", "$", "expected a JSON object, got an empty document"),
                row(N, n("") + " x", "$", "expected the end of the document"),
                row(N, n("") + n(""), "$", "expected the end of the document"),
                row(C, "{\"id\":\"k-1\",", "$.id", "invalid JSON at line 1, column 13"),
                row(C, "{\"id\":\"k-1\" /* note */}", "$.id", "invalid JSON"),
                row(E, e(",\"size\":NaN"), "$.size", "invalid JSON"),
                row(E, "{'id':'e-1'}", "$", "invalid JSON"),
                row(E, e(",\"size\":007"), "$.size", "invalid JSON"),
                row(E, e(",\"name2\":\"tab\there\""), "$.name2", "invalid JSON"),
                row(C, "{\"id\":" + deep + "}", "$.id" + "[0]".repeat(16), "exceeds a limit"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @MethodSource("table")
    void isRefusedWithPathAndExpectation(DocumentType<?> type, String json, String path, String fragment) {
        DocumentException ex = catchThrowableOfType(DocumentException.class, () -> CODEC.read(type, json));
        assertThat(ex).as("%s should be refused", json).isNotNull();
        assertThat(ex.documentType()).isEqualTo(type.name());
        assertThat(ex.violations())
                .as("violations of %s", json)
                .anySatisfy(v -> {
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.message()).contains(fragment);
                });
        assertThat(ex.getMessage()).contains(path);
    }

    @Test
    void tableHasAtLeastThirtyRows() {
        assertThat(table().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void everyProblemOfADocumentIsReportedAtOnce() {
        String json = "{\"id\":\"k 1\",\"updated\":\"yesterday\",\"followedBy\":{\"organisation\":\"NAV\",\"kind\":\"agency\"},"
                + "\"consent\":{\"searchable\":\"all-organisations\"},\"home\":{\"lat\":95},"
                + "\"competences\":[{\"label\":\"\",\"level\":9},{\"label\":\"ok\",\"evidence\":\"rumour\"}],"
                + "\"interests\":[7,\"fine\",\"\"],\"favouriteColour\":\"blue\"}";
        DocumentException ex = catchThrowableOfType(DocumentException.class, () -> CODEC.readCandidate(json));
        assertThat(ex.id()).isEqualTo("k 1");
        assertThat(ex.violations()).extracting(Violation::path).contains(
                "$.id", "$.updated", "$.followedBy.kind", "$.consent.shareWithEmployer", "$.home.lat", "$.home",
                "$.competences[0].label", "$.competences[0].level", "$.competences[1].evidence", "$.interests[0]",
                "$.favouriteColour");
    }

    @Test
    void aStructuralErrorIsNotReportedTwiceByTheCoreValidator() {
        DocumentException ex = catchThrowableOfType(DocumentException.class,
                () -> CODEC.readCandidate("{\"id\":5,\"updated\":\"2026-11-22\",\"followedBy\":{\"organisation\":\"NAV\",\"kind\":\"nav\"},"
                        + C_CONSENT + ",\"interests\":[1,\"\"]}"));
        assertThat(ex.violations()).extracting(Violation::path).containsExactly("$.id", "$.interests[0]");
    }

    @Test
    void tooLargeDocumentIsRefusedBeforeParsing() {
        String big = n(",\"description\":\"" + "x".repeat(300_000) + "\"");
        assertThatThrownBy(() -> CODEC.readNeed(big))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("$: expected a document of at most 262144 bytes");
    }

    @Test
    void violationsAreAlsoAvailableAsList() {
        List<Violation> v = catchThrowableOfType(DocumentException.class, () -> CODEC.readEmployer(e(",\"size\":-3"))).violations();
        assertThat(v).containsExactly(new Violation("$.size", "expected an integer of at least 0, got -3"));
    }
}
