package org.scrworkflow.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input over REST is a 400 with the rule's reason, and nothing is half-saved. */
@H2DemoApplicationTest
class RestBadInputTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  @DisplayName("A decision dated before the notification is refused with 400 and the reason; the task stays open")
  void decisionBeforeNotificationIsA400() throws Exception {
    // today: an awareness date in the past would make the notification timers due, and the job executor would
    // fire them while this test completes the tasks
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String id = engine.getRuntimeService().startProcessInstanceByKey(SeriousCaseReview.KEY, "CR-4400",
        StandardAnswers.referral("CR-4400", "Child A", "lscb-x", "LONDON", today, List.of("police"))).getId();
    for (String step : List.of(TASK_APPROVE_INCIDENT_NOTIFICATION, TASK_CONFIRM_LSCBS, TASK_SCREEN_CASE,
        TASK_RECOMMEND_TO_CHAIR)) {
      complete(id, step, StandardAnswers.of(step).values().on(today, file -> null));
    }
    Task decision = await(id, TASK_DECIDE_INITIATION);

    String body = "{\"variables\":{\"initiateReview\":{\"value\":true,\"type\":\"Boolean\"},"
        + "\"decisionDate\":{\"value\":\"2026-01-11\",\"type\":\"String\"},"
        + "\"decisionReasons\":{\"value\":\"Required.\",\"type\":\"String\"}}}";
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + decision.getId() + "/complete"))
            .header("Authorization", Http.basic("admin", "Demo-Pass-2010"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("a decision cannot precede the notification").doesNotContain("ENGINE-");
    assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(id, DECISION_DATE.name())).isNull();
  }

  @Test
  @DisplayName("A referral whose awareness date is in the future (typed the wrong way round) is a 400; nothing starts")
  void referralInTheFutureIsA400() throws Exception {
    String body = "{\"variables\":{\"caseReference\":{\"value\":\"CR-4401\"},\"incidentType\":{\"value\":\"DEATH\"},"
        + "\"abuseOrNeglectKnownOrSuspected\":{\"value\":true},\"awarenessDate\":{\"value\":\"2099-01-12\"},"
        + "\"region\":{\"value\":\"LONDON\"}}}";
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/engine-rest/process-definition/key/serious-case-review/start"))
            .header("Authorization", Http.basic("businessmanager", "Demo-Pass-2010"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("is in the future");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("CR-4401").count())
        .isZero();
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) throws Exception {
    engine.getTaskService().complete(await(processInstanceId, taskKey).getId(), variables);
  }

  /** The job executor runs the notifications in the background: wait for the next task, at most 20 s. */
  private Task await(String processInstanceId, String taskKey) throws Exception {
    return Eventually.await("task " + taskKey, Duration.ofSeconds(20), () -> Optional.ofNullable(engine
        .getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult()));
  }
}
