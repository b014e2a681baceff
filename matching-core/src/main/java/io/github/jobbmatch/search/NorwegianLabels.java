package io.github.jobbmatch.search;

import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Norwegian bokmål names used in explanations and funnel labels. */
public final class NorwegianLabels {

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("no", "norsk"), Map.entry("nb", "norsk bokmål"), Map.entry("nn", "nynorsk"),
            Map.entry("en", "engelsk"), Map.entry("sv", "svensk"), Map.entry("da", "dansk"),
            Map.entry("de", "tysk"), Map.entry("fr", "fransk"), Map.entry("es", "spansk"),
            Map.entry("pl", "polsk"), Map.entry("lt", "litauisk"), Map.entry("ar", "arabisk"),
            Map.entry("so", "somali"), Map.entry("ti", "tigrinja"), Map.entry("fa", "persisk"),
            Map.entry("uk", "ukrainsk"), Map.entry("ru", "russisk"), Map.entry("ur", "urdu"),
            Map.entry("tr", "tyrkisk"), Map.entry("se", "samisk"), Map.entry("th", "thai"));

    private NorwegianLabels() {}

    /** "norsk", or the code when unknown. */
    public static String languageName(String code) {
        return LANGUAGES.getOrDefault(code, code);
    }

    /** "grunnleggende", "god", "flytende", "morsmål". */
    public static String level(LanguageLevel level) {
        return switch (level) {
            case BASIC -> "grunnleggende";
            case GOOD -> "god";
            case FLUENT -> "flytende";
            case NATIVE -> "morsmål";
        };
    }

    /** "Norsk, minst god". */
    public static String language(LanguageRequirement l) {
        String name = languageName(l.code());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + ", minst " + level(l.level());
    }

    /** "arbeid", "arbeidstrening", ... */
    public static String experienceKind(ExperienceKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case WORK -> "arbeid";
            case TRIAL -> "arbeidstrening";
            case APPRENTICESHIP -> "læretid";
            case VOLUNTEER -> "frivillig arbeid";
            case HOME -> "fra hjemmet";
        };
    }

    /** "0,5", "6". */
    public static String number(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',');
    }

    /** "1.12.2026". */
    public static String date(LocalDate d) {
        return d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
    }

    /** "a", "a og b", "a, b og c". */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }
}
