package io.github.jobbmatch.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Character folding applied before tokenisation: letters from other scripts that look Latin
 * (Cyrillic "е", Greek "ο", ...), Latin letters with diacritics that Norwegian does not use
 * ("é", "ü", ...), and invisible characters (soft hyphen, zero-width space). Norwegian æ, ø and å
 * are kept; "ä" and "ö" become "æ" and "ø" here so that the canonical form is the Norwegian one.
 *
 * <p>Why a fixed map and not Unicode NFKD: NFKD does not touch Cyrillic or Greek look-alikes, and
 * ICU is not a dependency of the core module.
 */
public final class Confusables {

    private static final Map<String, String> MAP = build();
    private static final NormalizeCharMap CHAR_MAP = charMap(MAP);

    private Confusables() {}

    /** The mapping used by the analyzer's char filter (immutable, shared safely between threads). */
    public static NormalizeCharMap charMap() {
        return CHAR_MAP;
    }

    /** The raw mapping from one look-alike character to its replacement (possibly empty). */
    public static Map<String, String> mapping() {
        return MAP;
    }

    /** Applies the mapping to a string, character by character. */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            sb.append(MAP.getOrDefault(c, c));
        }
        return sb.toString();
    }

    private static NormalizeCharMap charMap(Map<String, String> map) {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        map.forEach(b::add);
        return b.build();
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        // Cyrillic letters that look like Latin ones (lower and upper case).
        pairs(m, "аa вb еe ёe кk мm нh оo рp сc тt уy хx іi їi јj ѕs ԁd ԛq ԝw һh ӏl");
        pairs(m, "АA ВB ЕE ЁE КK МM НH ОO РP СC ТT УY ХX ІI ЇI ЈJ ЅS ԚQ ԜW Һh");
        // Greek letters that look like Latin ones.
        pairs(m, "αa βb εe ιi κk νv οo ρp τt υu χx");
        pairs(m, "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX");
        // Latin diacritics Norwegian does not distinguish; ä/ö are the Swedish/German æ/ø.
        latin(m, "àa áa âa ãa āa ăa ąa çc ćc čc ďd èe ée êe ëe ēe ėe ęe ěe ìi íi îi ïi īi įi ñn ńn ňn "
                + "òo óo ôo õo ōo őø ǿø ŕr řr śs šs şs ťt ùu úu ûu üu ūu ůu űu ýy ÿy źz żz žz ææ øø åå äæ öø");
        m.put("ß", "ss");
        // Invisible or typographic characters that split or glue words in pasted text.
        m.put("\u00AD", "");   // soft hyphen
        m.put("\u200B", "");   // zero-width space
        m.put("\u200C", "");   // zero-width non-joiner
        m.put("\u200D", "");   // zero-width joiner
        m.put("\uFEFF", "");   // byte-order mark
        m.put("\u00A0", " ");  // no-break space
        m.put("\u2010", "-");  // hyphen
        m.put("\u2011", "-");  // non-breaking hyphen
        m.put("\u2013", "-");  // en dash
        m.put("\u2014", "-");  // em dash
        return Map.copyOf(m);
    }

    private static void pairs(Map<String, String> m, String spec) {
        for (String p : spec.split(" ")) {
            m.put(p.substring(0, 1), p.substring(1));
        }
    }

    private static void latin(Map<String, String> m, String spec) {
        for (String p : spec.split(" ")) {
            String from = p.substring(0, 1);
            String to = p.substring(1);
            if (!from.equals(to)) {
                m.put(from, to);
            }
            String upFrom = from.toUpperCase(java.util.Locale.ROOT);
            String upTo = to.toUpperCase(java.util.Locale.ROOT);
            if (!upFrom.equals(from) && !upFrom.equals(upTo)) {
                m.put(upFrom, upTo);
            }
        }
    }
}
