package io.github.jobbmatch.model;

/**
 * A place: municipality number (kommunenummer) and coordinates, each null when unknown.
 *
 * @param municipality 4-digit municipality number, or null
 * @param lat latitude in degrees, or null
 * @param lon longitude in degrees, or null
 */
public record Location(String municipality, Double lat, Double lon) {}
