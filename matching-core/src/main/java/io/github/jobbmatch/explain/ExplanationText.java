package io.github.jobbmatch.explain;

import io.github.jobbmatch.index.CandidateProfile;
import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.Wish;
import io.github.jobbmatch.search.CompiledNeed.Level;
import io.github.jobbmatch.search.NeedQueryCompiler;
import io.github.jobbmatch.search.NorwegianLabels;
import io.github.jobbmatch.search.Route;
import io.github.jobbmatch.search.Routes;
import io.github.jobbmatch.search.SearchResult.AccommodationSummary;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import io.github.jobbmatch.search.VerdictStatus;
import io.github.jobbmatch.search.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the Norwegian bokmål explanation of a hit from what its clauses matched ("ærlig innsalg"):
 * resources first (experience, trial evidence, what the employer asked for, interests, wishes), then
 * what can be learned (trainable gaps and their routes), then practical facts, then the adaptations
 * the workplace is asked to make, with every unanswered one put as a question for the employer.
 * Never health words: candidate text containing one ({@link HealthWords}) is left out.
 */
public final class ExplanationText {

    private final MatchingConfig config;
    private final NeedQueryCompiler compiler;

    /** A writer for needs compiled with {@code compiler}. */
    public ExplanationText(MatchingConfig config, NeedQueryCompiler compiler) {
        this.config = config;
        this.compiler = compiler;
    }

    /** The explanation of one short-list hit. */
    public String write(Need need, HitExplainer.Hit hit, List<RequirementVerdict> verdicts, AccommodationSummary acc,
            Double travelKm, View view) {
        Candidate c = hit.candidate();
        List<String> s = new ArrayList<>();

        // 1. Resources.
        hit.clause("experience").filter(HitExplainer.ClauseMatch::isMatch).ifPresent(m ->
                experience(c, hit.profile(), m.best()).ifPresent(e -> s.add("Har erfaring som " + describe(e) + ".")));
        if (view == View.ADVISER) {
            hit.clause("stableTrial").filter(HitExplainer.ClauseMatch::isMatch)
                    .ifPresent(m -> s.add("Har vist stabilt oppmøte i arbeidstrening."));
        }
        List<String> met = new ArrayList<>();
        List<String> related = new ArrayList<>();
        for (int i = 0; i < need.requirements().size() && i < verdicts.size(); i++) {
            RequirementVerdict v = verdicts.get(i);
            String ev = safe(v.evidence());
            String label = safe(v.label());
            if (label == null) {
                continue;
            }
            if (v.status() == VerdictStatus.MET) {
                met.add(ev != null && !ev.equalsIgnoreCase(label) ? label + " (" + ev + ")" : label);
            } else if (v.status() == VerdictStatus.MET_BY_RELATED) {
                related.add(ev != null ? ev + " (nært knyttet til " + label + ")" : label);
            }
        }
        if (!met.isEmpty()) {
            s.add("Har det arbeidsgiver ser etter: " + NorwegianLabels.list(met) + ".");
        }
        if (!related.isEmpty()) {
            s.add("Har beslektet kompetanse: " + NorwegianLabels.list(related) + ".");
        }
        hit.clause("interests").filter(HitExplainer.ClauseMatch::isMatch).ifPresent(m -> {
            List<String> interests = matchingTexts(c.interests(), m.matched(), Fields.C_INTERESTS);
            if (!interests.isEmpty()) {
                s.add("Interessert i " + NorwegianLabels.list(interests) + ".");
            }
        });
        hit.clause("wish").filter(HitExplainer.ClauseMatch::isMatch).ifPresent(m -> {
            List<String> titles = c.wishes().stream().map(Wish::title).filter(t -> t != null && safe(t) != null).toList();
            if (!titles.isEmpty()) {
                s.add("Ønsker å jobbe som " + titles.get(0).toLowerCase(java.util.Locale.ROOT) + ".");
            } else {
                s.add("Ønsker arbeid innen dette yrket.");
            }
        });

        // 2. What can be learned. Missing wants are gathered per route, so the text names each route once.
        Map<Route, List<String>> notYetShown = new LinkedHashMap<>();
        for (int i = 0; i < need.requirements().size() && i < verdicts.size(); i++) {
            Requirement r = need.requirements().get(i);
            RequirementVerdict v = verdicts.get(i);
            String label = safe(r.label());
            if (label == null) {
                continue;
            }
            Route route = Routes.forRequirement(r.label(), compiler.resolve(r).conceptIds(), config.taxonomy());
            if (v.status() == VerdictStatus.TRAINABLE_GAP
                    || (v.status() == VerdictStatus.MET_BY_RELATED && "trainable".equals(v.kind()))) {
                s.add("Kan læres: " + label + " (" + route.norwegian() + ").");
            } else if (v.status() == VerdictStatus.MISSING && "want".equals(v.kind())) {
                notYetShown.computeIfAbsent(route, k -> new ArrayList<>()).add(label);
            }
        }
        notYetShown.forEach((route, labels) -> s.add("Ikke vist ennå: " + NorwegianLabels.list(labels)
                + ", som kan utvikles gjennom " + route.norwegian() + "."));
        for (int i = need.requirements().size(); i < verdicts.size(); i++) {
            RequirementVerdict v = verdicts.get(i);
            if (v.status() == VerdictStatus.MISSING || v.status() == VerdictStatus.MET_BY_RELATED) {
                s.add("Språk å styrke: " + v.label().toLowerCase(java.util.Locale.ROOT) + " (kurs eller språkstøtte på jobb).");
            }
        }

        // 3. Practical facts.
        if (c.availability() != null && c.availability().from() != null) {
            s.add("Kan starte fra " + NorwegianLabels.date(c.availability().from()) + ".");
        }
        if (travelKm != null) {
            s.add("Bor om lag " + NorwegianLabels.number(travelKm) + " km fra arbeidsstedet.");
        } else {
            s.add("Bosted eller arbeidssted er ikke oppgitt, så reiseavstanden er ukjent.");
        }

        // 4. Adaptations the workplace is asked to make, last.
        if (!acc.offered().isEmpty()) {
            s.add("Arbeidsplassen bes legge til rette med " + NorwegianLabels.list(names(acc.offered()))
                    + ", som arbeidsgiver har sagt er mulig.");
        }
        unknownQuestion(acc.unknown()).ifPresent(s::add);
        for (Accommodation a : acc.conflicts()) {
            s.add("Arbeidsgiver har sagt at " + a.norwegian() + " ikke er mulig; avklar dette før en presentasjon.");
        }
        return String.join(" ", s);
    }

