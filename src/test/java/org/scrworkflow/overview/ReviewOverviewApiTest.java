package org.scrworkflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.review.CaseRegister;
import org.scrworkflow.tasklist.OpenSteps;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/cases/{ref}/overview over real HTTP, for a review started over REST by Northmoor's business manager and
 * walked to the chair's decision: its steps and dates are the engine's history; each role sees what its role may;
 * another LSCB's user gets 404, a caller without a login 401.
 */
@H2DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewOverviewApiTest {

  static final String PASSWORD = "Demo-Pass-2010";
  static final String CASE = "CR-8931";
  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired CaseRegister register;

  String reviewId;

  @BeforeAll
  void aReviewAtTheChairsDecision() throws Exception {
    HttpResponse<String> started = Http.startReview(port, "businessmanager", CASE);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    new OpenSteps(port, tasks).walkTo(CASE, TASK_DECIDE_INITIATION);
    reviewId = register.find(Cases.northmoor(CASE)).orElseThrow().processInstanceId();
  }

  @Test
  @DisplayName("The business manager's page lists every step of the review with the dates the engine's history"
      + " holds, open and done, and the notices sent; no identifying detail")
  void stepsAndDatesAreTheEnginesHistory() throws Exception {
    JsonNode page = overview("businessmanager", "/api/cases/" + CASE + "/overview", 200);

    List<String> expected = new ArrayList<>();
    for (HistoricTaskInstance task : tasksOfTheReview()) {
      expected.add(task.getName() + " | " + day(task.getStartTime()) + " | " + day(task.getDueDate()) + " | "
          + day(task.getEndTime()));
    }
    List<String> shown = new ArrayList<>();
    page.path("steps").forEach(step -> shown.add(step.path("name").asText() + " | " + text(step.path("started"))
        + " | " + text(step.path("due")) + " | " + text(step.path("ended"))));
    assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
    assertThat(shown).containsExactlyElementsOf(expected);

    JsonNode open = last(page.path("steps"));
    assertThat(open.path("state").asText()).isEqualTo("Open");
    assertThat(open.path("taskId").asText())
        .isEqualTo(tasks.createTaskQuery().processInstanceId(reviewId).singleResult().getId());
    assertThat(open.path("heldBy").asText()).isEqualTo("LSCB chair");
    assertThat(open.path("dueWords").asText()).matches("in \\d+ days?|due today");
    assertThat(page.path("steps").get(0).path("state").asText()).isEqualTo("Done");

    assertThat(page.path(CASE_REFERENCE.name()).asText()).isEqualTo(CASE);
    assertThat(page.path("lscbName").asText()).isEqualTo("Northmoor LSCB");
    assertThat(page.path("stage").asText()).isEqualTo("Decision");
    assertThat(page.path("status").asText()).isEqualTo("On track");
    assertThat(page.path("seesWholeReview").asBoolean()).isTrue();
    assertThat(page.path("notices").size()).as("the incident notification was sent").isPositive();
    assertThat(page.path("notices").get(0).path("what").asText()).doesNotContain("-");
    assertThat(page.path("deadlines").findValuesAsText("what")).contains(open.path("name").asText());
    assertThat(page.toString()).doesNotContain("neglect is suspected");
  }

  @Test
  @DisplayName("A panel member sees only the panel's own steps, no status and no notices; the chair sees every step")
  void eachRoleSeesWhatItMay() throws Exception {
    JsonNode whole = overview("chair", "/api/cases/" + CASE + "/overview", 200);
    JsonNode panel = overview("panelmember", "/api/cases/" + CASE + "/overview", 200);
    assertThat(whole.path("steps").size()).isGreaterThan(panel.path("steps").size());
    assertThat(panel.path("steps").size()).as("the panel screened the case").isPositive();
    panel.path("steps").forEach(step -> assertThat(step.path("heldBy").asText()).contains("panel"));
    assertThat(panel.path("seesWholeReview").asBoolean()).isFalse();
    assertThat(panel.path("status").isNull()).isTrue();
    assertThat(panel.path("notices").isNull()).isTrue();
    assertThat(panel.path("stage").asText()).isEqualTo("Decision");
    assertThat(panel.path("documents").findValuesAsText("classification")).as("the letters, confidential")
        .isNotEmpty().containsOnly("Confidential");

    JsonNode police = overview("policeimr", "/api/cases/" + CASE + "/overview", 200);
    assertThat(police.path("steps").size()).as("no IMR yet: no step of the police's").isZero();
    assertThat(police.path("notices").isNull()).isTrue();
    assertThat(police.path("documents").size()).as("an IMR author may not open the confidential letters").isZero();
  }

  @Test
  @DisplayName("Another LSCB's user gets 404 for the case, by its reference or by the LSCB's canonical URL, even"
      + " where their own LSCB has a case of that reference; without a login, 401")
  void anotherLscbGets404() throws Exception {
    overview("southbusinessmanager", "/api/cases/" + CASE + "/overview", 404);
    overview("southbusinessmanager", "/api/lscbs/lscb-northmoor/cases/" + CASE + "/overview", 404);
    overview("southmanager", "/api/lscbs/lscb-northmoor/cases/" + CASE + "/overview", 404);
    overview("businessmanager", "/api/cases/CR-0000404/overview", 404);
    overview(null, "/api/cases/" + CASE + "/overview", 401);

    String southCase = "CR-8932";
    assertThat(Http.startReview(port, "southbusinessmanager", southCase).statusCode()).isEqualTo(200);
    overview("businessmanager", "/api/cases/" + southCase + "/overview", 404);
    JsonNode own = overview("southbusinessmanager", "/api/cases/" + southCase + "/overview", 200);
    assertThat(own.path("lscbName").asText()).isEqualTo("Southvale LSCB");
    assertThat(own.toString()).doesNotContain(CASE);
  }

  private List<HistoricTaskInstance> tasksOfTheReview() {
    List<String> instances = new ArrayList<>(List.of(reviewId));
    for (int i = 0; i < instances.size(); i++) {
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(instances.get(i)).list()
          .forEach(called -> instances.add(called.getId()));
    }
    List<HistoricTaskInstance> all = new ArrayList<>();
    instances.forEach(id -> all.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(id).list()));
    all.sort(Comparator.comparing(HistoricTaskInstance::getStartTime).thenComparing(HistoricTaskInstance::getId));
    return all;
  }

  private static String day(Date date) {
    return date == null ? "" : LocalDate.ofInstant(date.toInstant(), LONDON).toString();
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? "" : node.asText();
  }

  private static JsonNode last(JsonNode array) {
    return array.get(array.size() - 1);
  }

  private JsonNode overview(String user, String path, int status) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", Http.basic(user, PASSWORD));
    }
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }
}
