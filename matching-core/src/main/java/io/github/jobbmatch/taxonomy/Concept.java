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
 */
public record Concept(String id, ConceptKind kind, String prefLabel, List<String> altLabels,
        List<String> broader, List<String> related) {

    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prefLabel, "prefLabel");
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        broader = broader == null ? List.of() : List.copyOf(broader);
        related = related == null ? List.of() : List.copyOf(related);
    }
}
