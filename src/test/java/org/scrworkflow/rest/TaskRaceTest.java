package org.scrworkflow.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people working one task at the same moment, over real HTTP, on the REST API and on Tasklist's own engine
 * API: one gets through, the other is told plainly that the task changed (409) or is gone (404); never a 500,
 * never an engine code.
 */
@H2DemoApplicationTest
class TaskRaceTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROUNDS = 10;
  private static final String APPROVE = "{\"variables\":{\"notificationReason\":{\"value\":\"SCR_POSSIBLE\"},"
      + "\"notificationSummary\":{\"value\":\"Child A died; neglect suspected.\"}}}";

  private final ExecutorService twoPeople = Executors.newFixedThreadPool(2);
  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @AfterEach
  void stop() {
    twoPeople.shutdownNow();
  }

  @Test
  @DisplayName("Two people completing one task at once, 10 times over REST: one 204, the other 409 or 404, never a 500 or an engine code")
  void simultaneousCompletionsOverRest() throws Exception {
    List<String> losers = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String task = newReviewTask("CR-87" + String.format("%02d", round));
      String path = "/engine-rest/task/" + task + "/complete";
      List<HttpResponse<String>> answers = atOnce(
          () -> post("businessmanager", path, APPROVE), () -> post("admin", path, APPROVE));
      losers.add(checkOneWonOneWasToldPlainly(answers, "round " + round));
    }
    System.out.println("REST completion races, the other's answers: " + losers);
  }

  @Test
  @DisplayName("Two people submitting one task's form at once from Tasklist, 10 times: one 204, the other 409 or 404")
  void simultaneousSubmissionsFromTasklist() throws Exception {
    HttpClient businessManager = tasklistSession("businessmanager");
    HttpClient administrator = tasklistSession("admin");
    List<String> losers = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String task = newReviewTask("CR-86" + String.format("%02d", round));
      String path = "/camunda/api/engine/engine/default/task/" + task + "/submit-form";
      List<HttpResponse<String>> answers = atOnce(
          () -> webappPost(businessManager, path, APPROVE), () -> webappPost(administrator, path, APPROVE));
      losers.add(checkOneWonOneWasToldPlainly(answers, "round " + round));
    }
    System.out.println("Tasklist submission races, the other's answers: " + losers);
  }

  @Test
  @DisplayName("A claim races, a claim of a task someone holds, and work on a task that is gone: 409 and 404 in plain words, naming nobody")
  void claimsAndGoneTasks() throws Exception {
    String task = newReviewTask("CR-8790");
    List<HttpResponse<String>> claims = atOnce(
        () -> post("businessmanager", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"businessmanager\"}"),
        () -> post("admin", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"admin\"}"));
    checkOneWonOneWasToldPlainly(claims, "claim race");

    String holder = JSON.readTree(get("admin", "/engine-rest/task/" + task).body()).path("assignee").asText();
    String other = holder.equals("admin") ? "businessmanager" : "admin";
    var claimHeld = post(other, "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + other + "\"}");
    assertThat(claimHeld.statusCode()).as(claimHeld.body()).isEqualTo(409);
    assertThat(JSON.readTree(claimHeld.body()).path("message").asText())
        .isEqualTo("This task is already claimed by someone else: reload your task list.");
    assertThat(claimHeld.body()).doesNotContain(holder, "ENGINE-", "Exception");

    assertThat(post(holder, "/engine-rest/task/" + task + "/complete", APPROVE).statusCode()).isEqualTo(204);
    for (String path : List.of("/complete", "/claim", "/submit-form")) {
      var gone = post("businessmanager", "/engine-rest/task/" + task + path,
          path.equals("/claim") ? "{\"userId\":\"businessmanager\"}" : APPROVE);
      assertThat(gone.statusCode()).as(path + ": " + gone.body()).isEqualTo(404);
      assertThat(JSON.readTree(gone.body()).path("message").asText()).as(path)
          .isEqualTo("This task no longer exists: it was completed or cancelled. Reload your task list.");
      assertThat(gone.body()).doesNotContain("ENGINE-", "Exception", task);
    }
    var goneInTasklist = webappPost(tasklistSession("businessmanager"),
        "/camunda/api/engine/engine/default/task/" + task + "/submit-form", APPROVE);
    assertThat(goneInTasklist.statusCode()).as(goneInTasklist.body()).isEqualTo(404);
    assertThat(goneInTasklist.body()).contains("This task no longer exists").doesNotContain("ENGINE-");
  }

  /** Exactly one got through; the other got 409 or 404 with a plain sentence. Returns the other's answer. */
  private static String checkOneWonOneWasToldPlainly(List<HttpResponse<String>> answers, String round)
      throws Exception {
    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
    String bodies = answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString();
    assertThat(statuses).as(round + ": " + bodies).hasSize(2).first().isEqualTo(204);
    HttpResponse<String> other = answers.stream().filter(a -> a.statusCode() != 204).findFirst().orElseThrow();
    assertThat(other.statusCode()).as(round + ": " + bodies).isIn(409, 404);
    assertThat(other.body()).as(round).doesNotContain("ENGINE-", "Exception", "Entity");
    JsonNode answer = JSON.readTree(other.body());
    assertThat(answer.path("type").asText()).as(round).isIn("TaskChanged", "TaskGone", "TaskAlreadyClaimed");
    if (answer.path("type").asText().equals("TaskChanged")) {
      assertThat(answer.path("message").asText()).isEqualTo(
          "This task changed meanwhile (someone else completed, claimed or updated it): reload it.");
    }
    return other.statusCode() + " " + answer.path("type").asText();
  }

  private interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** Both calls released together by a barrier, each on its own thread. */
  private List<HttpResponse<String>> atOnce(Call first, Call second) throws Exception {
    var barrier = new CyclicBarrier(2);
    List<Future<HttpResponse<String>>> both = new ArrayList<>();
    for (Call call : List.of(first, second)) {
      both.add(twoPeople.submit(() -> {
        barrier.await(10, TimeUnit.SECONDS);
        return call.send();
      }));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (var answer : both) {
      answers.add(answer.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  // --- a review's first task ("Approve the serious incident notification"), as LscbIsolationTest starts one

  private String newReviewTask(String caseReference) throws Exception {
    var response = Http.startReview(port, "businessmanager", caseReference);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode task = Eventually.await("a single open task for " + caseReference, Duration.ofSeconds(30), () -> {
      JsonNode tasks = JSON.readTree(get("admin", "/engine-rest/task?processInstanceBusinessKey=" + caseReference).body());
      return tasks.size() == 1 ? Optional.of(tasks.get(0)) : Optional.empty();
    });
    assertThat(task.path("name").asText()).isEqualTo("Approve the serious incident notification");
    return task.get("id").asText();
  }

  private HttpResponse<String> post(String user, String path, String json) throws Exception {
    return client.send(request(path).header("Content-Type", "application/json")
        .header("Authorization", Http.basic(user, PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return client.send(request(path).header("Authorization", Http.basic(user, PASSWORD)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A Tasklist login with its CSRF token, as the browser holds it after loading a page. */
  private HttpClient tasklistSession(String user) throws Exception {
    HttpClient session = Http.loggedInToTasklist(port, user, PASSWORD);
    session.send(request("/camunda/api/engine/engine/default/task/count").GET().build(),
        HttpResponse.BodyHandlers.discarding());
    return session;
  }

  private HttpResponse<String> webappPost(HttpClient session, String path, String json) throws Exception {
    var cookies = (CookieManager) session.cookieHandler().orElseThrow();
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(c -> c.getValue()).findFirst().orElse("");
    return session.send(request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
  }
}
