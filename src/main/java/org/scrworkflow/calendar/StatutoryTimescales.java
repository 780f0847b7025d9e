package org.scrworkflow.calendar;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Reads a statutory period from the decision table processes/statutory-timescale.dmn (latest version), so
 * that a policy officer's change in Modeler applies to the next reviews without a developer.
 */
@Service
public class StatutoryTimescales {

  static final String DECISION = "statutory-timescale";

  private final DecisionService decisions;

  StatutoryTimescales(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Timescale timescale(String id) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION)
        .variables(Variables.putValue("timescaleId", id))
        .evaluate();
    if (result.isEmpty()) {
      throw new IllegalArgumentException("No statutory timescale '" + id + "' in the decision table " + DECISION
          + " (processes/statutory-timescale.dmn)");
    }
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    return new Timescale(id, ((Number) row.get("amount")).intValue(),
        TimescaleUnit.valueOf((String) row.get("unit")), (String) row.get("description"));
  }
}
