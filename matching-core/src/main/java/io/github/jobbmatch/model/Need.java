package io.github.jobbmatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One recruitment round: the employer's reflection form (interchange format v1, {@code need}).
 * A need with only id, employer, date and title is valid. Null means unknown; lists are never null.
 *
 * @param id pseudonymous id, required
 * @param employerId the employer's id, required
 * @param created when the need was registered, required
 * @param status open, paused or filled; null is read as open
 * @param title the job as the employer says it, required
 * @param styrk08 4-digit STYRK-08 code, or null
 * @param description free text, or null
 * @param opening kind of opening, positions and start, or null
 * @param location where the work is and how far the employer accepts travel, or null
 * @param percent accepted position sizes, or null
 * @param shifts shifts the work needs
 * @param tasks tasks of the job
 * @param requirements must, want and trainable requirements
 * @param languages language requirements
 * @param accommodations what the workplace can and cannot adapt, or null when not answered
 * @param interests interests that make a candidate a good fit
 * @param welcomesTargetGroups whether the employer explicitly wants someone from the target groups, or null
 */
public record Need(
        String id,
        String employerId,
        LocalDate created,
        NeedStatus status,
        String title,
        String styrk08,
        String description,
        Opening opening,
        NeedLocation location,
        PercentRange percent,
        List<Shift> shifts,
        List<Task> tasks,
        List<Requirement> requirements,
        List<LanguageRequirement> languages,
        Accommodations accommodations,
        List<String> interests,
        Boolean welcomesTargetGroups) {

    public Need {
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        languages = languages == null ? List.of() : List.copyOf(languages);
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    /** Whether the need is open (an absent status counts as open). */
    public boolean isOpen() {
        return status == null || status == NeedStatus.OPEN;
    }
}
