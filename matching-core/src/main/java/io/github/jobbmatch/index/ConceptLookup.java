package io.github.jobbmatch.index;

import io.github.jobbmatch.taxonomy.Concept;
import io.github.jobbmatch.taxonomy.ConceptMatch;
import io.github.jobbmatch.taxonomy.ConceptResolver;
import io.github.jobbmatch.taxonomy.MatchLevel;
import io.github.jobbmatch.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resolves a free label ("Truckførerbevis T1-T4") to taxonomy concepts. Used on both sides, when a
 * candidate is indexed and when a need is compiled, so both resolve a label alike. Implementations
 * must be thread-safe and deterministic.
 */
@FunctionalInterface
public interface ConceptLookup {

    /** The concepts this label names, best first; empty when none. Never null. */
    List<ConceptHit> lookup(String label);

    /** Resolves nothing: every label is left to the text match. */
    static ConceptLookup none() {
        return label -> List.of();
    }

    /**
     * Exact match of the normalised label ({@link Taxonomy#normalizeLabel}) against preferred labels
     * ({@link MatchLevel#EXACT}) and alternative labels ({@link MatchLevel#SYNONYM}).
     */
    static ConceptLookup byLabel(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        return label -> {
            if (label == null || label.isBlank()) {
                return List.of();
            }
            List<ConceptHit> hits = new ArrayList<>();
            for (Concept c : taxonomy.byLabel(label)) {
                hits.add(new ConceptHit(c.id(), taxonomy.isSynonym(c, label) ? MatchLevel.SYNONYM : MatchLevel.EXACT));
            }
            hits.sort((a, b) -> a.level().compareTo(b.level()));
            return List.copyOf(hits);
        };
    }

    /**
     * Resolution by a {@link ConceptResolver}: exact and alternative labels first, then the most
     * specific concepts whose label words the text contains ("Politiattest kan fremvises").
     */
    static ConceptLookup byResolver(ConceptResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return label -> {
            if (label == null || label.isBlank()) {
                return List.of();
            }
            List<ConceptHit> hits = new ArrayList<>();
            for (ConceptMatch m : resolver.resolve(label)) {
                hits.add(new ConceptHit(m.concept().id(), m.level()));
            }
            return List.copyOf(hits);
        };
    }

    /**
     * The same look-up with a bounded memo of its answers. Case-system labels repeat heavily (the same
     * certificate and skill names on thousands of candidates), and resolving one walks the taxonomy's
     * labels, so bulk indexing spends much of its time here without a memo. Only for a deterministic
     * {@code delegate} (every built-in one is). Thread-safe.
     *
     * @param maxLabels the most distinct labels remembered (least recently used are dropped)
     */
    static ConceptLookup cached(ConceptLookup delegate, long maxLabels) {
        Objects.requireNonNull(delegate, "delegate");
        com.google.common.cache.LoadingCache<String, List<ConceptHit>> memo = com.google.common.cache.CacheBuilder
                .newBuilder().maximumSize(maxLabels)
                .build(com.google.common.cache.CacheLoader.from(label -> List.copyOf(delegate.lookup(label))));
        return label -> label == null ? delegate.lookup(null) : memo.getUnchecked(label);
    }
}
