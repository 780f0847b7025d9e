package org.scrworkflow.policy;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.ACTIVITI_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN20_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.XPATH_NS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules every BPMN model must meet (STYLE.md, Models), checked on a parsed model. One piece of code for the
 * convention test over {@code processes/} and for the deployment check; stateless and thread-safe.
 *
 * <p>Rules, by {@link ModelRule#id()}: {@code name-required}, {@code meaningful-id}, {@code history-time-to-live},
 * {@code candidate-group}, {@code user-task-form}, {@code no-script-task}, {@code no-script}, {@code no-java-class},
 * {@code default-expression-language}, {@code process-id}, {@code documentation-required}. Every message says what
 * to change in Camunda Modeler.
 */
public final class ModelRules {

  /**
   * Ids that Camunda Modeler (bpmn-js) generates: an element kind and a number ({@code StartEvent_1},
   * {@code Task_1}) or a random base-36 suffix ({@code Activity_0x7f3a9b}, {@code Flow_1abc2de},
   * {@code SequenceFlow_0ffp1zq}); and Signavio's {@code sid-...}. A meaningful id has a word after the
   * underscore: {@code Task_DecideInitiation}.
   */
  public static final Pattern GENERATED_ID =
      Pattern.compile("[A-Z][A-Za-z]*_(?:\\d+|\\d[0-9a-z]{5,7})|sid-[0-9A-Fa-f-]+");

  /** Process keys: lower-case words joined by hyphens ({@code serious-case-review}). */
  public static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /** Attributes that name a Java class to instantiate, on BPMN elements in the camunda namespace. */
  private static final List<String> CLASS_ATTRIBUTES =
      List.of("class", "variableMappingClass", "formHandlerClass");

  /** Camunda extension elements whose own attribute {@code class} names a Java class. */
  private static final Set<String> LISTENERS = Set.of("executionListener", "taskListener");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /**
   * Checks one BPMN model.
   *
   * @param model the parsed model ({@code Bpmn.readModelFromStream} or from a deployment)
   * @param resourceName the model's resource or file name, e.g. {@code processes/serious-case-review.bpmn}; its
   *     last segment without {@code .bpmn} is the id the file's main process must have
   * @return every violation in document order, empty when the model meets every rule; never {@code null}
   */
  public List<ModelViolation> check(BpmnModelInstance model, String resourceName) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(resourceName, "resourceName");
    var check = new Check(model, resourceName);
    check.processIds();
    check.walk(model.getDocument().getRootElement(), null);
    return List.copyOf(check.violations);
  }

  /** The process id a file must hold: its name without folders and without {@code .bpmn}. */
  static String expectedProcessId(String resourceName) {
    String name = resourceName.substring(Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\')) + 1);
    for (String extension : List.of(".bpmn20.xml", ".bpmn")) {
      if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
        return name.substring(0, name.length() - extension.length());
      }
    }
    return name;
  }

  /** One run over one model: collects the violations. */
  private static final class Check {
    private final BpmnModelInstance model;
    private final String resource;
    private final List<ModelViolation> violations = new ArrayList<>();

    Check(BpmnModelInstance model, String resource) {
      this.model = model;
      this.resource = resource;
    }

    // process-id: every process key is kebab-case; the file's main process carries the file's name.
    void processIds() {
      var processes = model.getModelElementsByType(Process.class);
      for (Process process : processes) {
        if (process.getId() == null || !KEBAB_CASE.matcher(process.getId()).matches()) {
          report(process, ModelRule.PROCESS_ID,
              "Change the process id (select the pool or the canvas, General > ID) to kebab-case: lower-case"
                  + " words joined by hyphens, e.g. \"serious-case-review\".");
        }
      }
      if (processes.isEmpty()) {
        return;
      }
      String expected = expectedProcessId(resource);
      var executable = processes.stream().filter(Process::isExecutable).toList();
      if (executable.stream().noneMatch(process -> expected.equals(process.getId()))) {
        Process main = executable.isEmpty() ? processes.iterator().next() : executable.get(0);
        report(main, ModelRule.PROCESS_ID,
            "The file " + quote(expected + ".bpmn") + " must hold an executable process with the id "
                + quote(expected) + ": set General > ID of its main process to " + quote(expected)
                + " and tick \"Executable\", or rename the file after the process.");
      }
    }

    void walk(DomElement element, BaseElement owner) {
      String namespace = element.getNamespaceURI();
      if (!BPMN20_NS.equals(namespace) && !isCamunda(namespace)) {
        return; // diagram interchange and foreign extensions carry no behaviour
      }
      BaseElement self = owner;
      String id = element.getAttribute("id");
      if (id != null && BPMN20_NS.equals(namespace)) {
        ModelElementInstance instance = model.getModelElementById(id);
        if (instance instanceof Process process) {
          checkProcess(process);
          self = process;
        } else if (instance instanceof FlowElement flowElement) {
          checkFlowElement(flowElement);
          self = flowElement;
        }
      }
      checkAttributes(element, self);
      for (DomElement child : element.getChildElements()) {
        walk(child, self);
      }
    }

    // history-time-to-live: the engine refuses a deployment without it (ENGINE-12018).
    private void checkProcess(Process process) {
      if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
        report(process, ModelRule.HISTORY_TIME_TO_LIVE,
            "Set the history time-to-live of the process (select the canvas, History cleanup > Time to live),"
                + " in days, e.g. 9125: the engine refuses a process without it.");
      }
    }

    private void checkFlowElement(FlowElement element) {
      if (element instanceof FlowNode node) {
        if (isBlank(node.getName())) {
          report(node, ModelRule.NAME_REQUIRED, "Name the " + kind(node) + " (General > Name): " + namingHint(node));
        }
        checkId(node);
        if (needsDocumentation(node) && !hasDocumentation(node)) {
          report(node, ModelRule.DOCUMENTATION_REQUIRED,
              "Write the traceability reference of the " + kind(node)
                  + " in Documentation > Element documentation, e.g. \"S-07; T-2; WT2010 8.xx\".");
        }
      } else if (element instanceof SequenceFlow flow) {
        if (isBlank(flow.getName()) && (flow.getConditionExpression() != null || isDefaultFlowOfGateway(flow))) {
          report(flow, ModelRule.NAME_REQUIRED,
              "Name the sequence flow (General > Name) with the answer it stands for, e.g. \"Yes\" or \"Not met\".");
        }
        checkId(flow);
      }
      if (element instanceof UserTask task) {
        checkUserTask(task);
      }
      if (element instanceof BusinessRuleTask rule && !isBlank(rule.getCamundaDecisionRef())) {
        checkBinding(rule, "decision", rule.getCamundaDecisionRef(), rule.getCamundaDecisionRefBinding(),
            rule.getCamundaDecisionRefVersion(), "Decision reference", "Version");
      }
      if (element instanceof CallActivity call && !isBlank(call.getCalledElement())) {
        checkBinding(call, "called process", call.getCalledElement(), call.getCamundaCalledElementBinding(),
            call.getCamundaCalledElementVersion(), "Called element", "Version");
      }
      if (element instanceof ScriptTask) {
        report(element, ModelRule.NO_SCRIPT_TASK,
            "Replace the script task: put the logic in a DMN table (business rule task) or in a named Java"
                + " delegate (service task, Implementation > Type \"Delegate expression\", e.g. ${notifyOfsted});"
                + " a policy officer cannot test a script.");
      }
    }

    private void checkId(FlowElement element) {
      if (element.getId() != null && GENERATED_ID.matcher(element.getId()).matches()) {
        report(element, ModelRule.MEANINGFUL_ID,
            "Replace the generated id " + quote(element.getId()) + " (General > ID) with one that says what the "
                + kind(element) + " is, e.g. " + quote(suggestedId(element)) + ".");
      }
    }

    // rules-of-the-review: a review runs under the decisions and processes it began under (rules/RulesInForce).
    private void checkBinding(FlowElement element, String what, String key, String binding, String version,
        String referenceField, String versionField) {
      String expected = "${rules.version('" + key + "')}";
      if (!"version".equals(binding) || !expected.equals(version)) {
        report(element, ModelRule.RULES_OF_THE_REVIEW,
            "Bind the " + what + " " + quote(key) + " to the version the review began under: " + referenceField
                + " > Binding \"version\", " + versionField + " " + expected + ". Another binding would let a"
                + " running review take up a later edit.");
      }
    }

    private void checkUserTask(UserTask task) {
      boolean hasGroup = task.getCamundaCandidateGroupsList().stream().anyMatch(group -> !isBlank(group));
      if (!hasGroup) {
        report(task, ModelRule.CANDIDATE_GROUP,
            "Set User assignment > Candidate groups on the user task, e.g. \"lscb-business-manager\" (an"
                + " expression is allowed).");
      }
      if (isBlank(task.getCamundaFormRef()) && isBlank(task.getCamundaFormKey())) {
        report(task, ModelRule.USER_TASK_FORM,
            "Link a form to the user task: Form > Type \"Camunda Forms\", Form reference = the id of a form in"
                + " forms/ (e.g. \"screen-referral\"), Binding \"deployment\".");
      }
    }

    // no-script, no-java-class, default-expression-language: behaviour a policy officer cannot test.
    private void checkAttributes(DomElement element, BaseElement owner) {
      String namespace = element.getNamespaceURI();
      if (isCamunda(namespace)) {
        if ("script".equals(element.getLocalName())) {
          String format = element.getAttribute("scriptFormat");
          String resource = element.getAttribute("resource");
          report(owner, ModelRule.NO_SCRIPT,
              "Remove the " + (isBlank(format) ? "" : format + " ") + "script"
                  + (isBlank(resource) ? "" : " " + quote(resource)) + " from the " + scriptPlace(element)
                  + " of the " + kind(owner)
                  + ": use an expression ${...} or a delegate expression naming a Spring bean instead.");
        }
        if (LISTENERS.contains(element.getLocalName()) && !isBlank(element.getAttribute("class"))) {
          report(owner, ModelRule.NO_JAVA_CLASS,
              "The " + words(element.getLocalName()) + " of the " + kind(owner) + " names the Java class "
                  + quote(element.getAttribute("class")) + ": change its type to \"Delegate expression\" with"
                  + " the Spring bean, e.g. ${notifyOfsted}.");
        }
        return;
      }
      for (String attribute : CLASS_ATTRIBUTES) {
        for (String camunda : List.of(CAMUNDA_NS, ACTIVITI_NS)) {
          String value = element.getAttribute(camunda, attribute);
          if (!isBlank(value)) {
            report(owner, ModelRule.NO_JAVA_CLASS,
                "The " + kind(owner) + " names the Java class " + quote(value) + " (camunda:" + attribute
                    + "): use Implementation > Type \"Delegate expression\" with the Spring bean instead, e.g."
                    + " ${notifyOfsted}.");
          }
        }
      }
      String language = element.getAttribute("language");
      if (!isBlank(language)) {
        report(owner, ModelRule.DEFAULT_EXPRESSION_LANGUAGE,
            "The " + words(element.getLocalName()) + " of the " + kind(owner) + " is written in "
                + quote(language) + ": write it as an expression ${...} (Type \"Expression\") in the default"
                + " language.");
      }
      String expressionLanguage = element.getAttribute("expressionLanguage");
      if (!isBlank(expressionLanguage) && !XPATH_NS.equals(expressionLanguage)) {
        violations.add(new ModelViolation(resource, element.getAttribute("id"), null,
            ModelRule.DEFAULT_EXPRESSION_LANGUAGE,
            "The model declares the expression language " + quote(expressionLanguage)
                + ": remove the expressionLanguage attribute from bpmn:definitions; expressions are ${...}."));
      }
    }

    private void report(BaseElement element, ModelRule rule, String message) {
      String id = element == null ? null : element.getId();
      String name = element == null ? null : element.getAttributeValue("name");
      violations.add(new ModelViolation(resource, id, isBlank(name) ? null : name, rule, message));
    }
  }

  private static boolean isCamunda(String namespace) {
    return CAMUNDA_NS.equals(namespace) || ACTIVITI_NS.equals(namespace);
  }

  private static boolean isDefaultFlowOfGateway(SequenceFlow flow) {
    return flow.getSource() instanceof Gateway gateway && flow.getId().equals(gateway.getAttributeValue("default"));
  }

  private static boolean needsDocumentation(FlowNode node) {
    return node instanceof UserTask
        || node instanceof ServiceTask
        || node instanceof BusinessRuleTask
        || node instanceof Gateway
        || node instanceof CallActivity
        || isTimer(node);
  }

  private static boolean isTimer(FlowNode node) {
    return node instanceof Event && !node.getChildElementsByType(TimerEventDefinition.class).isEmpty();
  }

  private static boolean hasDocumentation(BaseElement element) {
    return element.getDocumentations().stream().map(Documentation::getTextContent).anyMatch(text -> !isBlank(text));
  }

  private static String namingHint(FlowNode node) {
    if (node instanceof Gateway) {
      return "a question, e.g. \"Criteria met?\", whose outgoing flows are the answers.";
    }
    if (node instanceof Event) {
      return "an object and a past participle, e.g. \"Incident notified\".";
    }
    return "a verb and an object, e.g. \"Decide whether to initiate the review\".";
  }

  /** Where a camunda:script sits, in Modeler's words. */
  private static String scriptPlace(DomElement script) {
    for (DomElement parent = script.getParentElement(); parent != null; parent = parent.getParentElement()) {
      String local = parent.getLocalName();
      if (LISTENERS.contains(local)) {
        return words(local);
      }
      if ("inputParameter".equals(local) || "outputParameter".equals(local)) {
        return words(local) + " " + quote(parent.getAttribute("name"));
      }
    }
    return "extension";
  }

  /** An example of a meaningful id: the kind's prefix (STYLE.md) and the element's name in CamelCase. */
  static String suggestedId(FlowElement element) {
    String prefix;
    String example;
    if (element instanceof SequenceFlow) {
      prefix = "Flow_";
      example = "CriteriaNotMet";
    } else if (element instanceof FlowNode node && isTimer(node)) {
      prefix = "Timer_";
      example = "DecisionReminder";
    } else if (element instanceof StartEvent) {
      prefix = "StartEvent_";
      example = "IncidentNotified";
    } else if (element instanceof EndEvent) {
      prefix = "EndEvent_";
      example = "NoReviewHeld";
    } else if (element instanceof Event) {
      prefix = "Event_";
      example = "ReportReceived";
    } else if (element instanceof Gateway) {
      prefix = "Gateway_";
      example = "CriteriaMet";
    } else if (element instanceof CallActivity) {
      prefix = "CallActivity_";
      example = "IndividualManagementReview";
    } else if (element instanceof SubProcess) {
      prefix = "SubProcess_";
      example = "PanelReview";
    } else {
      prefix = "Task_";
      example = "DecideInitiation";
    }
    String fromName = element.getName() == null ? "" : Arrays.stream(element.getName().split("[^\\p{Alnum}]+"))
        .filter(word -> !word.isEmpty() && !ARTICLES.contains(word.toLowerCase(Locale.ROOT)))
        .limit(4)
        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
        .collect(Collectors.joining());
    return prefix + (fromName.isEmpty() || !Character.isLetter(fromName.charAt(0)) ? example : fromName);
  }

  /** The element's kind in words: {@code userTask} becomes "user task". */
  private static String kind(ModelElementInstance element) {
    return element == null ? "model" : words(element.getElementType().getTypeName());
  }

  private static String words(String camelCase) {
    return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
