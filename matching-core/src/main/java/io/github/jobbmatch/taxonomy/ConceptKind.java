package io.github.jobbmatch.taxonomy;

/** What a taxonomy concept stands for. */
public enum ConceptKind {
    OCCUPATION,
    SKILL,
    CERTIFICATE,
    LICENCE,
    LANGUAGE,
    EDUCATION
}
