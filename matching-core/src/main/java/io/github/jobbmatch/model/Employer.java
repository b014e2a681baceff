package io.github.jobbmatch.model;

import java.time.LocalDate;

/**
 * An employer (interchange format v1, {@code employer}). Null means unknown.
 *
 * @param id pseudonymous id, required
 * @param name name, required
 * @param orgNumber 9-digit organisation number, or null
 * @param sector public, private or non-profit, required
 * @param industry NACE code, or null
 * @param size number of employees, or null
 * @param location where the employer is, or null
 * @param contact the fixed contact person, or null
 * @param capacity how many candidates the employer can follow up at once, or null
 * @param status active or paused; null is read as active
 * @param needsConfirmed when the employer last confirmed its needs, or null
 * @param history record with trials and hires, or null
 */
public record Employer(
        String id,
        String name,
        String orgNumber,
        Sector sector,
        String industry,
        Integer size,
        Location location,
        Contact contact,
        Capacity capacity,
        EmployerStatus status,
        LocalDate needsConfirmed,
        EmployerHistory history) {

    /** Whether the employer takes candidates now (an absent status counts as active). */
    public boolean isActive() {
        return status != EmployerStatus.PAUSED;
    }
}
