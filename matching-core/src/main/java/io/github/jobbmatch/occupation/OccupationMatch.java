package io.github.jobbmatch.occupation;

/**
 * One candidate occupation for a free-text title.
 *
 * @param styrk08 the four-digit STYRK-08 code
 * @param name the code's STYRK-08 name
 * @param score confidence in 0-1: how much of the title the best-matching known titles of this code
 *     explain (1 = the same title), nudged up when several of its titles agree
 */
public record OccupationMatch(String styrk08, String name, double score) {}
