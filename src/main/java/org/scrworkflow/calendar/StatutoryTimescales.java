package org.scrworkflow.calendar;

import static org.scrworkflow.process.DecisionColumns.AMOUNT;
import static org.scrworkflow.process.DecisionColumns.DESCRIPTION;
import static org.scrworkflow.process.DecisionColumns.TIMESCALE_ID;
import static org.scrworkflow.process.DecisionColumns.UNIT;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.scrworkflow.rules.RulesInForce;
import org.springframework.stereotype.Service;

/**
 * Reads a statutory period from the decision table processes/statutory-timescale.dmn, so that a policy officer's
 * change in Modeler applies to the next reviews without a developer: inside a review, the version the review began
 * under ({@link RulesInForce}); elsewhere the latest. A lookup writes no decision history.
 */
@Service
public class StatutoryTimescales {

  static final String DECISION = "statutory-timescale";

  private final RulesInForce rules;

  StatutoryTimescales(RulesInForce rules) {
    this.rules = rules;
  }

  public Timescale timescale(String id) {
    DmnDecisionTableResult result = rules.table(DECISION).evaluate(Map.of(TIMESCALE_ID.name(), id));
    if (result.isEmpty()) {
      throw new IllegalArgumentException("No statutory timescale '" + id + "' in the decision table " + DECISION
          + " (processes/statutory-timescale.dmn)");
    }
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    return new Timescale(id, ((Number) row.get(AMOUNT.name())).intValue(),
        TimescaleUnit.valueOf((String) row.get(UNIT.name())), (String) row.get(DESCRIPTION.name()));
  }
}
