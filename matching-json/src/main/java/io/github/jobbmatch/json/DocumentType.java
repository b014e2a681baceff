package io.github.jobbmatch.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Validator;
import io.github.jobbmatch.model.Violation;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One of the three document types of the interchange format, for code that handles them alike
 * ({@link InterchangeCodec#read(DocumentType, String)}, the CLI's {@code validate}).
 *
 * @param <T> the model record
 */
public final class DocumentType<T> {

    /** A candidate ({@code candidate}). */
    public static final DocumentType<Candidate> CANDIDATE = new DocumentType<>("candidate", Candidate.class,
            Readers.CANDIDATE, Readers::candidate, Writers::candidate, Validator::validate, Candidate::id);
    /** An employer ({@code employer}). */
    public static final DocumentType<Employer> EMPLOYER = new DocumentType<>("employer", Employer.class,
            Readers.EMPLOYER, Readers::employer, Writers::employer, Validator::validate, Employer::id);
    /** A need ({@code need}). */
    public static final DocumentType<Need> NEED = new DocumentType<>("need", Need.class,
            Readers.NEED, Readers::need, Writers::need, Validator::validate, Need::id);

    @FunctionalInterface
    interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private final String name;
    private final Class<T> type;
    final List<String> keys;
    final BiFunction<Mapping, Mapping.Obj, T> reader;
    final Writer<T> writer;
    final Function<T, List<Violation>> validator;
    final Function<T, String> id;

    private DocumentType(String name, Class<T> type, List<String> keys, BiFunction<Mapping, Mapping.Obj, T> reader,
            Writer<T> writer, Function<T, List<Violation>> validator, Function<T, String> id) {
        this.name = name;
        this.type = type;
        this.keys = keys;
        this.reader = reader;
        this.writer = writer;
        this.validator = validator;
        this.id = id;
    }

    /** The type's name in the format: {@code candidate}, {@code employer} or {@code need}. */
    public String name() {
        return name;
    }

    /** The model record class. */
    public Class<T> type() {
        return type;
    }

    /** The three types, in the order candidate, employer, need. */
    public static List<DocumentType<?>> all() {
        return List.of(CANDIDATE, EMPLOYER, NEED);
    }

    @Override
    public String toString() {
        return name;
    }
}
