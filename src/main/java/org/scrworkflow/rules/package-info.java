/**
 * The rules a review runs under: the version of each decision table and process recorded when the review
 * starts ({@code rulesInForce}), and the deployed decision tables read as tables (statutory periods, review stages)
 * without writing decision history. A new deployment applies to reviews started afterwards; a running review
 * takes it up only by migration.
 */
package org.scrworkflow.rules;
