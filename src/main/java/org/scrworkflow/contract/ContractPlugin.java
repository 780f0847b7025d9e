package org.scrworkflow.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.repository.ResourceDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.camunda.bpm.engine.variable.Variables;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.review.CallerWrites;
import org.scrworkflow.review.VariableWrite;
import org.scrworkflow.security.LscbList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the contract on every step as the engine reads a model: each user task checks its form's fields as it
 * completes, and the start event of a process with a start form checks that form as the process starts, before
 * anything the model itself does there. The checks are built in: no model needs to name them, a policy officer
 * cannot leave one out, and skipping custom listeners (a migration, a modification) does not skip them. A process
 * whose start event has no form (an IMR, the publication) is started by the review it belongs to; a person who
 * starts one directly is refused. A message that starts part of a review (an immediate lesson, say) carries only the
 * fields of the form its start event names in the extension property {@value #MESSAGE_FORM}, checked the same way.
 * {@link OwnedVariables} refuses every other write a caller makes to a review.
 */
@Component
class ContractPlugin extends AbstractProcessEnginePlugin {

  private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
  /** The extension property of a message start event naming the form whose fields the message may carry. */
  static final String MESSAGE_FORM = "messageForm";

  private final DeployedForms forms;
  private final ObjectProvider<Deadlines> deadlines;
  private final ObjectProvider<CallerWrites> callerWrites;
  private final LscbList lscbList;
  /** The caller's writes a contract checked ({@link VariableWrite#callerWrite}), per running command. */
  private final Map<CommandContext, Set<Long>> checked = Collections.synchronizedMap(new WeakHashMap<>());

  ContractPlugin(DeployedForms forms, ObjectProvider<Deadlines> deadlines, ObjectProvider<CallerWrites> callerWrites,
      LscbList lscbList) {
    this.forms = forms;
    this.lscbList = lscbList;
    this.deadlines = deadlines;
    this.callerWrites = callerWrites;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String form = formName(element);
        if (form != null) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new TaskCheck(form, stepName(activity)));
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (!(scope instanceof ProcessDefinitionImpl)) {
          // the start of an embedded sub-process is not a caller's start; a message's is
          if (element.element("messageEventDefinition") != null) {
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                new MessageCheck(messageForm(element), stepName(activity)), 0);
          }
          return;
        }
        String form = formName(element);
        // the engine itself records who started the process under the start event's initiator name
        String initiator = element.attributeNS(CAMUNDA, "initiator");
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, form == null ? new StartedByItsReview()
            : new StartCheck(form, stepName(activity), initiator == null ? Set.of() : Set.of(initiator)), 0);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The form a step shows: a Camunda Form's id, or an embedded form's resource name; null without one. */
  static String formName(Element element) {
    String formRef = element.attributeNS(CAMUNDA, "formRef");
    if (formRef != null && !formRef.isBlank()) {
      return formRef;
    }
    String formKey = element.attributeNS(CAMUNDA, "formKey");
    if (formKey != null && !formKey.isBlank()) {
      return formKey.substring(formKey.lastIndexOf(':') + 1);
    }
    return null;
  }

  /** The form a message start event names in its extension properties; null when the message carries nothing. */
  static String messageForm(Element element) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
    if (properties == null) {
      return null;
    }
    return properties.elementsNS(CAMUNDA, "property").stream()
        .filter(property -> MESSAGE_FORM.equals(property.attribute("name")))
        .map(property -> property.attribute("value")).filter(value -> value != null && !value.isBlank())
        .findFirst().orElse(null);
  }

  /**
   * Whether a contract of the running command checked this write of the caller: its last write of the variable,
   * not an earlier one (a later write, a second start instruction say, was seen by no contract).
   */
  boolean checkedInThisCommand(VariableWrite write) {
    CommandContext command = Context.getCommandContext();
    Set<Long> seen = command == null ? null : checked.get(command);
    return seen != null && seen.contains(write.callerWrite());
  }

  /** Records that a contract checked every write the caller has made to this process instance so far. */
  private void markChecked(String processInstanceId) {
    Set<Long> seen = checked.computeIfAbsent(Context.getCommandContext(),
        command -> Collections.synchronizedSet(new HashSet<>()));
    callerWrites.getObject().callerWrites().stream()
        .filter(write -> processInstanceId.equals(write.processInstanceId()))
        .forEach(write -> seen.add(write.callerWrite()));
  }

  private static String stepName(ActivityImpl activity) {
    Object name = activity.getProperty("name");
    return name == null ? activity.getId() : name.toString().replaceAll("\\s+", " ").strip();
  }

  private void check(String stepName, String formName, String deploymentId, String processInstanceId,
      Map<String, Object> values, Set<String> writtenByTheEngine, List<Problem> found) {
    StepForm form = forms.form(deploymentId, formName);
    if (form == null) {
      throw new IllegalStateException("The step " + stepName + " names the form " + formName
          + ", which its deployment does not hold");
    }
    List<VariableWrite> sent = callerWrites.getObject().callerWrites().stream()
        .filter(write -> processInstanceId.equals(write.processInstanceId()))
        .filter(write -> !writtenByTheEngine.contains(write.name())).toList();
    List<Problem> problems = new ArrayList<>(found);
    problems.addAll(StepContract.problems(stepName, form, values, sent, deadlines.getObject().currentDate(),
        field -> hidden(field, values)));
    problems.addAll(ChoiceSources.problems(form, sent, values, lscbList));
    if (!problems.isEmpty()) {
      throw new ContractViolation(problems);
    }
    markChecked(processInstanceId);
  }

  /** Whether the form hides the field for these values (its FEEL condition); a condition that fails hides nothing. */
  private static boolean hidden(FormField field, Map<String, Object> values) {
    if (field.hide() == null) {
      return false;
    }
    String expression = field.hide().startsWith("=") ? field.hide().substring(1) : field.hide();
    try {
      FeelEngine feel = ((DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration()
          .getDmnEngineConfiguration()).getFeelEngine();
      Object result = feel.evaluateSimpleExpression(expression, Variables.fromMap(values).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String deploymentOf(Object definition) {
    return ((ResourceDefinitionEntity<?>) definition).getDeploymentId();
  }

  private final class TaskCheck implements TaskListener {
    private final String form;
    private final String stepName;

    TaskCheck(String form, String stepName) {
      this.form = form;
      this.stepName = stepName;
    }

    @Override
    public void notify(DelegateTask task) {
      if (task.getProcessInstanceId() == null) {
        return;
      }
      ExecutionEntity execution = (ExecutionEntity) task.getExecution();
      if (execution == null) {
        // two people completed the task at once and the other won: the engine refuses this one as a race
        // (409 or 404), and nothing of it is saved
        return;
      }
      check(stepName, form, deploymentOf(execution.getProcessDefinition()), task.getProcessInstanceId(),
          task.getVariables(), Set.of(), List.of());
    }
  }

  private final class StartCheck implements ExecutionListener {
    private final String form;
    private final String stepName;
    private final Set<String> writtenByTheEngine;

    StartCheck(String form, String stepName, Set<String> writtenByTheEngine) {
      this.form = form;
      this.stepName = stepName;
      this.writtenByTheEngine = writtenByTheEngine;
    }

    @Override
    public void notify(DelegateExecution execution) {
      // the engine records who starts the process; a caller may send only that same name
      Authentication caller = Context.getCommandContext().getAuthentication();
      String user = caller == null ? null : caller.getUserId();
      List<Problem> found = new ArrayList<>();
      for (String name : writtenByTheEngine) {
        if (!Objects.equals(execution.getVariable(name), user)) {
          found.add(new Problem(name, "\"" + name + "\" records who starts the review, as the system knows them; it"
              + " cannot be sent as someone else."));
        }
      }
      check(stepName, form, deploymentOf(((ExecutionEntity) execution).getProcessDefinition()),
          execution.getProcessInstanceId(), execution.getVariables(), writtenByTheEngine, found);
    }
  }

  /** A message that starts part of a review carries the fields of its form, or nothing where it names none. */
  private final class MessageCheck implements ExecutionListener {
    private final String form;
    private final String stepName;

    MessageCheck(String form, String stepName) {
      this.form = form;
      this.stepName = stepName;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (form != null) {
        // what this message carried, not what an earlier message left in the scope: each must be whole
        Map<String, Object> carried = new java.util.HashMap<>();
        callerWrites.getObject().callerWrites().stream()
            .filter(write -> execution.getProcessInstanceId().equals(write.processInstanceId()))
            .forEach(write -> carried.put(write.name(), execution.getVariable(write.name())));
        check(stepName, form, deploymentOf(((ExecutionEntity) execution).getProcessDefinition()),
            execution.getProcessInstanceId(), carried, Set.of(), List.of());
        return;
      }
      List<Problem> problems = callerWrites.getObject().callerWrites().stream()
          .filter(write -> execution.getProcessInstanceId().equals(write.processInstanceId()))
          .filter(VariableWrite::changed)
          .map(write -> new Problem(write.name(), "\"" + write.name() + "\" cannot be sent with \"" + stepName
              + "\": that message carries no values.")).toList();
      if (!problems.isEmpty()) {
        throw new ContractViolation(problems);
      }
      markChecked(execution.getProcessInstanceId());
    }
  }

  /**
   * A process without a start form is part of a review: only its review's call activity starts it (its variables
   * come through the call activity's mappings), or the application itself (a further review of a closed review,
   * for the LSCB's business manager or chair); a person is refused.
   */
  private final class StartedByItsReview implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      Authentication caller = Context.getCommandContext().getAuthentication();
      boolean byAPerson = caller != null && caller.getUserId() != null;
      if (byAPerson && ((ExecutionEntity) execution).getProcessInstance().getSuperExecution() == null) {
        String name = ((ExecutionEntity) execution).getProcessDefinition().getName();
        throw new BadUserRequestException("Nothing was started. The " + name + " is part of a Serious Case"
            + " Review and is started for it, not on its own: start a review, or use the review's own steps.");
      }
      markChecked(execution.getProcessInstanceId());
    }
  }
}
