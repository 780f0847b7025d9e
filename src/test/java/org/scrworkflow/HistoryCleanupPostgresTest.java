package org.scrworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The history cleanup of application.yaml on PostgreSQL: removal time at the end, a night window, one job. */
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "scr.admin.user-id=opsadmin",
      "scr.admin.password=Ops-Admin-Pass-2010",
      "scr.admin.email=opsadmin@example.invalid",
      // the test runs the cleanup job itself, at the times it sets
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("postgres")
class HistoryCleanupPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "scr_history_cleanup");
  }

  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("Cleanup is configured: removal time at the end, 20:00-06:00 window, one job, batches of 500")
  void cleanupIsConfigured() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
    assertThat(configuration.getBatchOperationHistoryTimeToLive()).isEqualTo("P180D");
  }

  @Test
  @DisplayName("An ended instance's history goes once its removal time (end + time-to-live) has passed, not before")
  void endedHistoryIsRemovedAfterItsTimeToLive() {
    var repository = engine.getRepositoryService();
    var deployment = repository.createDeployment().addClasspathResource("models/history-cleanup-check.bpmn").deploy();
    try {
      Instant firstEnd = Instant.parse("2011-03-01T10:00:00Z");
      Instant secondEnd = Instant.parse("2011-03-20T10:00:00Z");
      String first = startAt(firstEnd);
      String second = startAt(secondEnd);
      // time-to-live 30 days, counted from the end (strategy "end"), as calendar days in the server's zone
      assertThat(removalTime(first))
          .isEqualTo(Date.from(firstEnd.atZone(ZoneId.of("Europe/London")).plusDays(30).toInstant()));

      // 5 April 2011, noon: the first instance is due for removal, the second is not (19 April)
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2011-04-05T12:00:00Z")));
      var history = engine.getHistoryService();
      Job cleanup = history.cleanUpHistoryAsync();
      // outside the window the job waits for the window to open (20:00 in London, BST in April)
      assertThat(cleanup.getDuedate()).isEqualTo(Date.from(Instant.parse("2011-04-05T19:00:00Z")));
      assertThat(history.findHistoryCleanupJobs()).as("degree of parallelism 1").hasSize(1);

      cleanup = history.cleanUpHistoryAsync(true);
      engine.getManagementService().executeJob(cleanup.getId());
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(java.util.Set.of(first, second))
          .list()).extracting(instance -> instance.getId()).containsExactly(second);
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(first).count()).isZero();
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  private String startAt(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
    return engine.getRuntimeService().startProcessInstanceByKey("history-cleanup-check").getId();
  }

  private Date removalTime(String instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getRemovalTime();
  }

}
