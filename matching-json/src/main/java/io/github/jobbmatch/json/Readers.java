package io.github.jobbmatch.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.Attendance;
import io.github.jobbmatch.model.Availability;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Capacity;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.Contact;
import io.github.jobbmatch.model.Education;
import io.github.jobbmatch.model.EducationLevel;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerHistory;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.EvidenceSource;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.LanguageSkill;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Mobility;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedLocation;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.model.Opening;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.PercentRange;
import io.github.jobbmatch.model.Readiness;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.TargetGroup;
import io.github.jobbmatch.model.Task;
import io.github.jobbmatch.model.TrialEvidence;
import io.github.jobbmatch.model.TrialOutcome;
import io.github.jobbmatch.model.Wish;
import java.util.List;

/**
 * Maps a JSON tree to the model records, key by key. The key lists are the format's field order
 * (FORMAT.md), which is also the order the writer uses.
 */
final class Readers {
    static final List<String> CANDIDATE = List.of("id", "updated", "followedBy", "consent", "readiness", "home", "mobility",
            "availability", "experience", "wishes", "competences", "certificates", "education", "languages", "interests",
            "strengths", "accommodationNeeds", "targetGroups", "evidence");
    static final List<String> FOLLOWED_BY = List.of("organisation", "kind", "adviser");
    static final List<String> CONSENT = List.of("searchable", "shareWithEmployer");
    static final List<String> LOCATION = List.of("municipality", "lat", "lon");
    static final List<String> MOBILITY = List.of("maxTravelKm", "driversLicences", "hasCar", "canRelocate");
    static final List<String> AVAILABILITY = List.of("from", "percent", "shifts");
    static final List<String> PERCENT = List.of("min", "max");
    static final List<String> EXPERIENCE = List.of("title", "styrk08", "years", "kind");
    static final List<String> WISH = List.of("title", "styrk08");
    static final List<String> COMPETENCE = List.of("label", "concept", "level", "evidence");
    static final List<String> CERTIFICATE = List.of("label", "concept");
    static final List<String> EDUCATION = List.of("level", "field", "completed");
    static final List<String> LANGUAGE = List.of("code", "level");
    static final List<String> TRIAL = List.of("from", "to", "employerId", "attendance", "outcome");

    static final List<String> EMPLOYER = List.of("id", "name", "orgNumber", "sector", "industry", "size", "location",
            "contact", "capacity", "status", "needsConfirmed", "history");
    static final List<String> CONTACT = List.of("owner", "organisation");
    static final List<String> CAPACITY = List.of("concurrentCandidates");
    static final List<String> HISTORY = List.of("trials", "hires", "endedEarly");

    static final List<String> NEED = List.of("id", "employerId", "created", "status", "title", "styrk08", "description",
            "opening", "location", "percent", "shifts", "tasks", "requirements", "languages", "accommodations", "interests",
            "welcomesTargetGroups");
    static final List<String> OPENING = List.of("kind", "positions", "startBy");
    static final List<String> NEED_LOCATION = List.of("municipality", "lat", "lon", "maxTravelKm");
    static final List<String> TASK = List.of("text", "formalCompetenceRequired");
    static final List<String> REQUIREMENT = List.of("label", "concept", "kind", "priority", "why");
    static final List<String> LANGUAGE_REQUIREMENT = List.of("code", "level", "kind");
    static final List<String> ACCOMMODATIONS = List.of("offered", "notPossible");

    private Readers() {}

    static Candidate candidate(Mapping m, Mapping.Obj o) {
        Mapping.Obj fb = o.object("followedBy", FOLLOWED_BY);
        Mapping.Obj cs = o.object("consent", CONSENT);
        Mapping.Obj mob = o.object("mobility", MOBILITY);
        Mapping.Obj av = o.object("availability", AVAILABILITY);
        return new Candidate(
                o.string("id"),
                o.date("updated"),
                fb == null ? null : new FollowedBy(fb.string("organisation"), fb.enumValue("kind", OrganisationKind.class),
                        fb.string("adviser")),
                cs == null ? null : new Consent(cs.enumValue("searchable", Searchable.class),
                        cs.enumValue("shareWithEmployer", ShareWithEmployer.class)),
                o.enumValue("readiness", Readiness.class),
                location(o.object("home", LOCATION)),
                mob == null ? null : new Mobility(mob.number("maxTravelKm"), mob.strings("driversLicences"), mob.bool("hasCar"),
                        mob.bool("canRelocate")),
                av == null ? null : new Availability(av.date("from"), percent(av.object("percent", PERCENT)),
                        av.enums("shifts", Shift.class)),
                o.list("experience", (n, p) -> {
                    Mapping.Obj e = m.object(n, p, EXPERIENCE);
                    return e == null ? null : new Experience(e.string("title"), e.string("styrk08"), e.number("years"),
                            e.enumValue("kind", ExperienceKind.class));
                }),
                o.list("wishes", (n, p) -> {
                    Mapping.Obj w = m.object(n, p, WISH);
                    return w == null ? null : new Wish(w.string("title"), w.string("styrk08"));
                }),
                o.list("competences", (n, p) -> {
                    Mapping.Obj c = m.object(n, p, COMPETENCE);
                    return c == null ? null : new Competence(c.string("label"), c.string("concept"), c.integer("level"),
                            c.enumValue("evidence", EvidenceSource.class));
                }),
                o.list("certificates", (n, p) -> {
                    Mapping.Obj c = m.object(n, p, CERTIFICATE);
                    return c == null ? null : new Certificate(c.string("label"), c.string("concept"));
                }),
                o.list("education", (n, p) -> {
                    Mapping.Obj e = m.object(n, p, EDUCATION);
                    return e == null ? null : new Education(e.enumValue("level", EducationLevel.class), e.string("field"),
                            e.bool("completed"));
                }),
                o.list("languages", (n, p) -> {
                    Mapping.Obj l = m.object(n, p, LANGUAGE);
                    return l == null ? null : new LanguageSkill(l.string("code"), l.enumValue("level", LanguageLevel.class));
                }),
                o.strings("interests"),
                o.string("strengths"),
                o.enums("accommodationNeeds", Accommodation.class),
                o.enums("targetGroups", TargetGroup.class),
                o.list("evidence", (n, p) -> {
                    Mapping.Obj t = m.object(n, p, TRIAL);
                    return t == null ? null : new TrialEvidence(t.date("from"), t.date("to"), t.string("employerId"),
                            t.enumValue("attendance", Attendance.class), t.enumValue("outcome", TrialOutcome.class));
                }));
    }

