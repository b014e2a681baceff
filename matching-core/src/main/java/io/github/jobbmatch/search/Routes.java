package io.github.jobbmatch.search;

import io.github.jobbmatch.taxonomy.Concept;
import io.github.jobbmatch.taxonomy.ConceptKind;
import io.github.jobbmatch.taxonomy.Taxonomy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the route that closes a gap. By the concept kind when the requirement resolves to a
 * concept: certificate → course (when it is a course) or certificate; licence → certificate; trade
 * certificate (education or an occupation named "fagbrev") → apprenticeship; language → course;
 * skill and occupation → on-the-job. Without a concept, by the words of the label.
 */
public final class Routes {

    private Routes() {}

    /** The route for a requirement with this label and these resolved concepts. */
    public static Route forRequirement(String label, List<String> conceptIds, Taxonomy taxonomy) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        for (String id : conceptIds) {
            Optional<Concept> c = taxonomy.concept(id);
            if (c.isPresent()) {
                ConceptKind kind = c.get().kind();
                String pl = c.get().prefLabel().toLowerCase(Locale.ROOT);
                return switch (kind) {
                    case CERTIFICATE -> isCourse(l) || isCourse(pl) ? Route.COURSE
                            : isTrade(l) || isTrade(pl) ? Route.APPRENTICESHIP : Route.CERTIFICATE;
                    case LICENCE -> Route.CERTIFICATE;
                    case EDUCATION -> isTrade(l) || isTrade(pl) ? Route.APPRENTICESHIP : Route.COURSE;
                    case LANGUAGE -> Route.COURSE;
                    case OCCUPATION -> isTrade(l) || isTrade(pl) ? Route.APPRENTICESHIP : Route.ON_THE_JOB;
                    case SKILL -> Route.ON_THE_JOB;
                };
            }
        }
        if (isTrade(l)) {
            return Route.APPRENTICESHIP;
        }
        if (isCourse(l)) {
            return Route.COURSE;
        }
        if (l.contains("førerkort") || l.contains("sertifikat") || l.contains("bevis") || l.contains("attest")
                || l.contains("autorisasjon") || l.contains("godkjenning")) {
            return Route.CERTIFICATE;
        }
        return Route.ON_THE_JOB;
    }

    private static boolean isCourse(String l) {
        return l.contains("kurs") || l.contains("opplæring");
    }

    private static boolean isTrade(String l) {
        return l.contains("fagbrev") || l.contains("svennebrev") || l.contains("lærling")
                || l.contains("fagarbeider");
    }
}
