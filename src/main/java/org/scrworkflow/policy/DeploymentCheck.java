package org.scrworkflow.policy;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.scrworkflow.contract.ChoiceSources;

/**
 * The check every deployment passes before the engine deploys anything: all resources of the deployment together
 * against {@link ModelRules}, {@link ExpressionRules}, {@link DecisionRules}, {@link EmbeddedFormRules}, and the
 * rules that need the whole deployment ({@code form-resolves}, {@code choices-from-decision},
 * {@code form-components}, {@code resource-kind}, {@code readable}). The same code runs in the engine ({@link DeploymentCheckPlugin}) and in the convention test
 * over {@code processes/} and {@code forms/}. Stateless and thread-safe.
 */
public final class DeploymentCheck {

  /** Camunda Forms already deployed, looked up by form id (the key a {@code camunda:formRef} names). */
  @FunctionalInterface
  public interface DeployedForms {
    /** No form deployed yet. */
    DeployedForms NONE = formId -> false;

    boolean has(String formId);
  }

  /** Form components that only show or collect values (form-js); iframe, html and script are not among them. */
  static final Set<String> FORM_COMPONENTS = Set.of("default", "textfield", "textarea", "number", "datetime",
      "checkbox", "checklist", "radio", "select", "taglist", "text", "button", "separator", "spacer", "group",
      "dynamiclist", "table", "expression", "filepicker");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelRules modelRules = new ModelRules();
  private final ExpressionRules expressionRules = new ExpressionRules();
  private final DecisionRules decisionRules = new DecisionRules();
  private final EmbeddedFormRules embeddedForms;

  /**
   * @param embeddedForms the rule for embedded HTML forms, knowing the forms the product ships
   */
  public DeploymentCheck(EmbeddedFormRules embeddedForms) {
    this.embeddedForms = Objects.requireNonNull(embeddedForms, "embeddedForms");
  }

  /**
   * Checks every resource of one deployment.
   *
   * @param resources the deployment's resources by name, as deployed (e.g. {@code serious-case-review.bpmn})
   * @param deployed the Camunda Forms already deployed, for links that do not bind to the deployment
   * @return every violation, resource by resource in name order; empty when the deployment may go ahead
   */
  public List<ModelViolation> check(Map<String, byte[]> resources, DeployedForms deployed) {
    var sorted = new TreeMap<>(resources);
    var violations = new ArrayList<ModelViolation>();
    Map<String, String> formIds = new HashMap<>(); // form id -> resource
    Map<String, BpmnModelInstance> models = new TreeMap<>();
    Map<String, DecisionList> decisionLists = new TreeMap<>(); // variable -> the values a table accepts
    Map<String, JsonNode> forms = new TreeMap<>(); // resource -> form
    for (var resource : sorted.entrySet()) {
      String name = resource.getKey();
      byte[] bytes = resource.getValue();
      switch (kind(name)) {
        case BPMN -> {
          BpmnModelInstance model = readBpmn(name, bytes, violations);
          if (model != null) {
            violations.addAll(modelRules.check(model, name));
            violations.addAll(expressionRules.check(model, name));
            models.put(name, model);
          }
        }
        case DMN -> {
          try {
            DmnModelInstance decisions = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
            violations.addAll(decisionRules.check(decisions, name));
            decisionLists(name, decisions, decisionLists);
          } catch (RuntimeException e) {
            violations.add(unreadable(name, "DMN 1.3 decision", e));
          }
        }
        case FORM -> readForm(name, bytes, violations).ifPresent(form -> {
          formIds.put(form.path("id").asText(), name);
          forms.put(name, form);
        });
        case HTML -> violations.addAll(embeddedForms.check(bytes, name));
        case PNG -> { }
        case OTHER -> violations.add(new ModelViolation(name, null, null, ModelRule.RESOURCE_KIND,
            "The deployment holds a file that is no model or form: remove it. A deployment may hold BPMN (.bpmn),"
                + " DMN (.dmn), Camunda Forms (.form), the product's embedded forms (.html) and diagrams (.png);"
                + " never scripts (.js, .groovy, ...)."));
      }
    }
    for (var model : models.entrySet()) {
      formLinks(model.getKey(), model.getValue(), sorted.keySet(), formIds, deployed, violations);
    }
    forms.forEach((name, form) -> choicesFromDecisions(name, form, decisionLists, violations));
    return List.copyOf(violations);
  }

  /** The values a decision table's input accepts (Input values), with where the table says so. */
  private record DecisionList(String resource, String decision, String input, Set<String> values) {}

