package org.scrworkflow.policy;

import java.util.Objects;

/**
 * One place where a model breaks a {@link ModelRule}.
 *
 * @param resource the model's resource or file name, e.g. {@code processes/serious-case-review.bpmn}
 * @param elementId the id of the element to change, or {@code null} when the file as a whole is meant
 * @param elementName the element's name as Modeler shows it, or {@code null} when it has none
 * @param rule the rule that is broken
 * @param message what to change in Camunda Modeler, in plain English
 */
public record ModelViolation(
    String resource, String elementId, String elementName, ModelRule rule, String message) {

  public ModelViolation {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** One line for a build log or an error report: resource, element, rule id and message. */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(resource);
    if (elementId != null) {
      line.append(" ").append(elementId);
    }
    if (elementName != null && !elementName.isBlank()) {
      line.append(" \"").append(elementName.strip()).append('"');
    }
    return line.append(" [").append(rule.id()).append("] ").append(message).toString();
  }
}
