package org.scrworkflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SET_UP_PANEL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.TestPostgres;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.testsupport.Drivers;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console log of the production profile: JSON lines (SCR_LOG_FORMAT, ECS by default), and no identifying
 * detail of a child in them while a review is worked, although the details sit in the vault and the
 * notifications are written to the log (no mail server configured). The same production context, behind HTTPS
 * (SCR_SECURE_COOKIES=true), also shows that the webapps' cookies are then Secure.
 */
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "scr.admin.user-id=opsadmin",
      "scr.admin.password=Ops-Admin-Pass-2010",
      "scr.admin.email=opsadmin@example.invalid",
      "camunda.bpm.job-execution.enabled=false",
      // as in production behind HTTPS (README: SCR_SECURE_COOKIES)
      "SCR_SECURE_COOKIES=true"
    })
@ActiveProfiles("postgres")
@Import(Drivers.class)
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

  static final String CASE = "CR-7201";
  /** Fictional identifying details, as the business manager records them in the vault. */
  static final Map<String, String> DETAILS = Map.of(
      "NAME", "Rowena Tregarthen-Blythe",
      "DATE_OF_BIRTH", "2007-11-23",
      "ADDRESS", "17 Saltmarsh Row, Northmoor NM4 9QZ");
  static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "scr_structured_logs");
  }

  @Autowired ReviewDriver driver;
  @LocalServerPort int port;

  @Test
  @DisplayName("Log lines are JSON (ECS) and never carry the child's name, date of birth or address while a"
      + " review is started, notified and decided")
  void logsAreJsonWithoutIdentifyingDetails(CapturedOutput output) throws Exception {
    try {
      // details are recorded for a review that exists (a reference alone has no vault entry)
      ProcessInstance review = Referrals.referred(driver, CASE, "Child R", LocalDate.of(2011, 5, 16),
          List.of("police"));
      for (var detail : DETAILS.entrySet()) {
        HttpResponse<String> recorded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/cases/" + CASE + "/identifying-details"))
            .header("Authorization", Http.basic("opsadmin", "Ops-Admin-Pass-2010"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                Map.of("kind", detail.getKey(), "value", detail.getValue()))))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
      }
      Referrals.decided(driver, review, "Child R", LocalDate.of(2011, 5, 16));
      assertThat(driver.tasks(review, TASK_SET_UP_PANEL)).hasSize(1);
    } finally {
      driver.resetClock();
    }

    List<JsonNode> caseLines = new ArrayList<>();
    for (String line : output.getOut().split("\n")) {
      if (line.contains(CASE)) {
        assertThat(line).as("a log line about the case is one JSON object").startsWith("{").endsWith("}");
        caseLines.add(JSON.readTree(line));
      }
    }
    assertThat(caseLines).as("the notifications of the case, written to the log").hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(line -> {
          assertThat(line.path("@timestamp").asText()).isNotEmpty();
          // INFO, or WARN where a notice finds nobody in a role (this profile has no LSCB users)
          assertThat(line.path("log").path("level").asText()).isIn("INFO", "WARN");
          assertThat(line.path("service").path("name").asText()).isEqualTo("scr-workflow");
        })
        .anySatisfy(line -> assertThat(line.path("message").asText())
            .startsWith("Notification serious-incident-notification for case " + CASE));
    for (String value : DETAILS.values()) {
      assertThat(output.getAll()).as("the log").doesNotContain(value);
    }
    assertThat(output.getAll()).doesNotContain("Tregarthen").doesNotContain("Saltmarsh");
  }

  @Test
  @DisplayName("With SCR_SECURE_COOKIES=true the webapps' session and CSRF cookies are Secure, HttpOnly where the"
      + " script needs no access, and SameSite")
  void secureCookiesInProduction() throws Exception {
    var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(c ->
        assertThat(c).containsPattern("(?i);\\s*Secure(;|$)").containsIgnoringCase("HttpOnly")
            .containsIgnoringCase("SameSite"));
    assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).singleElement().satisfies(c ->
        assertThat(c).containsPattern("(?i);\\s*Secure(;|$)").containsIgnoringCase("SameSite"));
  }
}
