package io.github.jobbmatch.search;

/**
 * Who searches: decides which candidates are visible ({@code own-organisation} consent).
 *
 * @param organisation the viewer's organisation, compared with the candidate's following organisation
 * @param role the viewer's role, for the audit trail
 */
public record Viewer(String organisation, String role) {}
