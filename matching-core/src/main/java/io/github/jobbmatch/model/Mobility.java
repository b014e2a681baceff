package io.github.jobbmatch.model;

import java.util.List;

/**
 * How far and by what means a candidate can travel.
 *
 * @param maxTravelKm the longest travel the candidate accepts, or null when unknown
 * @param driversLicences driving licence classes held (B, BE, C, C1, D, ...)
 * @param hasCar whether the candidate has a car, or null
 * @param canRelocate whether the candidate can move, or null
 */
public record Mobility(Double maxTravelKm, List<String> driversLicences, Boolean hasCar, Boolean canRelocate) {
    public Mobility {
        driversLicences = driversLicences == null ? List.of() : List.copyOf(driversLicences);
    }
}
