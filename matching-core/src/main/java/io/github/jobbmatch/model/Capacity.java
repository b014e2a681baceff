package io.github.jobbmatch.model;

/**
 * How many candidates an employer can follow up at once.
 *
 * @param concurrentCandidates the number, or null when unknown
 */
public record Capacity(Integer concurrentCandidates) {}
