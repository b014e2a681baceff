package io.github.jobbmatch.index;

import io.github.jobbmatch.analysis.NorwegianWorkAnalyzer;
import io.github.jobbmatch.taxonomy.Concept;
import io.github.jobbmatch.taxonomy.ConceptResolver;
import io.github.jobbmatch.taxonomy.Licences;
import io.github.jobbmatch.taxonomy.StarterTaxonomy;
import io.github.jobbmatch.taxonomy.Taxonomy;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
 * @param occupationLookup occupation title to STYRK-08 code, for titles without a code
 * @param licenceConcepts driving licence class code to concepts
 */
public record MatchingConfig(Analyzer analyzer, Taxonomy taxonomy, ConceptLookup conceptLookup,
        OccupationLookup occupationLookup, LicenceConcepts licenceConcepts) {

    /** Distinct labels whose concept look-up {@link #norwegian(Taxonomy)} remembers. */
    private static final long LABEL_MEMO = 100_000;

    public MatchingConfig {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(conceptLookup, "conceptLookup");
        Objects.requireNonNull(occupationLookup, "occupationLookup");
        Objects.requireNonNull(licenceConcepts, "licenceConcepts");
    }

    /**
     * The built-in Norwegian set-up on the {@link StarterTaxonomy}: see {@link #norwegian(Taxonomy)}.
     * This is what the CLI and the demo use.
     */
    public static MatchingConfig defaults() {
        return norwegian(StarterTaxonomy.load());
    }

    /**
     * The Norwegian set-up on a taxonomy a case system brings: {@link NorwegianWorkAnalyzer} with the
     * taxonomy's label words added to its compound dictionary; labels resolved to concepts by a
     * {@link ConceptResolver} (exact and alternative labels, then the most specific concepts whose
     * label words the text contains); occupation titles without a code resolved through the
     * taxonomy's occupation concepts and their STYRK-08 codes; licence classes mapped by
     * {@link Licences} when the taxonomy has those concepts.
     */
    public static MatchingConfig norwegian(Taxonomy taxonomy) {
        ConceptResolver resolver = new ConceptResolver(taxonomy);
        return builder()
                .taxonomy(taxonomy)
                .analyzer(new NorwegianWorkAnalyzer(NorwegianWorkAnalyzer.Config.defaults().withDictionary(labelWords(taxonomy))))
                .conceptLookup(ConceptLookup.cached(ConceptLookup.byResolver(resolver), LABEL_MEMO))
                .occupationLookup(OccupationLookup.byTaxonomy(resolver))
                .licenceConcepts(code -> Licences.conceptId(code)
                        .filter(id -> taxonomy.concept(id).isPresent())
                        .map(List::of)
                        .orElse(List.of()))
                .build();
    }

    /** Words of the taxonomy's labels, for the analyzer's compound dictionary. */
    static Set<String> labelWords(Taxonomy taxonomy) {
        Set<String> words = new TreeSet<>();
        for (Concept c : taxonomy.concepts()) {
            addWords(words, c.prefLabel());
            c.altLabels().forEach(a -> addWords(words, a));
        }
        return words;
    }

    private static void addWords(Set<String> words, String label) {
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
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
        private OccupationLookup occupationLookup = OccupationLookup.none();
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
        public Builder occupationLookup(OccupationLookup occupationLookup) {
            this.occupationLookup = Objects.requireNonNull(occupationLookup, "occupationLookup");
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
                    occupationLookup,
                    licenceConcepts);
        }
    }
}
