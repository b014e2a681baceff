package io.github.jobbmatch.model;

/**
 * An employer's record with inclusion.
 *
 * @param trials work trials given, or null
 * @param hires hires, or null
 * @param endedEarly trials ended early, or null
 */
public record EmployerHistory(Integer trials, Integer hires, Integer endedEarly) {}
