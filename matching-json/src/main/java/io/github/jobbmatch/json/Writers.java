package io.github.jobbmatch.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.Availability;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Mobility;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedLocation;
import io.github.jobbmatch.model.PercentRange;
import io.github.jobbmatch.model.WireEnum;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the model records as canonical JSON: keys in the format's order (FORMAT.md), null fields
 * and empty lists left out, dates ISO, enums as wire values, whole numbers without a fraction.
 */
final class Writers {

    private Writers() {}

    @FunctionalInterface
    private interface Body<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    static void candidate(JsonGenerator g, Candidate c) throws IOException {
        g.writeStartObject();
        string(g, "id", c.id());
        date(g, "updated", c.updated());
        object(g, "followedBy", c.followedBy(), (w, f) -> {
            string(w, "organisation", f.organisation());
            wire(w, "kind", f.kind());
            string(w, "adviser", f.adviser());
        });
        object(g, "consent", c.consent(), (w, s) -> {
            wire(w, "searchable", s.searchable());
            wire(w, "shareWithEmployer", s.shareWithEmployer());
        });
        wire(g, "readiness", c.readiness());
        object(g, "home", c.home(), Writers::location);
        object(g, "mobility", c.mobility(), (w, m) -> mobility(w, m));
        object(g, "availability", c.availability(), (w, a) -> availability(w, a));
        list(g, "experience", c.experience(), (w, e) -> {
            string(w, "title", e.title());
            string(w, "styrk08", e.styrk08());
            number(w, "years", e.years());
            wire(w, "kind", e.kind());
        });
        list(g, "wishes", c.wishes(), (w, x) -> {
            string(w, "title", x.title());
            string(w, "styrk08", x.styrk08());
        });
        list(g, "competences", c.competences(), (w, x) -> {
            string(w, "label", x.label());
            string(w, "concept", x.concept());
            integer(w, "level", x.level());
            wire(w, "evidence", x.evidence());
        });
        list(g, "certificates", c.certificates(), (w, x) -> {
            string(w, "label", x.label());
            string(w, "concept", x.concept());
        });
        list(g, "education", c.education(), (w, x) -> {
            wire(w, "level", x.level());
            string(w, "field", x.field());
            bool(w, "completed", x.completed());
        });
        list(g, "languages", c.languages(), (w, x) -> {
            string(w, "code", x.code());
            wire(w, "level", x.level());
        });
        strings(g, "interests", c.interests());
        string(g, "strengths", c.strengths());
        wires(g, "accommodationNeeds", c.accommodationNeeds());
        wires(g, "targetGroups", c.targetGroups());
        list(g, "evidence", c.evidence(), (w, x) -> {
            date(w, "from", x.from());
            date(w, "to", x.to());
            string(w, "employerId", x.employerId());
            wire(w, "attendance", x.attendance());
            wire(w, "outcome", x.outcome());
        });
        g.writeEndObject();
    }

    static void employer(JsonGenerator g, Employer e) throws IOException {
        g.writeStartObject();
        string(g, "id", e.id());
        string(g, "name", e.name());
        string(g, "orgNumber", e.orgNumber());
        wire(g, "sector", e.sector());
        string(g, "industry", e.industry());
        integer(g, "size", e.size());
        object(g, "location", e.location(), Writers::location);
        object(g, "contact", e.contact(), (w, c) -> {
            string(w, "owner", c.owner());
            string(w, "organisation", c.organisation());
        });
        object(g, "capacity", e.capacity(), (w, c) -> integer(w, "concurrentCandidates", c.concurrentCandidates()));
        wire(g, "status", e.status());
        date(g, "needsConfirmed", e.needsConfirmed());
        object(g, "history", e.history(), (w, h) -> {
            integer(w, "trials", h.trials());
            integer(w, "hires", h.hires());
            integer(w, "endedEarly", h.endedEarly());
        });
        g.writeEndObject();
    }

