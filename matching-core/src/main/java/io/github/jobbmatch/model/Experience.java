package io.github.jobbmatch.model;

/**
 * A piece of experience, as the candidate wrote it.
 *
 * @param title the title as written, required
 * @param styrk08 4-digit STYRK-08 code, or null
 * @param years years of experience, or null
 * @param kind where the experience comes from, or null
 */
public record Experience(String title, String styrk08, Double years, ExperienceKind kind) {}
