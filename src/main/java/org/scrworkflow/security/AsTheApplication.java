package org.scrworkflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Engine work the application does for itself, without the current caller's authorizations and LSCBs: looking
 * up which LSCB a case belongs to before deciding what the caller may see, or creating an LSCB. Use it only
 * where the caller's rights were checked, or are being decided, by the code around it.
 */
public final class AsTheApplication {

  private AsTheApplication() {}

  public static <T> T run(ProcessEngine engine, Supplier<T> work) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute((Command<T>) context -> {
      context.disableAuthorizationCheck();
      context.disableTenantCheck();
      try {
        return work.get();
      } finally {
        context.enableAuthorizationCheck();
        context.enableTenantCheck();
      }
    });
  }
}