    static Employer employer(Mapping m, Mapping.Obj o) {
        Mapping.Obj ct = o.object("contact", CONTACT);
        Mapping.Obj cap = o.object("capacity", CAPACITY);
        Mapping.Obj h = o.object("history", HISTORY);
        return new Employer(
                o.string("id"),
                o.string("name"),
                o.string("orgNumber"),
                o.enumValue("sector", Sector.class),
                o.string("industry"),
                o.integer("size"),
                location(o.object("location", LOCATION)),
                ct == null ? null : new Contact(ct.string("owner"), ct.string("organisation")),
                cap == null ? null : new Capacity(cap.integer("concurrentCandidates")),
                o.enumValue("status", EmployerStatus.class),
                o.date("needsConfirmed"),
                h == null ? null : new EmployerHistory(h.integer("trials"), h.integer("hires"), h.integer("endedEarly")));
    }

    static Need need(Mapping m, Mapping.Obj o) {
        Mapping.Obj op = o.object("opening", OPENING);
        Mapping.Obj loc = o.object("location", NEED_LOCATION);
        Mapping.Obj acc = o.object("accommodations", ACCOMMODATIONS);
        return new Need(
                o.string("id"),
                o.string("employerId"),
                o.date("created"),
                o.enumValue("status", NeedStatus.class),
                o.string("title"),
                o.string("styrk08"),
                o.string("description"),
                op == null ? null : new Opening(op.enumValue("kind", OpeningKind.class), op.integer("positions"),
                        op.date("startBy")),
                loc == null ? null : new NeedLocation(loc.string("municipality"), loc.number("lat"), loc.number("lon"),
                        loc.number("maxTravelKm")),
                percent(o.object("percent", PERCENT)),
                o.enums("shifts", Shift.class),
                o.list("tasks", (n, p) -> {
                    Mapping.Obj t = m.object(n, p, TASK);
                    return t == null ? null : new Task(t.string("text"), t.bool("formalCompetenceRequired"));
                }),
                o.list("requirements", (n, p) -> {
                    Mapping.Obj r = m.object(n, p, REQUIREMENT);
                    return r == null ? null : new Requirement(r.string("label"), r.string("concept"),
                            r.enumValue("kind", RequirementKind.class), r.integer("priority"), r.string("why"));
                }),
                o.list("languages", (n, p) -> {
                    Mapping.Obj l = m.object(n, p, LANGUAGE_REQUIREMENT);
                    return l == null ? null : new LanguageRequirement(l.string("code"), l.enumValue("level", LanguageLevel.class),
                            languageKind(m, l));
                }),
                acc == null ? null : new Accommodations(acc.enums("offered", Accommodation.class),
                        acc.enums("notPossible", Accommodation.class)),
                o.strings("interests"),
                o.bool("welcomesTargetGroups"));
    }

    /** A language requirement is must or want; "trainable" is refused here with the narrower list. */
    private static RequirementKind languageKind(Mapping m, Mapping.Obj l) {
        JsonNode v = l.raw("kind");
        if (v == null) {
            return null;
        }
        if (v.isTextual() && (v.textValue().equals("must") || v.textValue().equals("want"))) {
            return v.textValue().equals("must") ? RequirementKind.MUST : RequirementKind.WANT;
        }
        m.error(Paths.key(l.path, "kind"), "expected one of must, want, got "
                + (v.isTextual() ? "\"" + Mapping.abbreviate(v.textValue()) + "\"" : Mapping.describe(v)));
        return null;
    }

    private static Location location(Mapping.Obj o) {
        return o == null ? null : new Location(o.string("municipality"), o.number("lat"), o.number("lon"));
    }

    private static PercentRange percent(Mapping.Obj o) {
        return o == null ? null : new PercentRange(o.number("min"), o.number("max"));
    }
}
