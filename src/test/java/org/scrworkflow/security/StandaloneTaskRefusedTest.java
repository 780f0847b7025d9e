package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #26: a standalone task (Tasklist's "Create task") belongs to no review and no LSCB, so only the administrator
 * may create one. Every other demo user is refused over real HTTP, on the REST API and through a Tasklist login, with
 * a sentence and nothing created; Tasklist hides the link from them (TasklistFormsInEnglandBrowserTest).
 */
@H2DemoApplicationTest
class StandaloneTaskRefusedTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Every demo user but the administrator (README, Demo logins). */
  static final List<String> NOT_ADMINISTRATORS = List.of("chair", "businessmanager", "panelmember", "overviewauthor",
      "healthoverview", "manager", "policy", "policeimr", "healthimr", "socialcareimr", "policesenior",
      "healthsenior", "socialcaresenior", "regionalmanager", "southchair", "southbusinessmanager", "southpanelmember",
      "southmanager");

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  @DisplayName("POST /engine-rest/task/create: 403 with a sentence for every demo role but the administrator,"
      + " nothing created; the administrator may")
  void onlyTheAdministratorCreatesATask() throws Exception {
    for (String user : NOT_ADMINISTRATORS) {
      String id = "standalone-" + UUID.randomUUID();
      HttpResponse<String> refused = HttpClient.newHttpClient().send(post("/engine-rest/task/create", id)
          .header("Authorization", Http.basic(user, PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      JsonNode body = JSON.readTree(refused.body());
      assertThat(body.path("message").asText()).as(user)
          .isEqualTo("You cannot create a task: each step of a review is created by the review itself, for the"
              + " role that takes it.");
      assertThat(refused.body()).as(user).doesNotContain("ENGINE-", "CREATE", "Exception");
      assertThat(tasks.createTaskQuery().taskId(id).count()).as(user).isZero();
    }

    String id = "standalone-" + UUID.randomUUID();
    HttpResponse<String> created = HttpClient.newHttpClient().send(post("/engine-rest/task/create", id)
        .header("Authorization", Http.basic("admin", PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(id).count()).isEqualTo(1);
    tasks.deleteTask(id, true);
  }

  @Test
  @DisplayName("Tasklist's Create task, sent by the business manager's Tasklist session: 403 with the same sentence")
  void businessManagerRefusedThroughTasklist() throws Exception {
    HttpClient client = Http.loggedInToTasklist(port, "businessmanager", PASSWORD);
    // a page of the engine API first: the webapp then holds the session's CSRF token, as the browser does
    client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/camunda/api/engine/engine/default/task/count")).GET().build(), HttpResponse.BodyHandlers.discarding());
    String token = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(cookie -> cookie.getValue()).findFirst()
        .orElse("");
    String id = "standalone-" + UUID.randomUUID();
    HttpResponse<String> refused = client.send(post("/camunda/api/engine/engine/default/task/create", id)
        .header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).path("message").asText()).startsWith("You cannot create a task");
    assertThat(tasks.createTaskQuery().taskId(id).count()).isZero();
  }

  private HttpRequest.Builder post(String path, String taskId) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + taskId + "\",\"name\":\"A task of my own\"}"));
  }
}
