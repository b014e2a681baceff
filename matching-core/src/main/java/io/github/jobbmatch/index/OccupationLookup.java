package io.github.jobbmatch.index;

import io.github.jobbmatch.taxonomy.ConceptKind;
import io.github.jobbmatch.taxonomy.ConceptResolver;
import java.util.Optional;

/**
 * Maps an occupation title as written ("Hjelpepleier (psykisk helsearbeid)") to a 4-digit STYRK-08
 * code. Used for experience, wishes and need titles that carry no code. Must be thread-safe.
 */
@FunctionalInterface
public interface OccupationLookup {

    /** The STYRK-08 code of this title, or empty when unknown. */
    Optional<String> styrk08(String title);

    /** Resolves no title. */
    static OccupationLookup none() {
        return title -> Optional.empty();
    }

    /**
     * Through the taxonomy: the best occupation concept the title names, and its 4-digit STYRK-08
     * code. Titles the taxonomy does not know stay unresolved.
     */
    static OccupationLookup byTaxonomy(ConceptResolver resolver) {
        java.util.Objects.requireNonNull(resolver, "resolver");
        java.util.Set<ConceptKind> occupations = java.util.EnumSet.of(ConceptKind.OCCUPATION);
        // Titles recur (every hit's experience is looked up for its explanation): the taxonomy never changes, so the
        // answers are kept, at most TITLES_KEPT of them.
        com.google.common.cache.Cache<String, Optional<String>> known = com.google.common.cache.CacheBuilder
                .newBuilder().maximumSize(TITLES_KEPT).build();
        return title -> {
            if (title == null || title.isBlank()) {
                return Optional.empty();
            }
            Optional<String> code = known.getIfPresent(title);
            if (code == null) {
                code = resolver.resolve(title, occupations).stream()
                        .flatMap(m -> m.concept().styrk08().stream())
                        .filter(c -> c.length() == 4)
                        .findFirst();
                known.put(title, code);
            }
            return code;
        };
    }

    /** How many titles {@link #byTaxonomy} keeps the answer of. */
    int TITLES_KEPT = 20_000;

    /**
     * Through an {@link io.github.jobbmatch.occupation.OccupationResolver} built from STYRK-08 and
     * job-title files the case system supplies: its best code when the confidence is at least
     * {@code minScore}.
     */
    static OccupationLookup byResolver(io.github.jobbmatch.occupation.OccupationResolver resolver, double minScore) {
        java.util.Objects.requireNonNull(resolver, "resolver");
        return title -> {
            if (title == null || title.isBlank()) {
                return Optional.empty();
            }
            return resolver.resolve(title, 1).stream()
                    .filter(m -> m.score() >= minScore)
                    .map(m -> m.styrk08())
                    .findFirst();
        };
    }
}
