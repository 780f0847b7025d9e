package org.scrworkflow.contract;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine's other ways to put values into a process, closed to people (over REST, from the webapps, through the
 * Java API with a user): each would place values where no step's contract looks at them. A process is started at
 * its start event (a start at a later step skips the start's contract); a modification moves tokens but carries no
 * values; a message carries its values to the instance or to the execution that takes it, not to the scope it
 * triggers. The application itself (no user) may still use them, as the migration and the tests do.
 */
@Component
class OtherWaysIn extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Guard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Why the command is refused to a person, or null. */
  static String refusal(Command<?> command) {
    if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      return "A review starts at its start, with the referral: it cannot be started at a later step (start"
          + " instructions are not accepted).";
    }
    if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
      ProcessInstanceModificationBuilderImpl builder = field(command, "builder");
      boolean values = builder != null && (!empty(builder.getProcessVariables())
          || builder.getModificationOperations().stream().anyMatch(operation ->
              operation instanceof AbstractInstantiationCmd instantiation
                  && (!empty(instantiation.getVariables()) || !empty(instantiation.getVariablesLocal()))));
      return values ? "A modification cannot carry values: a review's values are entered on its steps, or"
          + " corrected with a reason (POST /api/cases/{case reference}/corrections)." : null;
    }
    if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl builder = field(command, "builder");
      return builder != null && !empty(builder.getPayloadProcessInstanceVariablesToTriggeredScope())
          ? "A message carries its values as processVariablesLocal or processVariables;"
              + " processVariablesToTriggeredScope is not accepted." : null;
    }
    return null;
  }

  private static boolean empty(Map<String, ?> variables) {
    return variables == null || variables.isEmpty();
  }

  /** The command's builder: Camunda's commands keep it in a protected field and offer no getter. */
  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read the " + name + " of " + type.getSimpleName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getSimpleName() + " has no " + name
        + ": this version of the engine is not the one this check was written for");
  }

  private static final class Guard extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      String refusal = refusal(command);
      if (refusal != null) {
        Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
        if (caller != null && caller.getUserId() != null) {
          throw new BadUserRequestException("Nothing was saved. " + refusal);
        }
      }
      return next.execute(command);
    }
  }
}
