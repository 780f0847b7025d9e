package org.scrworkflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS_KNOWN;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Vars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/reports over real HTTP: JSON and CSV for the roles entitled to them, 401 and 403 for the others. */
@H2DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsApiTest {

  static final String PASSWORD = "Demo-Pass-2010";
  static final String CASE = "CR-8811";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @BeforeAll
  void aReviewIsOpen() {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    runtime.startProcessInstanceByKey(SeriousCaseReview.KEY, CASE, Vars.vars(CASE_REFERENCE.name(), CASE,
        CHILD_PSEUDONYM.name(), "Child P", CHILD_AGE_YEARS.name(), 4, INCIDENT_DATE.name(), today,
            INCIDENT_TYPE.name(), "DEATH",
        ABUSE_OR_NEGLECT.name(), true, INTERAGENCY_CONCERN.name(), true, RESIDENCE_LSCB.name(), "lscb-api",
        REGION.name(), "LONDON", LOOKED_AFTER.name(), false, AGENCIES_INVOLVED.name(), List.of("police"),
        PARALLEL_PROCEEDINGS_KNOWN.name(), false, AWARENESS_DATE.name(), today,
        REFERRAL_SUMMARY.name(), "Kylie Brennan was found at home."));
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", Http.basic(user, PASSWORD));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"manager", "chair", "businessmanager", "admin"})
  @DisplayName("Managers, chairs, business managers and administrators read the reviews as JSON")
  void entitledRolesReadTheReviews(String user) throws Exception {
    HttpResponse<String> response = get(user, "/api/reports/reviews");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    JsonNode review = row(JSON.readTree(response.body()));
    assertThat(review.path(CHILD_PSEUDONYM.name()).asText()).isEqualTo("Child P");
    assertThat(review.path("lscb").asText()).isEqualTo("lscb-api");
    assertThat(review.path("stage").asText()).isEqualTo("NOTIFICATION");
    assertThat(review.path("stageLabel").asText()).isEqualTo("Notification");
    assertThat(review.path("status").asText()).isEqualTo("ON_TRACK");
    assertThat(review.path("notificationDue").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(review.path("processInstanceId").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Kylie", "Brennan");
  }

  static JsonNode row(JsonNode reviews) {
    for (JsonNode review : reviews) {
      if (review.path(CASE_REFERENCE.name()).asText().equals(CASE)) {
        return review;
      }
    }
    throw new AssertionError("no row for " + CASE + " in " + reviews);
  }

  @Test
  @DisplayName("The reviews as CSV: a header and one row per review, as an attachment")
  void reviewsAsCsv() throws Exception {
    HttpResponse<String> response = get("manager", "/api/reports/reviews.csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment", "reviews.csv"));
    String[] lines = response.body().split("\r\n");
    assertThat(lines[0]).startsWith("caseReference,childPseudonym,lscb,region,stage,status,");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(CASE + ",Child P,lscb-api,LONDON,NOTIFICATION,ON_TRACK,"));
    assertThat(response.body()).doesNotContain("Kylie");
  }

  @Test
  @DisplayName("Timeliness as JSON and CSV, for one LSCB and a period; a bad date is a 400 with the reason")
  void timeliness() throws Exception {
    String year = String.valueOf(LocalDate.now(ZoneId.of("Europe/London")).getYear());
    String period = "?lscb=lscb-api&from=" + year + "-01-01&to=" + (Integer.parseInt(year) + 1) + "-12-31";
    HttpResponse<String> json = get("chair", "/api/reports/timeliness" + period);
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(json.body());
    assertThat(report.path("lscbs")).hasSize(1);
    assertThat(report.at("/lscbs/0/lscb").asText()).isEqualTo("lscb-api");
    assertThat(report.at("/lscbs/0/notification/due").asInt()).isEqualTo(1);
    assertThat(report.at("/lscbs/0/notification/timescale").asText()).isEqualTo("T-1");

    HttpResponse<String> csv = get("businessmanager", "/api/reports/timeliness.csv" + period);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("lscb,from,to,asOf,notificationDue,notificationOnTime,");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).startsWith("lscb-api," + year + "-01-01,");

    HttpResponse<String> all = get("manager", "/api/reports/timeliness");
    assertThat(JSON.readTree(all.body()).path("lscbs")).anySatisfy(row ->
        assertThat(row.path("lscb").asText()).isEqualTo(TimelinessReport.ALL));

    HttpResponse<String> bad = get("manager", "/api/reports/timeliness?from=01/02/2011");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("yyyy-MM-dd");
    assertThat(get("manager", "/api/reports/timeliness?from=2011-12-01&to=2011-01-01").statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("A review's timeline; an unknown case is a 404")
  void timeline() throws Exception {
    HttpResponse<String> response = get("manager", "/api/reports/reviews/" + CASE + "/timeline");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode timeline = JSON.readTree(response.body());
    assertThat(timeline.path(CASE_REFERENCE.name()).asText()).isEqualTo(CASE);
    assertThat(timeline.path("milestones").get(0).path("step").asText()).isEqualTo("S-01");
    assertThat(timeline.path("milestones").get(1).path("timescale").asText()).isEqualTo("T-1");
    assertThat(response.body()).doesNotContain("Kylie");
    assertThat(get("manager", "/api/reports/reviews/CR-0000/timeline").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("Anonymous callers get 401; a panel member, an IMR author or the policy team get 403")
  void othersMayNot() throws Exception {
    for (String path : List.of("/api/reports/reviews", "/api/reports/reviews.csv", "/api/reports/timeliness",
        "/api/reports/timeliness.csv", "/api/reports/reviews/" + CASE + "/timeline")) {
      assertThat(get(null, path).statusCode()).as(path).isEqualTo(401);
      for (String user : List.of("panelmember", "policeimr", "policy")) {
        HttpResponse<String> refused = get(user, path);
        assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(CASE);
      }
    }
    assertThat(get("manager", "/api/reports/reviews").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("A manager logged in to Cockpit reads the figures with the webapp's session (what the plugin does)")
  void webappSessionReadsTheFigures() throws Exception {
    HttpClient manager = Http.loggedInToTasklist(port, "manager", PASSWORD);
    HttpResponse<String> response = manager.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/reports/reviews")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(CASE);
    HttpClient panel = Http.loggedInToTasklist(port, "panelmember", PASSWORD);
    assertThat(panel.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/reviews"))
        .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
  }
}
