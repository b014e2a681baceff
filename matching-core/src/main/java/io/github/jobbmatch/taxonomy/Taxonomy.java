package io.github.jobbmatch.taxonomy;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, thread-safe taxonomy of concepts with broader/narrower and related links. Case
 * systems bring their own (ESCO, JANZZ, ...) by building one with {@link #builder()} or a loader;
 * a small Norwegian starter set is built in.
 */
public final class Taxonomy {

    private final Map<String, Concept> byId;
    private final Map<String, List<Concept>> byLabel;
    private final Map<String, Set<String>> narrower;
    private final Map<String, Set<String>> related;
    private final Map<String, List<Concept>> byStyrk08;

    private Taxonomy(Map<String, Concept> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        Map<String, List<Concept>> labels = new HashMap<>();
        Map<String, List<Concept>> styrk = new HashMap<>();
        Map<String, Set<String>> down = new HashMap<>();
        Map<String, Set<String>> rel = new HashMap<>();
        for (Concept c : byId.values()) {
            labels.computeIfAbsent(normalizeLabel(c.prefLabel()), k -> new ArrayList<>()).add(c);
            for (String alt : c.altLabels()) {
                List<Concept> l = labels.computeIfAbsent(normalizeLabel(alt), k -> new ArrayList<>());
                if (!l.contains(c)) {
                    l.add(c);
                }
            }
            for (String code : c.styrk08()) {
                List<Concept> l = styrk.computeIfAbsent(code, k -> new ArrayList<>());
                if (!l.contains(c)) {
                    l.add(c);
                }
            }
            for (String b : c.broader()) {
                down.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(c.id());
            }
            for (String r : c.related()) {
                rel.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(r);
                rel.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(c.id());
            }
        }
        labels.replaceAll((k, v) -> List.copyOf(v));
        styrk.replaceAll((k, v) -> List.copyOf(v));
        this.byStyrk08 = styrk;
        down.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        rel.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        this.byLabel = labels;
        this.narrower = down;
        this.related = rel;
    }

    /** A builder that checks every link points at a known concept. */
    public static Builder builder() {
        return new Builder();
    }

    /** An empty taxonomy. */
    public static Taxonomy empty() {
        return builder().build();
    }

    /** The concept with this id. */
    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every concept, in the order they were added. */
    public Collection<Concept> concepts() {
        return byId.values();
    }

    /** Number of concepts. */
    public int size() {
        return byId.size();
    }

    /**
     * Concepts whose preferred or alternative label equals this label after
     * {@link #normalizeLabel(String) normalisation}; empty when none.
     */
    public List<Concept> byLabel(String label) {
        return byLabel.getOrDefault(normalizeLabel(label), List.of());
    }

    /**
     * Concepts that carry this STYRK-08 code (for example {@code "5321"}), in the order they were
     * added; empty when none. The code is matched exactly, without implying its parent groups.
     */
    public List<Concept> byStyrk08(String code) {
        return code == null ? List.of() : byStyrk08.getOrDefault(code.strip(), List.of());
    }

    /** Whether the label is one of the concept's alternative labels rather than its preferred one. */
    public boolean isSynonym(Concept c, String label) {
        String n = normalizeLabel(label);
        return !normalizeLabel(c.prefLabel()).equals(n)
                && c.altLabels().stream().anyMatch(a -> normalizeLabel(a).equals(n));
    }

    /** Direct narrower concepts of {@code id}. */
    public Set<String> narrower(String id) {
        return narrower.getOrDefault(id, Set.of());
    }

    /** Every concept below {@code id}, transitively, not including {@code id}. */
    public Set<String> narrowerClosure(String id) {
        return closure(id, this::narrower);
    }

    /** Every concept above {@code id}, transitively, not including {@code id}. */
    public Set<String> broaderClosure(String id) {
        return closure(id, x -> {
            Concept c = byId.get(x);
            return c == null ? List.of() : c.broader();
        });
    }

    /** Related concepts of {@code id}, in both directions of the link. */
    public Set<String> related(String id) {
        return related.getOrDefault(id, Set.of());
    }

    /**
     * How well holding {@code held} meets a requirement for {@code required}; empty when it does not
     * at all. Synonym-level matches are decided on labels, not ids, so two ids meet at EXACT at best.
     */
    public Optional<MatchLevel> matchLevel(String required, String held) {
        if (required.equals(held)) {
            return Optional.of(MatchLevel.EXACT);
        }
        if (narrowerClosure(required).contains(held)) {
            return Optional.of(MatchLevel.NARROWER);
        }
        if (broaderClosure(required).contains(held)) {
            return Optional.of(MatchLevel.BROADER);
        }
        if (related(required).contains(held)) {
            return Optional.of(MatchLevel.RELATED);
        }
        return Optional.empty();
    }

    private static Set<String> closure(String start, java.util.function.Function<String, Collection<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(next.apply(start));
        while (!todo.isEmpty()) {
            String x = todo.pop();
            if (!x.equals(start) && seen.add(x)) {
                todo.addAll(next.apply(x));
            }
        }
        return seen;
    }

    /**
     * The label key used for exact label look-ups: Unicode NFKC, lower case, single spaces. Fuzzier
     * matching (stemming, compounds, misspellings) belongs to the analysis layer.
     */
    public static String normalizeLabel(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        return s.replaceAll("\\s+", " ");
    }

    /** Builds a {@link Taxonomy}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Concept> concepts = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a concept; an id may be added only once. */
        public Builder add(Concept c) {
            if (concepts.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate concept id: " + c.id());
            }
            return this;
        }

        /** Adds every concept of another taxonomy. */
        public Builder addAll(Taxonomy other) {
            other.concepts().forEach(this::add);
            return this;
        }

        /** Whether a concept with this id was added. */
        public boolean contains(String id) {
            return concepts.containsKey(id);
        }

        /**
         * The taxonomy. Fails naming the concept and the link when a broader or related link points
         * at an unknown id, or when broader links form a cycle.
         */
        public Taxonomy build() {
            List<String> problems = new ArrayList<>();
            for (Concept c : concepts.values()) {
                for (String b : c.broader()) {
                    if (!concepts.containsKey(b)) {
                        problems.add(c.id() + ": broader concept '" + b + "' is not defined");
                    }
                }
                for (String r : c.related()) {
                    if (!concepts.containsKey(r)) {
                        problems.add(c.id() + ": related concept '" + r + "' is not defined");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("invalid taxonomy: " + String.join("; ", problems));
            }
            Taxonomy t = new Taxonomy(new LinkedHashMap<>(concepts));
            for (Concept c : concepts.values()) {
                if (hasCycle(t, c.id())) {
                    throw new IllegalArgumentException("invalid taxonomy: broader links form a cycle through " + c.id());
                }
            }
            return t;
        }

        private static boolean hasCycle(Taxonomy t, String id) {
            // closure() never returns its start node, so look for a path back to it here.
            Deque<String> todo = new ArrayDeque<>(t.byId.get(id).broader());
            Set<String> seen = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                String x = todo.pop();
                if (x.equals(id)) {
                    return true;
                }
                if (seen.add(x)) {
                    todo.addAll(t.byId.get(x).broader());
                }
            }
            return false;
        }
    }
}
