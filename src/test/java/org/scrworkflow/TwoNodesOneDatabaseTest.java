package org.scrworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.tasklist.TasklistFilters;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.SecondNode;
import org.scrworkflow.testsupport.SmtpRelay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two nodes of the application on one PostgreSQL database, each with its job executor on: node A is this
 * test's Spring context, node B the same application in a JVM of its own ({@link SecondNode}), whose mail goes
 * through a relay the test can make hang ({@link SmtpRelay}). Jobs are locked for 20 seconds here (10 minutes in
 * production), so that a lock left by a killed node expires within the test. The lock must outlast the longest
 * job: with 5 seconds, a notification's first PDF on a cold JVM took longer, the other node took the job over
 * while it still ran, and both sent the mail (the record's unique key then failed one of them).
 */
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "scr.admin.user-id=opsadmin",
      "scr.admin.password=Ops-Admin-Pass-2010",
      "scr.admin.email=opsadmin@example.invalid",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3927",
      "camunda.bpm.generic-properties.properties.hostname=node-a"
    })
@ActiveProfiles("postgres")
class TwoNodesOneDatabaseTest {

  static final String DATABASE = "scr_two_nodes";
  /** Both nodes: a short lock, and an idle job executor that looks for due jobs every second. */
  static final List<String> JOB_EXECUTION = List.of(
      "camunda.bpm.job-execution.lock-time-in-millis=20000",
      "camunda.bpm.job-execution.wait-time-in-millis=500",
      "camunda.bpm.job-execution.max-wait=1000");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3927, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(false);

