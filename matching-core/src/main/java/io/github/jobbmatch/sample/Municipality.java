package io.github.jobbmatch.sample;

/**
 * A municipality of the built-in table: its real 4-digit number (2024 numbering), name, the 2017
 * county it lay in, approximate centre coordinates and population in thousands (used as weight).
 *
 * @param number 4-digit kommunenummer
 * @param name Norwegian name
 * @param county 2017 county
 * @param lat latitude of the centre, approximate
 * @param lon longitude of the centre, approximate
 * @param populationThousands approximate population in thousands
 */
public record Municipality(String number, String name, County county, double lat, double lon, int populationThousands) {}
