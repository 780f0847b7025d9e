/**
 * Who may do what: the role groups, their Camunda authorizations, the administrator account and the
 * authentication of the REST API.
 */
package org.scrworkflow.security;
