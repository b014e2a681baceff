package io.github.jobbmatch.cli;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.search.NorwegianLabels;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.SearchResult.FunnelStep;
import io.github.jobbmatch.search.SearchResult.NearMiss;
import io.github.jobbmatch.search.SearchResult.Reason;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import io.github.jobbmatch.search.SearchResult.ShortlistEntry;
import io.github.jobbmatch.search.Viewer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders demo results for a terminal: Norwegian labels where an adviser reads them, bilingual
 * headings, plain text wrapped to {@value #WIDTH} columns. Owns no state beyond the stream.
 */
final class DemoPrinter {

    static final int WIDTH = 100;
    private static final String RULE = "=".repeat(WIDTH);
    /** A result is "thin" when fewer than this many candidates pass every gate; then the funnel is shown. */
    static final int THIN = 20;

    private final PrintStream out;

    DemoPrinter(PrintStream out) {
        this.out = out;
    }

    void header(int candidates, int employers, int needs, long seed, Viewer viewer) {
        out.println("Jobbmatch demo — bred søk / broad search");
        out.printf("Eksempeldata (syntetisk, seed %d): %d kandidater, %d arbeidsgivere, %d behov.%n",
                seed, candidates, employers, needs);
        out.println("Søker som: " + viewer.role() + " i " + viewer.organisation()
                + " (ser kandidater som har samtykket til bredt søk, og egne kandidater).");
        out.println("Krav: ✓ oppfylt · ≈ delvis (beslektet) · ✗ mangler · ○ kan læres");
    }

    void scenario(int number, Need need, Employer employer, SearchResult result, int top) {
        out.println();
        out.println(RULE);
        out.println(number + ". " + need.title() + " — " + employer.name() + " (" + need.id() + ")");
        out.println(RULE);
        describeNeed(need, employer);
        out.println();
        out.printf("Kandidatgrunnlag / pool: %d synlige, %d består alle absolutte krav.%n",
                result.pool().visible(), result.pool().passedGates());
        for (Reason r : result.diagnostics().reasons()) {
            if (!r.code().equals("note")) {
                out.println("Merk: " + r.message());
            }
        }

        out.println();
        out.println("Kortliste / short list");
        if (result.shortlist().isEmpty()) {
            out.println("  Ingen kandidater består alle de absolutte kravene.");
        }
        for (ShortlistEntry e : result.shortlist()) {
            entry(e);
        }

        out.println();
        out.println("Nesten-treff / near misses (ett krav unna)");
        if (result.nearMisses().isEmpty()) {
            out.println("  Ingen.");
        }
        for (NearMiss m : result.nearMisses().subList(0, Math.min(top, result.nearMisses().size()))) {
            out.printf("  %-10s %3d %%  mangler: %s → %s%n", m.candidateId(), percent(m.score()), m.gap(),
                    m.route().norwegian());
            wrap("             ", m.explanation());
        }
        if (result.nearMisses().size() > top) {
            out.println("  … og " + (result.nearMisses().size() - top) + " til.");
        }

        if (result.pool().passedGates() < THIN && !result.diagnostics().funnel().isEmpty()) {
            out.println();
            out.println("Trakt / funnel (tynt resultat: hvor mange som er igjen etter hvert absolutte krav)");
            for (FunnelStep s : result.diagnostics().funnel()) {
                out.printf("  %-55s → %6d%n", s.label(), s.remaining());
            }
        }
    }

    void openings(int number, Candidate candidate, OpeningsResult result) {
        out.println();
        out.println(RULE);
        out.println(number + ". Kandidat først / candidate-first: beste ledige behov for " + candidate.id()
                + " (følges av " + candidate.followedBy().organisation() + ")");
        out.println(RULE);
        out.printf("Åpne behov / open needs: %d synlige, %d består alle absolutte krav.%n",
                result.pool().visible(), result.pool().passedGates());
        out.println();
        if (result.shortlist().isEmpty()) {
            out.println("  Ingen åpne behov passer alle de absolutte kravene.");
        }
        for (OpeningsResult.Opening o : result.shortlist()) {
            out.printf("  %d. %-24s %3d %%   %s — %s%n", o.rank(), o.needId(), percent(o.score()), o.title(),
                    o.employerName() == null ? o.employerId() : o.employerName());
            if (o.contact() != null && o.contact().owner() != null) {
                out.println("     Kontaktperson: " + o.contact().owner()
                        + (o.contact().organisation() == null ? "" : " (" + o.contact().organisation() + ")"));
            }
            wrap("     ", o.explanation());
            if (o.travelKm() != null) {
                out.printf(java.util.Locale.ROOT, "     Reisevei %s km%n",
                        String.format(java.util.Locale.ROOT, "%.1f", o.travelKm()).replace('.', ','));
            }
        }
        if (!result.nearMisses().isEmpty()) {
            out.println();
            out.println("Nesten-treff / near misses (ett krav unna)");
            for (OpeningsResult.OpeningNearMiss m : result.nearMisses().subList(0, Math.min(5, result.nearMisses().size()))) {
                out.printf("  %-24s %3d %%  mangler: %s → %s%n", m.needId(), percent(m.score()), m.gap(), m.route().norwegian());
            }
        }
    }

    void footer() {
        out.println();
        out.println("Alle kandidater, arbeidsgivere og behov er generert; ingen av dem er virkelige personer.");
    }

    private void describeNeed(Need need, Employer employer) {
        List<String> line = new ArrayList<>();
        line.add(sector(employer.sector()));
        if (need.opening() != null) {
            if (need.opening().kind() != null) {
                line.add(opening(need.opening().kind()));
            }
            if (need.opening().positions() != null) {
                line.add(need.opening().positions() + (need.opening().positions() == 1 ? " plass" : " plasser"));
            }
            if (need.opening().startBy() != null) {
                line.add("oppstart innen " + NorwegianLabels.date(need.opening().startBy()));
            }
        }
        if (need.percent() != null && need.percent().min() != null) {
            line.add("stillingsprosent " + NorwegianLabels.number(need.percent().min())
                    + (need.percent().max() != null && !need.percent().max().equals(need.percent().min())
                            ? "–" + NorwegianLabels.number(need.percent().max()) : "") + " %");
        }
        if (need.location() != null && need.location().maxTravelKm() != null) {
            line.add("maks reisevei " + NorwegianLabels.number(need.location().maxTravelKm()) + " km");
        }
        wrap("  ", String.join(" · ", line));
        List<String> musts = new ArrayList<>();
        List<String> wants = new ArrayList<>();
        List<String> trainable = new ArrayList<>();
        for (Requirement r : need.requirements()) {
            (r.kind() == RequirementKind.MUST ? musts : r.kind() == RequirementKind.WANT ? wants : trainable).add(r.label());
        }
        for (LanguageRequirement l : need.languages()) {
            (l.kind() == RequirementKind.MUST ? musts : wants).add(NorwegianLabels.language(l));
        }
        List<String> reqs = new ArrayList<>();
        if (!musts.isEmpty()) {
            reqs.add("Absolutt: " + String.join(", ", musts));
        }
        if (!wants.isEmpty()) {
            reqs.add("Ønsket: " + String.join(", ", wants));
        }
        if (!trainable.isEmpty()) {
            reqs.add("Kan læres: " + String.join(", ", trainable));
        }
        wrap("  ", String.join(". ", reqs) + ".");
    }

    private void entry(ShortlistEntry e) {
        String followed = e.followedBy() == null ? "" : "følges av " + e.followedBy().organisation();
        out.println();
        out.printf("  %d. %-10s %3d %%   %s%n", e.rank(), e.candidateId(), percent(e.score()), followed);
        wrap("     ", e.explanation());
        List<String> verdicts = new ArrayList<>();
        for (RequirementVerdict v : e.requirements()) {
            verdicts.add(symbol(v) + " " + v.label());
        }
        if (!verdicts.isEmpty()) {
            wrap("     ", "Krav: " + String.join(" · ", verdicts));
        }
        var acc = e.accommodations();
        if (acc != null && !acc.needed().isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!acc.unknown().isEmpty()) {
                parts.add("spør om: " + DemoCommand.norwegian(acc.unknown()));
            }
            if (!acc.offered().isEmpty()) {
                parts.add("tilbys: " + DemoCommand.norwegian(acc.offered()));
            }
            if (!acc.conflicts().isEmpty()) {
                parts.add("ikke mulig: " + DemoCommand.norwegian(acc.conflicts()));
            }
            wrap("     ", "Tilrettelegging — " + String.join("; ", parts));
        }
        String travel = e.travelKm() == null ? "reisevei ukjent" : "reisevei " + NorwegianLabels.number(Math.round(e.travelKm() * 10) / 10.0) + " km";
        String from = e.availableFrom() == null ? "tilgjengelig fra: ukjent" : "tilgjengelig fra " + NorwegianLabels.date(e.availableFrom());
        out.println("     " + capitalise(travel) + " · " + from);
    }

    private static String symbol(RequirementVerdict v) {
        return switch (v.status()) {
            case MET -> "✓";
            case MET_BY_RELATED -> "≈";
            case MISSING -> "✗";
            case TRAINABLE_GAP -> "○";
        };
    }

    static int percent(double score) {
        return (int) Math.round(score * 100);
    }

    private static String sector(Sector s) {
        return switch (s) {
            case PUBLIC -> "offentlig";
            case PRIVATE -> "privat";
            case NON_PROFIT -> "ideell";
        };
    }

    static String opening(OpeningKind k) {
        return switch (k) {
            case PERMANENT -> "fast stilling";
            case TEMPORARY -> "midlertidig stilling";
            case APPRENTICESHIP -> "læreplass";
            case RECRUITMENT_POSITION -> "rekrutteringsstilling";
            case WORK_TRIAL -> "arbeidsutprøving";
            case SEASONAL -> "sesongarbeid";
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Prints text word-wrapped to {@link #WIDTH}, every line starting with the indent. */
    private void wrap(String indent, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
