package org.scrworkflow.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The fields of one deployed form (a Camunda Form or an embedded HTML form), by variable.
 *
 * @param id the form's id (a Camunda Form's {@code id}, which {@code camunda:formRef} names) or its resource name
 * @param fields the fields that write a variable, in the form's order
 */
public record StepForm(String id, Map<String, FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public FormField field(String key) {
    return fields.get(key);
  }

  /** A Camunda Form (form-js JSON). */
  static StepForm ofCamundaForm(byte[] content) throws IOException {
    JsonNode form = JSON.readTree(content);
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(form, fields);
    return new StepForm(form.path("id").asText(), Collections.unmodifiableMap(fields));
  }

  private static void collect(JsonNode node, Map<String, FormField> fields) {
    for (JsonNode component : node.path("components")) {
      String key = component.path("key").asText("");
      if (!key.isEmpty() && !component.path("disabled").asBoolean(false)) {
        JsonNode validate = component.path("validate");
        List<String> values = new ArrayList<>();
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
        String label = component.path("label").asText(component.path("dateLabel").asText(key)).strip();
        fields.put(key, new FormField(key, label.endsWith("*") ? label.substring(0, label.length() - 1).strip() : label,
            component.path("type").asText(), component.path("readonly").asBoolean(false),
            validate.path("required").asBoolean(false), integer(validate, "minLength"), integer(validate, "maxLength"),
            decimal(validate, "min"), decimal(validate, "max"), text(validate, "pattern"), List.copyOf(values),
            text(component.path("conditional"), "hide"),
            component.path("properties").path("plannedDate").asText("").equals("true"),
            text(component, "description"), text(component.path("properties"), "choicesFrom")));
      }
      collect(component, fields);
    }
  }

  /** An embedded HTML form: its inputs with {@code cam-variable-name}. */
  static StepForm ofEmbeddedForm(String name, byte[] content) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    for (Element input : Jsoup.parse(new String(content, StandardCharsets.UTF_8)).select("[cam-variable-name]")) {
      String key = input.attr("cam-variable-name");
      String type = "File".equalsIgnoreCase(input.attr("cam-variable-type")) ? "file" : "string";
      Element labelFor = input.id().isEmpty() ? null : input.ownerDocument().selectFirst("label[for=" + input.id() + "]");
      String label = !input.attr("data-label").isBlank() ? input.attr("data-label")
          : labelFor == null ? key : labelFor.text().replace("*", "").strip();
      boolean required = input.hasAttr("required") || "true".equals(input.attr("data-upload-required"));
      Integer maxLength = input.hasAttr("maxlength") ? Integer.valueOf(input.attr("maxlength")) : null;
      fields.put(key, new FormField(key, label, type, input.hasAttr("readonly"), required, null,
          maxLength, null, null, null, List.of(), null, false, null,
          null));
    }
    return new StepForm(name, Collections.unmodifiableMap(fields));
  }

  private static Integer integer(JsonNode node, String name) {
    return node.has(name) && node.get(name).isNumber() ? node.get(name).asInt() : null;
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    return node.has(name) && node.get(name).isNumber() ? node.get(name).decimalValue() : null;
  }

  private static String text(JsonNode node, String name) {
    return node.has(name) && !node.get(name).asText().isBlank() ? node.get(name).asText() : null;
  }
}
