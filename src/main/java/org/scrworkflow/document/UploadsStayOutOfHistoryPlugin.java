package org.scrworkflow.document;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * History is "full" (every variable change is kept), which would keep a copy of every uploaded IMR in the
 * history tables, readable by anyone with history rights on the review. An upload is a file variable only
 * for the instant between the form's submission and {@link ReceiveUploadsListener} moving it to the document
 * store; this handler writes every other history event as Camunda does and leaves file variables out.
 */
@Component
class UploadsStayOutOfHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new WithoutFiles());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class WithoutFiles extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (isFile(event)) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }

    static boolean isFile(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable
          && ValueType.FILE.getName().equals(variable.getSerializerName());
    }
  }
}
