package io.github.jobbmatch.model;

/**
 * A range of position sizes in percent of a full-time position (0–100); a null bound is open.
 *
 * @param min smallest position, or null
 * @param max largest position, or null
 */
public record PercentRange(Double min, Double max) {}
