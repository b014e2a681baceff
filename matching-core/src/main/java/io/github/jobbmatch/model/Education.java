package io.github.jobbmatch.model;

/**
 * A completed or started education.
 *
 * @param level level, required
 * @param field field of study, or null
 * @param completed whether completed, or null
 */
public record Education(EducationLevel level, String field, Boolean completed) {}
