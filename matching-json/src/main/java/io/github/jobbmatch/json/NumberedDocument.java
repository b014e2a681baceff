package io.github.jobbmatch.json;

/**
 * A document accepted from a JSON Lines stream, with the line it came from.
 *
 * @param line 1-based line number in the stream
 * @param document the valid document
 * @param <T> Candidate, Employer or Need
 */
public record NumberedDocument<T>(int line, T document) {}
