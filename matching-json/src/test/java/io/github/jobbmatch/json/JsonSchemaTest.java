package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jobbmatch.fixtures.RandomDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schemas agree with the codec on valid documents and refuse typical mistakes. */
class JsonSchemaTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "candidate", load("candidate"), "employer", load("employer"), "need", load("need"));

    private final InterchangeCodec codec = new InterchangeCodec();

    private static Schema load(String name) {
        String path = "/io/github/jobbmatch/json/schema/" + name + ".schema.json";
        try (InputStream in = InterchangeCodec.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> validate(DocumentType<?> type, String json) {
        return SCHEMAS.get(type.name()).validate(json, InputFormat.JSON);
    }

    static Stream<DocumentType<?>> types() {
        return DocumentType.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void fixtureDocumentsConform(DocumentType<?> type) {
        for (String line : Fixtures.lines(Fixtures.fileOf(type))) {
            assertThat(validate(type, line)).as(line).isEmpty();
        }
    }

    @Test
    void sharedExamplesConform() throws IOException {
        var dir = Fixtures.sharedExamples();
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/format/examples not found next to the project root");
        }
        Assumptions.assumeTrue(dir.isPresent(), "../shared/format/examples not found next to the project root");
        for (DocumentType<?> type : DocumentType.all()) {
            Path file = dir.get().resolve(Fixtures.fileOf(type));
            Assumptions.assumeTrue(Files.exists(file), file + " not found");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    assertThat(validate(type, line)).as(file + ": " + line).isEmpty();
                }
            }
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /** Property: whatever the codec writes, the schema accepts. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenDocumentsConform(long seed) {
        RandomDocuments docs = new RandomDocuments(seed);
        String c = codec.write(docs.candidate());
        String e = codec.write(docs.employer());
        String n = codec.write(docs.need());
        assertThat(validate(DocumentType.CANDIDATE, c)).as("seed %d: %s", seed, c).isEmpty();
        assertThat(validate(DocumentType.EMPLOYER, e)).as("seed %d: %s", seed, e).isEmpty();
        assertThat(validate(DocumentType.NEED, n)).as("seed %d: %s", seed, n).isEmpty();
    }

    static Stream<Arguments> malformed() {
        String n = "{\"id\":\"n-1\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\",\"title\":\"Kokk\"";
        String e = "{\"id\":\"e-1\",\"name\":\"A\",\"sector\":\"public\"";
        String c = "{\"id\":\"k-1\",\"updated\":\"2026-11-22\",\"followedBy\":{\"organisation\":\"NAV\",\"kind\":\"nav\"},"
                + "\"consent\":{\"searchable\":\"none\",\"shareWithEmployer\":\"never\"}";
        return Stream.of(
                Arguments.of(DocumentType.NEED, n + ",\"requirements\":[{\"label\":\"a\",\"kind\":\"maybe\"}]}"),
                Arguments.of(DocumentType.NEED, n + ",\"languages\":[{\"code\":\"no\",\"level\":\"good\",\"kind\":\"trainable\"}]}"),
                Arguments.of(DocumentType.NEED, "{\"id\":\"n-1\",\"employerId\":\"e-1\",\"created\":\"2026-11-22\"}"),
                Arguments.of(DocumentType.EMPLOYER, e + ",\"diagnosis\":\"x\"}"),
                Arguments.of(DocumentType.EMPLOYER, e + ",\"size\":\"5\"}"),
                Arguments.of(DocumentType.EMPLOYER, e + ",\"needsConfirmed\":\"22.11.2026\"}"),
                Arguments.of(DocumentType.CANDIDATE, c + ",\"readiness\":null}"),
                Arguments.of(DocumentType.CANDIDATE, c + ",\"home\":{\"lat\":91,\"lon\":10}}"),
                Arguments.of(DocumentType.CANDIDATE, c + ",\"availability\":{\"shifts\":[\"day\",\"day\"]}}"),
                Arguments.of(DocumentType.CANDIDATE, c.replace("\"id\":\"k-1\"", "\"id\":\"k 1\"") + "}"),
                Arguments.of(DocumentType.CANDIDATE, c + ",\"wishes\":[{}]}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void malformedDocumentsFailBothSchemaAndCodec(DocumentType<?> type, String json) {
        assertThat(validate(type, json)).as("schema on %s", json).isNotEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> codec.read(type, json)))
                .as("codec on %s", json).isInstanceOf(DocumentException.class);
    }
}
