package org.scrworkflow.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The rules every DMN model must meet: each decision has a history time-to-live
 * ({@link ModelRule#HISTORY_TIME_TO_LIVE}), which the engine demands at deployment. Stateless and thread-safe.
 */
public final class DecisionRules {

  /**
   * Checks one DMN model.
   *
   * @param model the parsed model ({@code Dmn.readModelFromStream} or from a deployment)
   * @param resourceName the model's resource or file name, e.g. {@code processes/initiation-criteria.dmn}
   * @return every violation in document order, empty when the model meets every rule; never {@code null}
   */
  public List<ModelViolation> check(DmnModelInstance model, String resourceName) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(resourceName, "resourceName");
    var violations = new ArrayList<ModelViolation>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String ttl = decision.getCamundaHistoryTimeToLiveString();
      if (ttl == null || ttl.isBlank()) {
        violations.add(new ModelViolation(resourceName, decision.getId(), decision.getName(),
            ModelRule.HISTORY_TIME_TO_LIVE,
            "Set the history time-to-live of the decision (select the decision, History cleanup > Time to live),"
                + " in days, e.g. 9125: the engine refuses a decision without it."));
      }
    }
    return List.copyOf(violations);
  }
}
