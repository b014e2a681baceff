package io.github.jobbmatch.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jobbmatch.fixtures.RandomDocuments;
import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever is done to a valid document, reading it either succeeds or throws
 * {@link DocumentException} with at least one violation, never any other exception.
 */
class FuzzTest {
    private static final String[] KEYS = {"id", "title", "kind", "label", "level", "min", "max", "lat", "from", "requirements",
            "x", "", "\u0000", "é"};
    private static final String[] VALUES = {"null", "true", "1", "-1", "1e999", "-0", "0.5", "\"\"", "\"\\u0000\"", "\"\\ud800\"",
            "\"\\udc00x\"", "[]", "{}", "[null]", "\"2026-02-30\"", "123456789012345678901234567890", "\"\u0001\"", "[[[]]]",
            "\"must\"", "\"" + "ø".repeat(400) + "\""};

    private final InterchangeCodec codec = new InterchangeCodec();

    static LongStream seeds() {
        return LongStream.range(0, 50);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedDocumentsOnlyEverRaiseDocumentException(long seed) throws IOException {
        RandomDocuments docs = new RandomDocuments(seed);
        Random random = docs.random();
        for (int round = 0; round < 40; round++) {
            DocumentType<?> type = DocumentType.all().get(random.nextInt(3));
            String json = switch (type.name()) {
                case "candidate" -> codec.write(docs.candidate());
                case "employer" -> codec.write(docs.employer());
                default -> codec.write(docs.need());
            };
            String mutated = mutate(json, random);
            try {
                Object doc = codec.read(type, mutated);
                assertThat(doc).isNotNull();
            } catch (DocumentException e) {
                assertThat(e.violations()).as("seed %d: %s", seed, mutated).isNotEmpty()
                        .allSatisfy(v -> assertThat(v.path()).startsWith("$"));
            } catch (RuntimeException e) {
                fail("seed " + seed + ": " + e + " for input " + abbreviate(mutated), e);
            }
            // The same text as a JSON Lines stream never throws: errors are data there.
            ReadResult<?> lines = codec.readLines(type, new StringReader(mutated + "\n" + json));
            assertThat(lines.accepted().size() + lines.errors().size()).as("seed %d", seed).isGreaterThanOrEqualTo(1);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static String mutate(String json, Random r) {
        String s = json;
        int steps = 1 + r.nextInt(3);
        for (int i = 0; i < steps; i++) {
            s = switch (r.nextInt(11)) {
                case 0 -> s.substring(0, r.nextInt(s.length() + 1)); // truncate
                case 1 -> replaceKey(s, r, ""); // delete a key's name (breaks syntax or renames)
                case 2 -> replaceKey(s, r, KEYS[r.nextInt(KEYS.length)]); // rename a key
                case 3 -> replaceValue(s, r); // wrong type or odd value
                case 4 -> insert(s, r, String.valueOf((char) r.nextInt(0x20))); // raw control character
                case 5 -> insert(s, r, r.nextBoolean() ? "\ud800" : "\udfff"); // lone surrogate
                case 6 -> insert(s, r, "x".repeat(300_000)); // huge string
                case 7 -> {
                    int depth = 1 + r.nextInt(200);
                    yield s.substring(0, s.length() - 1) + ",\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
                }
                case 8 -> s + (r.nextBoolean() ? " garbage" : "}"); // trailing content
                case 9 -> insert(s, r, String.valueOf("{}[],:\"\\".charAt(r.nextInt(8))));
                default -> {
                    // duplicate the first member
                    int colon = s.indexOf(',');
                    yield colon > 0 ? "{" + s.substring(1, colon) + "," + s.substring(1) : s;
                }
            };
        }
        return s;
    }

    private static String insert(String s, Random r, String what) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String replaceKey(String s, Random r, String name) {
        int at = s.indexOf("\":", r.nextInt(Math.max(1, s.length())));
        if (at < 0) {
            return s;
        }
        int start = s.lastIndexOf('"', at - 1);
        return start < 0 ? s : s.substring(0, start + 1) + name + s.substring(at);
    }

    private static String replaceValue(String s, Random r) {
        int at = s.indexOf("\":", r.nextInt(Math.max(1, s.length())));
        if (at < 0) {
            return s;
        }
        int start = at + 2;
        int end = start;
        int depth = 0;
        boolean inString = false;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (inString) {
                if (c == '\\') {
                    end++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            end++;
        }
        return s.substring(0, start) + VALUES[r.nextInt(VALUES.length)] + s.substring(Math.min(end, s.length()));
    }
}
