package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case is (LSCB, reference), over real HTTP: references are each LSCB's own numbering, so Southvale may use a
 * reference Northmoor uses, and the two cases never meet. Every path that names a case, a document or a task of
 * Northmoor answers each Southvale role 404 (or an empty list), before and after Southvale starts a review with
 * the same reference, and nothing is written. A reference is unique within its LSCB; an IMR is filed under the
 * review its task belongs to; files enter only through the upload rules; a vault detail typed into free text is
 * refused.
 */
@H2DemoApplicationTest
class CaseIsolationTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SOUTHVALE_ROLES =
      List.of("southbusinessmanager", "southchair", "southpanelmember", "southmanager");

  @LocalServerPort int port;
  @Autowired IdentityVault vault;
  @Autowired DocumentStore documents;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

  @Test
  @DisplayName("Another LSCB reaches nothing of a case by its reference, before and after it uses the same reference:"
      + " 404 or an empty list for every role, nothing written")
  void anotherLscbReachesNothingOfTheCase() throws Exception {
    String ref = "CR-9101";
    String northReview = started("businessmanager", ref);
    String northTask = awaitTask("admin", ref, northReview);
    assertThat(post("businessmanager", "/api/cases/" + ref + "/identifying-details",
        "{\"kind\":\"NAME\",\"value\":\"Kylie Brennan\"}").statusCode()).isEqualTo(201);
    long northDocument = documents.store(Cases.northmoor(ref), northReview, DocumentKind.DECISION_RECORD,
        ref + "-decision-record.pdf", "application/pdf", Uploads.pdfBytes("Decision"), "scr-workflow",
        Instant.now()).id();

    int[] counts = new int[2];
    probeAsSouthvale(ref, northReview, northTask, northDocument, counts);

    // Southvale numbers its own referral CR-9101 too: allowed, and still nothing of Northmoor's is reached
    String southReview = started("southbusinessmanager", ref);
    assertThat(southReview).isNotEqualTo(northReview);
    assertThat(post("southbusinessmanager", "/api/cases/" + ref + "/identifying-details",
        "{\"kind\":\"NAME\",\"value\":\"Sam Southvale\"}").statusCode()).isEqualTo(201);
    probeAsSouthvale(ref, northReview, northTask, northDocument, counts);

    // each LSCB reads its own case by the same reference, and only its own
    assertThat(get("southbusinessmanager", "/api/cases/" + ref + "/identifying-details").body())
        .contains("Sam Southvale").doesNotContain("Kylie");
    assertThat(get("businessmanager", "/api/cases/" + ref + "/identifying-details").body())
        .contains("Kylie Brennan").doesNotContain("Sam Southvale");
    assertThat(vault.detailsOf(Cases.northmoor(ref)))
        .containsExactly(new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"));
    // an administrator sees both LSCBs, so must name the LSCB
    var ambiguous = get("admin", "/api/cases/" + ref + "/documents");
    assertThat(ambiguous.statusCode()).isEqualTo(409);
    assertThat(ambiguous.body()).contains("lscb-northmoor").contains("lscb-southvale");
    assertThat(get("admin", "/api/lscbs/lscb-northmoor/cases/" + ref + "/documents").body())
        .contains("\"id\":" + northDocument);
    System.out.printf("Cross-LSCB probes: %d tried, %d refused or empty%n", counts[0], counts[1]);
    assertThat(counts[1]).isEqualTo(counts[0]);
  }

  /** Every path naming Northmoor's case, document, review or task, as each Southvale role. */
  private void probeAsSouthvale(String ref, String northReview, String northTask, long northDocument, int[] counts)
      throws Exception {
    String canonical = "/api/lscbs/lscb-northmoor/cases/" + ref;
    List<String> notFound = List.of(canonical + "/identifying-details", canonical + "/documents",
        canonical + "/notifications", canonical + "/audit", canonical + "/audit.csv", canonical + "/overview",
        "/api/documents/" + northDocument,
        "/engine-rest/task/" + northTask, "/engine-rest/task/" + northTask + "/variables",
        "/engine-rest/task/" + northTask + "/form-variables",
        "/engine-rest/process-instance/" + northReview, "/engine-rest/process-instance/" + northReview + "/variables",
        "/engine-rest/history/process-instance/" + northReview);
    List<String> emptyOrOwn = List.of("/api/cases/" + ref + "/identifying-details", "/api/cases/" + ref + "/documents",
        "/api/cases/" + ref + "/notifications", "/api/cases/" + ref + "/audit", "/api/cases/" + ref + "/overview",
        "/engine-rest/process-instance?businessKey=" + ref, "/engine-rest/task?processInstanceBusinessKey=" + ref,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + ref,
        "/engine-rest/history/variable-instance?processInstanceId=" + northReview,
        "/engine-rest/history/task?processInstanceId=" + northReview,
        "/engine-rest/history/activity-instance?processInstanceId=" + northReview,
        "/engine-rest/variable-instance?processInstanceIdIn=" + northReview,
        "/api/reports/reviews/" + ref + "/timeline");
    for (String user : SOUTHVALE_ROLES) {
      for (String path : notFound) {
        counts[0]++;
        var answer = get(user, path);
        assertThat(answer.statusCode()).as(user + " GET " + path + ": " + answer.body()).isEqualTo(404);
        assertThat(answer.body()).as(user + " " + path).doesNotContain("Kylie").doesNotContain("ENGINE-");
        counts[1]++;
      }
      for (String path : emptyOrOwn) {
        counts[0]++;
        var answer = get(user, path);
        assertThat(answer.body()).as(user + " GET " + path)
            .doesNotContain("Kylie").doesNotContain(northReview).doesNotContain(northTask)
            .doesNotContain("\"id\":" + northDocument);
        assertThat(answer.statusCode()).as(user + " GET " + path).isIn(200, 403, 404);
        counts[1]++;
      }
      counts[0] += 3;
      var write = post(user, canonical + "/identifying-details", "{\"kind\":\"NAME\",\"value\":\"Intruder Name\"}");
      assertThat(write.statusCode()).as(user + " writes Northmoor's vault").isEqualTo(404);
      var complete = post(user, "/engine-rest/task/" + northTask + "/complete", "{}");
      assertThat(complete.statusCode()).as(user + " completes Northmoor's task").isEqualTo(404);
      var variable = put(user, "/engine-rest/process-instance/" + northReview + "/variables/note",
          "{\"value\":\"written by Southvale\",\"type\":\"String\"}");
      assertThat(variable.statusCode()).as(user + " writes a variable of Northmoor's review").isIn(403, 404);
      counts[1] += 3;
    }
    assertThat(vault.detailsOf(Cases.northmoor(ref)))
        .containsExactly(new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"));
    assertThat(runtime.getVariable(northReview, "note")).isNull();
    assertThat(history.createHistoricTaskInstanceQuery().taskId(northTask).singleResult().getEndTime()).isNull();
  }

  @Test
  @DisplayName("A reference in use in the LSCB is refused (409 naming the review) and nothing is started")
  void aReferenceIsUniqueWithinItsLscb() throws Exception {
    started("businessmanager", "CR-9201");
    var second = Http.startReview(port, "businessmanager", "CR-9201");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    assertThat(second.body()).contains("CR-9201 is already used by a review of your LSCB, started on")
        .doesNotContain("ENGINE-").doesNotContain("Exception:");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CR-9201")
        .tenantIdIn(Cases.NORTHMOOR).count()).isEqualTo(1);
    assertThat(Http.startReview(port, "southbusinessmanager", "CR-9201").statusCode())
        .as("another LSCB's own numbering").isEqualTo(200);
  }

  @Test
  @DisplayName("A vault entry for a reference with no review is refused, for every LSCB")
  void noVaultEntryWithoutAReview() throws Exception {
    for (String user : List.of("businessmanager", "chair", "southbusinessmanager", "admin")) {
      var refused = post(user, "/api/cases/CR-9299/identifying-details", "{\"kind\":\"NAME\",\"value\":\"No One\"}");
      assertThat(refused.statusCode()).as(user).isEqualTo(404);
      var canonical = post(user, "/api/lscbs/lscb-northmoor/cases/CR-9299/identifying-details",
          "{\"kind\":\"NAME\",\"value\":\"No One\"}");
      assertThat(canonical.statusCode()).as(user).isEqualTo(404);
    }
    assertThat(vault.detailsOf(Cases.northmoor("CR-9299"))).isEmpty();
    assertThat(vault.detailsOf(Cases.scenario("CR-9299"))).isEmpty();
  }

  @Test
  @DisplayName("An IMR author who names another case's reference is refused; the IMR is filed under its own review")
  void imrIsFiledUnderItsOwnReview() throws Exception {
    String own = "CR-9301";
    String other = "CR-9302";
    started("businessmanager", own);
    started("southbusinessmanager", other);
    String write = imrAwaitingTheAuthor(own);

    String files = "\"imrFile\":" + file("imr.pdf") + ",\"chronologyFile\":" + file("chronology.pdf");
    var refused = post("policeimr", "/engine-rest/task/" + write + "/complete",
        "{\"variables\":{" + files + ",\"caseReference\":{\"value\":\"" + other + "\"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    // the step's contract refuses it first (the IMR author's form has no case reference), the write rule after
    assertThat(refused.body()).contains(CASE_REFERENCE.name()).contains("is not a field of the step")
        .doesNotContain("ENGINE-");
    var putRefused = put("policeimr", "/engine-rest/task/" + write + "/variables/caseReference",
        "{\"value\":\"" + other + "\",\"type\":\"String\"}");
    assertThat(putRefused.statusCode()).as(putRefused.body()).isEqualTo(400);
    assertThat(get("southchair", "/api/cases/" + other + "/documents").body()).isEqualTo("[]");
    assertThat(documents.ofCase(Cases.northmoor(own))).noneMatch(d -> d.kind() == DocumentKind.IMR);

    var filed = post("policeimr", "/engine-rest/task/" + write + "/complete", "{\"variables\":{" + files + "}}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(204);
    assertThat(documents.ofCase(Cases.northmoor(own))).anyMatch(d -> d.kind() == DocumentKind.IMR);
    assertThat(documents.ofCase(new org.scrworkflow.review.CaseKey(Cases.SOUTHVALE, other))).isEmpty();
  }

  @Test
  @DisplayName("A file reaches the engine only through a task's upload slot: the variable data endpoints, a start"
      + " and a PUT of a File are refused and nothing is stored")
  void filesOnlyThroughTheUploadSlots() throws Exception {
    String ref = "CR-9401";
    String review = started("businessmanager", ref);
    String task = awaitTask("admin", ref, review);
    byte[] pdf = Uploads.pdfBytes("An IMR sent around the form");
    // the task's own routes as the business manager, who may work it; the instance's as an administrator, who may
    // write any variable: refused all the same
    List<List<String>> dataRoutes = List.of(
        List.of("businessmanager", "/engine-rest/task/" + task + "/variables/imrFile/data"),
        List.of("businessmanager", "/engine-rest/task/" + task + "/localVariables/imrFile/data"),
        List.of("admin", "/engine-rest/process-instance/" + review + "/variables/imrFile/data"),
        List.of("admin", "/engine-rest/execution/" + review + "/localVariables/imrFile/data"));
    for (List<String> route : dataRoutes) {
      var answer = multipart(route.get(0), route.get(1), "imr.pdf", pdf);
      assertThat(answer.statusCode()).as(route + ": " + answer.body()).isEqualTo(400);
      assertThat(answer.body()).contains("imrFile: a file is attached on the form").doesNotContain("ENGINE-");
    }
    var put = put("admin", "/engine-rest/process-instance/" + review + "/variables/report",
        "{\"type\":\"Bytes\",\"value\":\"" + Base64.getEncoder().encodeToString(pdf) + "\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
    assertThat(runtime.getVariables(review)).doesNotContainKeys(IMR_FILE.name(), "report");
    assertThat(tasks.getVariablesLocal(task)).doesNotContainKey(IMR_FILE.name());

    var withFile = postJson("businessmanager", "/engine-rest/process-definition/key/serious-case-review/start",
        Http.startBody("businessmanager", "CR-9403", ",\"attachment\":" + file("x.pdf")));
    assertThat(withFile.statusCode()).as(withFile.body()).isEqualTo(400);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CR-9403").count()).isZero();
  }

  @Test
  @DisplayName("A vault detail typed into free text is refused, naming the field; the task stays open, nothing saved")
  void vaultDetailInFreeTextIsRefused() throws Exception {
    String ref = "CR-9501";
    String review = started("businessmanager", ref);
    String task = awaitTask("admin", ref, review);
    for (String detail : List.of("{\"kind\":\"NAME\",\"value\":\"Kylie Brennan\"}",
        "{\"kind\":\"ADDRESS\",\"value\":\"17 Saltmarsh Row\"}")) {
      assertThat(post("businessmanager", "/api/cases/" + ref + "/identifying-details", detail).statusCode())
          .isEqualTo(201);
    }
    var refused = post("businessmanager", "/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"notificationReason\":{\"value\":\"SCR_POSSIBLE\"},"
            + "\"notificationSummary\":{\"value\":\"K. Brennan was found at 17 Saltmarsh Row.\"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("message").asText()).isEqualTo("Nothing was saved. \"Summary for"
        + " Ofsted and GO/DfE\" (notificationSummary) holds a name and an address recorded in the identity vault."
        + " Write the child's pseudonym instead, or leave the detail out.");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(task).singleResult().getEndTime()).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(review)
        .variableName(NOTIFICATION_SUMMARY.name()).count()).isZero();

    var accepted = post("businessmanager", "/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"notificationReason\":{\"value\":\"SCR_POSSIBLE\"},"
            + "\"notificationSummary\":{\"value\":\"Child A was found at home.\"}}}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
  }

  // --- the review, the IMR and HTTP

  private String started(String user, String ref) throws Exception {
    var response = Http.startReview(port, user, ref);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("id").asText();
  }

  /** An IMR of the police for the case (started as the review's call activity would), its author appointed. */
  private String imrAwaitingTheAuthor(String ref) throws Exception {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    // people cannot start an IMR on its own (only its review does): the application starts it, in Northmoor
    String imrId = runtime.startProcessInstanceByKey(IndividualManagementReview.KEY, ref, StandardAnswers.values()
        .with(SeriousCaseReview.CASE_REFERENCE, ref).with(SeriousCaseReview.CHILD_PSEUDONYM, "Child C")
        .with(IndividualManagementReview.AGENCY_ID, "police")
        .with(SeriousCaseReview.IMR_DUE_DATE, LocalDate.parse(today).plusMonths(2))
        .with(SeriousCaseReview.LEAD_LSCB, "lscb-northmoor").with(SeriousCaseReview.RESIDENCE_LSCB, "lscb-northmoor"))
        .getId();
    String appoint = awaitTask("policesenior", ref, imrId);
    var appointed = post("policesenior", "/engine-rest/task/" + appoint + "/complete",
        "{\"variables\":{\"imrAuthorName\":{\"value\":\"A Reviewer\"},\"imrAuthorRole\":{\"value\":\"Reviewer\"},"
            + "\"directInvolvement\":{\"value\":false},\"lineManagerOfPractitioner\":{\"value\":false},"
            + "\"recordsSecuredOn\":{\"value\":\"" + today + "\"},\"declarationDate\":{\"value\":\"" + today + "\"}}}");
    assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(204);
    return awaitTask("policeimr", ref, imrId);
  }

  private static String file(String name) {
    return "{\"type\":\"File\",\"value\":\"" + Base64.getEncoder().encodeToString(Uploads.pdfBytes(name))
        + "\",\"valueInfo\":{\"filename\":\"" + name + "\",\"mimetype\":\"application/pdf\"}}";
  }

  /** The one open task of that process instance the user may see, once the engine has made it. */
  private String awaitTask(String user, String ref, String processInstanceId) throws Exception {
    return Eventually.await("a single open task of " + ref + " for " + user, Duration.ofSeconds(30), () -> {
      JsonNode tasks = JSON.readTree(get(user, "/engine-rest/task?processInstanceId=" + processInstanceId).body());
      return tasks.size() == 1 ? Optional.of(tasks.get(0).get("id").asText()) : Optional.empty();
    });
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  private HttpResponse<String> post(String user, String path, String json) throws Exception {
    return postJson(user, path, json);
  }

  private HttpResponse<String> postJson(String user, String path, String json) throws Exception {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> put(String user, String path, String json) throws Exception {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> multipart(String user, String path, String fileName, byte[] content) throws Exception {
    String boundary = "scr-boundary-9401";
    var body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\nFile\r\n--"
        + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    if (user != null) {
      request.header("Authorization", Http.basic(user, PASSWORD));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
