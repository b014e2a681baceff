package io.github.jobbmatch.model;

/**
 * A certificate or licence (fagbrev, truck licence, hygiene course, police certificate, ...).
 *
 * @param label label as written, required
 * @param concept taxonomy concept id, or null
 */
public record Certificate(String label, String concept) {}
