package io.github.jobbmatch.occupation;

import io.github.jobbmatch.analysis.NorwegianText;
import io.github.jobbmatch.analysis.NorwegianWorkAnalyzer;
import io.github.jobbmatch.analysis.NorwegianWorkAnalyzer.CompoundMode;
import io.github.jobbmatch.analysis.WorkVocabulary;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a free-text job title ("Hjelpepleier (psykisk helsearbeid)", "Overbioingeniør",
 * "gravemaskinkjørar") to ranked four-digit STYRK-08 codes with a confidence in 0-1, including
 * titles never seen before.
 *
 * <p>How: every known title and every STYRK-08 occupation name is one document of an in-memory
 * Lucene index with several fields produced by {@link NorwegianWorkAnalyzer} — the analysed
 * tokens with compound parts, the compound's head words (Norwegian puts the head last:
 * "gravemaskin|kjører"), the parenthetical qualifier, character trigrams (for misspellings and
 * unseen compounds) and the whole normalised title. Two kinds of evidence are combined per code:
 * (1) the bounded similarity of its best-matching known titles (Lucene retrieves candidates with
 * BM25; each is re-scored by exact match, IDF-weighted Dice over tokens and head words, trigram
 * Dice and qualifier match, and a code's titles combine as a noisy-or); (2) word-to-code votes
 * ({@link Evidence}): which codes and three-digit groups each word, compound head, qualifier and
 * trigram of the title was seen with in the known titles. A weighted mean with weights learned on
 * a validation split ({@link Weights}), times a small prior from the number of titles per code,
 * gives a score in 0-1. The compound dictionary is the built-in {@link WorkVocabulary} plus every
 * word of the known titles and names.
 *
 * <p>Immutable after {@link #build}; thread-safe; {@link #close()} frees the index.
 */
public final class OccupationResolver implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(OccupationResolver.class);

    static final String F_MAIN = "main";
    static final String F_HEAD = "head";
    static final String F_QUAL = "qual";
    static final String F_ALL = "all";
    static final String F_GRAM = "gram";
    static final String F_EXACT = "exact";
    static final String F_ORD = "ord";

    /** Candidates taken from Lucene before the bounded re-scoring. */
    private static final int CANDIDATES = 400;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    // Weights of the similarity components; they sum to the "achievable" score of a title.
    private static final double W_EXACT = 2.0;
    private static final double W_BAG = 4.0;
    private static final double W_HEAD = 2.0;
    private static final double W_GRAM = 1.0;
    private static final double W_QUALIFIER = 2.0;
    /** Share of a term's weight when it only occurs in the parenthetical qualifier. */
    static final double QUALIFIER_WEIGHT = 1.0;
    /** How much the second and third title of a code raise its score. */
    private static final double AGREEMENT = 0.5;

    private final Analyzer tokens;
    private final Analyzer heads;
    private final Analyzer plain;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Features> docs;
    private final Map<String, StyrkCode> codes;
    private final Map<String, Double> prior;
    private final int numDocs;
    private final Evidence evidence;
    private final Weights weights;

    private OccupationResolver(Collection<StyrkCode> styrk, Collection<JobTitle> titles, Weights weights)
            throws IOException {
        this.weights = weights;
        Map<String, StyrkCode> byCode = new LinkedHashMap<>();
        for (StyrkCode c : styrk) {
            byCode.put(c.code(), c);
        }
        this.codes = byCode;
        List<JobTitle> known = new ArrayList<>();
        int unknown = 0;
        for (JobTitle t : titles) {
            StyrkCode c = byCode.get(t.styrk08());
            if (c != null && c.isOccupation()) {
                known.add(t);
            } else {
                unknown++;
            }
        }
        if (unknown > 0) {
            LOG.warn("{} job titles name a STYRK-08 code that is not a level-4 code of the classification; ignored", unknown);
        }
        List<JobTitle> all = new ArrayList<>(known);
        for (StyrkCode c : byCode.values()) {
            if (c.isOccupation()) {
                all.add(new JobTitle(c.code(), c.name()));
            }
        }
        Set<String> vocabulary = new LinkedHashSet<>(WorkVocabulary.defaults());
        for (JobTitle t : all) {
            var m = WORD.matcher(t.title().toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (m.group().length() >= 4) {
                    vocabulary.add(m.group());
                }
            }
        }
        NorwegianWorkAnalyzer.Config base = NorwegianWorkAnalyzer.Config.defaults().withOnlyDictionary(vocabulary);
        this.tokens = new NorwegianWorkAnalyzer(base.withCompoundMode(CompoundMode.SPLIT));
        this.heads = new NorwegianWorkAnalyzer(base.withCompoundMode(CompoundMode.HEAD));
        this.plain = new NorwegianWorkAnalyzer(base.withCompoundMode(CompoundMode.NONE));

        Map<String, Integer> perCode = new HashMap<>();
        for (JobTitle t : all) {
            perCode.merge(t.styrk08(), 1, Integer::sum);
        }
        int maxPerCode = perCode.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Map<String, Double> p = new HashMap<>();
        perCode.forEach((code, n) -> p.put(code, Math.log1p(n) / Math.log1p(maxPerCode)));
        this.prior = p;

        this.directory = new ByteBuffersDirectory();
        List<Features> features = new ArrayList<>(all.size());
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (JobTitle t : all) {
                Features f = features(t.styrk08(), t.title());
                Document d = new Document();
                d.add(new StoredField(F_ORD, features.size()));
                addTerms(d, F_MAIN, f.main());
                addTerms(d, F_HEAD, f.head());
                addTerms(d, F_QUAL, f.qual());
                addTerms(d, F_ALL, f.all());
                addTerms(d, F_GRAM, f.grams());
                d.add(new StringField(F_EXACT, f.exact(), Field.Store.NO));
                w.addDocument(d);
                features.add(f);
            }
        }
        this.docs = List.copyOf(features);
        Evidence.Builder ev = new Evidence.Builder();
        for (Features f : features) {
            ev.add(f, f.code(), f.code().substring(0, 3));
        }
        for (StyrkCode c : byCode.values()) {
            if (c.level() == 3) {
                // A group's name is weak evidence for every occupation under it: group table only.
                ev.add(features("", c.name()), null, c.code());
            }
        }
        this.evidence = ev.build();
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.numDocs = reader.numDocs();
    }

    /**
     * Builds a resolver from the STYRK-08 classification and known titles. Titles whose code is not
     * a level-4 code of {@code styrk} are ignored (with a warning in the log).
     */
    public static OccupationResolver build(Collection<StyrkCode> styrk, Collection<JobTitle> titles) {
        Objects.requireNonNull(styrk, "styrk");
        Objects.requireNonNull(titles, "titles");
        if (styrk.stream().noneMatch(StyrkCode::isOccupation)) {
            throw new IllegalArgumentException("the STYRK-08 classification has no level-4 codes");
        }
        try {
            return new OccupationResolver(styrk, titles, Weights.LEARNED);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory title index failed", e);
        }
    }

    /** As {@link #build} with other combination weights: for tuning them on a validation split. */
    static OccupationResolver build(Collection<StyrkCode> styrk, Collection<JobTitle> titles, Weights weights) {
        try {
            return new OccupationResolver(styrk, titles, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory title index failed", e);
        }
    }

    /** The STYRK-08 code with this code, if the classification has it. */
    public Optional<StyrkCode> code(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /**
     * The best {@code max} occupations for a free-text title, best first; empty when nothing in the
     * title is recognised.
     */
    public List<OccupationMatch> resolve(String title, int max) {
        Objects.requireNonNull(title, "title");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        if (title.isBlank()) {
            return List.of();
        }
        Features q = features("", title);
        if (q.main().isEmpty() && q.grams().isEmpty()) {
            return List.of();
        }
        try {
            return rank(components(q), weights, max);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory title index failed", e);
        }
    }

    /**
     * The evidence for every candidate code of a query title, one {@link Components} per code: the
     * title similarity of its best known titles and the word-to-code votes. Separate from
     * {@link #rank} so that weights can be tuned without resolving again.
     */
    Map<String, Components> components(String title) {
        Features q = features("", title);
        try {
            return components(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Components> components(Features q) throws IOException {
        Map<String, Double> idfAll = new LazyIdf(F_ALL);
        Map<String, Double> idfHead = new LazyIdf(F_HEAD);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(new TermQuery(new Term(F_EXACT, q.exact())), 4f), BooleanClause.Occur.SHOULD);
        for (String t : q.main()) {
            b.add(new TermQuery(new Term(F_MAIN, t)), BooleanClause.Occur.SHOULD);
        }
        for (String t : q.qual()) {
            b.add(new BoostQuery(new TermQuery(new Term(F_ALL, t)), 0.7f), BooleanClause.Occur.SHOULD);
        }
        for (String t : q.head()) {
            b.add(new BoostQuery(new TermQuery(new Term(F_HEAD, t)), 1.5f), BooleanClause.Occur.SHOULD);
        }
        int grams = 0;
        for (String t : q.grams()) {
            if (grams++ >= 200) {
                break; // a very long title: enough trigrams to find candidates
            }
            b.add(new BoostQuery(new TermQuery(new Term(F_GRAM, t)), 0.2f), BooleanClause.Occur.SHOULD);
        }
        ScoreDoc[] hits = searcher.search(b.build(), CANDIDATES).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Map<String, List<Double>> perCode = new HashMap<>();
        for (ScoreDoc hit : hits) {
            int ord = stored.document(hit.doc, Set.of(F_ORD)).getField(F_ORD).numericValue().intValue();
            Features d = docs.get(ord);
            perCode.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(similarity(q, d, idfAll, idfHead));
        }
        Evidence.Votes votes = evidence.votes(q);
        Set<String> candidates = new LinkedHashSet<>(perCode.keySet());
        candidates.addAll(votes.codes());
        Map<String, Components> out = new HashMap<>();
        for (String code : candidates) {
            List<Double> sims = perCode.getOrDefault(code, List.of());
            double sim = 0;
            if (!sims.isEmpty()) {
                sims.sort(Comparator.reverseOrder());
                // Noisy-or of the best titles: agreement raises the score but never above 1.
                double miss = 1 - sims.get(0);
                for (int i = 1; i < Math.min(5, sims.size()); i++) {
                    miss *= 1 - AGREEMENT * sims.get(i);
                }
                sim = 1 - miss;
            }
            out.put(code, new Components(sim, votes.code(code), votes.group(code.substring(0, 3)), votes.present(),
                    prior.getOrDefault(code, 0.0)));
        }
        return out;
    }

    /** Combines the components with the weights; the best {@code max} codes, scores in 0-1. */
    List<OccupationMatch> rank(Map<String, Components> comps, Weights w, int max) {
        List<OccupationMatch> out = new ArrayList<>(comps.size());
        comps.forEach((code, c) -> {
            double score = w.combine(c);
            if (score > 0) {
                out.add(new OccupationMatch(code, codes.get(code).name(), score));
            }
        });
        out.sort(Comparator.comparingDouble(OccupationMatch::score).reversed().thenComparing(OccupationMatch::styrk08));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }

    /** Bounded similarity of a query title and one known title: achieved / achievable in 0-1. */
    private static double similarity(Features q, Features d, Map<String, Double> idfAll, Map<String, Double> idfHead) {
        double achieved = 0;
        if (!q.exact().isEmpty() && q.exact().equals(d.exact())) {
            achieved += W_EXACT;
        }
        achieved += W_BAG * bagDice(q, d, idfAll);
        achieved += W_HEAD * weightedDice(q.head(), d.head(), idfHead);
        achieved += W_GRAM * dice(q.grams(), d.grams());
        double achievable = W_EXACT + W_BAG + W_HEAD + W_GRAM;
        if (!q.qualifierKey().isEmpty()) {
            // In NAV's titles the qualifier often names the industry, which decides the code.
            achievable += W_QUALIFIER;
            if (q.qualifierKey().equals(d.qualifierKey())) {
                achieved += W_QUALIFIER;
            }
        }
        return achieved / achievable;
    }

    /**
     * IDF-weighted Dice over all terms of both titles, where a term that only occurs in a
     * parenthetical qualifier counts {@value #QUALIFIER_WEIGHT} of its weight: a qualifier
     * narrows a title down, but the main part says what the job is.
     */
    private static double bagDice(Features q, Features d, Map<String, Double> idf) {
        double wq = bagWeight(q, idf);
        double wd = bagWeight(d, idf);
        if (wq == 0 || wd == 0) {
            return 0;
        }
        double both = 0;
        for (String t : q.all()) {
            if (d.all().contains(t)) {
                double w = idf.get(t);
                both += w * Math.sqrt(termFactor(q, t) * termFactor(d, t));
            }
        }
        return 2 * both / (wq + wd);
    }

    private static double bagWeight(Features f, Map<String, Double> idf) {
        double w = 0;
        for (String t : f.all()) {
            w += idf.get(t) * termFactor(f, t);
        }
        return w;
    }

    private static double termFactor(Features f, String term) {
        return f.main().contains(term) ? 1.0 : QUALIFIER_WEIGHT;
    }

    private static double weightedDice(Set<String> a, Set<String> b, Map<String, Double> idf) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double both = 0;
        double wa = 0;
        double wb = 0;
        for (String t : a) {
            double w = idf.get(t);
            wa += w;
            if (b.contains(t)) {
                both += w;
            }
        }
        for (String t : b) {
            wb += idf.get(t);
        }
        return 2 * both / (wa + wb);
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int both = 0;
        for (String t : a) {
            if (b.contains(t)) {
                both++;
            }
        }
        return 2.0 * both / (a.size() + b.size());
    }

    private double idfOf(String field, String term) {
        try {
            int df = term.isEmpty() ? 0 : reader.docFreq(new Term(field, term));
            return Math.log(1 + (numDocs - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per-query cache of IDF values (not shared between threads). */
    private final class LazyIdf extends HashMap<String, Double> {
        private final String field;

        LazyIdf(String field) {
            this.field = field;
        }

        @Override
        public Double get(Object key) {
            return computeIfAbsent((String) key, k -> idfOf(field, k));
        }

    }

    private Features features(String code, String title) {
        TitleParts parts = TitleParts.of(title);
        Set<String> main = new LinkedHashSet<>(NorwegianText.tokens(tokens, parts.main()));
        Set<String> qual = new LinkedHashSet<>(NorwegianText.tokens(tokens, parts.qualifier()));
        List<String> plainTokens = NorwegianText.tokens(plain, parts.main());
        Set<String> head = Set.of();
        if (!plainTokens.isEmpty()) {
            // The head of the noun phrase is its last word; its compound head is that word's suffix.
            List<String> words = wordsOf(parts.main());
            String last = words.isEmpty() ? "" : words.get(words.size() - 1);
            head = new LinkedHashSet<>(NorwegianText.tokens(heads, last));
        }
        Set<String> grams = new LinkedHashSet<>();
        for (String t : plainTokens) {
            String padded = "_" + t + "_";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        List<String> qualifierTokens = NorwegianText.tokens(plain, parts.qualifier());
        Set<String> qualGrams = new LinkedHashSet<>();
        for (String t : qualifierTokens) {
            String padded = "_" + t + "_";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                qualGrams.add(padded.substring(i, i + 3));
            }
        }
        List<String> exactTokens = new ArrayList<>(plainTokens);
        exactTokens.addAll(qualifierTokens);
        String exact = String.join(" ", exactTokens);
        Set<String> all = new LinkedHashSet<>(main);
        all.addAll(qual);
        return new Features(code, Set.copyOf(main), Set.copyOf(head), Set.copyOf(qual), Set.copyOf(all),
                Set.copyOf(grams), exact, String.join(" ", qualifierTokens), String.join(" ", plainTokens),
                Set.copyOf(qualGrams));
    }

    private static List<String> wordsOf(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void addTerms(Document d, String field, Set<String> terms) {
        for (String t : terms) {
            d.add(new StringField(field, t, Field.Store.NO));
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; reader; tokens; heads; plain) {
            // closes all, in reverse order, even if one fails
        }
    }

    /** What one title contributes to matching. */
    record Features(String code, Set<String> main, Set<String> head, Set<String> qual, Set<String> all,
            Set<String> grams, String exact, String qualifierKey, String mainKey, Set<String> qualGrams) {}
}
