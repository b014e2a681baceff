package io.github.jobbmatch.model;

/**
 * A language the candidate speaks.
 *
 * @param code ISO 639-1 code, required
 * @param level proficiency, required
 */
public record LanguageSkill(String code, LanguageLevel level) {}
