package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One tenant per LSCB, over real HTTP: a user of Northmoor LSCB (lscb-northmoor) and one of Southvale LSCB (lscb-southvale)
 * each start a review as the demo would; neither can list, read, complete or download anything of the other's,
 * until made a member. Agencies, managers and the policy team get only what their role needs.
 */
@H2DemoApplicationTest
class LscbIsolationTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.scrworkflow.document.DocumentStore documents;

  @AfterEach
  void leaveNorthmoor() {
    if (identity.createUserQuery().userId("southbusinessmanager").memberOfTenant("lscb-northmoor").count() > 0) {
      identity.deleteTenantUserMembership("lscb-northmoor", "southbusinessmanager");
    }
  }

  @Test
  @DisplayName("An LSCB's review is its own: the other LSCB lists nothing, cannot complete or download, until made a member")
  void lscbsSeeOnlyTheirOwnReviews() throws Exception {
    startReview("businessmanager", "CR-8801");
    startReview("southbusinessmanager", "CR-8802");
    assertThat(get("admin", "/engine-rest/process-instance?businessKey=CR-8801").body().get(0).path("tenantId").asText())
        .isEqualTo("lscb-northmoor");
    assertThat(get("admin", "/engine-rest/process-instance?businessKey=CR-8802").body().get(0).path("tenantId").asText())
        .isEqualTo("lscb-southvale");
    String northTask = awaitTask("CR-8801");
    awaitTask("CR-8802");

    assertThat(get("southbusinessmanager", "/engine-rest/process-instance?businessKey=CR-8801").body()).isEmpty();
    assertThat(get("southbusinessmanager", "/engine-rest/task?processInstanceBusinessKey=CR-8801").body()).isEmpty();
    assertThat(get("southbusinessmanager", "/engine-rest/history/process-instance?processInstanceBusinessKey=CR-8801")
        .body()).isEmpty();
    var complete = post("southbusinessmanager", "/engine-rest/task/" + northTask + "/complete", "{}");
    assertThat(complete.statusCode()).isEqualTo(404);
    assertThat(complete.body()).contains("No such task or review in your LSCB").doesNotContain("ENGINE-");
    assertThat(get("admin", "/engine-rest/task/" + northTask).status()).as("still open").isEqualTo(200);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8801/documents").status()).isEqualTo(404);
    long letter = documents.store(Cases.northmoor("CR-8801"), null, org.scrworkflow.document.DocumentKind.DECISION_RECORD,
        "CR-8801-decision-record.pdf", "application/pdf", org.scrworkflow.testsupport.Uploads.pdfBytes("Decision"),
        "scr-workflow", Instant.now()).id();
    assertThat(get("businessmanager", "/api/documents/" + letter).status()).isEqualTo(200);
    assertThat(get("southbusinessmanager", "/api/documents/" + letter).status()).isEqualTo(404);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8801/notifications").status()).isEqualTo(404);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8801/identifying-details").status()).isEqualTo(404);
    assertThat(get("businessmanager", "/engine-rest/task?processInstanceBusinessKey=CR-8802").body()).isEmpty();
    assertThat(get("manager", "/engine-rest/process-instance?businessKey=CR-8802").body()).isEmpty();
    assertThat(get("southmanager", "/engine-rest/process-instance?businessKey=CR-8802").body()).hasSize(1);

    // a partner LSCB recorded at S-02 reads the case's documents, and nothing else of it
    assertThat(post("businessmanager", "/engine-rest/task/" + northTask + "/complete",
        "{\"variables\":{\"notificationReason\":{\"value\":\"SCR_POSSIBLE\"},"
            + "\"notificationSummary\":{\"value\":\"Child A died.\"}}}").statusCode()).isEqualTo(204);
    String confirm = awaitTask("CR-8801");
    assertThat(post("businessmanager", "/engine-rest/task/" + confirm + "/complete",
        "{\"variables\":{\"leadLscb\":{\"value\":\"lscb-northmoor\"},"
            + "\"leadOverrideReasons\":{\"value\":\"The child lived in Northmoor.\"},"
            + "\"bothChairsAgreeLead\":{\"value\":true},"
            + "\"partnerLscbs\":{\"value\":\"lscb-southvale\"}}}").statusCode()).isEqualTo(204);
    assertThat(get("southbusinessmanager", "/api/documents/" + letter).status()).isEqualTo(200);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8801/documents").status()).isEqualTo(200);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8801/identifying-details").status()).isEqualTo(404);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8801/notifications").status()).isEqualTo(404);
    assertThat(get("southbusinessmanager", "/engine-rest/task?processInstanceBusinessKey=CR-8801").body()).isEmpty();
    assertThat(get("southchair", "/api/documents/" + letter).status()).isEqualTo(200);

    // once the administrator makes Southvale's business manager a member of Northmoor (one API call)
    var grant = post("admin", "/api/admin/lscbs",
        "{\"id\":\"lscb-northmoor\",\"name\":\"Northmoor LSCB\",\"members\":[\"southbusinessmanager\"]}");
    assertThat(grant.statusCode()).as(grant.body()).isEqualTo(200);
    assertThat(get("southbusinessmanager", "/engine-rest/task?processInstanceBusinessKey=CR-8801").body()).hasSize(1);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8801/notifications").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("A new LSCB or agency is one admin call; only an administrator may make it, and a bad id is a 400 with the reason")
  void newLscbIsOneAdminCall() throws Exception {
    String body = "{\"id\":\"lscb-eastmarsh\",\"name\":\"Eastmarsh LSCB\"}";
    assertThat(post(null, "/api/admin/lscbs", body).statusCode()).isEqualTo(401);
    assertThat(post("businessmanager", "/api/admin/lscbs", body).statusCode()).isEqualTo(403);
    assertThat(post("admin", "/api/admin/lscbs", body).statusCode()).isEqualTo(201);
    assertThat(post("admin", "/api/admin/lscbs", body).statusCode()).as("idempotent").isEqualTo(200);
    assertThat(identity.createTenantQuery().tenantId("lscb-eastmarsh").singleResult().getName()).isEqualTo("Eastmarsh LSCB");
    var bad = post("admin", "/api/admin/lscbs", "{\"id\":\"Eastmarsh LSCB!\",\"name\":\"x\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("lower-case letters, digits and hyphens");

    String agency = "{\"id\":\"probation\",\"name\":\"Northmoor Probation Trust\"}";
    assertThat(post("manager", "/api/admin/agencies", agency).statusCode()).isEqualTo(403);
    assertThat(post("admin", "/api/admin/agencies", agency).statusCode()).isEqualTo(200);
    assertThat(identity.createGroupQuery().groupIdIn("imr-author-probation", "senior-manager-probation").count())
        .isEqualTo(2);
    assertThat(post("admin", "/api/admin/agencies", "{\"id\":\"../x\",\"name\":\"x\"}").statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("An IMR author sees and completes only their own agency's IMR task; another agency's gets 403/404")
  void agenciesSeeOnlyTheirOwnImr() throws Exception {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    // people cannot start an IMR on its own (only its review does): the application starts it, in Northmoor
    runtime.startProcessInstanceByKey(IndividualManagementReview.KEY, "CR-8803", StandardAnswers.values()
        .with(SeriousCaseReview.CASE_REFERENCE, "CR-8803").with(SeriousCaseReview.CHILD_PSEUDONYM, "Child C")
        .with(IndividualManagementReview.AGENCY_ID, "police")
        .with(SeriousCaseReview.IMR_DUE_DATE, LocalDate.parse(today).plusMonths(2))
        .with(SeriousCaseReview.LEAD_LSCB, "lscb-x").with(SeriousCaseReview.RESIDENCE_LSCB, "lscb-northmoor"));
    String appoint = awaitTask("CR-8803");
    assertThat(get("healthsenior", "/engine-rest/task?processInstanceBusinessKey=CR-8803").body()).isEmpty();
    var appointed = post("policesenior", "/engine-rest/task/" + appoint + "/complete",
        "{\"variables\":{\"imrAuthorName\":{\"value\":\"A Reviewer\"},\"imrAuthorRole\":{\"value\":\"Reviewer\"},"
            + "\"directInvolvement\":{\"value\":false},\"lineManagerOfPractitioner\":{\"value\":false},"
            + "\"recordsSecuredOn\":{\"value\":\"" + today + "\"},\"declarationDate\":{\"value\":\"" + today + "\"}}}");
    assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(204);
    String write = awaitTask("CR-8803");
    assertThat(get("policeimr", "/engine-rest/task?processInstanceBusinessKey=CR-8803").body()).hasSize(1);
    assertThat(get("healthimr", "/engine-rest/task?processInstanceBusinessKey=CR-8803").body()).isEmpty();
    assertThat(post("healthimr", "/engine-rest/task/" + write + "/claim", "{\"userId\":\"healthimr\"}").statusCode())
        .isIn(403, 404);
    assertThat(post("healthimr", "/engine-rest/task/" + write + "/complete", "{}").statusCode()).isIn(403, 404);
  }

  @Test
  @DisplayName("A manager reads but cannot complete or deploy; the policy team deploys but reads no case; anonymous is 401")
  void managersReadPolicyDeploysAnonymousNothing() throws Exception {
    startReview("businessmanager", "CR-8804");
    String task = awaitTask("CR-8804");
    assertThat(get("manager", "/engine-rest/process-instance?businessKey=CR-8804").body()).hasSize(1);
    assertThat(post("manager", "/engine-rest/task/" + task + "/complete", "{}").statusCode()).isIn(403, 404);
    assertThat(postDeployment("manager").statusCode()).isEqualTo(403);
    assertThat(get("policy", "/engine-rest/process-instance?businessKey=CR-8804").body()).isEmpty();
    assertThat(get("policy", "/api/cases/CR-8804/identifying-details").status())
        .as("a case outside the caller's LSCBs is 404 for every role").isEqualTo(404);
    assertThat(get("policy", "/api/cases/CR-8804/overview").status())
        .as("the review's page: a case outside the caller's LSCBs is 404").isEqualTo(404);
    assertThat(get("policy", "/engine-rest/process-definition?key=serious-case-review").body()).isNotEmpty();
    for (String path : new String[] {"/engine-rest/task", "/api/cases/CR-8804/documents", "/api/documents/1",
        "/camunda/api/engine/engine/default/task", "/api/cases/CR-8804/overview"}) {
      assertThat(get(null, path).status()).as(path).isIn(401, 403);
    }
  }

  @Test
  @DisplayName("The audit trail of a case (who did what, when) as CSV: business manager and chair of its LSCB only")
  void auditTrailIsExportable() throws Exception {
    startReview("businessmanager", "CR-8805");
    String task = awaitTask("CR-8805");
    assertThat(post("businessmanager", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"businessmanager\"}")
        .statusCode()).isEqualTo(204);
    var completed = post("businessmanager", "/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"notificationReason\":{\"value\":\"SCR_POSSIBLE\"},"
            + "\"notificationSummary\":{\"value\":\"Child A died; neglect suspected.\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    var csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/cases/CR-8805/audit.csv"))
        .header("Authorization", Http.basic("chair", PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("at,user,kind,what,detail,process,process_instance_id\r\n")
        .contains("\"process started\",\"serious-case-review\"")
        .contains("\"businessmanager\",\"operation\",\"Claim assignee (Approve the serious incident notification)\"")
        .contains("\"businessmanager\",\"task ended\",\"Approve the serious incident notification\",\"completed\"");
    assertThat(get("panelmember", "/api/cases/CR-8805/audit.csv").status()).isEqualTo(403);
    assertThat(get("southbusinessmanager", "/api/cases/CR-8805/audit.csv").status()).isEqualTo(404);
    assertThat(get(null, "/api/cases/CR-8805/audit.csv").status()).isEqualTo(401);
    assertThat(get("businessmanager", "/api/cases/CR-8805/audit").body().size()).isGreaterThan(3);
  }

  @Test
  @DisplayName("The host's metrics: 401 anonymous, 403 for a manager, the engine gauges for an administrator")
  void metricsAreForAdministrators() throws Exception {
    assertThat(get(null, "/actuator/prometheus").status()).isEqualTo(401);
    assertThat(get("manager", "/actuator/prometheus").status()).isEqualTo(403);
    var metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/actuator/prometheus"))
        .header("Authorization", Http.basic("admin", PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("scr_jobs_due", "scr_jobs_failed", "scr_incidents_open", "scr_tasks_overdue")
        .doesNotContain("CR-88");
  }

  private void startReview(String user, String caseReference) throws Exception {
    var response = Http.startReview(port, user, caseReference);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }


  private String awaitTask(String caseReference) throws Exception {
    return Eventually.await("a single open task for " + caseReference, Duration.ofSeconds(30), () -> {
      JsonNode tasks = get("admin", "/engine-rest/task?processInstanceBusinessKey=" + caseReference).body();
      return tasks.size() == 1 ? Optional.of(tasks.get(0).get("id").asText()) : Optional.empty();
    });
  }

  record Answer(int status, JsonNode body) {}

  private Answer get(String user, String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", Http.basic(user, PASSWORD));
    }
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
    JsonNode body = response.statusCode() == 200 && json ? JSON.readTree(response.body()) : JSON.nullNode();
    return new Answer(response.statusCode(), body);
  }

  private HttpResponse<String> post(String user, String path, String json) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      request.header("Authorization", Http.basic(user, PASSWORD));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postDeployment(String user) throws Exception {
    String boundary = "scr-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", Http.basic(user, PASSWORD))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
