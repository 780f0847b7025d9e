package org.scrworkflow.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The label a person sees for a field: refusals name the field as the form shows it, with the variable's name for
 * a REST caller ("Summary for Ofsted and GO/DfE (notificationSummary)"). Read once from the Camunda Forms the
 * product ships ({@code forms/*.form}); a variable no form shows is named as it is.
 */
@Component
public class FieldLabels {


  private final Map<String, String> labels = new HashMap<>();

  FieldLabels() {
    ShippedForms.all().forEach(this::collect);
  }

  /** The field as a person and a REST caller both recognise it. */
  public String describe(String variable) {
    String label = labels.get(variable);
    return label == null ? variable : "\"" + label + "\" (" + variable + ")";
  }

  private void collect(JsonNode node) {
    for (JsonNode component : node.path("components")) {
      String key = component.path("key").asText("");
      String label = component.path("label").asText("").strip();
      if (!key.isEmpty() && !label.isEmpty()) {
        labels.putIfAbsent(key, label.endsWith("*") ? label.substring(0, label.length() - 1).strip() : label);
      }
      collect(component);
    }
  }
}
