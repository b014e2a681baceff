package io.github.jobbmatch.model;

/**
 * A language the job needs.
 *
 * @param code ISO 639-1 code, required
 * @param level lowest accepted level, required
 * @param kind must or want (never trainable), required
 */
public record LanguageRequirement(String code, LanguageLevel level, RequirementKind kind) {}
