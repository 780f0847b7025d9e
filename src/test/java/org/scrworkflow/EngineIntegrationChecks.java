package org.scrworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.CLOSURE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_ASSESS_NOTIFIABILITY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.security.Role;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine checks every database must pass: run by {@link H2EngineIntegrationTest} and
 * {@link PostgresEngineIntegrationTest} against the whole application on a random port, over real HTTP.
 */
public abstract class EngineIntegrationChecks {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort protected int port;

  @Autowired protected ProcessEngine engine;

  /** The administrator's user id and password as this profile configures them. */
  protected abstract String[] adminCredentials();

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  @DisplayName("History is full, authorization and the password policy are on")
  void engineIsConfiguredForAStatutoryAuditTrail() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(10);
  }

  @Test
  @DisplayName("A referral runs through the engine, its decision tables and its history")
  void runsAReferralThroughTheEngine() {
    // a death without abuse or neglect known or suspected: not notifiable
    org.scrworkflow.testsupport.Referrals.onboard(engine, java.util.List.of("police"));
    var referral = StandardAnswers.referral("CR-9001", "Child A", "lscb-x", "WEST_MIDLANDS",
        java.time.LocalDate.of(2011, 3, 14), java.util.List.of("police")).with(ABUSE_OR_NEGLECT, false);
    ProcessInstance review = engine.getRuntimeService()
        .startProcessInstanceByKey(SeriousCaseReview.KEY, "CR-9001", referral);
    // G-1 (decision scr-criteria): a death without abuse or neglect is not notifiable
    assertThat(review).isWaitingAt(SeriousCaseReview.TASK_CLOSE_REFERRAL);
    assertThat(task(review)).hasCandidateGroup(Role.BUSINESS_MANAGER.groupId());

    complete(task(review), java.util.Map.of(CLOSURE_REASONS.name(), "Natural causes."));

    assertThat(review).isEnded().hasPassedInOrder(
        SeriousCaseReview.START_INCIDENT_NOTIFIED, SeriousCaseReview.TASK_CLOSE_REFERRAL,
            SeriousCaseReview.END_REFERRAL_CLOSED);
    var history =
        engine.getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(review.getId())
            .list();
    assertThat(history).extracting(HistoricActivityInstance::getActivityId)
        .contains(TASK_ASSESS_NOTIFIABILITY, SeriousCaseReview.TASK_CLOSE_REFERRAL);
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
            .processInstanceId(review.getId()).decisionDefinitionKey("scr-criteria").count())
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(review.getId()).singleResult().getRemovalTime())
        .as("removal time follows the history time-to-live")
        .isNotNull();
  }

  @Test
  @DisplayName("Every model, decision and form is deployed together, each with a history time-to-live")
  void deploysEveryModelDecisionAndForm() throws Exception {
    var repository = engine.getRepositoryService();
    for (String key : java.util.List.of(SeriousCaseReview.KEY, IndividualManagementReview.KEY, ScrPublication.KEY)) {
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
          .getHistoryTimeToLive()).as(key).isPositive();
    }
    for (String key : java.util.List.of("scr-criteria", "notification-route", "lead-lscb", "publication-scope",
        "ofsted-evaluation", "imr-author-independence", "reviewer-independence", "statutory-timescale")) {
      assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
          .singleResult()).as(key).isNotNull();
    }
    var definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(SeriousCaseReview.KEY).latestVersion().singleResult();
    var resources = repository.getDeploymentResourceNames(definition.getDeploymentId());
    java.util.Set<String> forms;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
      forms = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".form") || f.endsWith(".html"))
          .collect(java.util.stream.Collectors.toSet());
    }
    // named by file name, as Tasklist finds an embedded form (embedded:deployment:write-imr.html)
    assertThat(resources.stream().filter(r -> r.endsWith(".form") || r.endsWith(".html")))
        .containsExactlyInAnyOrderElementsOf(forms);
  }

  @Test
  @DisplayName("The REST API answers 401 without credentials or with wrong ones")
  void restApiRefusesAnonymousCallers() throws Exception {
    assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/process-definition", new String[] {"nobody-here", "Wrong-Pass-2010"})
            .statusCode())
        .isEqualTo(401);
  }

  @Test
  @DisplayName("The REST API answers 200 to the administrator")
  void restApiServesTheAdministrator() throws Exception {
    HttpResponse<String> response = get("/engine-rest/process-definition", adminCredentials());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(SeriousCaseReview.KEY);
  }

  @Test
  @DisplayName("/actuator/health reports the database and the engine, without details to strangers")
  void healthReportsDatabaseAndEngine() throws Exception {
    HttpResponse<String> response = get("/actuator/health", null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = JSON.readTree(response.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").has("details")).isFalse();
  }

  protected HttpResponse<String> get(String path, String[] credentials) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (credentials != null) {
      request.header("Authorization", Http.basic(credentials[0], credentials[1]));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
