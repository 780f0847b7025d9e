package org.scrworkflow.policy;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.ACTIVITI_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN20_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.RootElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.scrworkflow.policy.ExpressionAllowList.Bean;
import org.scrworkflow.policy.ExpressionAllowList.Kind;
import org.scrworkflow.process.ProcessVariables;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The expression rules of a BPMN model: {@code allowed-expression}, {@code known-bean} and {@code known-variable}.
 * Every attribute and text of the model that holds {@code ${...}} or {@code #{...}} is parsed by the engine's own
 * JUEL parser and its syntax tree is checked against {@link ExpressionAllowList}; what is not on the list is
 * refused. Used by the deployment check and by the convention test over {@code processes/}; stateless.
 */
public final class ExpressionRules {

  /** The engine's JUEL grammar with every feature on: whatever the engine can parse, the check sees. */
  private static final Builder JUEL =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS, Builder.Feature.NULL_PROPERTIES);

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Camunda attributes that name a variable the model sets. */
  private static final Set<String> SETTING_ATTRIBUTES = Set.of("resultVariable", "elementVariable", "initiator",
      "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable", "collection");

  /** Camunda elements whose attribute {@code name} (or {@code target}, {@code id}) is a variable the model sets. */
  private static final Set<String> SETTING_ELEMENTS = Set.of("inputParameter", "outputParameter", "in", "out",
      "formField");

  /** The engine's objects that reach its services; {@code execution} is allowed through listed members only. */
  private static final Set<String> ENGINE_OBJECTS = Set.of("task", "externalTask", "caseExecution");

  private final Set<String> variableList;

  /** Rules against the one variable list, {@link ProcessVariables}. */
  public ExpressionRules() {
    this(reviewVariables());
  }

  /** Rules against another list of variable names (tests). */
  public ExpressionRules(Set<String> variableList) {
    this.variableList = Set.copyOf(variableList);
  }

  /** The names of the one variable list: every variable of the process classes ({@link ProcessVariables}). */
  public static Set<String> reviewVariables() {
    return Set.copyOf(ProcessVariables.all().keySet());
  }

  /**
   * Checks every expression of one BPMN model.
   *
   * @param model the parsed model
   * @param resourceName the model's resource or file name, e.g. {@code processes/serious-case-review.bpmn}
   * @return every violation in document order; never {@code null}
   */
  public List<ModelViolation> check(BpmnModelInstance model, String resourceName) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(resourceName, "resourceName");
    Document document = (Document) model.getDocument().getDomSource().getNode();
    var check = new Check(model, resourceName);
    check.collectNames(document.getDocumentElement());
    check.walk(document.getDocumentElement(), null);
    return List.copyOf(check.violations);
  }

  /** One run over one model. */
  private final class Check {
    private final BpmnModelInstance model;
    private final String resource;
    private final Set<String> known = new HashSet<>(variableList);
    private final List<ModelViolation> violations = new ArrayList<>();

    Check(BpmnModelInstance model, String resource) {
      this.model = model;
      this.resource = resource;
      known.addAll(ExpressionAllowList.ENGINE_VARIABLES);
    }

    // The variables a model sets itself: result variables, input and output parameters, call activity mappings,
    // and what the delegates it names set (ExpressionAllowList.Bean#sets).
    void collectNames(Element element) {
      if (!isBehaviour(element)) {
        return;
      }
      for (String attribute : SETTING_ATTRIBUTES) {
        String value = camundaAttribute(element, attribute);
        if (value != null && IDENTIFIER.matcher(value).matches()) {
          known.add(value);
        }
      }
      if (isCamunda(element.getNamespaceURI()) && SETTING_ELEMENTS.contains(element.getLocalName())) {
        for (String attribute : List.of("name", "target", "id")) {
          String value = element.getAttribute(attribute);
          if (IDENTIFIER.matcher(value).matches()) {
            known.add(value);
          }
        }
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (isDelegateExpression(element, attribute)) {
          delegateBean(attribute.getValue()).ifPresent(bean -> known.addAll(bean.sets()));
        }
      }
      for (Element child : children(element)) {
        collectNames(child);
      }
    }

    void walk(Element element, ModelElementInstance owner) {
      if (!isBehaviour(element)) {
        return;
      }
      ModelElementInstance self = owner;
      String id = element.getAttribute("id");
      if (!id.isEmpty() && BPMN20_NS.equals(element.getNamespaceURI())) {
        ModelElementInstance instance = model.getModelElementById(id);
        if (instance instanceof FlowElement || instance instanceof RootElement) {
          self = instance;
        }
      }
      if (isCamunda(element.getNamespaceURI()) && "field".equals(element.getLocalName())) {
        report(self, ModelRule.ALLOWED_EXPRESSION,
            "The " + kind(self) + " injects the field " + quote(element.getAttribute("name"))
                + " (camunda:field) into a shared Java bean: remove the field injection and pass the value as an"
                + " input parameter (Inputs) instead.");
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String value = attribute.getValue();
        if (isXmlNamespace(attribute) || !isExpression(value)) {
          continue;
        }
        String place = words(attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName());
        if (isDelegateExpression(element, attribute)) {
          checkDelegate(value, place(element, place), self);
        } else {
          checkExpression(value, place(element, place), self);
        }
      }
      String text = ownText(element);
      if (isExpression(text) && !isDocumentation(element)) {
        checkExpression(text.strip(), textPlace(element), self);
      }
      for (Element child : children(element)) {
        walk(child, self);
      }
    }

    private void checkDelegate(String value, String place, ModelElementInstance owner) {
      Node root;
      try {
        root = JUEL.build(value.strip()).getRoot();
      } catch (TreeBuilderException e) {
        unreadable(value, place, owner, e);
        return;
      }
      if (root instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier identifier) {
        var bean = Bean.named(identifier.getName());
        if (bean.isEmpty() || bean.get().kind() != Kind.DELEGATE) {
          report(owner, ModelRule.KNOWN_BEAN,
              "The " + place + " of the " + kind(owner) + " is " + quote(value) + ": " + quote(identifier.getName())
                  + " is no delegate bean of the product. Use one of " + Bean.names(Kind.DELEGATE)
                  + ", or ask a developer to add the bean to the allow-list.");
        }
        return;
      }
      var findings = new Findings();
      findings.walk(root);
      var problems = new ArrayList<>(findings.problems);
      findings.problems.clear();
      findings.problems.add("a delegate expression names one delegate bean and nothing else, e.g."
          + " ${sendNotification}");
      findings.problems.addAll(problems);
      reportFindings(value, place, owner, findings);
    }

    private void checkExpression(String value, String place, ModelElementInstance owner) {
      Node root;
      try {
        root = JUEL.build(value).getRoot();
      } catch (TreeBuilderException e) {
        unreadable(value, place, owner, e);
        return;
      }
      var findings = new Findings();
      findings.walk(root);
      reportFindings(value, place, owner, findings);
    }

    private void unreadable(String value, String place, ModelElementInstance owner, TreeBuilderException e) {
      report(owner, ModelRule.ALLOWED_EXPRESSION,
          "The " + place + " of the " + kind(owner) + " is " + quote(value) + ", which is not an expression the"
              + " engine can read (" + e.getMessage() + "): write it as ${...} with variables, literals,"
              + " comparisons and and/or/not.");
    }

    private void reportFindings(String value, String place, ModelElementInstance owner, Findings findings) {
      var reasons = new ArrayList<String>();
      if (!findings.forbidden.isEmpty()) {
        // the trick is named: what else the expression does wrong is noise beside it
        reasons.add("it reaches Java itself (" + String.join(", ", findings.forbidden) + "), which no model may do");
      } else {
        reasons.addAll(findings.problems);
      }
      if (!reasons.isEmpty()) {
        report(owner, ModelRule.ALLOWED_EXPRESSION,
            "The " + place + " of the " + kind(owner) + " is " + quote(value) + ": " + String.join("; ", reasons)
                + ". Expressions may only read variables, compare and combine them (==, <, and, or, not, ?:)"
                + " and call the product's named beans (" + allowedCalls() + ").");
      }
      if (!findings.unknown.isEmpty() && findings.forbidden.isEmpty()) {
        report(owner, ModelRule.KNOWN_VARIABLE,
            "The " + place + " of the " + kind(owner) + " (" + quote(value) + ") reads "
                + findings.unknown.stream().map(ExpressionRules::quote).collect(Collectors.joining(", "))
                + ", which is neither in the list of variables the product knows nor set by this model: correct the"
                + " spelling, or ask a developer to add the name to the list.");
      }
    }

    /** What one expression's syntax tree holds that the allow-list does not allow. */
    private final class Findings {
      final Set<String> forbidden = new LinkedHashSet<>();
      final Set<String> problems = new LinkedHashSet<>();
      final Set<String> unknown = new LinkedHashSet<>();

      void walk(Node node) {
        if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
            || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
            || node instanceof AstParameters) {
          children(node);
        } else if (node instanceof AstText || node instanceof AstNumber || node instanceof AstBoolean
            || node instanceof AstNull) {
          return;
        } else if (node instanceof AstString string) {
          String literal = String.valueOf(string.eval(null, null));
          if (ExpressionAllowList.namesJavaClass(literal)) {
            forbidden.add(quote(literal));
          }
        } else if (node instanceof AstIdentifier identifier) {
          identifier(identifier.getName());
        } else if (node instanceof AstMethod method) {
          method(method);
        } else if (node instanceof AstDot dot) {
          property(dot);
        } else if (node instanceof AstBracket bracket) {
          bracket(bracket);
        } else if (node instanceof AstFunction function) {
          if ("T".equals(function.getName())) {
            forbidden.add("T(...)");
          } else {
            problems.add("it calls the function " + function.getName() + "(...)");
          }
          children(node);
        } else {
          problems.add("it uses " + node + ", which the check does not know");
        }
      }

      private void children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
          walk(node.getChild(i));
        }
      }

      private void identifier(String name) {
        if (forbid(name)) {
          return;
        }
        var bean = Bean.named(name);
        if (bean.isPresent()) {
          problems.add(bean.get().kind() == Kind.DELEGATE
              ? "it names the delegate " + name + " outside a delegate expression"
              : "it names the bean " + name + " without calling one of its methods");
        } else if (ExpressionAllowList.EXECUTION.equals(name)) {
          problems.add("it hands on the engine's execution object; only execution."
              + String.join("(...), execution.", sorted(ExpressionAllowList.EXECUTION_METHODS)) + "(...) and"
              + " execution." + String.join(", execution.", sorted(ExpressionAllowList.EXECUTION_PROPERTIES))
              + " are allowed");
        } else if (ENGINE_OBJECTS.contains(name)) {
          problems.add("it uses the engine's object " + name + ", which reaches the engine's services");
        } else if (!known.contains(name)) {
          unknown.add(name);
        }
      }

      private void property(AstDot dot) {
        String property = propertyName(dot);
        Node prefix = dot.getChild(0);
        String receiver = prefix instanceof AstIdentifier identifier ? identifier.getName() : null;
        if (ExpressionAllowList.EXECUTION.equals(receiver)) {
          if (!ExpressionAllowList.EXECUTION_PROPERTIES.contains(property)) {
            forbid(property);
            problems.add("it reads execution." + property + ", which is not allowed");
          }
        } else if (receiver != null && Bean.named(receiver).isPresent()) {
          forbid(property);
          problems.add("it reads " + receiver + "." + property + "; only the bean's listed methods may be called");
        } else {
          walk(prefix);
          if (!forbid(property) && !known.contains(property)) {
            problems.add("it reads the property " + quote(property) + ", which is not a name of the one variable"
                + " list (a decision result's columns are)");
          }
        }
      }

      /** Notes a forbidden name; true when it was one. */
      private boolean forbid(String name) {
        if (ExpressionAllowList.isForbiddenName(name)) {
          forbidden.add(name);
          return true;
        }
        return false;
      }

      private void bracket(AstBracket bracket) {
        walk(bracket.getChild(0));
        Node key = bracket.getChild(1);
        if (key instanceof AstString string) {
          String name = String.valueOf(string.eval(null, null));
          if (!forbid(name) && !known.contains(name)) {
            problems.add("it reads the entry " + quote(name) + ", which is not a name of the one variable list");
          }
        } else if (!(key instanceof AstNumber)) {
          problems.add("it computes the name of what it reads ([...])");
          walk(key);
        }
      }

      private void method(AstMethod method) {
        Node target = method.getChild(0);
        Node parameters = method.getChild(1);
        if (!(target instanceof AstDot dot)) {
          problems.add("it calls a method by a computed name");
          walk(target);
          walk(parameters);
          return;
        }
        String name = propertyName(dot);
        Node prefix = dot.getChild(0);
        String receiver = prefix instanceof AstIdentifier identifier ? identifier.getName() : null;
        Optional<Bean> bean = receiver == null ? Optional.empty() : Bean.named(receiver);
        if (bean.isPresent() && bean.get().kind() == Kind.SERVICE) {
          if (!bean.get().methods().contains(name)) {
            forbid(name);
            problems.add("it calls " + receiver + "." + name + "(...), which is not on the allow-list ("
                + receiver + "." + String.join(", " + receiver + ".", sorted(bean.get().methods())) + ")");
          }
        } else if (ExpressionAllowList.EXECUTION.equals(receiver)) {
          if (!ExpressionAllowList.EXECUTION_METHODS.contains(name)) {
            forbid(name);
            problems.add("it calls execution." + name + "(...), which is not allowed");
          } else if (("getVariable".equals(name) || "hasVariable".equals(name))
              && parameters.getCardinality() == 1 && parameters.getChild(0) instanceof AstString variable) {
            String variableName = String.valueOf(variable.eval(null, null));
            if (!known.contains(variableName)) {
              unknown.add(variableName);
            }
          }
        } else {
          if (bean.isEmpty()) {
            walk(prefix);
          }
          forbid(name);
          problems.add("it calls the method " + name + "(...) on " + (receiver == null ? "a value" : receiver)
              + ", which is not a named bean of the product");
        }
        walk(parameters);
      }
    }

    private void report(ModelElementInstance element, ModelRule rule, String message) {
      String id = element == null ? null : element.getAttributeValue("id");
      String name = element == null ? null : element.getAttributeValue("name");
      violations.add(new ModelViolation(resource, id, name == null || name.isBlank() ? null : name, rule, message));
    }
  }

  /** The calls a model may make, for messages: "deadlines: after, dueAt, ...; agencies: ids; execution: ...". */
  private static String allowedCalls() {
    var execution = new TreeSet<>(ExpressionAllowList.EXECUTION_METHODS);
    execution.addAll(ExpressionAllowList.EXECUTION_PROPERTIES);
    return Arrays.stream(Bean.values())
        .filter(bean -> bean.kind() == Kind.SERVICE)
        .map(bean -> bean.beanName() + ": " + String.join(", ", sorted(bean.methods())))
        .collect(Collectors.joining("; "))
        + "; " + ExpressionAllowList.EXECUTION + ": " + String.join(", ", execution);
  }

  private static String propertyName(AstDot dot) {
    String text = dot.toString(); // ". name"
    return text.startsWith(". ") ? text.substring(2) : text;
  }

  private static Optional<Bean> delegateBean(String value) {
    String name = value.strip().replaceFirst("^[$#]\\{\\s*", "").replaceFirst("\\s*}$", "");
    return Bean.named(name).filter(bean -> bean.kind() == Kind.DELEGATE);
  }

  private static boolean isDelegateExpression(Element element, Attr attribute) {
    String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    if (!local.equals("delegateExpression") && !local.equals("variableMappingDelegateExpression")) {
      return false;
    }
    return isCamunda(attribute.getNamespaceURI())
        || (attribute.getNamespaceURI() == null && isCamunda(element.getNamespaceURI()));
  }

  /** Elements the engine reads: BPMN and Camunda's; diagram interchange and foreign extensions carry no behaviour. */
  private static boolean isBehaviour(Element element) {
    return BPMN20_NS.equals(element.getNamespaceURI()) || isCamunda(element.getNamespaceURI());
  }

  private static boolean isDocumentation(Element element) {
    return BPMN20_NS.equals(element.getNamespaceURI())
        && ("documentation".equals(element.getLocalName()) || "text".equals(element.getLocalName()));
  }

  private static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private static boolean isXmlNamespace(Attr attribute) {
    return "http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI());
  }

  private static String camundaAttribute(Element element, String name) {
    for (String namespace : List.of(CAMUNDA_NS, ACTIVITI_NS)) {
      if (element.hasAttributeNS(namespace, name)) {
        return element.getAttributeNS(namespace, name);
      }
    }
    return null;
  }

  private static List<Element> children(Element element) {
    var children = new ArrayList<Element>();
    for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  private static String ownText(Element element) {
    var text = new StringBuilder();
    for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE || node.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
        text.append(node.getNodeValue());
      }
    }
    return text.toString();
  }

  /** Where an attribute sits, in Modeler's words: "due date", or "delegate expression of the execution listener". */
  private static String place(Element element, String attribute) {
    if (!isCamunda(element.getNamespaceURI())) {
      return attribute;
    }
    return switch (element.getLocalName()) {
      case "in" -> attribute + " of the In mapping";
      case "out" -> attribute + " of the Out mapping";
      default -> attribute + " of the " + words(element.getLocalName());
    };
  }

  /** Where a text sits, in Modeler's words: "condition", "timer", "input parameter "template"". */
  private static String textPlace(Element element) {
    String local = element.getLocalName();
    return switch (local) {
      case "conditionExpression", "condition" -> "condition";
      case "timeDate", "timeCycle", "timeDuration" -> "timer (" + words(local) + ")";
      case "inputParameter", "outputParameter" -> words(local) + " " + quote(element.getAttribute("name"));
      case "loopCardinality", "completionCondition" -> "multi-instance " + words(local);
      default -> words(local);
    };
  }

  private static String kind(ModelElementInstance element) {
    return element == null ? "model" : words(element.getElementType().getTypeName());
  }

  private static String words(String camelCase) {
    return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean isCamunda(String namespace) {
    return CAMUNDA_NS.equals(namespace) || ACTIVITI_NS.equals(namespace);
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }
}