    static void need(JsonGenerator g, Need n) throws IOException {
        g.writeStartObject();
        string(g, "id", n.id());
        string(g, "employerId", n.employerId());
        date(g, "created", n.created());
        wire(g, "status", n.status());
        string(g, "title", n.title());
        string(g, "styrk08", n.styrk08());
        string(g, "description", n.description());
        object(g, "opening", n.opening(), (w, o) -> {
            wire(w, "kind", o.kind());
            integer(w, "positions", o.positions());
            date(w, "startBy", o.startBy());
        });
        object(g, "location", n.location(), (w, l) -> needLocation(w, l));
        object(g, "percent", n.percent(), (w, p) -> percent(w, p));
        wires(g, "shifts", n.shifts());
        list(g, "tasks", n.tasks(), (w, t) -> {
            string(w, "text", t.text());
            bool(w, "formalCompetenceRequired", t.formalCompetenceRequired());
        });
        list(g, "requirements", n.requirements(), (w, r) -> {
            string(w, "label", r.label());
            string(w, "concept", r.concept());
            wire(w, "kind", r.kind());
            integer(w, "priority", r.priority());
            string(w, "why", r.why());
        });
        list(g, "languages", n.languages(), (w, l) -> {
            string(w, "code", l.code());
            wire(w, "level", l.level());
            wire(w, "kind", l.kind());
        });
        object(g, "accommodations", n.accommodations(), (w, a) -> accommodations(w, a));
        strings(g, "interests", n.interests());
        bool(g, "welcomesTargetGroups", n.welcomesTargetGroups());
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        string(g, "municipality", l.municipality());
        number(g, "lat", l.lat());
        number(g, "lon", l.lon());
    }

    private static void needLocation(JsonGenerator g, NeedLocation l) throws IOException {
        string(g, "municipality", l.municipality());
        number(g, "lat", l.lat());
        number(g, "lon", l.lon());
        number(g, "maxTravelKm", l.maxTravelKm());
    }

    private static void mobility(JsonGenerator g, Mobility m) throws IOException {
        number(g, "maxTravelKm", m.maxTravelKm());
        strings(g, "driversLicences", m.driversLicences());
        bool(g, "hasCar", m.hasCar());
        bool(g, "canRelocate", m.canRelocate());
    }

    private static void availability(JsonGenerator g, Availability a) throws IOException {
        date(g, "from", a.from());
        object(g, "percent", a.percent(), (w, p) -> percent(w, p));
        wires(g, "shifts", a.shifts());
    }

    private static void percent(JsonGenerator g, PercentRange p) throws IOException {
        number(g, "min", p.min());
        number(g, "max", p.max());
    }

    private static void accommodations(JsonGenerator g, Accommodations a) throws IOException {
        wires(g, "offered", a.offered());
        wires(g, "notPossible", a.notPossible());
    }

    private static <T> void object(JsonGenerator g, String key, T value, Body<T> body) throws IOException {
        if (value != null) {
            g.writeFieldName(key);
            g.writeStartObject();
            body.write(g, value);
            g.writeEndObject();
        }
    }

    private static <T> void list(JsonGenerator g, String key, List<T> values, Body<T> body) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(key);
            for (T v : values) {
                g.writeStartObject();
                body.write(g, v);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(key);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static void wires(JsonGenerator g, String key, List<? extends WireEnum> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(key);
            for (WireEnum v : values) {
                g.writeString(v.wire());
            }
            g.writeEndArray();
        }
    }

    private static void string(JsonGenerator g, String key, String value) throws IOException {
        if (value != null) {
            g.writeStringField(key, value);
        }
    }

    private static void wire(JsonGenerator g, String key, WireEnum value) throws IOException {
        if (value != null) {
            g.writeStringField(key, value.wire());
        }
    }

    private static void date(JsonGenerator g, String key, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(key, value.toString());
        }
    }

    private static void bool(JsonGenerator g, String key, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(key, value);
        }
    }

    private static void integer(JsonGenerator g, String key, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(key, value.intValue());
        }
    }

    private static void number(JsonGenerator g, String key, Double value) throws IOException {
        if (value != null) {
            g.writeFieldName(key);
            double d = value;
            // Whole numbers are written without ".0" (20, not 20.0); others in the shortest exact form.
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                g.writeNumber((long) d);
            } else {
                g.writeNumber(d);
            }
        }
    }
}
