package io.github.jobbmatch.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The one place where the rules of each document type live. Every check reports a
 * {@link Violation} with the JSON path of the value, and all violations are collected, so a case
 * system sees every problem of a document at once.
 */
public final class Validator {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern STYRK08 = Pattern.compile("[0-9]{4}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    private static final Pattern ORG_NUMBER = Pattern.compile("[0-9]{9}");
    private static final Pattern NACE = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,3}){0,2}");

    /** Norwegian driving licence classes (førerkortklasser). */
    public static final Set<String> LICENCE_CLASSES = Set.of(
            "AM", "A1", "A2", "A", "B", "B96", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T", "S");

    private Validator() {}

    /** Every violation of a candidate; empty when it is valid. */
    public static List<Violation> validate(Candidate c) {
        Check k = new Check();
        k.id("$.id", c.id(), true);
        k.required("$.updated", c.updated());
        k.date("$.updated", c.updated());
        if (k.required("$.followedBy", c.followedBy())) {
            k.label("$.followedBy.organisation", c.followedBy().organisation(), true);
            k.required("$.followedBy.kind", c.followedBy().kind());
            k.label("$.followedBy.adviser", c.followedBy().adviser(), false);
        }
        if (k.required("$.consent", c.consent())) {
            k.required("$.consent.searchable", c.consent().searchable());
            k.required("$.consent.shareWithEmployer", c.consent().shareWithEmployer());
        }
        if (c.home() != null) {
            k.location("$.home", c.home());
        }
        if (c.mobility() != null) {
            Mobility m = c.mobility();
            k.travel("$.mobility.maxTravelKm", m.maxTravelKm());
            k.list("$.mobility.driversLicences", m.driversLicences(), (p, v) -> {
                if (!LICENCE_CLASSES.contains(v)) {
                    k.add(p, "expected a driving licence class (" + String.join(", ", sorted(LICENCE_CLASSES)) + ")");
                }
            });
            k.noDuplicates("$.mobility.driversLicences", m.driversLicences());
        }
        if (c.availability() != null) {
            Availability a = c.availability();
            k.date("$.availability.from", a.from());
            k.percent("$.availability.percent", a.percent());
            k.list("$.availability.shifts", a.shifts(), (p, v) -> {});
            k.noDuplicates("$.availability.shifts", a.shifts());
        }
        k.list("$.experience", c.experience(), (p, e) -> {
            k.label(p + ".title", e.title(), true);
            k.styrk(p + ".styrk08", e.styrk08());
            k.range(p + ".years", e.years(), 0, Limits.MAX_YEARS);
        });
        k.list("$.wishes", c.wishes(), (p, w) -> {
            k.label(p + ".title", w.title(), false);
            k.styrk(p + ".styrk08", w.styrk08());
            if (w.title() == null && w.styrk08() == null) {
                k.add(p, "expected a title or a styrk08 code (or both)");
            }
        });
        k.list("$.competences", c.competences(), (p, x) -> {
            k.label(p + ".label", x.label(), true);
            k.conceptId(p + ".concept", x.concept());
            if (x.level() != null && (x.level() < 1 || x.level() > 5)) {
                k.add(p + ".level", "expected an integer from 1 to 5, got " + x.level());
            }
        });
        k.list("$.certificates", c.certificates(), (p, x) -> {
            k.label(p + ".label", x.label(), true);
            k.conceptId(p + ".concept", x.concept());
        });
        k.list("$.education", c.education(), (p, x) -> {
            k.required(p + ".level", x.level());
            k.label(p + ".field", x.field(), false);
        });
        k.list("$.languages", c.languages(), (p, x) -> {
            k.languageCode(p + ".code", x.code());
            k.required(p + ".level", x.level());
        });
        k.list("$.interests", c.interests(), (p, x) -> k.label(p, x, true));
        k.text("$.strengths", c.strengths());
        k.list("$.accommodationNeeds", c.accommodationNeeds(), (p, x) -> {});
        k.noDuplicates("$.accommodationNeeds", c.accommodationNeeds());
        k.list("$.targetGroups", c.targetGroups(), (p, x) -> {});
        k.noDuplicates("$.targetGroups", c.targetGroups());
        k.list("$.evidence", c.evidence(), (p, x) -> {
            k.id(p + ".employerId", x.employerId(), false);
            k.date(p + ".from", x.from());
            k.date(p + ".to", x.to());
            if (x.from() != null && x.to() != null && x.to().isBefore(x.from())) {
                k.add(p + ".to", "expected a date on or after from (" + x.from() + "), got " + x.to());
            }
        });
        return k.violations;
    }

    /** Every violation of an employer; empty when it is valid. */
    public static List<Violation> validate(Employer e) {
        Check k = new Check();
        k.id("$.id", e.id(), true);
        k.label("$.name", e.name(), true);
        if (e.orgNumber() != null && !ORG_NUMBER.matcher(e.orgNumber()).matches()) {
            k.add("$.orgNumber", "expected 9 digits, got \"" + e.orgNumber() + "\"");
        }
        k.required("$.sector", e.sector());
        if (e.industry() != null && !NACE.matcher(e.industry()).matches()) {
            k.add("$.industry", "expected a NACE code such as \"47.111\" or \"86\", got \"" + e.industry() + "\"");
        }
        k.nonNegative("$.size", e.size());
        k.date("$.needsConfirmed", e.needsConfirmed());
        if (e.location() != null) {
            k.location("$.location", e.location());
        }
        if (e.contact() != null) {
            k.label("$.contact.owner", e.contact().owner(), false);
            k.label("$.contact.organisation", e.contact().organisation(), false);
        }
        if (e.capacity() != null) {
            k.nonNegative("$.capacity.concurrentCandidates", e.capacity().concurrentCandidates());
        }
        if (e.history() != null) {
            k.nonNegative("$.history.trials", e.history().trials());
            k.nonNegative("$.history.hires", e.history().hires());
            k.nonNegative("$.history.endedEarly", e.history().endedEarly());
        }
        return k.violations;
    }

    /** Every violation of a need; empty when it is valid. */
    public static List<Violation> validate(Need n) {
        Check k = new Check();
        k.id("$.id", n.id(), true);
        k.id("$.employerId", n.employerId(), true);
        k.required("$.created", n.created());
        k.date("$.created", n.created());
        k.label("$.title", n.title(), true);
        k.styrk("$.styrk08", n.styrk08());
        k.text("$.description", n.description());
        if (n.opening() != null) {
            k.date("$.opening.startBy", n.opening().startBy());
        }
        if (n.opening() != null && n.opening().positions() != null && n.opening().positions() < 1) {
            k.add("$.opening.positions", "expected an integer of at least 1, got " + n.opening().positions());
        }
        if (n.location() != null) {
            NeedLocation l = n.location();
            k.location("$.location", new Location(l.municipality(), l.lat(), l.lon()));
            k.travel("$.location.maxTravelKm", l.maxTravelKm());
        }
        k.percent("$.percent", n.percent());
        k.list("$.shifts", n.shifts(), (p, x) -> {});
        k.noDuplicates("$.shifts", n.shifts());
        k.list("$.tasks", n.tasks(), (p, x) -> {
            if (x.text() == null || x.text().isBlank()) {
                k.add(p + ".text", "required, expected a non-empty string");
            } else {
                k.text(p + ".text", x.text());
            }
        });
        k.list("$.requirements", n.requirements(), (p, x) -> {
            k.label(p + ".label", x.label(), true);
            k.conceptId(p + ".concept", x.concept());
            k.required(p + ".kind", x.kind());
            if (x.priority() != null && (x.priority() < 1 || x.priority() > 100)) {
                k.add(p + ".priority", "expected an integer from 1 (most important) to 100, got " + x.priority());
            }
            k.label(p + ".why", x.why(), false);
        });
        k.list("$.languages", n.languages(), (p, x) -> {
            k.languageCode(p + ".code", x.code());
            k.required(p + ".level", x.level());
            if (k.required(p + ".kind", x.kind()) && x.kind() == RequirementKind.TRAINABLE) {
                k.add(p + ".kind", "expected one of must, want");
            }
        });
        if (n.accommodations() != null) {
            Accommodations a = n.accommodations();
            k.list("$.accommodations.offered", a.offered(), (p, x) -> {});
            k.list("$.accommodations.notPossible", a.notPossible(), (p, x) -> {});
            k.noDuplicates("$.accommodations.offered", a.offered());
            k.noDuplicates("$.accommodations.notPossible", a.notPossible());
            Set<Accommodation> both = a.offered().isEmpty() ? Set.of() : EnumSet.copyOf(a.offered());
            for (int i = 0; i < a.notPossible().size(); i++) {
                if (both.contains(a.notPossible().get(i))) {
                    k.add("$.accommodations.notPossible[" + i + "]",
                            "\"" + a.notPossible().get(i).wire() + "\" is also listed as offered; it can be only one of them");
                }
            }
        }
        k.list("$.interests", n.interests(), (p, x) -> k.label(p, x, true));
        return k.violations;
    }

    /** Throws a {@link ValidationException} naming every violation when the candidate is invalid. */
    public static Candidate requireValid(Candidate c) {
        throwIfAny("candidate " + (c == null ? null : c.id()), validate(c));
        return c;
    }

    /** Throws a {@link ValidationException} naming every violation when the employer is invalid. */
    public static Employer requireValid(Employer e) {
        throwIfAny("employer " + (e == null ? null : e.id()), validate(e));
        return e;
    }

    /** Throws a {@link ValidationException} naming every violation when the need is invalid. */
    public static Need requireValid(Need n) {
        throwIfAny("need " + (n == null ? null : n.id()), validate(n));
        return n;
    }

    private static void throwIfAny(String subject, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(subject, violations);
        }
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    /** Collects violations; one small method per kind of rule. */
    private static final class Check {
        final List<Violation> violations = new ArrayList<>();

        void add(String path, String message) {
            violations.add(new Violation(path, message));
        }

        boolean required(String path, Object value) {
            if (value == null) {
                add(path, "required, but missing");
                return false;
            }
            return true;
        }

        void id(String path, String value, boolean required) {
            if (value == null) {
                if (required) {
                    add(path, "required, expected an id of 1-128 characters from [A-Za-z0-9._:-]");
                }
            } else if (!ID.matcher(value).matches()) {
                add(path, "expected an id of 1-128 characters from [A-Za-z0-9._:-], got \"" + abbreviate(value) + "\"");
            }
        }

        void label(String path, String value, boolean required) {
            string(path, value, required, Limits.LABEL_LENGTH);
        }

        void text(String path, String value) {
            string(path, value, false, Limits.TEXT_LENGTH);
        }

        private void string(String path, String value, boolean required, int max) {
            if (value == null) {
                if (required) {
                    add(path, "required, expected a non-empty string");
                }
                return;
            }
            if (required && value.isBlank()) {
                add(path, "expected a non-empty string");
            } else if (value.length() > max) {
                add(path, "expected at most " + max + " characters, got " + value.length());
            } else if (hasControlCharacter(value)) {
                add(path, "expected text without control characters");
            } else if (hasLoneSurrogate(value)) {
                add(path, "expected valid Unicode text (found a lone surrogate)");
            }
        }

        void date(String path, LocalDate value) {
            // ISO dates outside 0000-9999 are written with a sign ("+10000-01-01") that no reader accepts
            // back, and such dates are typing errors anyway.
            if (value != null && (value.getYear() < Limits.MIN_YEAR || value.getYear() > Limits.MAX_YEAR)) {
                add(path, "expected a date in the years " + Limits.MIN_YEAR + "-" + Limits.MAX_YEAR + ", got " + value);
            }
        }

        void conceptId(String path, String value) {
            if (value != null && (value.isBlank() || value.length() > Limits.LABEL_LENGTH)) {
                add(path, "expected a taxonomy concept id of 1-" + Limits.LABEL_LENGTH + " characters");
            }
        }

        void styrk(String path, String value) {
            if (value != null && !STYRK08.matcher(value).matches()) {
                add(path, "expected a 4-digit STYRK-08 code, got \"" + abbreviate(value) + "\"");
            }
        }

        void languageCode(String path, String value) {
            if (value == null) {
                add(path, "required, expected an ISO 639-1 code such as \"no\"");
            } else if (!LANGUAGE_CODE.matcher(value).matches()) {
                add(path, "expected an ISO 639-1 code of two lower-case letters such as \"no\", got \"" + abbreviate(value) + "\"");
            }
        }

        void location(String path, Location l) {
            if (l.municipality() != null && !MUNICIPALITY.matcher(l.municipality()).matches()) {
                add(path + ".municipality", "expected a 4-digit municipality number, got \"" + abbreviate(l.municipality()) + "\"");
            }
            range(path + ".lat", l.lat(), -90, 90);
            range(path + ".lon", l.lon(), -180, 180);
            if ((l.lat() == null) != (l.lon() == null)) {
                add(path, "expected both lat and lon, or neither");
            }
        }

        void travel(String path, Double km) {
            range(path, km, 0, Limits.MAX_TRAVEL_KM);
        }

        void percent(String path, PercentRange p) {
            if (p == null) {
                return;
            }
            range(path + ".min", p.min(), 0, 100);
            range(path + ".max", p.max(), 0, 100);
            if (p.min() != null && p.max() != null && p.min() > p.max()) {
                add(path, "expected min <= max, got min " + fmt(p.min()) + " and max " + fmt(p.max()));
            }
        }

        void range(String path, Double value, double min, double max) {
            if (value != null && (!Double.isFinite(value) || value < min || value > max)) {
                add(path, "expected a number from " + fmt(min) + " to " + fmt(max) + ", got " + fmt(value));
            }
        }

        void nonNegative(String path, Integer value) {
            if (value != null && value < 0) {
                add(path, "expected an integer of at least 0, got " + value);
            }
        }

        <T> void list(String path, List<T> values, BiConsumer<String, T> each) {
            if (values.size() > Limits.LIST_LENGTH) {
                add(path, "expected at most " + Limits.LIST_LENGTH + " elements, got " + values.size());
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                each.accept(path + "[" + i + "]", values.get(i));
            }
        }

        <T> void noDuplicates(String path, List<T> values) {
            Set<T> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                if (!seen.add(values.get(i))) {
                    T v = values.get(i);
                    add(path + "[" + i + "]", "duplicate value " + (v instanceof WireEnum w ? "\"" + w.wire() + "\"" : "\"" + v + "\""));
                }
            }
        }
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r' || ch == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }
}
