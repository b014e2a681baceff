package io.github.jobbmatch.model;

import java.util.List;

/**
 * What the workplace can and cannot adapt; anything in neither list is unknown ("ask the employer").
 *
 * @param offered adaptations offered
 * @param notPossible adaptations that are not possible
 */
public record Accommodations(List<Accommodation> offered, List<Accommodation> notPossible) {
    public Accommodations {
        offered = offered == null ? List.of() : List.copyOf(offered);
        notPossible = notPossible == null ? List.of() : List.copyOf(notPossible);
    }
}
