package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Contact;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsResult.Adjustment;
import io.github.jobbmatch.search.OpeningsResult.Opening;
import io.github.jobbmatch.search.OpeningsResult.OpeningNearMiss;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.Route;
import io.github.jobbmatch.search.SearchResult;
import io.github.jobbmatch.search.SearchResult.AccommodationSummary;
import io.github.jobbmatch.search.SearchResult.Diagnostics;
import io.github.jobbmatch.search.SearchResult.FunnelStep;
import io.github.jobbmatch.search.SearchResult.NearMiss;
import io.github.jobbmatch.search.SearchResult.Pool;
import io.github.jobbmatch.search.SearchResult.Reason;
import io.github.jobbmatch.search.SearchResult.RequirementVerdict;
import io.github.jobbmatch.search.SearchResult.ScorePart;
import io.github.jobbmatch.search.SearchResult.ShortlistEntry;
import io.github.jobbmatch.search.VerdictStatus;
import io.github.jobbmatch.search.View;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

/**
 * A shard's part of a search ({@link MatchingSearch.Part}, {@link OpeningsSearch.Part}) on OpenSearch's transport, exactly (scores as doubles, not the rounded
 * JSON figures, so the coordinator ranks as the embedded index does). Enums travel as their ordinals: every
 * node of a cluster runs the same plugin version.
 */
final class PartWire {

    private PartWire() {}

    /** A broad-search part. */
    static void write(MatchingSearch.Part part, StreamOutput out) throws IOException {
        SearchResult r = part.result();
        out.writeString(r.needId());
        out.writeVInt(r.view().ordinal());
        out.writeVLong(r.pool().visible());
        out.writeVLong(r.pool().passedGates());
        out.writeVInt(r.shortlist().size());
        for (ShortlistEntry e : r.shortlist()) {
            out.writeOptionalString(e.candidateId());
            out.writeOptionalString(e.alias());
            out.writeVInt(e.rank());
            out.writeDouble(e.score());
            verdicts(e.requirements(), out);
            accommodations(e.accommodations(), out);
            optionalDouble(e.travelKm(), out);
            out.writeOptionalString(e.availableFrom() == null ? null : e.availableFrom().toString());
            out.writeBoolean(e.followedBy() != null);
            if (e.followedBy() != null) {
                out.writeOptionalString(e.followedBy().organisation());
                out.writeVInt(e.followedBy().kind() == null ? 0 : e.followedBy().kind().ordinal() + 1);
                out.writeOptionalString(e.followedBy().adviser());
            }
            out.writeString(e.explanation());
            scoreParts(e.scoreParts(), out);
        }
        out.writeVInt(r.nearMisses().size());
        for (NearMiss m : r.nearMisses()) {
            out.writeOptionalString(m.candidateId());
            out.writeOptionalString(m.alias());
            out.writeDouble(m.score());
            out.writeString(m.gapKind());
            out.writeString(m.gap());
            out.writeVInt(m.route().ordinal());
            out.writeString(m.explanation());
        }
        diagnostics(r.diagnostics(), out);
        out.writeStringCollection(part.shortlistIds());
        out.writeStringCollection(part.nearMissIds());
    }

