package org.scrworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_INCIDENT_NOTIFICATION_OVERDUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Modeler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rules are data: a policy officer changes a period in the decision table and deploys it as Camunda Modeler does,
 * and the next review gets the new date, without a developer and without a new process version.
 */
@H2DemoApplicationTest
class PeriodChangeDeployedTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path TABLE = Path.of("processes", "statutory-timescale.dmn");
  static final String T1_AMOUNT = "<outputEntry id=\"LiteralExpression_T1_Amount\">\n          <text>1</text>";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @AfterEach
  void restoreTheTableAndClock() throws Exception {
    ClockUtil.reset();
    Modeler.deploy(port, "policy", "Statutory timescales", Map.of(TABLE.getFileName().toString(),
        Files.readAllBytes(TABLE)));
  }

  @Test
  @DisplayName("The policy team changes T-1 to 5 working days in Modeler and deploys it: the next review's notification is due 5 working days after awareness")
  void changedPeriodAppliesToTheNextReview() throws Exception {
    String original = Files.readString(TABLE);
    assertThat(original).as("the T-1 row as shipped").contains(T1_AMOUNT);
    String edited = original.replace(T1_AMOUNT, T1_AMOUNT.replace("<text>1</text>", "<text>5</text>"));
    int before = repository.createDecisionDefinitionQuery().decisionDefinitionKey("statutory-timescale")
        .latestVersion().singleResult().getVersion();
    long processVersions = repository.createProcessDefinitionQuery().processDefinitionKey(SeriousCaseReview.KEY)
        .count();

    HttpResponse<String> deployed = Modeler.deploy(port, "policy", "T-1 now 5 working days",
        Map.of("statutory-timescale.dmn", edited.getBytes(StandardCharsets.UTF_8)));

    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String deploymentId = JSON.readTree(deployed.body()).path("id").asText();
    // the definition versions, as the policy officer reads them over REST (Cockpit shows the same)
    JsonNode latest = JSON.readTree(get("/engine-rest/decision-definition?key=statutory-timescale&latestVersion=true"))
        .get(0);
    assertThat(latest.path("version").asInt()).isEqualTo(before + 1);
    assertThat(latest.path("deploymentId").asText()).isEqualTo(deploymentId);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(SeriousCaseReview.KEY).count())
        .as("a period is data: the process gets no new version").isEqualTo(processVersions);

    // a review started afterwards: awareness Mon 14 Mar 2011; 5 working days is Mon 21 Mar (was Tue 15 Mar)
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2011, 3, 14).atTime(10, 0)
        .atZone(ReviewDriver.LONDON).toInstant()));
    var review = runtime.startProcessInstanceByKey(SeriousCaseReview.KEY, "CR-7791", StandardAnswers.referral(
        "CR-7791", "Child R", "lscb-northmoor", "WEST_MIDLANDS", LocalDate.of(2011, 3, 14), List.of("police")));
    Task notification = tasks.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(TASK_APPROVE_INCIDENT_NOTIFICATION).singleResult();
    assertThat(ReviewDriver.london(notification.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 3, 21));
    // the escalation timer reads the same row: it fires at the start of the day after, Tue 22 Mar
    Job overdue = management.createJobQuery().processInstanceId(review.getId())
        .activityId(TIMER_INCIDENT_NOTIFICATION_OVERDUE).singleResult();
    assertThat(ReviewDriver.london(overdue.getDuedate())).isEqualTo(LocalDate.of(2011, 3, 22).atStartOfDay());
  }

  private String get(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic("policy", Modeler.PASSWORD)).GET().build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
