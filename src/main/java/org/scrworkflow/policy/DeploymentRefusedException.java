package org.scrworkflow.policy;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment that breaks the model rules, refused whole before the engine deploys anything. The message lists
 * every violation, one numbered line each, as {@link ModelViolation#toString()} writes it; the REST API answers
 * it with 400 and that message (a {@link BadUserRequestException}).
 */
public class DeploymentRefusedException extends BadUserRequestException {

  private final transient List<ModelViolation> violations;

  public DeploymentRefusedException(String deploymentName, List<ModelViolation> violations) {
    super(message(deploymentName, violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, in the order of the message. */
  public List<ModelViolation> violations() {
    return violations;
  }

  /**
   * The message, e.g.:
   *
   * <pre>
   * Deployment "Review models" refused: 2 problems, nothing was deployed. Fix them in Camunda Modeler and deploy again.
   * 1. serious-case-review.bpmn Task_1 "Screen the referral" [meaningful-id] Replace the generated id ...
   * 2. serious-case-review.bpmn Flow_CriteriaMet "Yes" [allowed-expression] The condition of the sequence flow ...
   * </pre>
   */
  static String message(String deploymentName, List<ModelViolation> violations) {
    var message = new StringBuilder("Deployment")
        .append(deploymentName == null || deploymentName.isBlank() ? "" : " \"" + deploymentName + "\"")
        .append(" refused: ").append(violations.size()).append(violations.size() == 1 ? " problem" : " problems")
        .append(", nothing was deployed. Fix them in Camunda Modeler and deploy again.");
    for (int i = 0; i < violations.size(); i++) {
      message.append('\n').append(i + 1).append(". ").append(violations.get(i));
    }
    return message.toString();
  }
}
