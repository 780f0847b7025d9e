package org.scrworkflow.security;

/**
 * An agency was added (its IMR-author and senior-manager groups exist): published for the capabilities that give
 * the new groups what they need, such as the Tasklist filters, without security depending on them.
 *
 * @param agencyId the agency's id, e.g. "probation"
 */
public record AgencyAdded(String agencyId) {}