    /** The explanation of a near miss. */
    public static String nearMiss(String gapKind, String gap, Route route) {
        if ("accommodation".equals(gapKind)) {
            return "Trenger tilrettelegging som arbeidsgiver har sagt ikke er mulig: " + gap
                    + ". Spør arbeidsgiver om det likevel kan løses.";
        }
        String g = safe(gap);
        return "Oppfyller alt annet, men mangler " + (g == null ? "ett krav" : "«" + g + "»")
                + ". Foreslått vei: " + route.norwegian() + ".";
    }

    /**
     * What the form has not answered, as one question to the employer: unknown is not no, so it is
     * asked, never assumed. One sentence for all of them, so a long list does not repeat itself.
     */
    static Optional<String> unknownQuestion(List<Accommodation> unknown) {
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        if (unknown.size() == 1) {
            return Optional.of("Spør arbeidsgiver: er " + unknown.get(0).norwegian() + " mulig?");
        }
        return Optional.of("Spør arbeidsgiver om disse tilretteleggingene er mulige: "
                + NorwegianLabels.list(names(unknown)) + ".");
    }

    private static List<String> names(List<Accommodation> list) {
        return list.stream().map(Accommodation::norwegian).toList();
    }

    private Optional<Experience> experience(Candidate c, CandidateProfile p, Level best) {
        if (best == null) {
            return Optional.empty();
        }
        if (best.name().startsWith("styrk-")) {
            String prefix = best.terms().get(0).substring(2);
            for (int i = 0; i < c.experience().size(); i++) {
                String code = p.experienceCodes().get(i);
                if (code != null && code.startsWith(prefix) && safe(c.experience().get(i).title()) != null) {
                    return Optional.of(c.experience().get(i));
                }
            }
        }
        for (Experience e : c.experience()) {
            if (safe(e.title()) == null) {
                continue;
            }
            List<String> have = compiler.analysed(Fields.C_EXP_TEXT, e.title(), 64);
            if (best.terms().stream().anyMatch(have::contains)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String describe(Experience e) {
        StringBuilder b = new StringBuilder(e.title().toLowerCase(java.util.Locale.ROOT));
        List<String> parts = new ArrayList<>();
        String kind = NorwegianLabels.experienceKind(e.kind());
        if (kind != null) {
            parts.add(kind);
        }
        if (e.years() != null && e.years() > 0) {
            parts.add(NorwegianLabels.number(e.years()) + " år");
        }
        if (!parts.isEmpty()) {
            b.append(" (").append(String.join(", ", parts)).append(')');
        }
        return b.toString();
    }

    /** The candidate texts that contain one of the matched terms. */
    private List<String> matchingTexts(List<String> texts, List<Level> matched, String field) {
        Set<String> terms = new LinkedHashSet<>();
        matched.forEach(l -> terms.addAll(l.terms()));
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (safe(t) != null && compiler.analysed(field, t, 64).stream().anyMatch(terms::contains)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The text, or null when it is null or carries a health word. */
    static String safe(String text) {
        return text == null || HealthWords.contains(text) ? null : text;
    }
}
