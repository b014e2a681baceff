package io.github.jobbmatch.index;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Attendance;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Education;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.LanguageSkill;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.TargetGroup;
import io.github.jobbmatch.model.TrialEvidence;
import io.github.jobbmatch.model.Wish;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import io.github.jobbmatch.search.TextTerms;

/**
 * Turns records into index fields (see {@link Fields} and {@link IndexSchema}). Pure: the same record and
 * configuration always give the same fields, so a document is built completely before anything is written.
 * The fields go to a {@link FieldSink}: a Lucene document for the embedded index, or any other store that
 * maps the schema's kinds (the OpenSearch module writes a source document).
 */
public final class Documents {

    private final MatchingConfig config;

    /** Documents built with this configuration. */
    public Documents(MatchingConfig config) {
        this.config = config;
    }

    /** The candidate's Lucene document. */
    public Document candidate(Candidate c) {
        LuceneFieldSink sink = new LuceneFieldSink();
        candidate(c, sink);
        return sink.document();
    }

    /** The employer's Lucene document. */
    public Document employer(Employer e) {
        LuceneFieldSink sink = new LuceneFieldSink();
        employer(e, sink);
        return sink.document();
    }

    /** The need's Lucene document. */
    public Document need(Need n) {
        LuceneFieldSink sink = new LuceneFieldSink();
        need(n, sink);
        return sink.document();
    }

    /** Writes the candidate's fields to a sink. */
    public void candidate(Candidate c, FieldSink d) {
        base(d, DocType.CANDIDATE, c.id(), RecordCodec.encode(c));
        CandidateProfile p = CandidateProfile.of(c, config);
        Set<String> held = p.heldIds();
        Set<String> satisfies = new LinkedHashSet<>(held);
        for (String id : held) {
            satisfies.addAll(config.taxonomy().broaderClosure(id));
        }
        keywords(d, Fields.C_HELD, held);
        keywords(d, Fields.C_SATISFIES, satisfies);
        keywords(d, Fields.C_WISH, p.wishConcepts());
        keywords(d, Fields.C_EXP_STYRK, styrkTerms(p.experienceCodes()));
        keywords(d, Fields.C_WISH_STYRK, styrkTerms(p.wishCodes()));

        Set<String> langs = new LinkedHashSet<>();
        for (LanguageSkill l : c.languages()) {
            for (LanguageLevel level : LanguageLevel.values()) {
                if (level.ordinal() <= l.level().ordinal()) {
                    langs.add(languageTerm(l.code(), level));
                }
            }
        }
        keywords(d, Fields.C_LANG, langs);

        List<String> labels = new ArrayList<>();
        c.competences().stream().map(Competence::label).forEach(labels::add);
        c.certificates().stream().map(Certificate::label).forEach(labels::add);
        c.experience().stream().map(Experience::title).forEach(labels::add);
        c.education().stream().map(Education::field).filter(x -> x != null).forEach(labels::add);
        if (c.mobility() != null) {
            c.mobility().driversLicences().stream().map(CandidateProfile::licenceLabel).forEach(labels::add);
        }
        text(d, Fields.C_LABELS, labels);
        List<String> wishTitles = c.wishes().stream().map(Wish::title).filter(x -> x != null).toList();
        List<String> interests = new ArrayList<>(c.interests());
        interests.addAll(wishTitles);
        text(d, Fields.C_INTERESTS, interests);
        text(d, Fields.C_EXP_TEXT, c.experience().stream().map(Experience::title).toList());
        text(d, Fields.C_WISH_TEXT, wishTitles);
        List<String> all = new ArrayList<>(labels);
        all.addAll(interests);
        if (c.strengths() != null) {
            all.add(c.strengths());
        }
        text(d, Fields.C_TEXT, all);

        boolean home = c.home() != null && c.home().lat() != null && c.home().lon() != null;
        boolean ownMax = c.mobility() != null && c.mobility().maxTravelKm() != null;
        if (home) {
            d.geoPoint(Fields.C_HOME, c.home().lat(), c.home().lon());
        }
        if (ownMax) {
            d.doubleValue(Fields.C_MAX_KM, c.mobility().maxTravelKm());
        }
        if (!home) {
            keyword(d, Fields.C_REACH, Fields.REACH_ANYWHERE);
        } else if (!ownMax) {
            keyword(d, Fields.C_REACH, Fields.REACH_UNLIMITED);
        }
        List<Shift> shifts = List.of();
        if (c.availability() != null) {
            if (c.availability().from() != null) {
                d.longValue(Fields.C_FROM, c.availability().from().toEpochDay());
            }
            if (c.availability().percent() != null) {
                if (c.availability().percent().min() != null) {
                    d.doubleValue(Fields.C_PERCENT_MIN, c.availability().percent().min());
                }
                if (c.availability().percent().max() != null) {
                    d.doubleValue(Fields.C_PERCENT_MAX, c.availability().percent().max());
                }
            }
            shifts = c.availability().shifts();
        }
        if (shifts.isEmpty()) {
            keyword(d, Fields.C_SHIFT, Fields.UNKNOWN);
        } else {
            shifts.forEach(s -> keyword(d, Fields.C_SHIFT, s.wire()));
        }
        c.accommodationNeeds().stream().map(Accommodation::wire).forEach(v -> keyword(d, Fields.C_ACCOMMODATION, v));
        if (c.consent() != null) {
            keyword(d, Fields.C_SEARCHABLE, c.consent().searchable() == null ? "none" : c.consent().searchable().wire());
            if (c.consent().shareWithEmployer() != null) {
                keyword(d, Fields.C_SHARE, c.consent().shareWithEmployer().wire());
            }
        }
        if (c.followedBy() != null && c.followedBy().organisation() != null) {
            keyword(d, Fields.C_ORG, c.followedBy().organisation());
        }
        if (c.readiness() != null) {
            keyword(d, Fields.C_READINESS, c.readiness().wire());
        }
        if (hasStableTrial(c)) {
            keyword(d, Fields.C_STABLE_TRIAL, "true");
        }
        c.targetGroups().stream().map(TargetGroup::wire).forEach(v -> keyword(d, Fields.C_TARGET_GROUP, v));
    }

