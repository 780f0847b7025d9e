package org.scrworkflow.review;

import static org.scrworkflow.process.SeriousCaseReview.RULES_IN_FORCE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
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
class VariableWriteGate extends AbstractProcessEnginePlugin implements HistoryEventHandler, CallerWrites {

  /** How deep this thread is in code the process runs (delegates, listeners, expressions): their writes are its own. */
  private static final ThreadLocal<int[]> IN_PROCESS_CODE = ThreadLocal.withInitial(() -> new int[1]);
  /** The engine's names of the value types whose stored form is compared with a new write. */
  private static final Set<String> SIMPLE_SERIALIZERS =
      Set.of("string", "boolean", "long", "integer", "short", "double", "date", "null");

  /**
   * Resolved at the first write, not when the plugin is made: rules read the application's tables, whose
   * migrations run after the engine has created its own.
   */
  private final ObjectProvider<VariableWriteRule> rules;
  /** The writes of each open command; a command context is used by one thread, from its start to its close. */
  private final Map<CommandContext, Map<String, Noted>> open = Collections.synchronizedMap(new WeakHashMap<>());
  private String tablePrefix = "";

  /** A variable's last write in the command, and whether the command's caller wrote it at any point. */
  private static final class Noted {
    HistoricVariableUpdateEventEntity last;
    boolean byCaller;
    /** The number of the caller's last write of the variable (see {@link VariableWrite#callerWrite}). */
    long callerWrite;
  }

  /** Numbers the caller's writes, so that a check can tell a write it saw from a later one. */
  private static final AtomicLong CALLER_WRITES = new AtomicLong();

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

  /** Counts the calls into code the process runs, so that its writes are told from the caller's. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    tablePrefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    DelegateInterceptor engine = configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(invocation -> {
      int[] depth = IN_PROCESS_CODE.get();
      depth[0]++;
      try {
        engine.handleInvocation(invocation);
      } finally {
        depth[0]--;
      }
    });
  }

  @Override
  public List<VariableWrite> callerWrites() {
    CommandContext command = Context.getCommandContext();
    Map<String, Noted> writes = command == null ? null : open.get(command);
    if (writes == null) {
      return List.of();
    }
    return writes(command, writes.values()).stream().filter(VariableWrite::byCaller).toList();
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricVariableUpdateEventEntity variable) || variable.getVariableInstanceId() == null
        || HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE.getEventName().equals(variable.getEventType())) {
      return; // a migration moves a variable to the new version of its model; its value is untouched
    }
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return;
    }
    // the caller's writes happen outside the process's own steps: no activity is being executed, no delegate or
    // listener is running (a start's or completion's variables are set before the process moves on)
    boolean byCaller = Context.getBpmnExecutionContext() == null && IN_PROCESS_CODE.get()[0] == 0
        && !rulesRecordedByAMove(variable);
    Noted noted = open.computeIfAbsent(command, this::listenForClose)
        .computeIfAbsent(variable.getVariableInstanceId(), id -> new Noted());
    noted.last = variable;
    noted.byCaller |= byCaller;
    if (byCaller) {
      noted.callerWrite = CALLER_WRITES.incrementAndGet();
    }
  }

  /**
   * A review moved to a new version records the rules in force at the move (versions/ReviewMigrations): the
   * move's own write of that one record (the dry run's or the batch's), which only the policy team's migration or an
   * administrator makes.
   */
  private static boolean rulesRecordedByAMove(HistoricVariableUpdateEventEntity variable) {
    if (!RULES_IN_FORCE.name().equals(variable.getVariableName())) {
      return false;
    }
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    JobEntity job = Context.getCommandContext().getCurrentJob();
    return invocation != null && invocation.getCommand() instanceof MigrateProcessInstanceCmd
        || job != null && Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(job.getJobHandlerType());
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private Map<String, Noted> listenForClose(CommandContext command) {
    command.registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext context) {
        Map<String, Noted> writes = open.remove(context);
        if (writes != null) {
          check(writes(context, writes.values()));
        }
      }

      @Override
      public void onCommandFailed(CommandContext context, Throwable failure) {
        open.remove(context);
      }
    });
    return new LinkedHashMap<>();
  }

  private List<VariableWrite> writes(CommandContext context, Iterable<Noted> noted) {
    Map<String, CaseKey> cases = new LinkedHashMap<>();
    List<VariableWrite> writes = new ArrayList<>();
    for (Noted each : noted) {
      HistoricVariableUpdateEventEntity event = each.last;
      boolean removed = HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(event.getEventType());
      CaseKey key = event.getProcessInstanceId() == null ? null
          : cases.computeIfAbsent(event.getProcessInstanceId(), id -> caseOf(context, id));
      boolean changed = !each.byCaller || removed || changedFromStored(context, event);
      writes.add(new VariableWrite(event.getVariableName(), event.getSerializerName(), event.getTextValue(), key,
          removed, event.getProcessInstanceId(), each.byCaller, changed, each.callerWrite));
    }
    return writes;
  }

  private void check(List<VariableWrite> writes) {
    List<String> problems = new ArrayList<>();
    for (VariableWriteRule rule : rules.orderedStream().toList()) {
      problems.addAll(rule.problems(writes));
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("Nothing was saved. " + String.join(" ", problems));
    }
  }

  /**
   * Whether the value differs from the one stored before this command: the engine writes its changes only as the
   * command closes, so its own table still holds the value the caller found (read on the command's connection).
   */
  private boolean changedFromStored(CommandContext context, HistoricVariableUpdateEventEntity event) {
    if (!HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(event.getEventType())
        || !SIMPLE_SERIALIZERS.contains(event.getSerializerName())) {
      return true; // new in this command, or a value (a file, an object) not compared here
    }
    String sql = "select TYPE_, TEXT_, LONG_, DOUBLE_ from " + tablePrefix + "ACT_RU_VARIABLE where ID_ = ?";
    try (PreparedStatement select = context.getDbSqlSession().getSqlSession().getConnection().prepareStatement(sql)) {
      select.setString(1, event.getVariableInstanceId());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return true;
        }
        Long storedLong = row.getObject(3) == null ? null : row.getLong(3);
        Double storedDouble = row.getObject(4) == null ? null : row.getDouble(4);
        return !(Objects.equals(kind(row.getString(1)), kind(event.getSerializerName()))
            && Objects.equals(row.getString(2), event.getTextValue())
            && Objects.equals(storedLong, event.getLongValue())
            && Objects.equals(storedDouble, event.getDoubleValue()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the stored variable " + event.getVariableName(), e);
    }
  }

  /** Whole numbers are one kind whichever width a caller typed them as (a form sends back an Integer it was shown). */
  private static String kind(String serializer) {
    return Set.of("integer", "long", "short").contains(serializer) ? "long" : serializer;
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
