package org.scrworkflow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Uploads;

/**
 * Brings a review to the step a browser test is about: its earlier steps are answered as their roles would, through
 * the Java API (the standard answers, today); state is read over REST as the administrator.
 */
public final class OpenSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final TaskService tasks;

  public OpenSteps(int port, TaskService tasks) {
    this.port = port;
    this.tasks = tasks;
  }

  /** Works the review's steps until the given step is open; its id. */
  public String walkTo(String caseReference, String taskKey) throws Exception {
    for (int step = 0; step < 12; step++) {
      String next = Eventually.await("a step of " + caseReference, Duration.ofSeconds(30), () -> {
        JsonNode open = rest("/task?processInstanceBusinessKey=" + caseReference);
        return open.size() > 0 ? Optional.of(open.get(0).path("id").asText()) : Optional.empty();
      });
      var task = tasks.createTaskQuery().taskId(next).singleResult();
      if (taskKey.equals(task.getTaskDefinitionKey())) {
        return next;
      }
      tasks.complete(next, StandardAnswers.of(task.getTaskDefinitionKey()).values()
          .on(LocalDate.now(ZoneId.of("Europe/London")), Uploads::pdf));
      Eventually.await("the step " + task.getTaskDefinitionKey() + " to complete", Duration.ofSeconds(30),
          () -> tasks.createTaskQuery().taskId(next).count() == 0 ? Optional.of(true) : Optional.empty());
    }
    throw new AssertionError(taskKey + " not reached for " + caseReference);
  }

  /** The id of the review's open step with that key, once there is exactly one. */
  public String awaitTask(String caseReference, String taskKey) throws Exception {
    return awaitTask(caseReference, taskKey, null);
  }

  /** The same in that LSCB (its tenant id), where another LSCB uses the same case reference; null for any. */
  public String awaitTask(String caseReference, String taskKey, String lscb) throws Exception {
    return Eventually.await("task " + taskKey + " for " + caseReference, Duration.ofSeconds(30), () -> {
      JsonNode found = rest("/task?processInstanceBusinessKey=" + caseReference + "&taskDefinitionKey=" + taskKey
          + "&processDefinitionKey=" + SeriousCaseReview.KEY + (lscb == null ? "" : "&tenantIdIn=" + lscb));
      return found.size() == 1 ? Optional.of(found.get(0).get("id").asText()) : Optional.empty();
    });
  }

  /** A GET on /engine-rest as the administrator. */
  public JsonNode rest(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
            .header("Authorization", Http.basic("admin", "Demo-Pass-2010")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }
}
