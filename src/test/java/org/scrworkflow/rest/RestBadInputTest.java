package org.scrworkflow.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
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
    Map<String, Object> referral = new HashMap<>(Map.of("caseReference", "CR-4400", "childPseudonym", "Child A",
        "incidentType", "DEATH", "abuseOrNeglectKnownOrSuspected", true, "interagencyConcern", true,
        // today: an awareness date in the past would make the notification timers due, and the job executor
        // would fire them while this test completes the tasks
        "awarenessDate", LocalDate.now(ZoneId.of("Europe/London")).toString(), "region", "LONDON", "residenceLscb", "lscb-x", "lookedAfter", false,
        "agenciesInvolved", List.of("police")));
    String id = engine.getRuntimeService().startProcessInstanceByKey("serious-case-review", "CR-4400", referral).getId();
    complete(id, "Task_ApproveIncidentNotification", Map.of("notificationReason", "SCR_POSSIBLE"));
    complete(id, "Task_ConfirmLscbs", Map.of());
    complete(id, "Task_ScreenCase", Map.of("screeningAnswers", "8.12"));
    complete(id, "Task_RecommendToChair", Map.of("recommendation", "INITIATE"));
    Task decision = await(id, "Task_DecideInitiation");

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
    assertThat(response.body()).contains("before the incident was notified").doesNotContain("ENGINE-");
    assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(id, "decisionDate")).isNull();
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
