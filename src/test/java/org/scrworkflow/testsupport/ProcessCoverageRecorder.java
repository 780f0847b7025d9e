package org.scrworkflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Records every flow node entered and every sequence flow taken while tests drive the engine, in
 * {@code target/process-test-coverage/covered-RUN-PID.txt} (one "processKey elementId" per line; RUN names
 * the Maven build, PID the test JVM). The build's
 * {@link ProcessCoverageGate} compares it with the models and fails below 100%.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageRecorder extends AbstractProcessEnginePlugin {

  static final Path DIRECTORY = Path.of("target", "process-test-coverage");
  /** One file per test JVM of this build: covered-RUN-PID.txt. */
  private static final Path COVERED = DIRECTORY.resolve("covered-" + System.getProperty("scr.coverage.run", "local")
      + "-" + ProcessHandle.current().pid() + ".txt");
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new java.util.ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        instrument(definition.getKey(), definition);
      }
    });
  }

  private static void instrument(String processKey, ScopeImpl scope) {
    for (ActivityImpl activity : scope.getActivities()) {
      String id = activity.getId();
      ExecutionListener entered = execution -> record(processKey, id);
      activity.addListener(ExecutionListener.EVENTNAME_START, entered);
      for (var outgoing : activity.getOutgoingTransitions()) {
        TransitionImpl transition = (TransitionImpl) outgoing;
        String flowId = transition.getId();
        transition.addListener(ExecutionListener.EVENTNAME_TAKE, execution -> record(processKey, flowId));
      }
      instrument(processKey, activity);
    }
  }

  static synchronized void record(String processKey, String elementId) {
    String line = processKey + " " + elementId;
    if (!SEEN.add(line)) {
      return;
    }
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(COVERED, line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
