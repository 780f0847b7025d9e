package org.scrworkflow.calendar;

import static org.scrworkflow.process.DecisionColumns.AMOUNT;
import static org.scrworkflow.process.DecisionColumns.DESCRIPTION;
import static org.scrworkflow.process.DecisionColumns.TIMESCALE_ID;
import static org.scrworkflow.process.DecisionColumns.UNIT;

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
        .variables(Variables.putValue(TIMESCALE_ID.name(), id))
        .evaluate();
    if (result.isEmpty()) {
      throw new IllegalArgumentException("No statutory timescale '" + id + "' in the decision table " + DECISION
          + " (processes/statutory-timescale.dmn)");
    }
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    return new Timescale(id, ((Number) row.get(AMOUNT.name())).intValue(),
        TimescaleUnit.valueOf((String) row.get(UNIT.name())), (String) row.get(DESCRIPTION.name()));
  }
}
