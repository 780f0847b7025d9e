package org.scrworkflow.testsupport;

import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.scrworkflow.notification.NotificationLog;
import org.scrworkflow.notification.NotificationRecord;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.ReviewWalk;
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

  /** Walks that review (or publication) with the standard answers; uploads are small fictional PDFs. */
  protected ReviewWalk walk(ProcessInstance review) {
    return new ReviewWalk(driver, review, Uploads::pdf);
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