  private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]*)\"");

  /** The inputs of plain variables whose Input values are a list of texts. */
  private static void decisionLists(String resource, DmnModelInstance decisions, Map<String, DecisionList> lists) {
    for (Input input : decisions.getModelElementsByType(Input.class)) {
      if (input.getInputExpression() == null || input.getInputExpression().getText() == null
          || input.getInputValues() == null || input.getInputValues().getText() == null) {
        continue;
      }
      String variable = input.getInputExpression().getText().getTextContent().strip();
      String allowed = input.getInputValues().getText().getTextContent();
      if (!VARIABLE.matcher(variable).matches()) {
        continue;
      }
      Set<String> values = new java.util.TreeSet<>();
      QUOTED.matcher(allowed).results().forEach(match -> values.add(match.group(1)));
      if (!values.isEmpty()) {
        String decision = input.getParentElement().getParentElement() instanceof Decision table
            ? table.getName() : null;
        lists.put(variable, new DecisionList(resource, decision, input.getLabel(), values));
      }
    }
  }

  // choices-from-decision: a choice field of a variable a decision table lists offers the table's values; a field
  // that names one of the system's lists (choicesFrom) takes its choices from that list alone.
  private static void choicesFromDecisions(String resource, JsonNode node, Map<String, DecisionList> lists,
      List<ModelViolation> violations) {
    for (JsonNode component : node.path("components")) {
      DecisionList list = lists.get(component.path("key").asText(""));
      String source = component.path("properties").path("choicesFrom").asText("");
      if (!source.isBlank()) {
        choicesFromList(resource, component, source, list, violations);
      } else if (list != null && component.path("values").isArray() && component.path("values").size() > 0) {
        Set<String> offered = new java.util.TreeSet<>();
        component.path("values").forEach(value -> offered.add(value.path("value").asText()));
        if (!offered.equals(list.values())) {
          Set<String> missing = new java.util.TreeSet<>(list.values());
          missing.removeAll(offered);
          Set<String> extra = new java.util.TreeSet<>(offered);
          extra.removeAll(list.values());
          String label = component.path("label").asText(component.path("key").asText());
          violations.add(new ModelViolation(resource, component.path("id").asText(null), label,
              ModelRule.CHOICES_FROM_DECISION, "The field " + quote(label) + " offers choices that the decision"
                  + " table " + quote(list.decision() == null ? list.resource() : list.decision()) + " ("
                  + list.resource() + ", input " + quote(list.input()) + ", Input values) does not accept"
                  + (extra.isEmpty() ? "" : ": it offers " + String.join(", ", extra) + ", which the table lacks")
                  + (missing.isEmpty() ? "" : (extra.isEmpty() ? ": " : "; ") + "it lacks "
                      + String.join(", ", missing) + ", which the table accepts")
                  + ". The table is the one source of this list: give the field's options the same values."));
        }
      }
      choicesFromDecisions(resource, component, lists, violations);
    }
  }

  private static void choicesFromList(String resource, JsonNode component, String source, DecisionList list,
      List<ModelViolation> violations) {
    String label = component.path("label").asText(component.path("key").asText());
    String problem = null;
    if (!ChoiceSources.KNOWN.contains(source)) {
      problem = "takes its choices from the list " + quote(source) + " (custom property choicesFrom), which this"
          + " system does not have: name " + String.join(" or ", new java.util.TreeSet<>(ChoiceSources.KNOWN))
          + ", or remove the property";
    } else if (component.path("values").size() > 0) {
      problem = "takes its choices from the list " + quote(source) + " (custom property choicesFrom) and offers"
          + " options of its own as well: remove its static options, the list is the one source of its choices";
    } else if (list != null) {
      problem = "takes its choices from the list " + quote(source) + " (custom property choicesFrom), and the"
          + " decision table " + quote(list.decision() == null ? list.resource() : list.decision()) + " ("
          + list.resource() + ", input " + quote(list.input()) + ") lists Input values for it as well: the list is"
          + " the one source, so leave the table's Input values empty";
    }
    if (problem != null) {
      violations.add(new ModelViolation(resource, component.path("id").asText(null), label,
          ModelRule.CHOICES_FROM_DECISION, "The field " + quote(label) + " " + problem + "."));
    }
  }

  // form-resolves: a formRef bound to the deployment needs the form in it; other bindings may use one deployed.
  private static void formLinks(String resource, BpmnModelInstance model, Set<String> resourceNames,
      Map<String, String> formIds, DeployedForms deployed, List<ModelViolation> violations) {
    var linking = new ArrayList<BaseElement>();
    linking.addAll(model.getModelElementsByType(UserTask.class));
    linking.addAll(model.getModelElementsByType(StartEvent.class));
    for (BaseElement element : linking) {
      String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
      String binding = element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding");
      String formKey = element.getAttributeValueNs(CAMUNDA_NS, "formKey");
      if (formRef != null && !formRef.isBlank() && !formRef.contains("{")) {
        boolean inDeployment = formIds.containsKey(formRef);
        boolean bindsDeployment = "deployment".equals(binding);
        if (!inDeployment && (bindsDeployment || !deployed.has(formRef))) {
          violations.add(new ModelViolation(resource, element.getId(), nameOf(element), ModelRule.FORM_RESOLVES,
              "The form reference " + quote(formRef) + " names no form "
                  + (bindsDeployment
                      ? "in this deployment (Binding \"deployment\"): deploy the form file " + quote(formRef + ".form")
                          + " together with the model (in Modeler's deploy dialog, include it as an additional file)"
                      : "in this deployment nor among the deployed forms: deploy " + quote(formRef + ".form")
                          + " with the model")
                  + ", or correct the form reference (Form > Form reference)."));
        }
      }
      String messageForm = messageForm(element);
      if (messageForm != null && !formIds.containsKey(messageForm)) {
        violations.add(new ModelViolation(resource, element.getId(), nameOf(element), ModelRule.FORM_RESOLVES,
            "The extension property messageForm names the form " + quote(messageForm) + ", which is not in this"
                + " deployment: deploy " + quote(messageForm + ".form") + " with the model, or correct the property"
                + " (Extension properties). It states what the message may carry."));
      }
      if (formKey != null && formKey.contains(":deployment:")) {
        String file = formKey.substring(formKey.indexOf(":deployment:") + ":deployment:".length());
        boolean present = resourceNames.stream().anyMatch(name -> name.equals(file) || name.endsWith("/" + file));
        if (!present) {
          violations.add(new ModelViolation(resource, element.getId(), nameOf(element), ModelRule.FORM_RESOLVES,
              "The form key " + quote(formKey) + " names the file " + quote(file) + ", which is not in this"
                  + " deployment: deploy it together with the model, or correct the form key."));
        }
      }
    }
  }

  /** The form a message start event names in its extension property messageForm, or null. */
  private static String messageForm(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> "messageForm".equals(property.getCamundaName()))
        .map(property -> property.getCamundaValue()).findFirst().orElse(null);
  }

  private static BpmnModelInstance readBpmn(String name, byte[] bytes, List<ModelViolation> violations) {
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      violations.add(unreadable(name, "BPMN 2.0 model", e));
      return null;
    }
  }

  // readable and form-components: a Camunda Form is JSON with an id, made of field components only.
  private static Optional<JsonNode> readForm(String name, byte[] bytes, List<ModelViolation> violations) {
    JsonNode form;
    try {
      form = JSON.readTree(bytes);
    } catch (IOException e) {
      violations.add(unreadable(name, "Camunda Form", e));
      return Optional.empty();
    }
    String id = form == null ? "" : form.path("id").asText("");
    if (id.isBlank()) {
      violations.add(new ModelViolation(name, null, null, ModelRule.READABLE,
          "The form has no id: open it in Modeler's form editor and set General > ID to the file's name."));
      return Optional.empty();
    }
    var refused = new LinkedHashSet<String>();
    components(form, refused);
    if (!refused.isEmpty()) {
      violations.add(new ModelViolation(name, id, null, ModelRule.FORM_COMPONENTS,
          "The form uses the component type(s) " + String.join(", ", refused) + ", which can load or run code in"
              + " the browser: use text fields, text areas, numbers, dates, selects, checkboxes and text only."));
    }
    return Optional.of(form);
  }

  private static void components(JsonNode node, Set<String> refused) {
    for (JsonNode component : node.path("components")) {
      String type = component.path("type").asText("");
      if (!FORM_COMPONENTS.contains(type)) {
        refused.add(quote(type));
      }
      components(component, refused);
    }
  }

  private static ModelViolation unreadable(String name, String what, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      reason = reason + ": " + cause.getMessage();
    }
    return new ModelViolation(name, null, null, ModelRule.READABLE,
        "The file is not a " + what + " the engine can read (" + reason + "): open it in Camunda Modeler, save it"
            + " and deploy again.");
  }

  private enum Kind { BPMN, DMN, FORM, HTML, PNG, OTHER }

  private static Kind kind(String resourceName) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      return Kind.BPMN;
    }
    if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      return Kind.DMN;
    }
    if (name.endsWith(".form")) {
      return Kind.FORM;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Kind.HTML;
    }
    if (name.endsWith(".png")) {
      return Kind.PNG;
    }
    return Kind.OTHER;
  }

  private static String nameOf(BaseElement element) {
    String name = element.getAttributeValue("name");
    return name == null || name.isBlank() ? null : name;
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
