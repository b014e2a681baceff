package io.github.jobbmatch.explain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words about health and diagnoses that never appear in an explanation. Candidate-written text that
 * contains one is left out of the explanation rather than echoed.
 */
public final class HealthWords {

    /** Forbidden word stems, matched at the start of a word (so "syk" also catches "sykdom"). */
    public static final List<String> STEMS = List.of(
            "diagnos", "sykdom", "syk", "lidelse", "funksjonshem", "handikap", "uføre", "ufør", "sykemeld",
            "sykmeld", "psykisk", "psykiatri", "depresj", "angst", "rus", "adhd", "autis", "kronisk",
            "helseplage", "helseproblem", "smerte", "skade", "behandling", "medisin", "diabetes", "epilep");

    /**
     * Ordinary words of working life that start like a forbidden stem: occupations and workplaces
     * ("sykepleier", "sykehjem", "medisinsk sekretær") and languages ("russisk"). Without them a nurse's
     * own job title would be hidden from her explanation.
     */
    public static final List<String> ALLOWED = List.of(
            "sykepleie", "sykehus", "sykehjem", "sjukepleie", "sjukehus", "sjukeheim", "medisinsk", "russisk",
            "russland", "rusta", "skadedyr");

    private static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}])(?!" + String.join("|", ALLOWED) + ")(" + String.join("|", STEMS) + ")",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private HealthWords() {}

    /** Whether the text contains a word starting with a forbidden stem. */
    public static boolean contains(String text) {
        return text != null && PATTERN.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
