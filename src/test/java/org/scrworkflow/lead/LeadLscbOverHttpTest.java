package org.scrworkflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.testsupport.Drivers;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lead LSCB decides (R-1.3, G-4, AT-05) as a council's case-management system meets it, over the engine's REST
 * API: Northmoor opens and notifies a referral for a child who lives in Southvale; once Northmoor confirms the lead,
 * the referral is Southvale's, the decision is offered to Southvale's chair and no one in Northmoor can reach it.
 */
@SpringBootTest(classes = ScrWorkflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:scr-lead-http;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "scr.demo.seed-reviews=false"})
@ActiveProfiles("demo")
@Import(Drivers.class)
class LeadLscbOverHttpTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String REF = "CR-5505";

  @LocalServerPort int port;
  @Autowired ReviewDriver driver;

  @Test
  @DisplayName("AT-05 over REST: Northmoor's referral of a Southvale child is handed to Southvale; only Southvale's"
      + " people see its steps, and Southvale's chair decides")
  void leadDecidesOverHttp() throws Exception {
    String body = Http.startBody("businessmanager", REF, "").replace("\"residenceLscb\":{\"value\":\"lscb-northmoor\"}",
        "\"residenceLscb\":{\"value\":\"lscb-southvale\"}");
    assertThat(body).contains("lscb-southvale");
    HttpResponse<String> started = send("POST", "businessmanager",
        "/engine-rest/process-definition/key/serious-case-review/start", body);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String northId = JSON.readTree(started.body()).path("id").asText();
    runJobs(northId);

    complete("businessmanager", SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION,
        "{\"notificationReason\":{\"value\":\"SCR_POSSIBLE\"},\"notificationSummary\":{\"value\":\"Child A died.\"}}");
    runJobs(northId);
    complete("businessmanager", SeriousCaseReview.TASK_CONFIRM_LSCBS, "{\"partnerLscbs\":{\"value\":\"\"}}");
    runJobs(northId);

    assertThat(tasks("businessmanager")).as("nothing left in Northmoor").isEmpty();
    assertThat(tasks("southbusinessmanager")).extracting(task -> task.path("taskDefinitionKey").asText())
        .containsExactly(SeriousCaseReview.TASK_CONFIRM_LSCBS);
    assertThat(tasks("southbusinessmanager")).extracting(task -> task.path("tenantId").asText())
        .containsOnly("lscb-southvale");
    // the lead cannot hand it back by naming the LSCB that handed it over: a 400 naming the field, nothing saved
    HttpResponse<String> back = completeExpecting(400, "southbusinessmanager", SeriousCaseReview.TASK_CONFIRM_LSCBS,
        "{\"leadLscb\":{\"value\":\"lscb-northmoor\"},\"leadOverrideReasons\":{\"value\":\"Harmed there.\"},"
            + "\"bothChairsAgreeLead\":{\"value\":true}}");
    assertThat(JSON.readTree(back.body()).path("problems").findValuesAsText("field"))
        .contains(SeriousCaseReview.LEAD_LSCB.name());
    assertThat(JSON.readTree(back.body()).path("message").asText()).contains("handed this referral over")
        .doesNotContain("Exception", "ENGINE-");
    assertThat(tasks("southbusinessmanager")).extracting(task -> task.path("taskDefinitionKey").asText())
        .containsExactly(SeriousCaseReview.TASK_CONFIRM_LSCBS);
    complete("southbusinessmanager", SeriousCaseReview.TASK_CONFIRM_LSCBS,
        "{\"partnerLscbs\":{\"value\":\"lscb-northmoor\"}}");
    driver.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(REF).list()
        .forEach(review -> runJobs(review.getId()));
    complete("southpanelmember", SeriousCaseReview.TASK_SCREEN_CASE,
        "{\"screeningAnswers\":{\"value\":\"The health visitor's concerns were not shared.\"}}");
    complete("southpanelmember", SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR,
        "{\"recommendation\":{\"value\":\"INITIATE\"},\"recommendationReasons\":{\"value\":\"A death; neglect.\"}}");

    assertThat(tasks("chair")).as("Northmoor's chair").isEmpty();
    HttpResponse<String> refused = send("GET", "chair", "/engine-rest/task/count?processInstanceBusinessKey=" + REF
        + "&taskDefinitionKey=" + SeriousCaseReview.TASK_DECIDE_INITIATION, null);
    assertThat(JSON.readTree(refused.body()).path("count").asInt()).isZero();
    assertThat(tasks("southchair")).extracting(task -> task.path("taskDefinitionKey").asText())
        .containsExactly(SeriousCaseReview.TASK_DECIDE_INITIATION);
  }

  @Test
  @DisplayName("G-4 over REST: a lead outside this system is sent the referral; a day sent before the notification is"
      + " a 400 naming the field, the task stays open and nothing is saved")
  void referralSentToAnOutsideLeadOverHttp() throws Exception {
    String ref = "CR-5506";
    String body = Http.startBody("businessmanager", ref, "").replace("\"residenceLscb\":{\"value\":\"lscb-northmoor\"}",
        "\"residenceLscb\":{\"value\":\"lscb-eastmarsh\"}");
    HttpResponse<String> started = send("POST", "businessmanager",
        "/engine-rest/process-definition/key/serious-case-review/start", body);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = JSON.readTree(started.body()).path("id").asText();
    runJobs(id);
    complete("businessmanager", SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION, ref,
        "{\"notificationReason\":{\"value\":\"SCR_POSSIBLE\"},\"notificationSummary\":{\"value\":\"Child A died.\"}}");
    runJobs(id);
    complete("businessmanager", SeriousCaseReview.TASK_CONFIRM_LSCBS, ref, "{\"partnerLscbs\":{\"value\":\"\"}}");
    String before = driver.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(SeriousCaseReview.INCIDENT_NOTIFIED_ON.name()).singleResult().getValue().toString();
    String dayBefore = java.time.LocalDate.parse(before).minusDays(1).toString();
    HttpResponse<String> refused = completeExpecting(400, "businessmanager",
        SeriousCaseReview.TASK_SEND_REFERRAL_TO_LEAD, ref, "{\"referralSentToLeadOn\":{\"value\":\"" + dayBefore + "\"}}");
    assertThat(JSON.readTree(refused.body()).path("problems").findValuesAsText("field"))
        .contains(SeriousCaseReview.REFERRAL_SENT_TO_LEAD_ON.name());
    assertThat(JSON.readTree(refused.body()).path("message").asText()).contains("before the incident was notified")
        .doesNotContain("Exception", "ENGINE-");
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(SeriousCaseReview.REFERRAL_SENT_TO_LEAD_ON.name()).count()).as("nothing saved").isZero();
    complete("businessmanager", SeriousCaseReview.TASK_SEND_REFERRAL_TO_LEAD, ref,
        "{\"referralSentToLeadOn\":{\"value\":\"" + before + "\"}}");
    assertThat(driver.engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
        .singleResult().getEndActivityId()).isEqualTo(SeriousCaseReview.END_REVIEW_LED_ELSEWHERE);
  }

  private void runJobs(String processInstanceId) {
    driver.runJobs(driver.engine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult());
  }

  private List<JsonNode> tasks(String user) throws Exception {
    return tasks(user, REF);
  }

  private List<JsonNode> tasks(String user, String ref) throws Exception {
    HttpResponse<String> answer = send("GET", user, "/engine-rest/task?processInstanceBusinessKey=" + ref, null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(answer.body()).forEach(tasks::add);
    return tasks;
  }

  private void complete(String user, String taskKey, String variables) throws Exception {
    completeExpecting(204, user, taskKey, REF, variables);
  }

  private void complete(String user, String taskKey, String ref, String variables) throws Exception {
    completeExpecting(204, user, taskKey, ref, variables);
  }

  private HttpResponse<String> completeExpecting(int status, String user, String taskKey, String variables)
      throws Exception {
    return completeExpecting(status, user, taskKey, REF, variables);
  }

  private HttpResponse<String> completeExpecting(int status, String user, String taskKey, String ref,
      String variables) throws Exception {
    JsonNode task = tasks(user, ref).stream().filter(t -> taskKey.equals(t.path("taskDefinitionKey").asText()))
        .findFirst().orElseThrow(() -> new AssertionError(user + " sees no " + taskKey));
    HttpResponse<String> done = send("POST", user, "/engine-rest/task/" + task.path("id").asText() + "/complete",
        "{\"variables\":" + variables + "}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(status);
    return done;
  }

  private HttpResponse<String> send(String method, String user, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, "Demo-Pass-2010")).header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
