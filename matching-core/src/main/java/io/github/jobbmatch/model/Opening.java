package io.github.jobbmatch.model;

import java.time.LocalDate;

/**
 * What kind of opening a need offers.
 *
 * @param kind kind, or null
 * @param positions number of positions, or null
 * @param startBy latest start, or null
 */
public record Opening(OpeningKind kind, Integer positions, LocalDate startBy) {}
