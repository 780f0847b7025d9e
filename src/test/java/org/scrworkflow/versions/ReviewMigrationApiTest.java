package org.scrworkflow.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_INCIDENT_NOTIFICATION_OVERDUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Modeler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Running reviews stay on the version they started on; the policy team moves them deliberately, dry run first
 * ({@code POST /api/policy/migrations/plan}), then as a batch ({@code POST /api/policy/migrations/run}). Each
 * test deploys a variant of the real serious-case-review model through the engine (and so through the
 * deployment check).
 */
@H2DemoApplicationTest
class ReviewMigrationApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String KEY = SeriousCaseReview.KEY;
  static final Path TABLE = Path.of("processes", "statutory-timescale.dmn");
  static final String T1_AMOUNT = "<outputEntry id=\"LiteralExpression_T1_Amount\">\n          <text>1</text>";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired Deadlines deadlines;

  static final AtomicInteger CASES = new AtomicInteger(6600);

  @Test
  @DisplayName("Deploying a new version leaves running reviews on theirs; reviews started afterwards use the new one")
  void runningReviewsStayOnTheirVersion() throws Exception {
    ProcessDefinition before = shipped();
    ProcessInstance running = start(before);

    ProcessDefinition after = deploy("T-1 note: 5 working days", ModelVariants.periodNoteChanged());

    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(definitionOf(running).getId()).isEqualTo(before.getId());
    String ref = "CR-" + CASES.incrementAndGet();
    var later = runtime.startProcessInstanceByKey(KEY, ref, referral(ref));
    assertThat(definitionOf(later).getId()).as("started afterwards").isEqualTo(after.getId());
  }

  @Test
  @DisplayName("A period changed (timers and due dates unchanged in the model): the dry run moves nothing and says every review would move; the run moves them with their timer")
  void periodChangedReviewsMove() throws Exception {
    ProcessDefinition current = shipped();
    ProcessInstance first = start(current);
    ProcessInstance second = start(current);
    int from = current.getVersion();
    ProcessDefinition to = deploy("T-1 note: 5 working days", ModelVariants.periodNoteChanged());

    JsonNode plan = post("policy", "/api/policy/migrations/plan", request(from, to.getVersion()));

    assertThat(ids(plan.path("wouldMove"))).contains(first.getId(), second.getId());
    assertThat(ids(plan.path("cannotMove"))).doesNotContain(first.getId(), second.getId());
    assertThat(plan.path("toProcessDefinitionId").asText()).isEqualTo(to.getId());
    assertThat(plan.path("mappedActivities").toString()).contains("{\"sourceActivityId\":\"" + ModelVariants.APPROVAL
        + "\",\"targetActivityId\":\"" + ModelVariants.APPROVAL + "\"}");
    assertThat(definitionOf(first).getVersion()).as("a dry run changes nothing").isEqualTo(from);

    JsonNode run = post("policy", "/api/policy/migrations/run", request(from, to.getVersion()));

    assertThat(run.path("batchId").asText()).isNotBlank();
    assertThat(ids(run.path("moving"))).contains(first.getId(), second.getId());
    awaitVersion(first, to);
    awaitVersion(second, to);
    assertThat(tasks.createTaskQuery().processInstanceId(first.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(ModelVariants.APPROVAL);
    var timer = management.createJobQuery().processInstanceId(first.getId())
        .activityId(TIMER_INCIDENT_NOTIFICATION_OVERDUE).singleResult();
    assertThat(timer.getProcessDefinitionId()).as("the T-1 timer moved with the review").isEqualTo(to.getId());
  }

  @Test
  @DisplayName("A moved review's timer is set again from the new version with the table's current period; its task keeps its due date")
  void movedTimerReadsTheCurrentPeriod() throws Exception {
    ProcessDefinition current = shipped();
    ProcessInstance review = start(current);
    Date taskDue = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getDueDate();
    Date timerDue = overdueTimer(review).getDuedate();
    String table = Files.readString(TABLE);
    repository.createDeployment().name("T-1 now 5 working days").addString("statutory-timescale.dmn",
        table.replace(T1_AMOUNT, T1_AMOUNT.replace("<text>1</text>", "<text>5</text>"))).deploy();
    try {
      Date fiveWorkingDays = deadlines.after("T-1", runtime.getVariable(review.getId(), AWARENESS_DATE.name()));
      assertThat(fiveWorkingDays).isAfter(timerDue);
      ProcessDefinition to = deploy("T-1 note: 5 working days", ModelVariants.periodNoteChanged());

      post("policy", "/api/policy/migrations/run", request(current.getVersion(), to.getVersion()));

      awaitVersion(review, to);
      assertThat(overdueTimer(review).getDuedate()).isEqualTo(fiveWorkingDays);
      assertThat(tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getDueDate())
          .isEqualTo(taskDue);
    } finally {
      repository.createDeployment().name("Statutory timescales").addString("statutory-timescale.dmn", table)
          .deploy();
    }
  }

  @Test
  @DisplayName("A task added before where a review waits: the review moves, and the new task is not run for it")
  void taskAddedBeforeTheCurrentPositionMoves() throws Exception {
    ProcessDefinition current = shipped();
    ProcessInstance review = start(current);
    int from = current.getVersion();
    ProcessDefinition to = deploy("Check the facts before approving", ModelVariants.taskAddedBeforeApproval());

    JsonNode plan = post("admin", "/api/policy/migrations/plan", request(from, to.getVersion()));
    assertThat(ids(plan.path("wouldMove"))).contains(review.getId());

    post("policy", "/api/policy/migrations/run", request(from, to.getVersion()));

    awaitVersion(review, to);
    assertThat(tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(ModelVariants.APPROVAL);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(review.getId())
        .activityId("Task_CheckNotificationFacts").count()).as("the new task is not executed").isZero();
  }

  @Test
  @DisplayName("The step where a review waits is removed: the dry run reports it cannot move, with the reason; the run moves nothing")
  void removedActivityWhereAReviewWaitsCannotMove() throws Exception {
    ProcessDefinition current = shipped();
    ProcessInstance review = start(current);
    int from = current.getVersion();
    ProcessDefinition to = deploy("Approval step removed", ModelVariants.approvalRemoved());

    JsonNode plan = post("policy", "/api/policy/migrations/plan", request(from, to.getVersion()));

    assertThat(ids(plan.path("wouldMove"))).doesNotContain(review.getId());
    JsonNode blocked = instance(plan.path("cannotMove"), review.getId());
    assertThat(blocked.path("businessKey").asText()).isEqualTo(review.getBusinessKey());
    assertThat(blocked.path("reasons").toString()).contains(ModelVariants.APPROVAL)
        .containsIgnoringCase("no migration instruction");

    HttpResponse<String> run = send("policy", "/api/policy/migrations/run", request(from, to.getVersion()));
    assertThat(run.statusCode()).as(run.body()).isEqualTo(400);
    assertThat(definitionOf(review).getVersion()).isEqualTo(from);
  }

  @Test
  @DisplayName("Only the policy team and administrators may migrate: 403 for a manager or a chair, 401 anonymous, 400 for a version that does not exist")
  void onlyPolicyTeamAndAdministratorsMigrate() throws Exception {
    String body = request(1, 2);
    assertThat(send("manager", "/api/policy/migrations/plan", body).statusCode()).isEqualTo(403);
    assertThat(send("chair", "/api/policy/migrations/run", body).statusCode()).isEqualTo(403);
    assertThat(send(null, "/api/policy/migrations/plan", body).statusCode()).isEqualTo(401);
    HttpResponse<String> missing = send("policy", "/api/policy/migrations/plan", request(1, 999));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("No process serious-case-review version 999 is deployed.");
  }

  /** The model as shipped, deployed again so that each test starts from it whatever the test before deployed. */
  private ProcessDefinition shipped() throws IOException {
    return deploy("As shipped", ModelVariants.shipped());
  }

  private ProcessInstance start(ProcessDefinition definition) {
    String ref = "CR-" + CASES.incrementAndGet();
    ProcessInstance review = runtime.startProcessInstanceById(definition.getId(), ref, referral(ref));
    assertThat(tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(ModelVariants.APPROVAL);
    return review;
  }

  private static Map<String, Object> referral(String ref) {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    return StandardAnswers.referral(ref, "Child M", "lscb-northmoor", "LONDON", LocalDate.parse(today),
        List.of("police")).with(CHILD_AGE_YEARS, 5L).with(INCIDENT_DATE, LocalDate.parse(today));
  }

  /** The variant with its forms (Binding "deployment"), as the policy guide tells to deploy it. */
  private ProcessDefinition deploy(String name, BpmnModelInstance model) throws IOException {
    var builder = repository.createDeployment().name(name)
        .addModelInstance(ModelVariants.MODEL.getFileName().toString(), model);
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        builder.addInputStream(form.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(form)));
      }
    }
    return builder.deployWithResult().getDeployedProcessDefinitions().get(0);
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    String id = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
    return repository.getProcessDefinition(id);
  }

  private void awaitVersion(ProcessInstance instance, ProcessDefinition target) throws Exception {
    Eventually.until("the review moved by the batch to " + target.getId(), Duration.ofSeconds(60),
        () -> definitionOf(instance).getId().equals(target.getId()));
  }

  private Job overdueTimer(ProcessInstance review) {
    return management.createJobQuery().processInstanceId(review.getId())
        .activityId(TIMER_INCIDENT_NOTIFICATION_OVERDUE).singleResult();
  }

  private static String request(int from, int to) {
    return "{\"processDefinitionKey\": \"" + KEY + "\", \"fromVersion\": " + from + ", \"toVersion\": " + to + "}";
  }

  private JsonNode post(String user, String path, String body) throws Exception {
    HttpResponse<String> response = send(user, path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String user, String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", Http.basic(user, Modeler.PASSWORD));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(node -> ids.add(node.isTextual() ? node.asText() : node.path("processInstanceId").asText()));
    return ids;
  }

  private static JsonNode instance(JsonNode list, String processInstanceId) {
    for (JsonNode node : list) {
      if (node.path("processInstanceId").asText().equals(processInstanceId)) {
        return node;
      }
    }
    throw new AssertionError("instance " + processInstanceId + " not in " + list);
  }
}
