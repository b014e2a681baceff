package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.fixtures.RandomDocuments;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLinesTest {
    private final InterchangeCodec codec = new InterchangeCodec();

    @Test
    void goodLinesAreReturnedAndEveryBadLineIsReportedWithItsNumber() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"e-1\",\"name\":\"A\",\"sector\":\"public\"}",
                "{\"id\":\"e-2\",\"name\":\"B\",\"sector\":\"state\"}",
                "",
                "not json at all",
                "{\"id\":\"e-3\",\"name\":\"C\",\"sector\":\"private\",\"size\":12}",
                "   ",
                "{\"id\":\"e-4\",\"name\":\"\",\"sector\":\"private\",\"extra\":true}",
                "[1,2]",
                "{\"id\":\"e-5\",\"name\":\"E\",\"sector\":\"non-profit\"}");
        ReadResult<Employer> r = codec.readEmployers(new StringReader(jsonl));
        assertThat(r.accepted()).extracting(NumberedDocument::line).containsExactly(1, 5, 9);
        assertThat(r.documents()).extracting(Employer::id).containsExactly("e-1", "e-3", "e-5");
        assertThat(r.errors()).extracting(LineError::line).containsExactly(2, 4, 7, 8);
        assertThat(r.errors()).extracting(LineError::id).containsExactly("e-2", null, "e-4", null);
        assertThat(r.errors().get(0).violations()).singleElement()
                .satisfies(v -> assertThat(v.toString()).isEqualTo("$.sector: expected one of public, private, non-profit, got \"state\""));
        assertThat(r.errors().get(2).violations()).extracting(v -> v.path()).containsExactlyInAnyOrder("$.extra", "$.name");
        assertThat(r.errors().get(2).format("employers.jsonl")).contains("employers.jsonl:7: $.extra: unknown key");
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void crlfLineEndingsAndByteOrderMarkAreAccepted() throws IOException {
        String jsonl = "\uFEFF{\"id\":\"e-1\",\"name\":\"A\",\"sector\":\"public\"}\r\n{\"id\":\"e-2\",\"name\":\"B\",\"sector\":\"public\"}\r\n";
        ReadResult<Employer> fromChars = codec.readEmployers(new StringReader(jsonl));
        ReadResult<Employer> fromBytes = codec.readLines(DocumentType.EMPLOYER,
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
        for (ReadResult<Employer> r : List.of(fromChars, fromBytes)) {
            assertThat(r.errors()).isEmpty();
            assertThat(r.documents()).extracting(Employer::id).containsExactly("e-1", "e-2");
        }
    }

    @Test
    void invalidUtf8SpoilsOnlyItsOwnLine() throws IOException {
        byte[] good = "{\"id\":\"e-1\",\"name\":\"A\",\"sector\":\"public\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] all = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good, 0, all, good.length + bad.length, good.length);
        ReadResult<Employer> r = codec.readLines(DocumentType.EMPLOYER, new ByteArrayInputStream(all));
        assertThat(r.accepted()).extracting(NumberedDocument::line).containsExactly(1, 3);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.violations().get(0).message()).contains("UTF-8");
        });
    }

    @Test
    void overlongLineIsRefusedWithoutStoppingTheStream() throws IOException {
        String longLine = "{\"id\":\"e-1\",\"name\":\"" + "x".repeat(Limits.DOCUMENT_BYTES + 10) + "\",\"sector\":\"public\"}";
        String jsonl = longLine + "\n{\"id\":\"e-2\",\"name\":\"B\",\"sector\":\"public\"}\n";
        ReadResult<Employer> r = codec.readEmployers(new StringReader(jsonl));
        assertThat(r.documents()).extracting(Employer::id).containsExactly("e-2");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.violations().get(0).message()).contains("at most " + Limits.DOCUMENT_BYTES + " bytes");
        });
        ReadResult<Employer> bytes = codec.readLines(DocumentType.EMPLOYER,
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
        assertThat(bytes.errors()).extracting(LineError::line).containsExactly(1);
        assertThat(bytes.documents()).hasSize(1);
    }

    @Test
    void emptyStreamGivesEmptyResult() throws IOException {
        ReadResult<Employer> r = codec.readEmployers(Reader.nullReader());
        assertThat(r.accepted()).isEmpty();
        assertThat(r.errors()).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.range(100, 130);
    }

    /** Property: mixing random valid and broken lines, each line is classified on its own. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomMixOfGoodAndBadLines(long seed) throws IOException {
        RandomDocuments docs = new RandomDocuments(seed);
        var random = docs.random();
        StringBuilder jsonl = new StringBuilder();
        Map<Integer, String> goodIds = new HashMap<>();
        List<Integer> bad = new ArrayList<>();
        int lines = 1 + random.nextInt(30);
        for (int line = 1; line <= lines; line++) {
            Employer e = docs.employer();
            String json = codec.write(e);
            switch (random.nextInt(4)) {
                case 0 -> {
                    jsonl.append(json.substring(0, random.nextInt(json.length())));
                    bad.add(line);
                }
                case 1 -> {
                    jsonl.append(json, 0, json.length() - 1).append(",\"unknown\":1}");
                    bad.add(line);
                }
                case 2 -> jsonl.append(random.nextBoolean() ? "" : " \t");
                default -> {
                    jsonl.append(json);
                    goodIds.put(line, e.id());
                }
            }
            jsonl.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        ReadResult<Employer> r = codec.readEmployers(new StringReader(jsonl.toString()));
        assertThat(r.errors()).extracting(LineError::line).as("seed %d", seed).containsExactlyElementsOf(bad);
        assertThat(r.accepted()).as("seed %d", seed).hasSize(goodIds.size())
                .allSatisfy(a -> assertThat(a.document().id()).isEqualTo(goodIds.get(a.line())));
    }
}
