package io.github.jobbmatch.index;

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
import io.github.jobbmatch.model.WireEnum;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact binary encoding of the three record types, stored in the index so that hits can be
 * explained without the case system. Core may not use Jackson, hence this small codec.
 *
 * <p>Layout: magic {@code 'J'}, version byte, type byte, then the record's components in
 * declaration order. Nullable values carry a presence byte; enums are written as their wire value so
 * that reordering an enum never corrupts an index; lists are a length then the elements.
 */
public final class RecordCodec {

    private static final byte MAGIC = 'J';
    private static final byte VERSION = 1;
    private static final byte CANDIDATE = 'c';
    private static final byte EMPLOYER = 'e';
    private static final byte NEED = 'n';

    private RecordCodec() {}

    /** Encodes a candidate. */
    public static byte[] encode(Candidate c) {
        return write(CANDIDATE, out -> {
            out.str(c.id());
            out.date(c.updated());
            out.present(c.followedBy());
            if (c.followedBy() != null) {
                out.str(c.followedBy().organisation());
                out.wire(c.followedBy().kind());
                out.str(c.followedBy().adviser());
            }
            out.present(c.consent());
            if (c.consent() != null) {
                out.wire(c.consent().searchable());
                out.wire(c.consent().shareWithEmployer());
            }
            out.wire(c.readiness());
            out.location(c.home());
            out.present(c.mobility());
            if (c.mobility() != null) {
                out.dbl(c.mobility().maxTravelKm());
                out.strings(c.mobility().driversLicences());
                out.bool(c.mobility().hasCar());
                out.bool(c.mobility().canRelocate());
            }
            out.present(c.availability());
            if (c.availability() != null) {
                out.date(c.availability().from());
                out.percent(c.availability().percent());
                out.wires(c.availability().shifts());
            }
            out.len(c.experience().size());
            for (Experience e : c.experience()) {
                out.str(e.title());
                out.str(e.styrk08());
                out.dbl(e.years());
                out.wire(e.kind());
            }
            out.len(c.wishes().size());
            for (Wish w : c.wishes()) {
                out.str(w.title());
                out.str(w.styrk08());
            }
            out.len(c.competences().size());
            for (Competence x : c.competences()) {
                out.str(x.label());
                out.str(x.concept());
                out.integer(x.level());
                out.wire(x.evidence());
            }
            out.len(c.certificates().size());
            for (Certificate x : c.certificates()) {
                out.str(x.label());
                out.str(x.concept());
            }
            out.len(c.education().size());
            for (Education x : c.education()) {
                out.wire(x.level());
                out.str(x.field());
                out.bool(x.completed());
            }
            out.len(c.languages().size());
            for (LanguageSkill x : c.languages()) {
                out.str(x.code());
                out.wire(x.level());
            }
            out.strings(c.interests());
            out.str(c.strengths());
            out.wires(c.accommodationNeeds());
            out.wires(c.targetGroups());
            out.len(c.evidence().size());
            for (TrialEvidence x : c.evidence()) {
                out.date(x.from());
                out.date(x.to());
                out.str(x.employerId());
                out.wire(x.attendance());
                out.wire(x.outcome());
            }
        });
    }

