package org.scrworkflow.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The rules every DMN model must meet: each decision has a history time-to-live ({@link
 * ModelRule#HISTORY_TIME_TO_LIVE}), which the engine demands at deployment; every input reads and every output
 * is named by the one variable list ({@link ModelRule#KNOWN_VARIABLE}: an output that is not on it is read by no
 * model, form or delegate); every expression is FEEL ({@link ModelRule#DEFAULT_EXPRESSION_LANGUAGE}: JUEL and
 * scripts in a table reach Java) and defines no external Java function ({@link ModelRule#ALLOWED_EXPRESSION}).
 * Stateless and thread-safe.
 */
public final class DecisionRules {

  /** A name a FEEL input expression reads: an identifier not followed by a call and not after a dot. */
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])[A-Za-z_][A-Za-z0-9_]*+(?!\\s*\\()");

  private static final Set<String> FEEL_WORDS =
      Set.of("true", "false", "null", "and", "or", "not", "if", "then", "else", "for", "in", "return", "some",
          "every", "satisfies", "instance", "of", "between");

  /** FEEL's function definition that calls Java: {@code function(x) external {java: {class: ...}}}. */
  private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\b|\\bfunction\\s*\\(");

  private final Set<String> variableList;

  /** Rules against the one variable list, {@code ProcessVariables}. */
  public DecisionRules() {
    this(ExpressionRules.reviewVariables());
  }

  /** Rules against another list of variable names (tests). */
  public DecisionRules(Set<String> variableList) {
    this.variableList = Set.copyOf(variableList);
  }

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
    expressionLanguages(model, resourceName, violations);
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String ttl = decision.getCamundaHistoryTimeToLiveString();
      if (ttl == null || ttl.isBlank()) {
        violations.add(new ModelViolation(resourceName, decision.getId(), decision.getName(),
            ModelRule.HISTORY_TIME_TO_LIVE,
            "Set the history time-to-live of the decision (select the decision, History cleanup > Time to live),"
                + " in days, e.g. 9125: the engine refuses a decision without it."));
      }
    }
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      for (Input input : table.getInputs()) {
        String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
            ? "" : input.getInputExpression().getText().getTextContent();
        Set<String> unknown = new LinkedHashSet<>(feelNames(expression));
        unknown.removeAll(variableList);
        if (!unknown.isEmpty()) {
          violations.add(violation(resourceName, input, input.getLabel(), ModelRule.KNOWN_VARIABLE,
              "The input expression " + quote(expression.strip()) + " reads "
                  + unknown.stream().map(DecisionRules::quote).collect(Collectors.joining(", "))
                  + ", which is not in the list of variables the product knows: correct the spelling, or ask a"
                  + " developer to add the name to the list."));
        }
      }
      for (Output output : table.getOutputs()) {
        String name = output.getName();
        if (name == null || !variableList.contains(name)) {
          violations.add(violation(resourceName, output, output.getLabel(), ModelRule.KNOWN_VARIABLE,
              "The output " + quote(String.valueOf(name)) + " is not in the list of variables the product knows,"
                  + " so no model, form or delegate reads it: set the output name (Output name) to a name of the"
                  + " list, or ask a developer to add it where it is read."));
        }
      }
    }
    return List.copyOf(violations);
  }

  /**
   * The variable names a FEEL expression reads: identifiers outside string literals that are not FEEL's own
   * words, not function calls and not properties after a dot.
   */
  public static Set<String> feelNames(String feelExpression) {
    String withoutStrings = feelExpression.replaceAll("\"[^\"]*\"", "\"\"");
    Matcher matcher = IDENTIFIER.matcher(withoutStrings);
    Set<String> names = new LinkedHashSet<>();
    while (matcher.find()) {
      if (!FEEL_WORDS.contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    return names;
  }

  // default-expression-language and allowed-expression: FEEL only, and no FEEL function calling Java.
  private static void expressionLanguages(DmnModelInstance model, String resource, List<ModelViolation> violations) {
    Document document = (Document) model.getDocument().getDomSource().getNode();
    NodeList elements = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attribute = (Attr) attributes.item(a);
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if ("expressionLanguage".equals(local) && !isFeel(attribute.getValue())) {
          violations.add(new ModelViolation(resource, owningId(element), null, ModelRule.DEFAULT_EXPRESSION_LANGUAGE,
              "The " + element.getLocalName() + " is written in " + quote(attribute.getValue())
                  + ": remove the expression language (Expression language, or expressionLanguage in the file) so"
                  + " that it is FEEL; other languages in a decision table run Java or scripts."));
        }
      }
      if ("text".equals(element.getLocalName())) {
        String text = element.getTextContent().replaceAll("\"[^\"]*\"", "\"\"");
        if (EXTERNAL_FUNCTION.matcher(text).find()) {
          violations.add(new ModelViolation(resource, owningId(element), null, ModelRule.ALLOWED_EXPRESSION,
              "The expression " + quote(element.getTextContent().strip()) + " defines a function (external"
                  + " functions call Java): write the rule as plain FEEL comparisons and values."));
        }
      }
    }
  }

  /** FEEL by name or by any of its namespace URIs (DMN 1.1 to 1.5). */
  private static boolean isFeel(String language) {
    String lower = language.strip().toLowerCase(Locale.ROOT);
    return lower.equals("feel") || lower.matches("https?://www\\.omg\\.org/spec/(dmn/\\d+/)?feel/?(\\d+/?)?")
        || lower.matches("https?://www\\.omg\\.org/spec/dmn/\\d+/feel/?");
  }

  /** The id of the element or of its nearest ancestor that has one (the rule, the input, the decision). */
  private static String owningId(Element element) {
    for (org.w3c.dom.Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("id").isEmpty()) {
        return e.getAttribute("id");
      }
    }
    return null;
  }

  private static ModelViolation violation(String resource, ModelElementInstance element, String label,
      ModelRule rule, String message) {
    return new ModelViolation(resource, element.getAttributeValue("id"),
        label == null || label.isBlank() ? null : label, rule, message);
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
