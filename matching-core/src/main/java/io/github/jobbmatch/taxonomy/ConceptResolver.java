package io.github.jobbmatch.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves free-text labels from CVs and forms ("Truckførerbevis T1-T4", "Politiattest kan
 * fremvises", "Matlaging for storfamilie") to taxonomy concepts, best first.
 *
 * <p>Three steps, the first that finds anything wins:
 * <ol>
 *   <li>the whole text equals a label after {@link Taxonomy#normalizeLabel(String)} (case, blanks):
 *       confidence 1;</li>
 *   <li>the whole text equals a label after the pluggable normaliser (token sequence equal, so
 *       "truckførerbevis t1/t4" meets "Truckførerbevis T1-T4"): confidence 1;</li>
 *   <li>token containment: every token of a label occurs in the text. Only the most specific such
 *       concepts are kept: a label whose tokens are a strict subset of another matched label's tokens
 *       is dropped ("Truckførerbevis T1-T4" gives the T1–T4 concept, not plain truckførerbevis), and
 *       so is a concept broader than another match. Labels shorter than three characters in all
 *       ("B", "T1") take part only in whole-text matches. Confidence below 1, lower the more of the
 *       text the label leaves unexplained.</li>
 * </ol>
 * The level is {@link MatchLevel#EXACT} for a preferred label and {@link MatchLevel#SYNONYM} for an
 * alternative label. Text that names no concept gives an empty list, never a guess.
 *
 * <p>The normaliser (text to tokens) is pluggable so the Norwegian analyzer (stemming, compound
 * splitting, look-alike folding) can replace the {@link LabelNormalizer default}; it is applied to
 * labels and text alike and must be thread-safe. A resolver is immutable and thread-safe.
 */
public final class ConceptResolver {

    /** Confidence of a token-containment match that explains the whole text. */
    static final float MAX_PARTIAL = 0.9f;
    /** Confidence of a token-containment match that explains almost none of the text. */
    static final float MIN_PARTIAL = 0.4f;
    private static final int MIN_PARTIAL_CHARS = 3;

    private record Label(Concept concept, boolean pref, List<String> tokens, Set<String> tokenSet, int chars,
            Set<String> surface) {
        MatchLevel level() {
            return pref ? MatchLevel.EXACT : MatchLevel.SYNONYM;
        }
    }

    private final Taxonomy taxonomy;
    private final Function<String, List<String>> normalizer;
    private final Map<String, List<Label>> byKey;
    private final Map<String, List<Label>> byToken;

    /** A resolver with the {@link LabelNormalizer default normaliser}. */
    public ConceptResolver(Taxonomy taxonomy) {
        this(taxonomy, LabelNormalizer.instance());
    }

    /**
     * A resolver with a custom normaliser, for example the Norwegian analyzer's token stream.
     *
     * @param normalizer text to tokens; thread-safe; applied to labels and text alike
     */
    public ConceptResolver(Taxonomy taxonomy, Function<String, List<String>> normalizer) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        Map<String, List<Label>> keys = new HashMap<>();
        Map<String, List<Label>> tokens = new HashMap<>();
        for (Concept c : taxonomy.concepts()) {
            List<String> labels = new ArrayList<>();
            labels.add(c.prefLabel());
            labels.addAll(c.altLabels());
            for (int i = 0; i < labels.size(); i++) {
                List<String> t = tokens(labels.get(i));
                if (t.isEmpty()) {
                    continue;
                }
                Set<String> set = new LinkedHashSet<>(t);
                int chars = set.stream().mapToInt(String::length).sum();
                Label l = new Label(c, i == 0, List.copyOf(t), Set.copyOf(set), chars, surface(labels.get(i)));
                keys.computeIfAbsent(String.join(" ", t), k -> new ArrayList<>()).add(l);
                if (chars >= MIN_PARTIAL_CHARS) {
                    for (String tok : set) {
                        tokens.computeIfAbsent(tok, k -> new ArrayList<>()).add(l);
                    }
                }
            }
        }
        keys.replaceAll((k, v) -> List.copyOf(v));
        tokens.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = keys;
        this.byToken = tokens;
    }

    /** The taxonomy concepts are resolved in. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Concepts of any kind the text names, best first; empty when none. */
    public List<ConceptMatch> resolve(String text) {
        return resolve(text, EnumSet.allOf(ConceptKind.class));
    }

    /**
     * Concepts of the given kinds the text names, best first; empty when none. Restricting the kinds
     * keeps, say, a competence from resolving to an occupation with a similar stem.
     */
    public List<ConceptMatch> resolve(String text, Set<ConceptKind> kinds) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kinds, "kinds");
        if (text.isBlank() || kinds.isEmpty()) {
            return List.of();
        }
        List<ConceptMatch> literal = literal(text, kinds);
        if (!literal.isEmpty()) {
            return literal;
        }
        List<String> textTokens = tokens(text);
        if (textTokens.isEmpty()) {
            return List.of();
        }
        List<ConceptMatch> whole = whole(byKey.getOrDefault(String.join(" ", textTokens), List.of()), kinds);
        if (!whole.isEmpty()) {
            return whole;
        }
        return partial(text, new LinkedHashSet<>(textTokens), kinds);
    }

    /** The best concept of any kind the text names. */
    public Optional<ConceptMatch> best(String text) {
        return resolve(text).stream().findFirst();
    }

    /** The best concept of the given kinds the text names. */
    public Optional<ConceptMatch> best(String text, Set<ConceptKind> kinds) {
        return resolve(text, kinds).stream().findFirst();
    }

    private List<ConceptMatch> literal(String text, Set<ConceptKind> kinds) {
        Map<String, ConceptMatch> out = new LinkedHashMap<>();
        for (Concept c : taxonomy.byLabel(text)) {
            if (kinds.contains(c.kind())) {
                MatchLevel level = taxonomy.isSynonym(c, text) ? MatchLevel.SYNONYM : MatchLevel.EXACT;
                out.put(c.id(), new ConceptMatch(c, level, 1f));
            }
        }
        return sorted(out.values());
    }

    private static List<ConceptMatch> whole(List<Label> labels, Set<ConceptKind> kinds) {
        Map<String, ConceptMatch> out = new LinkedHashMap<>();
        for (Label l : labels) {
            if (kinds.contains(l.concept().kind())) {
                out.merge(l.concept().id(), new ConceptMatch(l.concept(), l.level(), 1f),
                        (a, b) -> a.level().compareTo(b.level()) <= 0 ? a : b);
            }
        }
        return sorted(out.values());
    }

    private List<ConceptMatch> partial(String originalText, Set<String> textTokens, Set<ConceptKind> kinds) {
        // Best label per concept among those whose tokens all occur in the text.
        Map<String, Label> hits = new LinkedHashMap<>();
        Set<Label> seen = new HashSet<>();
        for (String tok : textTokens) {
            for (Label l : byToken.getOrDefault(tok, List.of())) {
                if (!seen.add(l) || !kinds.contains(l.concept().kind()) || !textTokens.containsAll(l.tokenSet())) {
                    continue;
                }
                hits.merge(l.concept().id(), l, ConceptResolver::better);
            }
        }
        Set<String> textSurface = surface(originalText);
        List<Label> kept = new ArrayList<>();
        for (Label l : hits.values()) {
            if (!isDominated(l, hits.values(), textSurface)) {
                kept.add(l);
            }
        }
        int textChars = textTokens.stream().mapToInt(String::length).sum();
        List<ConceptMatch> out = new ArrayList<>();
        for (Label l : kept) {
            float coverage = Math.min(1f, (float) l.chars() / textChars);
            // A label met only through stemming ("renholder" for "renhold") earns less.
            float literal = l.surface().isEmpty() ? 1f : (float) literalHits(l, textSurface) / l.surface().size();
            float confidence = (MIN_PARTIAL + (MAX_PARTIAL - MIN_PARTIAL) * coverage) * (0.75f + 0.25f * literal);
            out.add(new ConceptMatch(l.concept(), l.level(), confidence));
        }
        return sorted(out);
    }

    /**
     * Whether another hit is more specific (a strict superset of tokens, or a narrower concept), or
     * has the same tokens but matches more of the text's words literally: with stemming "Renhold"
     * and "Renholder" share a token, and the text decides which was meant.
     */
    private boolean isDominated(Label l, java.util.Collection<Label> hits, Set<String> textSurface) {
        for (Label o : hits) {
            if (o == l) {
                continue;
            }
            if (o.tokenSet().equals(l.tokenSet()) && literalHits(o, textSurface) > literalHits(l, textSurface)) {
                return true;
            }
            if (o.tokenSet().size() > l.tokenSet().size() && o.tokenSet().containsAll(l.tokenSet())) {
                return true;
            }
            if (taxonomy.broaderClosure(o.concept().id()).contains(l.concept().id())) {
                return true;
            }
        }
        return false;
    }

    private static int literalHits(Label l, Set<String> textSurface) {
        int n = 0;
        for (String w : l.surface()) {
            if (textSurface.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The folded words of a text without stemming, whatever the plugged normaliser does. */
    private static Set<String> surface(String text) {
        Set<String> out = new HashSet<>();
        for (String w : LabelNormalizer.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return Set.copyOf(out);
    }

    private static Label better(Label a, Label b) {
        if (a.tokenSet().size() != b.tokenSet().size()) {
            return a.tokenSet().size() > b.tokenSet().size() ? a : b;
        }
        return a.pref() || !b.pref() ? a : b;
    }

    private static List<ConceptMatch> sorted(java.util.Collection<ConceptMatch> matches) {
        List<ConceptMatch> l = new ArrayList<>(matches);
        l.sort(Comparator.comparing(ConceptMatch::confidence, Comparator.reverseOrder())
                .thenComparing(ConceptMatch::level)
                .thenComparing(m -> m.concept().id()));
        return List.copyOf(l);
    }

    private List<String> tokens(String text) {
        List<String> t = normalizer.apply(text);
        if (t == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(t.size());
        for (String s : t) {
            if (s != null && !s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
