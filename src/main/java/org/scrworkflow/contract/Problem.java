package org.scrworkflow.contract;

/**
 * One reason a start or completion was refused.
 *
 * @param field the variable it is about (the REST caller's name for the field)
 * @param message a plain English sentence naming the field as the form shows it
 */
public record Problem(String field, String message) {}
