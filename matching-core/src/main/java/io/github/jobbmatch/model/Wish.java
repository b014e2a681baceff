package io.github.jobbmatch.model;

/**
 * A desired occupation.
 *
 * @param title the title, or null when only the code is given
 * @param styrk08 4-digit STYRK-08 code, or null
 */
public record Wish(String title, String styrk08) {}
