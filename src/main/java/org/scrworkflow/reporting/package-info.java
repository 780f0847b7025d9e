/**
 * Managers' figures (issue #12): where each review is and whether it is on time, per LSCB and period,
 * computed from the engine's history as the calling user, so that Camunda's authorizations (and tenant
 * checks) decide which reviews a caller sees. Only variables on {@link org.scrworkflow.reporting.ReportedVariables}'s
 * allow-list are ever read: no identifying detail and no free text reaches a figure. The stage of a review comes
 * from the decision table {@code processes/review-stage.dmn}.
 */
package org.scrworkflow.reporting;
