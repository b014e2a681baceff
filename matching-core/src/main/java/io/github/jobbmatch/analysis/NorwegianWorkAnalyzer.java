package io.github.jobbmatch.analysis;

import java.io.Reader;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Norwegian (bokmål and nynorsk) analyzer for working-life text: job titles, skills, free text.
 * Not to be confused with Lucene's general-purpose {@code org.apache.lucene.analysis.no.NorwegianAnalyzer}.
 *
 * <p>The chain, in order (see docs/analysis.md for examples):
 *
 * <ol>
 *   <li>{@link MappingCharFilter} with {@link Confusables}: Cyrillic/Greek look-alikes, foreign
 *       diacritics, ä/ö → æ/ø, invisible characters;
 *   <li>{@link StandardTokenizer} (splits "HR-direktør" into "hr", "direktør");
 *   <li>{@link LowerCaseFilter};
 *   <li>{@link NorwegianNormalizationFilter}: "ae"/"aa"/"oe" → æ/å/ø ("Baerum" → "bærum");
 *   <li>{@link NorwegianSpellingFilter}: nynorsk forms, agent-noun endings and a phonetic key for
 *       misspellings (optional, on by default);
 *   <li>{@link StopFilter} with a small list of function words;
 *   <li>compounds, one of {@link CompoundMode}: Lucene's {@link DictionaryCompoundWordTokenFilter}
 *       over the dictionary (optionally dropping the original), or {@link CompoundHeadFilter};
 *   <li>{@link NorwegianLightStemFilter} with both the bokmål and the nynorsk rules;
 *   <li>{@link RemoveDuplicatesTokenFilter}.
 * </ol>
 *
 * Thread-safe: Lucene's {@link Analyzer} keeps per-thread token stream components, and the
 * configuration is immutable.
 */
public final class NorwegianWorkAnalyzer extends Analyzer {

    /** What the compound step does. */
    public enum CompoundMode {
        /** No compound handling. */
        NONE,
        /** Emit every dictionary word found inside a token (and, if configured, the token itself). */
        SPLIT,
        /** Emit the token and every dictionary word that is a proper suffix of it (the compound's head). */
        HEAD
    }

    /** Light stemmer flags of Lucene's NorwegianLightStemmer: BOKMAAL = 1, NYNORSK = 2. */
    private static final int BOKMAAL_AND_NYNORSK = 1 | 2;

    /** Function words that carry no meaning in titles and skills. */
    public static final Set<String> DEFAULT_STOP_WORDS = Set.of(
            "og", "i", "på", "for", "av", "med", "til", "fra", "om", "mv", "m", "v", "el", "eller",
            "the", "of", "and", "en", "ei", "et", "ein", "eit", "som", "innen", "innan", "ved");

    /**
     * Immutable configuration.
     *
     * @param dictionary compound dictionary (raw words; the analyzer normalises them)
     * @param compoundMode what the compound step does
     * @param keepOriginal in {@link CompoundMode#SPLIT}, keep the whole compound beside its parts
     * @param spelling apply {@link NorwegianSpellingFilter}
     * @param stemming apply the light stemmer
     * @param stopWords function words to drop (raw words)
     * @param minSubword shortest dictionary part that is split off
     */
    public record Config(
            Set<String> dictionary,
            CompoundMode compoundMode,
            boolean keepOriginal,
            boolean spelling,
            boolean stemming,
            Set<String> stopWords,
            int minSubword) {

        public Config {
            dictionary = Set.copyOf(Objects.requireNonNull(dictionary, "dictionary"));
            Objects.requireNonNull(compoundMode, "compoundMode");
            stopWords = Set.copyOf(Objects.requireNonNull(stopWords, "stopWords"));
            if (minSubword < 2) {
                throw new IllegalArgumentException("minSubword must be at least 2, got " + minSubword);
            }
        }

        /** Defaults: built-in vocabulary, split with originals kept, spelling and stemming on. */
        public static Config defaults() {
            return new Config(WorkVocabulary.defaults(), CompoundMode.SPLIT, true, true, true, DEFAULT_STOP_WORDS, 3);
        }

        /** This configuration with the given words added to the compound dictionary. */
        public Config withDictionary(Collection<String> words) {
            Set<String> all = new LinkedHashSet<>(dictionary);
            all.addAll(words);
            return new Config(all, compoundMode, keepOriginal, spelling, stemming, stopWords, minSubword);
        }

        /** This configuration with exactly this compound dictionary. */
        public Config withOnlyDictionary(Collection<String> words) {
            return new Config(Set.copyOf(words), compoundMode, keepOriginal, spelling, stemming, stopWords, minSubword);
        }

        public Config withCompoundMode(CompoundMode mode) {
            return new Config(dictionary, mode, keepOriginal, spelling, stemming, stopWords, minSubword);
        }

        public Config withKeepOriginal(boolean keep) {
            return new Config(dictionary, compoundMode, keep, spelling, stemming, stopWords, minSubword);
        }

        public Config withSpelling(boolean on) {
            return new Config(dictionary, compoundMode, keepOriginal, on, stemming, stopWords, minSubword);
        }

        public Config withStemming(boolean on) {
            return new Config(dictionary, compoundMode, keepOriginal, spelling, on, stopWords, minSubword);
        }

        public Config withStopWords(Collection<String> words) {
            return new Config(dictionary, compoundMode, keepOriginal, spelling, stemming, Set.copyOf(words), minSubword);
        }
    }

