package io.github.jobbmatch.model;

/**
 * Where a need's work is; each part defaults to the employer's location when null.
 *
 * @param municipality municipality number, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param maxTravelKm the longest travel the employer accepts, or null
 */
public record NeedLocation(String municipality, Double lat, Double lon, Double maxTravelKm) {}