    static MatchingSearch.Part read(StreamInput in) throws IOException {
        String needId = in.readString();
        View view = View.values()[in.readVInt()];
        Pool pool = new Pool(in.readVLong(), in.readVLong());
        int n = in.readVInt();
        List<ShortlistEntry> shortlist = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String candidateId = in.readOptionalString();
            String alias = in.readOptionalString();
            int rank = in.readVInt();
            double score = in.readDouble();
            List<RequirementVerdict> verdicts = verdicts(in);
            AccommodationSummary acc = accommodations(in);
            Double km = optionalDouble(in);
            String from = in.readOptionalString();
            FollowedBy followedBy = null;
            if (in.readBoolean()) {
                String org = in.readOptionalString();
                int kind = in.readVInt();
                followedBy = new FollowedBy(org, kind == 0 ? null : OrganisationKind.values()[kind - 1],
                        in.readOptionalString());
            }
            String explanation = in.readString();
            List<ScorePart> parts = scoreParts(in);
            shortlist.add(new ShortlistEntry(candidateId, alias, rank, score, verdicts, acc, km,
                    from == null ? null : LocalDate.parse(from), followedBy, explanation, parts));
        }
        int m = in.readVInt();
        List<NearMiss> misses = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            misses.add(new NearMiss(in.readOptionalString(), in.readOptionalString(), in.readDouble(), in.readString(),
                    in.readString(), Route.values()[in.readVInt()], in.readString()));
        }
        SearchResult result = new SearchResult(needId, view, pool, shortlist, misses, diagnostics(in));
        return new MatchingSearch.Part(result, in.readStringList(), in.readStringList());
    }

    /** A candidate-first part. */
    static void writeOpenings(OpeningsSearch.Part part, StreamOutput out) throws IOException {
        OpeningsResult r = part.result();
        out.writeString(r.candidateId());
        out.writeVLong(r.pool().visible());
        out.writeVLong(r.pool().passedGates());
        out.writeVInt(r.shortlist().size());
        for (Opening o : r.shortlist()) {
            out.writeString(o.needId());
            out.writeOptionalString(o.employerId());
            out.writeOptionalString(o.employerName());
            out.writeVInt(o.rank());
            out.writeDouble(o.score());
            out.writeDouble(o.rankScore());
            out.writeOptionalString(o.title());
            out.writeVInt(o.openingKind() == null ? 0 : o.openingKind().ordinal() + 1);
            out.writeBoolean(o.contact() != null);
            if (o.contact() != null) {
                out.writeOptionalString(o.contact().owner());
                out.writeOptionalString(o.contact().organisation());
            }
            optionalDouble(o.travelKm(), out);
            verdicts(o.requirements(), out);
            accommodations(o.accommodations(), out);
            out.writeString(o.explanation());
            scoreParts(o.scoreParts(), out);
            out.writeVInt(o.adjustments().size());
            for (Adjustment a : o.adjustments()) {
                out.writeString(a.signal());
                out.writeDouble(a.points());
            }
        }
        out.writeVInt(r.nearMisses().size());
        for (OpeningNearMiss m : r.nearMisses()) {
            out.writeString(m.needId());
            out.writeOptionalString(m.employerId());
            out.writeOptionalString(m.employerName());
            out.writeOptionalString(m.title());
            out.writeDouble(m.score());
            out.writeString(m.gapKind());
            out.writeString(m.gap());
            out.writeVInt(m.route().ordinal());
            out.writeString(m.explanation());
        }
        diagnostics(r.diagnostics(), out);
        out.writeStringCollection(part.inProcessFound());
    }

    static OpeningsSearch.Part readOpenings(StreamInput in) throws IOException {
        String candidateId = in.readString();
        Pool pool = new Pool(in.readVLong(), in.readVLong());
        int n = in.readVInt();
        List<Opening> openings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String needId = in.readString();
            String employerId = in.readOptionalString();
            String employerName = in.readOptionalString();
            int rank = in.readVInt();
            double score = in.readDouble();
            double rankScore = in.readDouble();
            String title = in.readOptionalString();
            int kind = in.readVInt();
            Contact contact = in.readBoolean() ? new Contact(in.readOptionalString(), in.readOptionalString()) : null;
            Double km = optionalDouble(in);
            List<RequirementVerdict> verdicts = verdicts(in);
            AccommodationSummary acc = accommodations(in);
            String explanation = in.readString();
            List<ScorePart> parts = scoreParts(in);
            int na = in.readVInt();
            List<Adjustment> adjustments = new ArrayList<>(na);
            for (int j = 0; j < na; j++) {
                adjustments.add(new Adjustment(in.readString(), in.readDouble()));
            }
            openings.add(new Opening(needId, employerId, employerName, rank, score, rankScore, title,
                    kind == 0 ? null : OpeningKind.values()[kind - 1], contact, km, verdicts, acc, explanation, parts,
                    adjustments));
        }
        int m = in.readVInt();
        List<OpeningNearMiss> misses = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            misses.add(new OpeningNearMiss(in.readString(), in.readOptionalString(), in.readOptionalString(),
                    in.readOptionalString(), in.readDouble(), in.readString(), in.readString(),
                    Route.values()[in.readVInt()], in.readString()));
        }
        Diagnostics diagnostics = diagnostics(in);
        return new OpeningsSearch.Part(new OpeningsResult(candidateId, pool, openings, misses, diagnostics),
                new java.util.HashSet<>(in.readStringList()));
    }

    private static void verdicts(List<RequirementVerdict> verdicts, StreamOutput out) throws IOException {
        out.writeVInt(verdicts.size());
        for (RequirementVerdict v : verdicts) {
            out.writeString(v.label());
            out.writeString(v.kind());
            out.writeVInt(v.status().ordinal());
            out.writeOptionalString(v.evidence());
        }
    }

    private static List<RequirementVerdict> verdicts(StreamInput in) throws IOException {
        int n = in.readVInt();
        List<RequirementVerdict> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(new RequirementVerdict(in.readString(), in.readString(), VerdictStatus.values()[in.readVInt()],
                    in.readOptionalString()));
        }
        return out;
    }

    private static void accommodations(AccommodationSummary a, StreamOutput out) throws IOException {
        for (List<Accommodation> list : List.of(a.needed(), a.offered(), a.unknown(), a.conflicts())) {
            out.writeVInt(list.size());
            for (Accommodation x : list) {
                out.writeVInt(x.ordinal());
            }
        }
    }

    private static AccommodationSummary accommodations(StreamInput in) throws IOException {
        return new AccommodationSummary(accommodationList(in), accommodationList(in), accommodationList(in),
                accommodationList(in));
    }

    private static List<Accommodation> accommodationList(StreamInput in) throws IOException {
        int n = in.readVInt();
        List<Accommodation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Accommodation.values()[in.readVInt()]);
        }
        return out;
    }

    private static void scoreParts(List<ScorePart> parts, StreamOutput out) throws IOException {
        out.writeVInt(parts.size());
        for (ScorePart p : parts) {
            out.writeString(p.clause());
            out.writeDouble(p.points());
            out.writeDouble(p.max());
            out.writeOptionalString(p.matchedBy());
        }
    }

    private static List<ScorePart> scoreParts(StreamInput in) throws IOException {
        int n = in.readVInt();
        List<ScorePart> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(new ScorePart(in.readString(), in.readDouble(), in.readDouble(), in.readOptionalString()));
        }
        return out;
    }

    private static void optionalDouble(Double d, StreamOutput out) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeDouble(d);
        }
    }

    private static Double optionalDouble(StreamInput in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void diagnostics(Diagnostics d, StreamOutput out) throws IOException {
        out.writeVInt(d.funnel().size());
        for (FunnelStep s : d.funnel()) {
            out.writeString(s.gate());
            out.writeString(s.label());
            out.writeVLong(s.remaining());
        }
        out.writeVInt(d.reasons().size());
        for (Reason x : d.reasons()) {
            out.writeString(x.code());
            out.writeString(x.message());
        }
    }

    private static Diagnostics diagnostics(StreamInput in) throws IOException {
        int f = in.readVInt();
        List<FunnelStep> funnel = new ArrayList<>(f);
        for (int i = 0; i < f; i++) {
            funnel.add(new FunnelStep(in.readString(), in.readString(), in.readVLong()));
        }
        int rc = in.readVInt();
        List<Reason> reasons = new ArrayList<>(rc);
        for (int i = 0; i < rc; i++) {
            reasons.add(new Reason(in.readString(), in.readString()));
        }
        return new Diagnostics(funnel, reasons);
    }
}
