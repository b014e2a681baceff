package io.github.jobbmatch.model;

/**
 * The employer's fixed contact person: the person the adviser calls.
 *
 * @param owner the contact person, or null
 * @param organisation the contact's organisation, or null
 */
public record Contact(String owner, String organisation) {}