    private final Config config;
    private final CharArraySet dictionary;
    private final CharArraySet stopWords;

    /** An analyzer with {@link Config#defaults()}. */
    public NorwegianWorkAnalyzer() {
        this(Config.defaults());
    }

    /** An analyzer with this configuration. */
    public NorwegianWorkAnalyzer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        // Dictionary words and stop words go through the same steps as the tokens they must meet.
        // In HEAD mode suffixes are compared after stemming ("helsefagarbeidere" ends in "fagarbeid").
        boolean stemDictionary = config.compoundMode() == CompoundMode.HEAD && config.stemming();
        try (Analyzer pre = new PreCompound(config.spelling(), stemDictionary)) {
            this.dictionary = normalise(pre, config.dictionary());
            this.stopWords = normaliseWithoutSpelling(config.stopWords());
        }
    }

    /** The configuration. */
    public Config config() {
        return config;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(Confusables.charMap(), reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(Confusables.charMap(), reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = preCompound(source, config.spelling());
        ts = new StopFilter(ts, stopWords);
        switch (config.compoundMode()) {
            case SPLIT -> {
                if (!dictionary.isEmpty()) {
                    ts = new DictionaryCompoundWordTokenFilter(ts, dictionary,
                            config.minSubword() + 2, config.minSubword(), 40, false);
                    if (!config.keepOriginal()) {
                        ts = new DropDecomposedFilter(ts);
                    }
                }
            }
            case HEAD -> {
                if (config.stemming()) {
                    ts = new NorwegianLightStemFilter(ts, BOKMAAL_AND_NYNORSK);
                }
                ts = new CompoundHeadFilter(ts, dictionary, config.minSubword(), 2);
            }
            case NONE -> { }
        }
        if (config.stemming() && config.compoundMode() != CompoundMode.HEAD) {
            ts = new NorwegianLightStemFilter(ts, BOKMAAL_AND_NYNORSK);
        }
        ts = new RemoveDuplicatesTokenFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new NorwegianNormalizationFilter(new LowerCaseFilter(in));
    }

    private static TokenStream preCompound(Tokenizer source, boolean spelling) {
        TokenStream ts = new LowerCaseFilter(source);
        ts = new NorwegianNormalizationFilter(ts);
        if (spelling) {
            ts = new NorwegianSpellingFilter(ts);
        }
        return ts;
    }

    private static CharArraySet normalise(Analyzer pre, Set<String> words) {
        CharArraySet out = new CharArraySet(words.size(), false);
        for (String w : words) {
            out.addAll(NorwegianText.tokens(pre, w));
        }
        return CharArraySet.unmodifiableSet(out);
    }

    private static CharArraySet normaliseWithoutSpelling(Set<String> words) {
        try (Analyzer pre = new PreCompound(false, false)) {
            return normalise(pre, words);
        }
    }

    /** The steps before the compound filter, used to normalise dictionary words. */
    private static final class PreCompound extends Analyzer {
        private final boolean spelling;
        private final boolean stemming;

        PreCompound(boolean spelling, boolean stemming) {
            this.spelling = spelling;
            this.stemming = stemming;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(Confusables.charMap(), reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = preCompound(source, spelling);
            if (stemming) {
                ts = new NorwegianLightStemFilter(ts, BOKMAAL_AND_NYNORSK);
            }
            return new TokenStreamComponents(source, ts);
        }
    }
}
