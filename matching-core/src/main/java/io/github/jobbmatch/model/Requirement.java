package io.github.jobbmatch.model;

/**
 * A requirement of the reflection form.
 *
 * @param label label, required
 * @param concept taxonomy concept id, or null
 * @param kind must, want or trainable, required
 * @param priority 1 = most important (for want), or null
 * @param why the reason, or null
 */
public record Requirement(String label, String concept, RequirementKind kind, Integer priority, String why) {}
