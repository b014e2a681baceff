package io.github.jobbmatch.bench;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The straightforward alternative to an index: a Java loop over every candidate, already decoded in
 * memory, that applies the gates (consent, must labels, accommodation conflicts, travel limit) and
 * scores achieved/achievable over wants, trainables and interests by exact label comparison. It is
 * deliberately simple (no taxonomy, no text analysis), so it is a lower bound on the work a loop
 * would have to do.
 */
final class LoopBaseline {

    private final List<Candidate> candidates;

    LoopBaseline(List<Candidate> candidates) {
        this.candidates = candidates;
    }

    /** One scored candidate. */
    record Scored(int index, double score) {}

    /** The top {@code k} candidates for this need, best first. */
    List<Scored> top(Need need, double lat, double lon, String viewerOrg, int k) {
        List<String> musts = need.requirements().stream().filter(r -> r.kind() == RequirementKind.MUST)
                .map(r -> norm(r.label())).toList();
        List<Requirement> scored = need.requirements().stream().filter(r -> r.kind() != RequirementKind.MUST).toList();
        Set<Accommodation> notPossible = Set.copyOf(need.accommodations().notPossible());
        Double needMax = need.location() == null ? null : need.location().maxTravelKm();
        Set<String> interests = new HashSet<>();
        need.interests().forEach(i -> interests.add(norm(i)));
        double achievable = scored.size() * 10.0 + interests.size() * 3.0;
        PriorityQueue<Scored> heap = new PriorityQueue<>(k + 1, (a, b) -> Double.compare(a.score(), b.score()));
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Searchable s = c.consent().searchable();
            if (s == Searchable.NONE || (s == Searchable.OWN_ORGANISATION
                    && (c.followedBy() == null || !viewerOrg.equals(c.followedBy().organisation())))) {
                continue;
            }
            if (!c.accommodationNeeds().isEmpty() && c.accommodationNeeds().stream().anyMatch(notPossible::contains)) {
                continue;
            }
            if (!Double.isNaN(lat) && c.home() != null && c.home().lat() != null) {
                double km = km(lat, lon, c.home().lat(), c.home().lon());
                Double own = c.mobility() == null ? null : c.mobility().maxTravelKm();
                if ((needMax != null && km > needMax) || (own != null && km > own)) {
                    continue;
                }
            }
            Set<String> held = held(c);
            if (!held.containsAll(musts)) {
                continue;
            }
            double achieved = 0;
            for (Requirement r : scored) {
                if (held.contains(norm(r.label()))) {
                    achieved += 10;
                }
            }
            for (String interest : c.interests()) {
                if (interests.contains(norm(interest))) {
                    achieved += 3;
                }
            }
            double score = achievable == 0 ? 0 : achieved / achievable;
            if (heap.size() < k) {
                heap.add(new Scored(i, score));
            } else if (score > heap.peek().score()) {
                heap.poll();
                heap.add(new Scored(i, score));
            }
        }
        List<Scored> out = new java.util.ArrayList<>(heap);
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private static Set<String> held(Candidate c) {
        Set<String> held = new HashSet<>();
        for (Competence x : c.competences()) {
            held.add(norm(x.label()));
        }
        for (Certificate x : c.certificates()) {
            held.add(norm(x.label()));
        }
        for (Experience x : c.experience()) {
            held.add(norm(x.title()));
        }
        return held;
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).strip();
    }

    /** Great-circle distance in km. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