    /**
     * A searcher over a one-document in-memory index of this document, built as the index builds it (indexed
     * fields, doc values and points, with the configured analyzer): for scoring one record with a compiled query.
     */
    public IndexSearcher memorySearcher(Document doc) {
        MemoryIndex mi = new MemoryIndex(false, false);
        for (IndexableField f : doc) {
            var type = f.fieldType();
            if (type.indexOptions() != IndexOptions.NONE || type.docValuesType() != DocValuesType.NONE
                    || type.pointDimensionCount() > 0) {
                mi.addField(f, config.analyzer());
            }
        }
        return mi.createSearcher();
    }

    /** Whether the candidate has a trial with stable attendance that was not ended early. */
    public static boolean hasStableTrial(Candidate c) {
        for (TrialEvidence e : c.evidence()) {
            if (e.attendance() == Attendance.STABLE && e.outcome() != io.github.jobbmatch.model.TrialOutcome.ENDED_EARLY) {
                return true;
            }
        }
        return false;
    }

    /** Writes the employer's fields to a sink. */
    public void employer(Employer e, FieldSink d) {
        base(d, DocType.EMPLOYER, e.id(), RecordCodec.encode(e));
        keyword(d, Fields.E_STATUS, e.isActive() ? "active" : "paused");
        d.keywordDocValue(Fields.E_ID, e.id());
        if (e.location() != null && e.location().lat() != null && e.location().lon() != null) {
            d.geoPoint(Fields.E_LOCATION, e.location().lat(), e.location().lon());
        }
        if (e.capacity() != null && e.capacity().concurrentCandidates() != null
                && e.capacity().concurrentCandidates() <= 0) {
            keyword(d, Fields.E_NO_CAPACITY, "true");
        }
    }

    /** Writes the need's fields, with those of a candidate-first search, to a sink. */
    public void need(Need n, FieldSink d) {
        base(d, DocType.NEED, n.id(), RecordCodec.encode(n));
        keyword(d, Fields.N_STATUS, n.status() == null ? "open" : n.status().wire());
        keyword(d, Fields.N_EMPLOYER, n.employerId());
        // The employer id as doc values too: the candidate-first travel gate reads it per need (the workplace of
        // a need without a location of its own is its employer's).
        d.keywordDocValue(Fields.N_EMPLOYER_ID, n.employerId());
        Set<String> musts = new LinkedHashSet<>();
        for (Requirement r : n.requirements()) {
            if (r.kind() == RequirementKind.MUST) {
                if (r.concept() != null) {
                    musts.add(r.concept());
                } else {
                    config.conceptLookup().lookup(r.label()).forEach(h -> musts.add(h.conceptId()));
                }
            }
        }
        keywords(d, Fields.N_MUST, musts);
        String code = n.styrk08() != null ? n.styrk08()
                : config.occupationLookup().styrk08(n.title()).filter(s -> s.matches("[0-9]{4}")).orElse(null);
        List<String> codes = new ArrayList<>();
        codes.add(code);
        keywords(d, Fields.N_STYRK, styrkTerms(codes));
        n.shifts().forEach(s -> keyword(d, Fields.N_SHIFT, s.wire()));
        if (n.shifts().isEmpty()) {
            keyword(d, Fields.N_SHIFT, Fields.UNKNOWN);
        }
        reverseGates(d, n);
        for (LanguageRequirement l : n.languages()) {
            if (l.kind() == RequirementKind.MUST) {
                keyword(d, Fields.N_LANG_MUST, languageTerm(l.code(), l.level()));
            }
        }
        List<String> text = new ArrayList<>();
        text.add(n.title());
        if (n.description() != null) {
            text.add(n.description());
        }
        text.addAll(n.interests());
        text(d, Fields.N_TEXT, text);
        if (n.location() != null && n.location().lat() != null && n.location().lon() != null) {
            d.geoPoint(Fields.N_LOCATION, n.location().lat(), n.location().lon());
        }
        if (n.location() != null && n.location().maxTravelKm() != null) {
            d.doubleValue(Fields.N_MAX_KM, n.location().maxTravelKm());
        }
    }

