package io.github.jobbmatch.model;

/**
 * A competence the candidate has.
 *
 * @param label label as written, required
 * @param concept taxonomy concept id, or null
 * @param level 1–5, or null
 * @param evidence what the claim rests on, or null
 */
public record Competence(String label, String concept, Integer level, EvidenceSource evidence) {}