  static SmtpRelay relay;
  static SecondNode nodeB;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, DATABASE);
    for (String setting : JOB_EXECUTION) {
      String[] nameValue = setting.split("=", 2);
      registry.add(nameValue[0], () -> nameValue[1]);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TasklistFilters filters;

  /**
   * Node B starts once node A has created the schema (two nodes creating one schema at once would race), and
   * again before any test that finds it killed, so no test depends on which ran before it.
   */
  @BeforeEach
  void startNodeB() throws Exception {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("two-nodes-check")
        .count() == 0) {
      engine.getRepositoryService().createDeployment().name("two-nodes-check")
          .addClasspathResource("models/two-nodes-check.bpmn").deploy();
    }
    if (nodeB == null || !nodeB.isAlive()) {
      stopNodeB();
      relay = new SmtpRelay(3927);
      List<String> arguments = new ArrayList<>(List.of(
          "--spring.profiles.active=postgres",
          "--spring.datasource.url=" + TestPostgres.jdbcUrl(DATABASE),
          "--spring.datasource.username=postgres",
          "--spring.datasource.password=postgres",
          "--server.port=0",
          "--scr.admin.user-id=opsadmin",
          "--scr.admin.password=Ops-Admin-Pass-2010",
          "--scr.admin.email=opsadmin@example.invalid",
          "--spring.mail.host=127.0.0.1",
          "--spring.mail.port=" + relay.port(),
          "--camunda.bpm.generic-properties.properties.hostname=node-b"));
      JOB_EXECUTION.forEach(setting -> arguments.add("--" + setting));
      nodeB = SecondNode.start("node-b", arguments, Duration.ofSeconds(120));
    }
  }

  @AfterAll
  static void stopNodeB() throws Exception {
    if (nodeB != null) {
      nodeB.close();
      nodeB = null;
    }
    if (relay != null) {
      relay.close();
      relay = null;
    }
  }

  @Test
  @DisplayName("20 reviews' reminder timers fall due while both nodes run: every job runs once, every mail goes once")
  void dueTimersRunOnceAcrossTwoNodes() throws Exception {
    List<String> instances = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      // incident notified in March 2011: the T-2 reminder fell due long ago, so every timer is due now
      instances.add(engine.getRuntimeService().startProcessInstanceByKey("two-nodes-check", Map.of(
          CASE_REFERENCE.name(), "TN-A-%02d".formatted(i), CHILD_PSEUDONYM.name(), "Child A",
          INCIDENT_NOTIFIED_ON.name(), "2011-03-%02d".formatted(i))).getId());
    }
    await(Duration.ofSeconds(60), () -> ended(instances) == 20);

    // every timer and every asynchronous step ran exactly once, on one node or the other
    List<HistoricJobLog> successes = engine.getHistoryService().createHistoricJobLogQuery().successLog().list()
        .stream().filter(entry -> instances.contains(entry.getProcessInstanceId())).toList();
    Map<String, Long> runsPerJob = successes.stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
    assertThat(runsPerJob).hasSize(40).allSatisfy((job, runs) -> assertThat(runs).isEqualTo(1));
    Map<String, Long> perNode = successes.stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
    assertThat(perNode.keySet()).as("jobs per node: %s", perNode).isSubsetOf("node-a", "node-b");
    assertThat(nodeB.state()).isEqualTo("running");

    // two mails per review, each once; one record per mail
    List<String> messageIds = messagesOf("TN-A-");
    assertThat(messageIds).hasSize(40).doesNotHaveDuplicates();
    assertThat(jdbc.queryForObject("select count(distinct notification_key) || '/' || count(*) from scr_notification"
        + " where case_reference like 'TN-A-%'", String.class)).isEqualTo("40/40");
    System.out.printf("two nodes: job runs per node %s; mails through node B's relay: %d%n", perNode,
        relay.connections());
  }

  @Test
  @DisplayName("A node killed in the middle of a job leaves it locked; the other node retries it once the lock"
      + " expires: no mail twice, no step lost")
  void killedNodesJobIsRetriedByTheOther() throws Exception {
    JobExecutor nodeAExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    nodeAExecutor.shutdown();
    try {
      // node B alone: it sends the reminder (through the relay), then hangs on the escalation's SMTP connection
      assertThat(nodeB.state()).isEqualTo("running");
      relay.forwardThenHang(1);
      String instance = engine.getRuntimeService().startProcessInstanceByKey("two-nodes-check", Map.of(
          CASE_REFERENCE.name(), "TN-B-01", CHILD_PSEUDONYM.name(), "Child B", INCIDENT_NOTIFIED_ON.name(),
              "2011-05-03")).getId();
      assertThat(relay.awaitHang(Duration.ofSeconds(30))).as("node B reached the escalation's mail").isTrue();
      assertThat(messagesOf("TN-B-01")).hasSize(1);

      nodeB.kill();
      assertThat(nodeB.isAlive()).isFalse();
      Map<String, Object> lock = jdbc.queryForMap("select lock_owner_, lock_exp_time_ from act_ru_job"
          + " where process_instance_id_ = ?", instance);
      assertThat(lock.get("lock_owner_")).as("the killed node's lock stays").isNotNull();
      Date lockExpires = (Date) lock.get("lock_exp_time_");

      // node A takes the job over once the lock has expired
      nodeAExecutor.start();
      await(Duration.ofSeconds(60), () -> ended(List.of(instance)) == 1);

      HistoricJobLog retry = engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance)
          .successLog().list().stream().filter(entry -> "Task_Remind".equals(entry.getActivityId()))
          .findFirst().orElseThrow();
      assertThat(retry.getHostname()).isEqualTo("node-a");
      assertThat(retry.getTimestamp()).isAfterOrEqualTo(lockExpires);
      assertThat(messagesOf("TN-B-01")).as("the reminder is not sent again, the escalation once").hasSize(2)
          .doesNotHaveDuplicates();
      assertThat(jdbc.queryForList("select template from scr_notification where case_reference = 'TN-B-01'"
          + " order by id", String.class)).containsExactly("decision-reminder", "decision-overdue");
      for (String step : List.of("Task_Remind", "Task_Escalate", "EndEvent_Done")) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
            .activityId(step).finished().count()).as(step).isEqualTo(1);
      }
    } finally {
      if (!nodeAExecutor.isActive()) {
        nodeAExecutor.start();
      }
    }
  }

  private long ended(List<String> instances) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(new java.util.HashSet<>(instances)).finished().count();
  }

  @Test
  @DisplayName("Nodes started together save the Tasklist filters at the same time: the later save is done again,"
      + " no node fails to start and every filter exists once")
  void nodesStartingTogetherSaveTheFilters() throws Exception {
    ExecutorService starts = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
          runs.add(starts.submit(() -> {
            together.await();
            filters.run(null);
            return null;
          }));
        }
        for (Future<?> run : runs) {
          run.get(60, TimeUnit.SECONDS); // an OptimisticLockingException that escaped fails the test here
        }
      }
    } finally {
      starts.shutdownNow();
    }
    for (String name : List.of("My tasks", "My group's tasks", "Overdue", "IMRs for my agency",
        "Decisions for the LSCB chair", "All open reviews")) {
      assertThat(engine.getFilterService().createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
  }

  /** The Message-IDs of the mails received for cases whose reference starts so. */
  private static List<String> messagesOf(String casePrefix) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getSubject().startsWith(casePrefix)) {
        ids.add(message.getMessageID());
      }
    }
    return ids;
  }

  private static void await(Duration timeout, BooleanSupplier condition) throws Exception {
    Eventually.until(() -> "the condition" + (nodeB != null && !nodeB.isAlive() ? ""
        : "; node B's last output:\n" + tail(nodeB.output())), timeout, condition::getAsBoolean);
  }

  private static String tail(String output) {
    return Arrays.stream(output.split("\n")).skip(Math.max(0, output.split("\n").length - 40))
        .collect(Collectors.joining("\n"));
  }
}