    /**
     * The index side of the candidate-first gates. Each must becomes a term the candidate side can produce
     * (see {@link Fields#N_REV_MUST}); the need requires all of them. A must whose label resolves to several
     * concepts is satisfied by any one of them, which a count of terms cannot express, so it is left out here
     * and checked exactly when the need is scored with its own compiled query.
     */
    private void reverseGates(FieldSink d, Need n) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(Fields.REV_ALL);
        int slack = 1;
        for (Requirement r : n.requirements()) {
            if (r.kind() != RequirementKind.MUST) {
                continue;
            }
            List<String> concepts = r.concept() != null ? List.of(r.concept())
                    : config.conceptLookup().lookup(r.label()).stream().map(ConceptHit::conceptId).distinct().toList();
            if (concepts.size() == 1) {
                terms.add(mustConceptTerm(concepts.get(0)));
            } else if (concepts.isEmpty()) {
                List<String> words = TextTerms.analyze(config.analyzer(), Fields.C_LABELS, r.label(), MUST_LABEL_TERMS);
                words.forEach(w -> terms.add(mustWordTerm(w)));
                slack = Math.max(slack, words.size());
            }
        }
        for (LanguageRequirement l : n.languages()) {
            if (l.kind() == RequirementKind.MUST) {
                terms.add(mustLanguageTerm(languageTerm(l.code(), l.level())));
            }
        }
        keywords(d, Fields.N_REV_MUST, terms);
        d.longValue(Fields.N_REV_MUST_COUNT, terms.size());
        d.longValue(Fields.N_REV_MUST_SLACK, slack);
        if (n.accommodations() != null) {
            n.accommodations().notPossible().forEach(a -> keyword(d, Fields.N_NOT_POSSIBLE, a.wire()));
        }
        if (n.percent() != null && n.percent().min() != null) {
            d.doubleValue(Fields.N_PERCENT_MIN, n.percent().min());
        }
        if (n.percent() != null && n.percent().max() != null) {
            d.doubleValue(Fields.N_PERCENT_MAX, n.percent().max());
        }
    }

    /** As many words of a must label as the broad search's gate uses. */
    private static final int MUST_LABEL_TERMS = 16;

    /** The candidate-first gate term of a must concept. */
    public static String mustConceptTerm(String conceptId) {
        return "c:" + conceptId;
    }

    /** The candidate-first gate term of an analysed word of a must label. */
    public static String mustWordTerm(String word) {
        return "w:" + word;
    }

    /** The candidate-first gate term of a must language ({@code code:level}). */
    public static String mustLanguageTerm(String languageTerm) {
        return "l:" + languageTerm;
    }

    /** The term of a language at a level, e.g. {@code no:good}. */
    public static String languageTerm(String code, LanguageLevel level) {
        return code + ":" + level.wire();
    }

    private static Set<String> styrkTerms(List<String> codes) {
        Set<String> terms = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null && code.length() == 4) {
                for (int digits = 4; digits >= 1; digits--) {
                    terms.add(Fields.styrkTerm(code, digits));
                }
            }
        }
        return terms;
    }

    private static void base(FieldSink d, DocType type, String id, byte[] record) {
        d.keyword(Fields.TYPE, type.key());
        d.keyword(Fields.UID, type.uid(id));
        d.sortableKeyword(Fields.ID, id);
        d.record(record);
    }

    private static void keyword(FieldSink d, String field, String value) {
        d.keyword(field, value);
    }

    private static void keywords(FieldSink d, String field, Set<String> values) {
        values.forEach(v -> d.keyword(field, v));
    }

    private static void text(FieldSink d, String field, List<String> values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                d.text(field, v);
            }
        }
    }
}
