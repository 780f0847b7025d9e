/**
 * Versions of the models: what changed between a deployed model and the version before it (the change report),
 * and moving running reviews to a new process version (migration), dry run first. Deploying never moves a
 * running review; a migration is a deliberate step of the policy team or an administrator.
 */
package org.scrworkflow.versions;
