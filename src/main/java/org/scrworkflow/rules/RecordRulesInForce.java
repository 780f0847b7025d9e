package org.scrworkflow.rules;

import static org.scrworkflow.process.SeriousCaseReview.RULES_IN_FORCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start listener "Record the rules in force" of the review: keeps in the review the version of every decision
 * table and process deployed now ({@link RulesInForce}), so that the review runs to its end under them.
 */
@Component("recordRulesInForce")
class RecordRulesInForce implements ExecutionListener {

  private final RulesInForce rules;

  RecordRulesInForce(RulesInForce rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RULES_IN_FORCE.on(execution, rules.now());
  }
}
