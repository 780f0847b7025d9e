package org.scrworkflow.testsupport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.scrworkflow.notification.NotificationLog;
import org.scrworkflow.notification.NotificationRecord;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.ReviewWalk;
import org.scrworkflow.scenario.StandardAnswers;
import org.springframework.beans.factory.annotation.Autowired;

/** What every scenario test class has: the driver, the notification record, a fresh case reference each. */
public abstract class ScenarioSupport {

  protected static final LocalTime NINE = LocalTime.of(9, 0);
  protected static final LocalTime MIDNIGHT = LocalTime.MIDNIGHT;
  private static final AtomicInteger CASES = new AtomicInteger(5000);

  @Autowired protected ReviewDriver driver;
  @Autowired protected NotificationLog notifications;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(driver.engine());
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  /** Runs the work as the process's own code does (a delegate), which the owned-variable rule lets through. */
  protected void asProcessCode(Runnable work) {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        driver.engine().getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(command -> {
      try {
        configuration.getDelegateInterceptor().handleInvocation(
            new org.camunda.bpm.engine.impl.delegate.DelegateInvocation(null, null) {
              @Override
              protected void invoke() {
                work.run();
              }
            });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
  }

  /** Walks that review (or publication) with the standard answers; uploads are small fictional PDFs. */
  protected ReviewWalk walk(ProcessInstance review) {
    return new ReviewWalk(driver, review, Uploads::pdf);
  }

  /**
   * Completes the task with its standard answer on the engine's day and these values over it (null leaves a field
   * out), then runs the jobs that follow: a scenario says only what it is about.
   */
  protected void answer(ProcessInstance review, Task task, Map<String, Object> overrides) {
    recordedDates(overrides).stream().max(LocalDate::compareTo).ifPresent(this::recordOn);
    driver.complete(review, task, StandardAnswers.answer(task.getTaskDefinitionKey(), driver.day(), Uploads::pdf,
        overrides));
  }

  /**
   * The dates of things that happened among these values (not the planned ones, such as a due date): a person
   * records them on or after the day, so a step that records one is taken no earlier.
   */
  static List<LocalDate> recordedDates(Map<String, Object> values) {
    List<LocalDate> dates = new java.util.ArrayList<>();
    values.forEach((name, value) -> {
      if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}") && !PLANNED_DATES.contains(name)) {
        dates.add(LocalDate.parse(text));
      }
    });
    return dates;
  }

  /** The date fields of the forms that may lie ahead (custom property plannedDate). */
  private static final java.util.Set<String> PLANNED_DATES = plannedDates();

  private static java.util.Set<String> plannedDates() {
    java.util.Set<String> planned = new java.util.HashSet<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
      for (java.nio.file.Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        json.readTree(form.toFile()).path("components").forEach(field -> {
          if ("true".equals(field.path("properties").path("plannedDate").asText())) {
            planned.add(field.path("key").asText());
          }
        });
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return planned;
  }

  /** {@link #answer(ProcessInstance, Task, Map)} for the one open task with that key. */
  protected void answer(ProcessInstance review, String taskKey, Map<String, Object> overrides) {
    answer(review, driver.task(review, taskKey), overrides);
  }

  /** Moves the engine's clock on to that day if it is behind it (never back): a date is recorded on or after it. */
  protected void recordOn(LocalDate day) {
    if (driver.day().isBefore(day)) {
      driver.today(day);
    }
  }

  protected static String newCase() {
    return "CR-" + CASES.incrementAndGet();
  }

  /** The templates of every notification of the case, oldest first. */
  protected List<String> templates(String caseReference) {
    return notifications.forCase(caseOf(caseReference)).stream().map(NotificationRecord::template).toList();
  }

  /** The case of a reference this test started (references are unique per run): its LSCB as the engine holds it. */
  protected CaseKey caseOf(String caseReference) {
    var instances = driver.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list();
    if (instances.isEmpty()) {
      throw new AssertionError("No process instance of " + caseReference);
    }
    return new CaseKey(instances.get(0).getTenantId(), caseReference);
  }
}
