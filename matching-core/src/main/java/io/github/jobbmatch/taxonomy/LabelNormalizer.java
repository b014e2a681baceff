package io.github.jobbmatch.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The default text-to-tokens normaliser of {@link ConceptResolver}: a deliberately simple stand-in
 * for the Norwegian analyzer, which can be plugged in instead. Stateless and thread-safe.
 *
 * <ol>
 *   <li>Unicode NFKC and lower case;</li>
 *   <li>Swedish/German look-alikes folded to Norwegian letters ({@code ä→æ, ö→ø}), other accents
 *       dropped ({@code é→e}) while {@code å} is kept, and {@code aa→å};</li>
 *   <li>split on anything that is not a letter or a digit ({@code "T1-T4"} gives {@code t1, t4});</li>
 *   <li>conservative stripping of one inflection ending from words of letters only, keeping a stem
 *       of at least three letters: definite and plural forms ({@code -ene, -ane, -en, -et, -er,
 *       -ar, -a}) and a final {@code -e}, so "høyden", "høyde" and "høyda" meet, as do "arbeide" and
 *       "arbeid".</li>
 * </ol>
 * Both the labels and the text go through the same function, so consistency matters more than
 * linguistic accuracy.
 */
public final class LabelNormalizer implements Function<String, List<String>> {

    private static final LabelNormalizer INSTANCE = new LabelNormalizer();
    // Longest first: only one ending is removed.
    private static final String[] ENDINGS = {"ene", "ane", "en", "et", "er", "ar", "a", "e"};
    private static final int MIN_STEM = 3;

    private LabelNormalizer() {}

    /** The shared instance (it holds no state). */
    public static LabelNormalizer instance() {
        return INSTANCE;
    }

    @Override
    public List<String> apply(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        String s = fold(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            tokens.add(stem(s.substring(start, i)));
        }
        return tokens;
    }

    /** Case, width, accents and look-alike letters folded; no tokenisation. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ä', 'æ').replace('ö', 'ø');
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char ch = d.charAt(i);
            // Combining marks go, except the ring above that makes å.
            if (Character.getType(ch) == Character.NON_SPACING_MARK && ch != '\u030A') {
                continue;
            }
            b.append(ch);
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC).replace("aa", "å");
    }

    private static String stem(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return token; // codes such as "t1", "c1e", "5321" stay as they are
            }
        }
        for (String e : ENDINGS) {
            if (token.length() - e.length() >= MIN_STEM && token.endsWith(e)) {
                return token.substring(0, token.length() - e.length());
            }
        }
        return token;
    }
}
