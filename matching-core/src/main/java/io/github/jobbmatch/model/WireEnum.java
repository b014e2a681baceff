package io.github.jobbmatch.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum whose values have a kebab-case name in the interchange format. */
public interface WireEnum {

    /** The value as written in JSON, for example {@code "own-organisation"}. */
    String wire();

    /** Parses a wire value; empty when it is not one of the enum's values. */
    static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.wire().equals(wire)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The accepted values, comma separated, for error messages: {@code "must, want, trainable"}. */
    static <E extends Enum<E> & WireEnum> String expected(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).collect(Collectors.joining(", "));
    }
}
