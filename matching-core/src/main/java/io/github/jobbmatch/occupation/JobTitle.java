package io.github.jobbmatch.occupation;

import java.util.Objects;

/**
 * One job title with its STYRK-08 occupation ({@code styrk08;tittel}), e.g. NAV's
 * "yrkesbetegnelser".
 *
 * @param styrk08 the four-digit STYRK-08 code
 * @param title the title as written ("Hjelpepleier (psykisk helsearbeid)")
 */
public record JobTitle(String styrk08, String title) {

    public JobTitle {
        Objects.requireNonNull(styrk08, "styrk08");
        Objects.requireNonNull(title, "title");
        if (!styrk08.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("styrk08 must be four digits, got '" + styrk08 + "'");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("the title for " + styrk08 + " is empty");
        }
    }
}
