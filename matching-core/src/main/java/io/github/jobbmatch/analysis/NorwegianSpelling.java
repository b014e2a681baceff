package io.github.jobbmatch.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Deterministic spelling normalisation of one lower-cased, æøå-normalised Norwegian word, used by
 * {@link NorwegianSpellingFilter}. Three steps, in this order:
 *
 * <ol>
 *   <li><b>Nynorsk forms</b>: unambiguous nynorsk morphemes become their bokmål form wherever they
 *       occur in the word ("reinhald" → "renhold", "sjuk" → "syk", "leiar" → "leder", "køyr" →
 *       "kjør"), so a nynorsk compound meets its bokmål twin without a dictionary of whole words;
 *   <li><b>Inflection endings</b> the light stemmer does not remove in one pass: nynorsk agent nouns
 *       ("-arar", "-arane", "-aren", "-ar") become the bokmål "-ere"/"-eren"/"-er", bokmål definite
 *       plural "-erne" becomes "-ere", adjective "-leg" becomes "-lig";
 *   <li><b>A phonetic key for common misspellings</b>: runs of the same consonant collapse to one
 *       ("kokk" → "kok", "asisstent" and "assistent" → "asistent"), "skj"/"sch" → "sj", "ck" → "k",
 *       "ph" → "f", "qu" → "kv", "w" → "v", "c" → "s" before e/i/y and "k" elsewhere.
 * </ol>
 *
 * The result is an index key, not a word to show: both sides of a match go through the same steps,
 * which is all that matters. Stateless and thread-safe.
 */
public final class NorwegianSpelling {

    /** Nynorsk morpheme → bokmål morpheme; replaced anywhere in a word, longest first. */
    static final Map<String, String> NYNORSK = Map.ofEntries(
            Map.entry("reinhald", "renhold"),
            Map.entry("reingjer", "rengjør"),
            Map.entry("hald", "hold"),
            Map.entry("sjuk", "syk"),
            Map.entry("pleiar", "pleier"),
            Map.entry("leiar", "leder"),
            Map.entry("leiing", "ledelse"),
            Map.entry("køyr", "kjør"),
            Map.entry("kjøyr", "kjør"),
            Map.entry("tenest", "tjenest"),
            Map.entry("tenar", "tjener"),
            Map.entry("heime", "hjemme"),
            Map.entry("heim", "hjem"),
            Map.entry("skule", "skole"),
            Map.entry("høgskule", "høyskole"),
            Map.entry("verkstad", "verksted"),
            Map.entry("kyrkje", "kirke"),
            Map.entry("mjølk", "melk"),
            Map.entry("tilsett", "ansatt"),
            Map.entry("snikkar", "snekker"),
            Map.entry("seljar", "selger"),
            Map.entry("lækjar", "lege"),
            Map.entry("gjevar", "giver"),
            Map.entry("leggj", "legg"),
            Map.entry("røyr", "rør"),
            Map.entry("golv", "gulv"),
            Map.entry("gardbruk", "gårdbruk"),
            Map.entry("dagleg", "daglig"),
            Map.entry("fagleg", "faglig"),
            Map.entry("eigar", "eier"),
            Map.entry("fyrste", "første"));

    private static final List<Map.Entry<String, String>> NYNORSK_LONGEST_FIRST = sortLongestFirst(NYNORSK);

    /** Ending → replacement, tried in order; the minimum word length keeps short words intact. */
    private static final String[][] ENDINGS = {
        {"arane", "ere"}, {"arar", "ere"}, {"aren", "eren"}, {"erne", "ere"}, {"leg", "lig"}, {"ar", "er"},
    };

    private NorwegianSpelling() {}

    /** Normalises one word (already lower-cased and æøå-normalised). */
    public static String normalize(String word) {
        String w = nynorsk(word);
        w = endings(w);
        return phonetic(w);
    }

    static String nynorsk(String word) {
        if (word.length() < 4) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        int i = 0;
        outer:
        while (i < word.length()) {
            for (Map.Entry<String, String> e : NYNORSK_LONGEST_FIRST) {
                if (word.startsWith(e.getKey(), i)) {
                    out.append(e.getValue());
                    i += e.getKey().length();
                    continue outer;
                }
            }
            out.append(word.charAt(i++));
        }
        return out.toString();
    }

    static String endings(String word) {
        for (String[] e : ENDINGS) {
            // A stem of at least three letters must remain ("lærar", "lærarar").
            int minLength = e[0].length() + 3;
            if (word.length() >= minLength && word.endsWith(e[0])) {
                return word.substring(0, word.length() - e[0].length()) + e[1];
            }
        }
        return word;
    }

    static String phonetic(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            if (c == 's' && next == 'k' && i + 2 < n && word.charAt(i + 2) == 'j') {
                sb.append("sj");
                i += 2;
            } else if (c == 's' && next == 'c' && i + 2 < n && word.charAt(i + 2) == 'h') {
                sb.append("sj");
                i += 2;
            } else if (c == 'c' && next == 'k') {
                sb.append('k');
                i++;
            } else if (c == 'p' && next == 'h') {
                sb.append('f');
                i++;
            } else if (c == 'q' && next == 'u') {
                sb.append("kv");
                i++;
            } else if (c == 'w') {
                sb.append('v');
            } else if (c == 'c') {
                sb.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            } else {
                sb.append(c);
            }
        }
        // Collapse runs of one consonant ("kokk", "tømmrer"); vowels are left alone.
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (i > 0 && c == sb.charAt(i - 1) && isConsonant(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouyæøå".indexOf(c) < 0;
    }

    private static List<Map.Entry<String, String>> sortLongestFirst(Map<String, String> map) {
        List<Map.Entry<String, String>> l = new ArrayList<>(map.entrySet());
        l.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()
                .thenComparing(Map.Entry::getKey));
        return List.copyOf(l);
    }
}
