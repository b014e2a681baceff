package io.github.jobbmatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A candidate's resources, as a case system exports them (interchange format v1, {@code candidate}).
 * Null means unknown; lists are never null (empty when nothing is known). Check a candidate with
 * {@link Validator#validate(Candidate)} before indexing it.
 *
 * @param id pseudonymous id, required
 * @param updated freshness of the profile, required
 * @param followedBy who follows the candidate, required; never changes a score
 * @param consent consent to search and presentation, required
 * @param readiness how far work capacity is assessed, or null
 * @param home where the candidate lives, or null
 * @param mobility travel, licences and car, or null
 * @param availability start, position size and shifts, or null
 * @param experience work, trial, apprenticeship, volunteer and home experience
 * @param wishes desired occupations
 * @param competences competences
 * @param certificates certificates and licences
 * @param education education
 * @param languages languages spoken
 * @param interests what the candidate cares about ("interesse for")
 * @param strengths free text in resource language, or null
 * @param accommodationNeeds adaptations the candidate needs
 * @param targetGroups target groups (internal)
 * @param evidence trial history (internal)
 */
public record Candidate(
        String id,
        LocalDate updated,
        FollowedBy followedBy,
        Consent consent,
        Readiness readiness,
        Location home,
        Mobility mobility,
        Availability availability,
        List<Experience> experience,
        List<Wish> wishes,
        List<Competence> competences,
        List<Certificate> certificates,
        List<Education> education,
        List<LanguageSkill> languages,
        List<String> interests,
        String strengths,
        List<Accommodation> accommodationNeeds,
        List<TargetGroup> targetGroups,
        List<TrialEvidence> evidence) {

    public Candidate {
        experience = experience == null ? List.of() : List.copyOf(experience);
        wishes = wishes == null ? List.of() : List.copyOf(wishes);
        competences = competences == null ? List.of() : List.copyOf(competences);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        education = education == null ? List.of() : List.copyOf(education);
        languages = languages == null ? List.of() : List.copyOf(languages);
        interests = interests == null ? List.of() : List.copyOf(interests);
        accommodationNeeds = accommodationNeeds == null ? List.of() : List.copyOf(accommodationNeeds);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
