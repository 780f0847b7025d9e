package org.scrworkflow.tasklist;

import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CHILD_PSEUDONYM;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every task carries whose case it is: as the engine creates a user task of any model, it copies the case reference
 * (the process instance's business key, as the engine holds it) and the child's pseudonym into the task's own
 * variables ({@code taskCaseReference}, {@code taskChildPseudonym}). Tasklist's filters show those two on each task
 * in the list ({@link TasklistFilters}), for every role that has the task: a panel member or an agency's IMR author
 * may read the variables of their own open tasks, not the process's, and is given nothing more. Nothing else is
 * copied (never an identifying detail: those live in the vault), and nothing is logged.
 *
 * <p>The listener is built in, added as each model is read (no model names it, so no model can leave it out), and
 * runs even where custom listeners are skipped. The copies go with the task: the engine deletes a task's own
 * variables when the task ends.
 */
@Component
class CaseOnEveryTask extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CaseOnEveryTask::copyCase);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Copies the case reference and the pseudonym onto the task; a task of no process gets none. */
  static void copyCase(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      return;
    }
    // the case is read from the engine (the business key), never from a variable a caller could have sent
    String reference = execution.getProcessBusinessKey();
    if (reference != null) {
      TASK_CASE_REFERENCE.onLocal(task, reference);
    }
    String pseudonym = CHILD_PSEUDONYM.from(execution);
    if (pseudonym != null) {
      TASK_CHILD_PSEUDONYM.onLocal(task, pseudonym);
    }
  }
}
