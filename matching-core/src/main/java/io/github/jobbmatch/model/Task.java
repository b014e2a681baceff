package io.github.jobbmatch.model;

/**
 * A task of the job.
 *
 * @param text the task, required
 * @param formalCompetenceRequired whether it needs formal competence, or null
 */
public record Task(String text, Boolean formalCompetenceRequired) {}
