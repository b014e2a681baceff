package io.github.jobbmatch.model;

/**
 * Who follows a candidate. Never changes a score; shown only in the adviser view.
 *
 * @param organisation the organisation, required
 * @param kind kind of organisation, required
 * @param adviser the adviser, or null when unknown
 */
public record FollowedBy(String organisation, OrganisationKind kind, String adviser) {}
