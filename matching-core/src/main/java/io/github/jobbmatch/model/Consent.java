package io.github.jobbmatch.model;

/**
 * What the candidate has consented to.
 *
 * @param searchable who may find the candidate, required
 * @param shareWithEmployer whether the candidate may be presented to an employer, required
 */
public record Consent(Searchable searchable, ShareWithEmployer shareWithEmployer) {}
