package io.github.jobbmatch.model;

import java.time.LocalDate;

/**
 * Evidence from a work trial. Internal: never shown in the employer view.
 *
 * @param from start, or null
 * @param to end, or null
 * @param employerId employer id, or null
 * @param attendance attendance, or null
 * @param outcome outcome, or null
 */
public record TrialEvidence(LocalDate from, LocalDate to, String employerId, Attendance attendance, TrialOutcome outcome) {}