    /** Decodes a candidate written by {@link #encode(Candidate)}. */
    public static Candidate decodeCandidate(byte[] bytes) {
        In in = open(bytes, CANDIDATE);
        try {
            String id = in.str();
            LocalDate updated = in.date();
            FollowedBy followedBy = in.present()
                    ? new FollowedBy(in.str(), in.wire(OrganisationKind.class), in.str()) : null;
            Consent consent = in.present()
                    ? new Consent(in.wire(Searchable.class), in.wire(ShareWithEmployer.class)) : null;
            Readiness readiness = in.wire(Readiness.class);
            Location home = in.location();
            Mobility mobility = in.present() ? new Mobility(in.dbl(), in.strings(), in.bool(), in.bool()) : null;
            Availability availability = in.present()
                    ? new Availability(in.date(), in.percent(), in.wires(Shift.class)) : null;
            List<Experience> experience = in.list(() -> new Experience(in.str(), in.str(), in.dbl(), in.wire(ExperienceKind.class)));
            List<Wish> wishes = in.list(() -> new Wish(in.str(), in.str()));
            List<Competence> competences = in.list(() -> new Competence(in.str(), in.str(), in.integer(), in.wire(EvidenceSource.class)));
            List<Certificate> certificates = in.list(() -> new Certificate(in.str(), in.str()));
            List<Education> education = in.list(() -> new Education(in.wire(EducationLevel.class), in.str(), in.bool()));
            List<LanguageSkill> languages = in.list(() -> new LanguageSkill(in.str(), in.wire(LanguageLevel.class)));
            List<String> interests = in.strings();
            String strengths = in.str();
            List<Accommodation> needs = in.wires(Accommodation.class);
            List<TargetGroup> targetGroups = in.wires(TargetGroup.class);
            List<TrialEvidence> evidence = in.list(() -> new TrialEvidence(in.date(), in.date(), in.str(),
                    in.wire(Attendance.class), in.wire(TrialOutcome.class)));
            in.end();
            return new Candidate(id, updated, followedBy, consent, readiness, home, mobility, availability, experience,
                    wishes, competences, certificates, education, languages, interests, strengths, needs, targetGroups,
                    evidence);
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    /** Encodes an employer. */
    public static byte[] encode(Employer e) {
        return write(EMPLOYER, out -> {
            out.str(e.id());
            out.str(e.name());
            out.str(e.orgNumber());
            out.wire(e.sector());
            out.str(e.industry());
            out.integer(e.size());
            out.location(e.location());
            out.present(e.contact());
            if (e.contact() != null) {
                out.str(e.contact().owner());
                out.str(e.contact().organisation());
            }
            out.present(e.capacity());
            if (e.capacity() != null) {
                out.integer(e.capacity().concurrentCandidates());
            }
            out.wire(e.status());
            out.date(e.needsConfirmed());
            out.present(e.history());
            if (e.history() != null) {
                out.integer(e.history().trials());
                out.integer(e.history().hires());
                out.integer(e.history().endedEarly());
            }
        });
    }

    /** Decodes an employer written by {@link #encode(Employer)}. */
    public static Employer decodeEmployer(byte[] bytes) {
        In in = open(bytes, EMPLOYER);
        try {
            Employer e = new Employer(in.str(), in.str(), in.str(), in.wire(Sector.class), in.str(), in.integer(),
                    in.location(),
                    in.present() ? new Contact(in.str(), in.str()) : null,
                    in.present() ? new Capacity(in.integer()) : null,
                    in.wire(EmployerStatus.class), in.date(),
                    in.present() ? new EmployerHistory(in.integer(), in.integer(), in.integer()) : null);
            in.end();
            return e;
        } catch (IOException ex) {
            throw corrupt(ex);
        }
    }

    /** Encodes a need. */
    public static byte[] encode(Need n) {
        return write(NEED, out -> {
            out.str(n.id());
            out.str(n.employerId());
            out.date(n.created());
            out.wire(n.status());
            out.str(n.title());
            out.str(n.styrk08());
            out.str(n.description());
            out.present(n.opening());
            if (n.opening() != null) {
                out.wire(n.opening().kind());
                out.integer(n.opening().positions());
                out.date(n.opening().startBy());
            }
            out.present(n.location());
            if (n.location() != null) {
                out.str(n.location().municipality());
                out.dbl(n.location().lat());
                out.dbl(n.location().lon());
                out.dbl(n.location().maxTravelKm());
            }
            out.percent(n.percent());
            out.wires(n.shifts());
            out.len(n.tasks().size());
            for (Task t : n.tasks()) {
                out.str(t.text());
                out.bool(t.formalCompetenceRequired());
            }
            out.len(n.requirements().size());
            for (Requirement r : n.requirements()) {
                out.str(r.label());
                out.str(r.concept());
                out.wire(r.kind());
                out.integer(r.priority());
                out.str(r.why());
            }
            out.len(n.languages().size());
            for (LanguageRequirement l : n.languages()) {
                out.str(l.code());
                out.wire(l.level());
                out.wire(l.kind());
            }
            out.present(n.accommodations());
            if (n.accommodations() != null) {
                out.wires(n.accommodations().offered());
                out.wires(n.accommodations().notPossible());
            }
            out.strings(n.interests());
            out.bool(n.welcomesTargetGroups());
        });
    }

    /** Decodes a need written by {@link #encode(Need)}. */
    public static Need decodeNeed(byte[] bytes) {
        In in = open(bytes, NEED);
        try {
            String id = in.str();
            String employerId = in.str();
            LocalDate created = in.date();
            NeedStatus status = in.wire(NeedStatus.class);
            String title = in.str();
            String styrk = in.str();
            String description = in.str();
            Opening opening = in.present() ? new Opening(in.wire(OpeningKind.class), in.integer(), in.date()) : null;
            NeedLocation location = in.present() ? new NeedLocation(in.str(), in.dbl(), in.dbl(), in.dbl()) : null;
            PercentRange percent = in.percent();
            List<Shift> shifts = in.wires(Shift.class);
            List<Task> tasks = in.list(() -> new Task(in.str(), in.bool()));
            List<Requirement> requirements = in.list(() -> new Requirement(in.str(), in.str(),
                    in.wire(RequirementKind.class), in.integer(), in.str()));
            List<LanguageRequirement> languages = in.list(() -> new LanguageRequirement(in.str(),
                    in.wire(LanguageLevel.class), in.wire(RequirementKind.class)));
            Accommodations accommodations = in.present()
                    ? new Accommodations(in.wires(Accommodation.class), in.wires(Accommodation.class)) : null;
            List<String> interests = in.strings();
            Boolean welcomes = in.bool();
            in.end();
            return new Need(id, employerId, created, status, title, styrk, description, opening, location, percent,
                    shifts, tasks, requirements, languages, accommodations, interests, welcomes);
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    private static IllegalStateException corrupt(IOException e) {
        return new IllegalStateException("stored record is corrupt: " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface Body {
        void write(Out out) throws IOException;
    }

    private static byte[] write(byte type, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        Out out = new Out(new DataOutputStream(bytes));
        try {
            out.d.writeByte(MAGIC);
            out.d.writeByte(VERSION);
            out.d.writeByte(type);
            body.write(out);
            out.d.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a byte array
        }
        return bytes.toByteArray();
    }

    private static In open(byte[] bytes, byte type) {
        if (bytes == null || bytes.length < 3 || bytes[0] != MAGIC) {
            throw new IllegalStateException("stored record is corrupt: bad header");
        }
        if (bytes[1] != VERSION) {
            throw new IllegalStateException("stored record has unsupported version " + bytes[1]);
        }
        if (bytes[2] != type) {
            throw new IllegalStateException("stored record is a '" + (char) bytes[2] + "', expected '" + (char) type + "'");
        }
        In in = new In(new DataInputStream(new ByteArrayInputStream(bytes, 3, bytes.length - 3)));
        return in;
    }

    private static final class Out {
        final DataOutputStream d;

        Out(DataOutputStream d) {
            this.d = d;
        }

        void present(Object o) throws IOException {
            d.writeBoolean(o != null);
        }

        void len(int n) throws IOException {
            // Variable-length int: small lists cost one byte.
            int v = n;
            while ((v & ~0x7F) != 0) {
                d.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            d.writeByte(v);
        }

        void str(String s) throws IOException {
            if (s == null) {
                len(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            len(b.length + 1);
            d.write(b);
        }

        void strings(List<String> list) throws IOException {
            len(list.size());
            for (String s : list) {
                str(s);
            }
        }

        void wire(WireEnum e) throws IOException {
            str(e == null ? null : e.wire());
        }

        void wires(List<? extends WireEnum> list) throws IOException {
            len(list.size());
            for (WireEnum e : list) {
                wire(e);
            }
        }

        void dbl(Double v) throws IOException {
            present(v);
            if (v != null) {
                d.writeDouble(v);
            }
        }

        void integer(Integer v) throws IOException {
            present(v);
            if (v != null) {
                d.writeInt(v);
            }
        }

        void bool(Boolean v) throws IOException {
            d.writeByte(v == null ? 0 : v ? 1 : 2);
        }

        void date(LocalDate v) throws IOException {
            present(v);
            if (v != null) {
                d.writeLong(v.toEpochDay());
            }
        }

        void location(Location l) throws IOException {
            present(l);
            if (l != null) {
                str(l.municipality());
                dbl(l.lat());
                dbl(l.lon());
            }
        }

        void percent(PercentRange p) throws IOException {
            present(p);
            if (p != null) {
                dbl(p.min());
                dbl(p.max());
            }
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read() throws IOException;
    }

    private static final class In {
        final DataInputStream d;

        In(DataInputStream d) {
            this.d = d;
        }

        boolean present() throws IOException {
            return d.readBoolean();
        }

        int len() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = d.readUnsignedByte();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IOException("malformed length");
        }

        String str() throws IOException {
            int n = len();
            if (n == 0) {
                return null;
            }
            byte[] b = new byte[n - 1];
            d.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        List<String> strings() throws IOException {
            return list(this::str);
        }

        <E extends Enum<E> & WireEnum> E wire(Class<E> type) throws IOException {
            String s = str();
            if (s == null) {
                return null;
            }
            return WireEnum.parse(type, s).orElseThrow(() -> new IOException("unknown " + type.getSimpleName() + " '" + s + "'"));
        }

        <E extends Enum<E> & WireEnum> List<E> wires(Class<E> type) throws IOException {
            return list(() -> wire(type));
        }

        <T> List<T> list(Reader<T> item) throws IOException {
            int n = len();
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(item.read());
            }
            return out;
        }

        Double dbl() throws IOException {
            return present() ? d.readDouble() : null;
        }

        Integer integer() throws IOException {
            return present() ? d.readInt() : null;
        }

        Boolean bool() throws IOException {
            int b = d.readUnsignedByte();
            return switch (b) {
                case 0 -> null;
                case 1 -> Boolean.TRUE;
                case 2 -> Boolean.FALSE;
                default -> throw new IOException("malformed boolean " + b);
            };
        }

        LocalDate date() throws IOException {
            return present() ? LocalDate.ofEpochDay(d.readLong()) : null;
        }

        Location location() throws IOException {
            return present() ? new Location(str(), dbl(), dbl()) : null;
        }

        PercentRange percent() throws IOException {
            return present() ? new PercentRange(dbl(), dbl()) : null;
        }

        void end() throws IOException {
            if (d.read() != -1) {
                throw new IOException("trailing bytes");
            }
        }
    }
}
