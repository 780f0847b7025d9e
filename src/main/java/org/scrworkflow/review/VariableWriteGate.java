package org.scrworkflow.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Holds every variable write to the {@link VariableWriteRule}s, inside the engine, for every caller. The engine
 * reports each variable it creates, updates or removes as a history event, in the command that does it (history
 * is "full"); this handler notes them, and as the command closes (before anything is written to the database)
 * hands the variables' final state to the rules. A problem throws, and the engine rolls the whole command back:
 * no instance, no variable, no document, no history row. The REST API answers 400 with the sentences.
 */
@Component
class VariableWriteGate extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  /**
   * Resolved at the first write, not when the plugin is made: rules read the application's tables, whose
   * migrations run after the engine has created its own.
   */
  private final ObjectProvider<VariableWriteRule> rules;
  /** The writes of each open command; a command context is used by one thread, from its start to its close. */
  private final Map<CommandContext, Map<String, HistoricVariableUpdateEventEntity>> open =
      Collections.synchronizedMap(new WeakHashMap<>());

  VariableWriteGate(ObjectProvider<VariableWriteRule> rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(this);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricVariableUpdateEventEntity variable) || variable.getVariableInstanceId() == null) {
      return;
    }
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return;
    }
    open.computeIfAbsent(command, this::listenForClose).put(variable.getVariableInstanceId(), variable);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private Map<String, HistoricVariableUpdateEventEntity> listenForClose(CommandContext command) {
    command.registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext context) {
        Map<String, HistoricVariableUpdateEventEntity> writes = open.remove(context);
        if (writes != null) {
          check(context, writes.values());
        }
      }

      @Override
      public void onCommandFailed(CommandContext context, Throwable failure) {
        open.remove(context);
      }
    });
    return new LinkedHashMap<>();
  }

  private void check(CommandContext context, Iterable<HistoricVariableUpdateEventEntity> events) {
    Map<String, CaseKey> cases = new LinkedHashMap<>();
    List<VariableWrite> writes = new ArrayList<>();
    for (HistoricVariableUpdateEventEntity event : events) {
      boolean removed = HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(event.getEventType());
      CaseKey key = event.getProcessInstanceId() == null ? null
          : cases.computeIfAbsent(event.getProcessInstanceId(), id -> caseOf(context, id));
      writes.add(new VariableWrite(event.getVariableName(), event.getSerializerName(), event.getTextValue(), key,
          removed));
    }
    List<String> problems = new ArrayList<>();
    for (VariableWriteRule rule : rules.orderedStream().toList()) {
      problems.addAll(rule.problems(writes));
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("Nothing was saved. " + String.join(" ", problems));
    }
  }

  /** The case of a process instance as the engine holds it (tenant and business key), or null. */
  private static CaseKey caseOf(CommandContext context, String processInstanceId) {
    ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
    if (instance == null || instance.getBusinessKey() == null) {
      return null;
    }
    return new CaseKey(instance.getTenantId(), instance.getBusinessKey());
  }
}
