package io.github.jobbmatch.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The test fixtures of this module and, when present, the project's shared example files. */
final class Fixtures {
    private Fixtures() {}

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines of a fixture file. */
    static List<String> lines(String name) {
        return resource(name).lines().filter(l -> !l.isBlank()).toList();
    }

    static String fileOf(DocumentType<?> type) {
        return switch (type.name()) {
            case "candidate" -> "candidates.jsonl";
            case "employer" -> "employers.jsonl";
            default -> "needs.jsonl";
        };
    }

    /**
     * {@code ../shared/format/examples} next to the project root, when it exists. Tests run in the
     * module directory, whose parent is the project root.
     */
    static Optional<Path> sharedExamples() {
        Path root = Path.of("").toAbsolutePath().getParent();
        if (root == null) {
            return Optional.empty();
        }
        Path dir = root.resolve("../shared/format/examples").normalize();
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
