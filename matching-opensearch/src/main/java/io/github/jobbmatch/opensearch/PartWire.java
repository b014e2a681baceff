package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.search.MatchingSearch;
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
import java.util.List;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

/**
 * A shard's {@link MatchingSearch.Part} on OpenSearch's transport, exactly (scores as doubles, not the rounded
 * JSON figures, so the coordinator ranks as the embedded index does). Enums travel as their ordinals: every
 * node of a cluster runs the same plugin version.
 */
final class PartWire {

    private PartWire() {}

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
            out.writeVInt(e.requirements().size());
            for (RequirementVerdict v : e.requirements()) {
                out.writeString(v.label());
                out.writeString(v.kind());
                out.writeVInt(v.status().ordinal());
                out.writeOptionalString(v.evidence());
            }
            AccommodationSummary a = e.accommodations();
            for (List<Accommodation> list : List.of(a.needed(), a.offered(), a.unknown(), a.conflicts())) {
                out.writeVInt(list.size());
                for (Accommodation x : list) {
                    out.writeVInt(x.ordinal());
                }
            }
            out.writeBoolean(e.travelKm() != null);
            if (e.travelKm() != null) {
                out.writeDouble(e.travelKm());
            }
            out.writeOptionalString(e.availableFrom() == null ? null : e.availableFrom().toString());
            out.writeBoolean(e.followedBy() != null);
            if (e.followedBy() != null) {
                out.writeOptionalString(e.followedBy().organisation());
                out.writeVInt(e.followedBy().kind() == null ? 0 : e.followedBy().kind().ordinal() + 1);
                out.writeOptionalString(e.followedBy().adviser());
            }
            out.writeString(e.explanation());
            out.writeVInt(e.scoreParts().size());
            for (ScorePart p : e.scoreParts()) {
                out.writeString(p.clause());
                out.writeDouble(p.points());
                out.writeDouble(p.max());
                out.writeOptionalString(p.matchedBy());
            }
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
        out.writeVInt(r.diagnostics().funnel().size());
        for (FunnelStep s : r.diagnostics().funnel()) {
            out.writeString(s.gate());
            out.writeString(s.label());
            out.writeVLong(s.remaining());
        }
        out.writeVInt(r.diagnostics().reasons().size());
        for (Reason x : r.diagnostics().reasons()) {
            out.writeString(x.code());
            out.writeString(x.message());
        }
        out.writeStringCollection(part.shortlistIds());
        out.writeStringCollection(part.nearMissIds());
    }

    static MatchingSearch.Part read(StreamInput in) throws IOException {
        String needId = in.readString();
        View view = View.values()[in.readVInt()];
        Pool pool = new Pool(in.readVLong(), in.readVLong());
        int n = in.readVInt();
        List<ShortlistEntry> shortlist = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String candidateId = in.readOptionalString();
            String alias = in.readOptionalString();
            int rank = in.readVInt();
            double score = in.readDouble();
            int nv = in.readVInt();
            List<RequirementVerdict> verdicts = new java.util.ArrayList<>(nv);
            for (int j = 0; j < nv; j++) {
                verdicts.add(new RequirementVerdict(in.readString(), in.readString(),
                        VerdictStatus.values()[in.readVInt()], in.readOptionalString()));
            }
            AccommodationSummary acc = new AccommodationSummary(accommodations(in), accommodations(in),
                    accommodations(in), accommodations(in));
            Double km = in.readBoolean() ? in.readDouble() : null;
            String from = in.readOptionalString();
            FollowedBy followedBy = null;
            if (in.readBoolean()) {
                String org = in.readOptionalString();
                int kind = in.readVInt();
                followedBy = new FollowedBy(org, kind == 0 ? null : OrganisationKind.values()[kind - 1],
                        in.readOptionalString());
            }
            String explanation = in.readString();
            int np = in.readVInt();
            List<ScorePart> parts = new java.util.ArrayList<>(np);
            for (int j = 0; j < np; j++) {
                parts.add(new ScorePart(in.readString(), in.readDouble(), in.readDouble(), in.readOptionalString()));
            }
            shortlist.add(new ShortlistEntry(candidateId, alias, rank, score, verdicts, acc, km,
                    from == null ? null : LocalDate.parse(from), followedBy, explanation, parts));
        }
        int m = in.readVInt();
        List<NearMiss> misses = new java.util.ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            misses.add(new NearMiss(in.readOptionalString(), in.readOptionalString(), in.readDouble(), in.readString(),
                    in.readString(), Route.values()[in.readVInt()], in.readString()));
        }
        int f = in.readVInt();
        List<FunnelStep> funnel = new java.util.ArrayList<>(f);
        for (int i = 0; i < f; i++) {
            funnel.add(new FunnelStep(in.readString(), in.readString(), in.readVLong()));
        }
        int rc = in.readVInt();
        List<Reason> reasons = new java.util.ArrayList<>(rc);
        for (int i = 0; i < rc; i++) {
            reasons.add(new Reason(in.readString(), in.readString()));
        }
        SearchResult result = new SearchResult(needId, view, pool, shortlist, misses, new Diagnostics(funnel, reasons));
        return new MatchingSearch.Part(result, in.readStringList(), in.readStringList());
    }

    private static List<Accommodation> accommodations(StreamInput in) throws IOException {
        int n = in.readVInt();
        List<Accommodation> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Accommodation.values()[in.readVInt()]);
        }
        return out;
    }
}
