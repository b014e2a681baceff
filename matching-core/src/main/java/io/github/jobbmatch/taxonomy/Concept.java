package io.github.jobbmatch.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * A concept of a taxonomy: an occupation, skill, certificate, licence, language or education.
 * Narrower links are derived from the broader links by {@link Taxonomy}.
 *
 * @param id stable id, for example {@code "cert:truck-t1-t4"} or {@code "styrk:5321"}
 * @param kind what the concept stands for
 * @param prefLabel preferred Norwegian label
 * @param altLabels alternative labels: synonyms, nynorsk forms, common abbreviations
 * @param broader ids of broader concepts
 * @param related ids of related concepts (symmetric; the taxonomy adds the reverse link)
 * @param styrk08 STYRK-08 occupation codes (usually 4-digit unit groups) the concept belongs to;
 *     empty for concepts that are not occupations or have no code
 */
public record Concept(String id, ConceptKind kind, String prefLabel, List<String> altLabels,
        List<String> broader, List<String> related, List<String> styrk08) {

    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prefLabel, "prefLabel");
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        broader = broader == null ? List.of() : List.copyOf(broader);
        related = related == null ? List.of() : List.copyOf(related);
        styrk08 = styrk08 == null ? List.of() : List.copyOf(styrk08);
        for (String code : styrk08) {
            if (!isStyrk08Code(code)) {
                throw new IllegalArgumentException(
                        id + ": STYRK-08 code '" + code + "' is not 1 to 4 digits");
            }
        }
    }

    /** A concept without STYRK-08 codes (the original six-component form). */
    public Concept(String id, ConceptKind kind, String prefLabel, List<String> altLabels,
            List<String> broader, List<String> related) {
        this(id, kind, prefLabel, altLabels, broader, related, List.of());
    }

    /** Whether {@code code} has the shape of a STYRK-08 code: 1 to 4 ASCII digits. */
    static boolean isStyrk08Code(String code) {
        if (code == null || code.isEmpty() || code.length() > 4) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }
}
