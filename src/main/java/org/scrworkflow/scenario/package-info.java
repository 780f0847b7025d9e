/**
 * One way to drive a review through the engine, used by the demo data, the scenario tests and the benchmark:
 * {@link org.scrworkflow.scenario.ReviewDriver} moves the engine's clock, completes tasks, runs asynchronous jobs and
 * fires timers; {@link org.scrworkflow.scenario.StandardAnswers} holds what a person records at every step on the
 * ordinary path; {@link org.scrworkflow.scenario.ReviewWalk} walks one review with those answers, each caller
 * overriding only what it is about (the idea of camunda-platform-scenario).
 */
package org.scrworkflow.scenario;
