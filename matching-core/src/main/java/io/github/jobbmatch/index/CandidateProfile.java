package io.github.jobbmatch.index;

import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Education;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.Wish;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a candidate holds, resolved through the configuration: each held concept with the item of
 * the profile it came from, and the occupation codes of experience and wishes. The indexer builds
 * the candidate's terms from this, and the explainer finds the evidence of a match in it, so both
 * always agree.
 *
 * @param held every held concept with its source item, in profile order
 * @param experienceCodes per experience item, its STYRK-08 code (given or resolved), or null
 * @param wishCodes per wish, its STYRK-08 code (given or resolved), or null
 * @param wishConcepts concepts of the wished occupations
 */
public record CandidateProfile(List<Held> held, List<String> experienceCodes, List<String> wishCodes,
        Set<String> wishConcepts) {

    /** Where a held concept came from. */
    public enum Source { COMPETENCE, CERTIFICATE, EXPERIENCE, EDUCATION, LICENCE }

    /**
     * One held concept.
     *
     * @param conceptId the concept
     * @param label the candidate's own label of the item that holds it
     * @param source the kind of item
     * @param index the item's index in its list of the candidate
     */
    public record Held(String conceptId, String label, Source source, int index) {}

    /** Prefix of occupation concepts derived from STYRK-08 codes, e.g. {@code styrk:5321}. */
    public static final String STYRK_CONCEPT_PREFIX = "styrk:";

    /** Resolves a candidate with this configuration. */
    public static CandidateProfile of(Candidate c, MatchingConfig config) {
        List<Held> held = new ArrayList<>();
        ConceptLookup lookup = config.conceptLookup();
        for (int i = 0; i < c.competences().size(); i++) {
            Competence x = c.competences().get(i);
            addConcepts(held, x.concept(), x.label(), lookup, Source.COMPETENCE, i);
        }
        for (int i = 0; i < c.certificates().size(); i++) {
            Certificate x = c.certificates().get(i);
            addConcepts(held, x.concept(), x.label(), lookup, Source.CERTIFICATE, i);
        }
        List<String> expCodes = new ArrayList<>();
        for (int i = 0; i < c.experience().size(); i++) {
            Experience e = c.experience().get(i);
            String code = code(e.styrk08(), e.title(), config);
            expCodes.add(code);
            if (code != null) {
                held.add(new Held(STYRK_CONCEPT_PREFIX + code, e.title(), Source.EXPERIENCE, i));
            }
            addConcepts(held, null, e.title(), lookup, Source.EXPERIENCE, i);
        }
        for (int i = 0; i < c.education().size(); i++) {
            Education e = c.education().get(i);
            // An education not completed is not held; it still counts as text.
            if (e.field() != null && !Boolean.FALSE.equals(e.completed())) {
                addConcepts(held, null, e.field(), lookup, Source.EDUCATION, i);
            }
        }
        if (c.mobility() != null) {
            for (int i = 0; i < c.mobility().driversLicences().size(); i++) {
                String code = c.mobility().driversLicences().get(i);
                for (String id : config.licenceConcepts().conceptIds(code)) {
                    held.add(new Held(id, licenceLabel(code), Source.LICENCE, i));
                }
                addConcepts(held, null, licenceLabel(code), lookup, Source.LICENCE, i);
            }
        }
        List<String> wishCodes = new ArrayList<>();
        Set<String> wishConcepts = new LinkedHashSet<>();
        for (Wish w : c.wishes()) {
            String code = code(w.styrk08(), w.title(), config);
            wishCodes.add(code);
            if (code != null) {
                wishConcepts.add(STYRK_CONCEPT_PREFIX + code);
            }
            if (w.title() != null) {
                lookup.lookup(w.title()).forEach(h -> wishConcepts.add(h.conceptId()));
            }
        }
        return new CandidateProfile(dedupe(held), java.util.Collections.unmodifiableList(expCodes),
                java.util.Collections.unmodifiableList(wishCodes), Set.copyOf(wishConcepts));
    }

    /** The Norwegian label of a driving licence class, as it is also indexed as text. */
    public static String licenceLabel(String classCode) {
        return "Førerkort klasse " + classCode.toUpperCase(Locale.ROOT);
    }

    /** Distinct held concept ids. */
    public Set<String> heldIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Held h : held) {
            ids.add(h.conceptId());
        }
        return ids;
    }

    /** The first held item whose concept is one of {@code ids}. */
    public Optional<Held> firstHolding(Set<String> ids) {
        for (Held h : held) {
            if (ids.contains(h.conceptId())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static String code(String given, String title, MatchingConfig config) {
        if (given != null) {
            return given;
        }
        if (title == null) {
            return null;
        }
        return config.occupationLookup().styrk08(title).filter(s -> s.matches("[0-9]{4}")).orElse(null);
    }

    private static void addConcepts(List<Held> held, String explicit, String label, ConceptLookup lookup,
            Source source, int index) {
        if (explicit != null) {
            held.add(new Held(explicit, label, source, index));
        }
        if (label != null) {
            for (ConceptHit hit : lookup.lookup(label)) {
                held.add(new Held(hit.conceptId(), label, source, index));
            }
        }
    }

    private static List<Held> dedupe(List<Held> held) {
        Set<String> seen = new LinkedHashSet<>();
        List<Held> out = new ArrayList<>();
        for (Held h : held) {
            if (seen.add(h.conceptId() + "\u0000" + h.source() + "\u0000" + h.index())) {
                out.add(h);
            }
        }
        return List.copyOf(out);
    }
}
