package io.github.jobbmatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * When and how much a candidate can work.
 *
 * @param from first day available, or null
 * @param percent position sizes, or null
 * @param shifts shifts the candidate can work
 */
public record Availability(LocalDate from, PercentRange percent, List<Shift> shifts) {
    public Availability {
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
    }
}
