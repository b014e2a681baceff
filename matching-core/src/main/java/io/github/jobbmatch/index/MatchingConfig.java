package io.github.jobbmatch.index;

import io.github.jobbmatch.taxonomy.Taxonomy;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;

/**
 * The pluggable parts of indexing and query compilation. The same configuration must be used to
 * index and to search an index: labels are resolved to concepts and analysed alike on both sides.
 * Immutable; the parts must be thread-safe.
 *
 * @param analyzer free-text analyzer for labels, interests and descriptions
 * @param taxonomy concepts with broader/narrower and related links
 * @param conceptLookup label to concepts
 * @param occupationResolver occupation title to STYRK-08 code, for titles without a code
 * @param licenceConcepts driving licence class code to concepts
 */
public record MatchingConfig(Analyzer analyzer, Taxonomy taxonomy, ConceptLookup conceptLookup,
        OccupationResolver occupationResolver, LicenceConcepts licenceConcepts) {

    public MatchingConfig {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(conceptLookup, "conceptLookup");
        Objects.requireNonNull(occupationResolver, "occupationResolver");
        Objects.requireNonNull(licenceConcepts, "licenceConcepts");
    }

    /** Defaults throughout: Lucene's NorwegianAnalyzer, an empty taxonomy, {@code lic:} licences. */
    public static MatchingConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MatchingConfig}; not thread-safe. */
    public static final class Builder {
        private Analyzer analyzer;
        private Taxonomy taxonomy = Taxonomy.empty();
        private ConceptLookup conceptLookup;
        private OccupationResolver occupationResolver = OccupationResolver.none();
        private LicenceConcepts licenceConcepts = LicenceConcepts.prefixed("lic:");

        private Builder() {}

        /** The free-text analyzer; default {@link NorwegianAnalyzer}. */
        public Builder analyzer(Analyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        /** The taxonomy; default empty. */
        public Builder taxonomy(Taxonomy taxonomy) {
            this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
            return this;
        }

        /** Label to concepts; default {@link ConceptLookup#byLabel} over the taxonomy. */
        public Builder conceptLookup(ConceptLookup conceptLookup) {
            this.conceptLookup = Objects.requireNonNull(conceptLookup, "conceptLookup");
            return this;
        }

        /** Title to STYRK-08; default resolves nothing. */
        public Builder occupationResolver(OccupationResolver occupationResolver) {
            this.occupationResolver = Objects.requireNonNull(occupationResolver, "occupationResolver");
            return this;
        }

        /** Licence class to concepts; default {@code "lic:" + code}. */
        public Builder licenceConcepts(LicenceConcepts licenceConcepts) {
            this.licenceConcepts = Objects.requireNonNull(licenceConcepts, "licenceConcepts");
            return this;
        }

        /** The configuration; the concept lookup defaults to the final taxonomy's labels. */
        public MatchingConfig build() {
            return new MatchingConfig(
                    analyzer != null ? analyzer : new NorwegianAnalyzer(),
                    taxonomy,
                    conceptLookup != null ? conceptLookup : ConceptLookup.byLabel(taxonomy),
                    occupationResolver,
                    licenceConcepts);
        }
    }
}
