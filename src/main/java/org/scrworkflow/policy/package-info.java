/**
 * Rules every deployed model must meet: the conventions of STYLE.md (Models) as code, used by the convention
 * test over {@code processes/} and by the deployment check, with messages that tell a policy officer what to
 * change in Camunda Modeler.
 */
package org.scrworkflow.policy;
