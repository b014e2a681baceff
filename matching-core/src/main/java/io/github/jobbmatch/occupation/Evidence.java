package io.github.jobbmatch.occupation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Word-to-code evidence learned from the known titles: for each feature of a title (a main-part
 * term or compound part, a compound head, a qualifier term, the whole qualifier, the whole main
 * part, a character trigram of either part) how often it occurs with each four-digit code and each
 * three-digit group. A query's features vote for the codes they were seen with, in proportion
 * to how concentrated they are (a smoothed kNN vote over word evidence): "bøkker" seen only with
 * 7115 is strong, "leder" seen with dozens of codes is nearly nothing. In NAV's titles the qualifier
 * often decides the code where the main part ("Lærling", "Avdelingsleder") is generic; this is
 * what the per-title similarity alone cannot express.
 *
 * <p>Immutable after {@link Builder#build()}; thread-safe.
 */
final class Evidence {

    /** The kinds of features, each with its own weight in {@link Weights}. */
    enum Kind {
        MAIN(OccupationResolver.Features::main),
        HEAD(OccupationResolver.Features::head),
        QUAL(OccupationResolver.Features::qual),
        QUAL_KEY(f -> f.qualifierKey().isEmpty() ? Set.of() : Set.of(f.qualifierKey())),
        MAIN_KEY(f -> f.mainKey().isEmpty() ? Set.of() : Set.of(f.mainKey())),
        GRAM(OccupationResolver.Features::grams),
        QUAL_GRAM(OccupationResolver.Features::qualGrams);

        private final Function<OccupationResolver.Features, Set<String>> of;

        Kind(Function<OccupationResolver.Features, Set<String>> of) {
            this.of = of;
        }

        Set<String> of(OccupationResolver.Features f) {
            return of.apply(f);
        }
    }

    static final int KINDS = Kind.values().length;
    /** Additive smoothing: a feature seen once is good, not certain, evidence. */
    static final double ALPHA = 0.5;

    private final Table codes;
    private final Table groups;

    private Evidence(Table codes, Table groups) {
        this.codes = codes;
        this.groups = groups;
    }

    /** The votes of a query title's features. */
    Votes votes(OccupationResolver.Features q) {
        boolean[] present = new boolean[KINDS];
        Map<String, double[]> byCode = codes.votes(q, present);
        Map<String, double[]> byGroup = groups.votes(q, present);
        return new Votes(byCode, byGroup, present);
    }

    /** Votes per code and per group; one value per {@link Kind}, each in 0-1. */
    record Votes(Map<String, double[]> byCode, Map<String, double[]> byGroup, boolean[] present) {
        Set<String> codes() {
            return byCode.keySet();
        }

        double[] code(String code) {
            return byCode.getOrDefault(code, new double[KINDS]);
        }

        double[] group(String group) {
            return byGroup.getOrDefault(group, new double[KINDS]);
        }
    }

    /** Feature → target → count, per kind, with the number of documents per feature. */
    private record Table(List<Map<String, Map<String, Integer>>> counts, List<Map<String, Integer>> df, int docs) {

        Map<String, double[]> votes(OccupationResolver.Features q, boolean[] present) {
            Map<String, double[]> out = new HashMap<>();
            for (Kind k : Kind.values()) {
                Map<String, Map<String, Integer>> table = counts.get(k.ordinal());
                Map<String, Integer> dfs = df.get(k.ordinal());
                Map<String, Double> sum = new HashMap<>();
                double norm = 0;
                for (String f : k.of(q)) {
                    Integer n = dfs.get(f);
                    if (n == null) {
                        continue;
                    }
                    // Rare features weigh more, as in IDF; the vote itself is the smoothed share.
                    double idf = Math.log(1 + (double) docs / n);
                    norm += idf;
                    for (Map.Entry<String, Integer> e : table.get(f).entrySet()) {
                        sum.merge(e.getKey(), idf * e.getValue() / (n + ALPHA), Double::sum);
                    }
                }
                if (norm > 0) {
                    present[k.ordinal()] = true;
                    for (Map.Entry<String, Double> e : sum.entrySet()) {
                        out.computeIfAbsent(e.getKey(), x -> new double[KINDS])[k.ordinal()] = e.getValue() / norm;
                    }
                }
            }
            return out;
        }
    }

    static final class Builder {
        private final List<Map<String, Map<String, Integer>>> codes = newTables();
        private final List<Map<String, Integer>> codeDf = newDf();
        private final List<Map<String, Map<String, Integer>>> groups = newTables();
        private final List<Map<String, Integer>> groupDf = newDf();
        private int codeDocs;
        private int groupDocs;

        /** Adds a title's features for its code (null: the group only) and its three-digit group. */
        void add(OccupationResolver.Features f, String code, String group) {
            if (code != null) {
                codeDocs++;
                count(codes, codeDf, f, code);
            }
            groupDocs++;
            count(groups, groupDf, f, group);
        }

        private static void count(List<Map<String, Map<String, Integer>>> tables, List<Map<String, Integer>> dfs,
                OccupationResolver.Features f, String target) {
            for (Kind k : Kind.values()) {
                for (String feature : new HashSet<>(k.of(f))) {
                    tables.get(k.ordinal()).computeIfAbsent(feature, x -> new HashMap<>()).merge(target, 1, Integer::sum);
                    dfs.get(k.ordinal()).merge(feature, 1, Integer::sum);
                }
            }
        }

        Evidence build() {
            return new Evidence(new Table(freeze(codes), List.copyOf(codeDf.stream().map(Map::copyOf).toList()), codeDocs),
                    new Table(freeze(groups), List.copyOf(groupDf.stream().map(Map::copyOf).toList()), groupDocs));
        }

        private static List<Map<String, Map<String, Integer>>> freeze(List<Map<String, Map<String, Integer>>> t) {
            return t.stream().map(m -> {
                Map<String, Map<String, Integer>> c = new HashMap<>();
                m.forEach((k, v) -> c.put(k, Map.copyOf(v)));
                return Map.copyOf(c);
            }).toList();
        }

        private static List<Map<String, Map<String, Integer>>> newTables() {
            return java.util.stream.Stream.generate(() -> (Map<String, Map<String, Integer>>) new HashMap<String, Map<String, Integer>>())
                    .limit(KINDS).toList();
        }

        private static List<Map<String, Integer>> newDf() {
            return java.util.stream.Stream.generate(() -> (Map<String, Integer>) new HashMap<String, Integer>())
                    .limit(KINDS).toList();
        }
    }
}
