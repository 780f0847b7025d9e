package org.scrworkflow.versions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Modeler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The change report of a deployment, written after it commits and read at /api/policy/deployments/{id}/changes. */
@H2DemoApplicationTest
class DeploymentChangesApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path TABLE = Path.of("processes", "statutory-timescale.dmn");
  static final String T1_AMOUNT = "<outputEntry id=\"LiteralExpression_T1_Amount\">\n          <text>1</text>";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("The policy team deploys T-1 as 5 working days: the report names the rule with its entries before and after, stored with the deployment")
  void reportOfADeployedPeriodChange() throws Exception {
    String shipped = Files.readString(TABLE);
    String edited = shipped.replace(T1_AMOUNT, T1_AMOUNT.replace("<text>1</text>", "<text>6</text>"));
    int previous = repository.createDecisionDefinitionQuery().decisionDefinitionKey("statutory-timescale")
        .latestVersion().singleResult().getVersion();
    HttpResponse<String> deployed = Modeler.deploy(port, "policy", "T-1 now 6 working days",
        Map.of("statutory-timescale.dmn", edited.getBytes(StandardCharsets.UTF_8)));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String id = JSON.readTree(deployed.body()).path("id").asText();
    assertThat(jdbc.queryForObject("select count(*) from scr_model_change where deployment_id = ?", Integer.class, id))
        .as("stored after the deployment committed, before anyone reads it").isEqualTo(2);

    HttpResponse<String> read = get("policy", "/api/policy/deployments/" + id + "/changes");

    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(read.body());
    assertThat(report.path("deploymentName").asText()).isEqualTo("T-1 now 6 working days");
    JsonNode model = report.path("models").get(0);
    assertThat(model.path("resource").asText()).isEqualTo("statutory-timescale.dmn");
    assertThat(model.path("fromVersion").asInt()).isEqualTo(previous);
    assertThat(model.path("toVersion").asInt()).isEqualTo(previous + 1);
    JsonNode change = model.path("changes").get(0);
    assertThat(change.path("kind").asText()).isEqualTo("RULE_CHANGED");
    assertThat(change.path("elementId").asText()).isEqualTo("Rule_T1");
    assertThat(change.path("before").asText()).startsWith("Timescale \"T-1\" -> amount 1, unit \"WORKING_DAYS\"");
    assertThat(change.path("after").asText()).startsWith("Timescale \"T-1\" -> amount 6, unit \"WORKING_DAYS\"");
    assertThat(model.path("changes")).hasSize(1);

    HttpResponse<String> markdown = get("manager", "/api/policy/deployments/" + id + "/changes.md");
    assertThat(markdown.statusCode()).isEqualTo(200);
    assertThat(markdown.body()).contains("| rule changed | `Rule_T1` | table statutory-timescale |");

    Modeler.deploy(port, "policy", "Statutory timescales", Map.of("statutory-timescale.dmn", shipped.getBytes(
        StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName("The start-up deployment's report (first versions) is written when first read")
  void startUpDeploymentReportedWhenFirstRead() throws Exception {
    String id = repository.createProcessDefinitionQuery().processDefinitionKey(SeriousCaseReview.KEY)
        .processDefinitionVersion(1).singleResult().getDeploymentId();

    HttpResponse<String> read = get("admin", "/api/policy/deployments/" + id + "/changes");

    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"resource\":\"serious-case-review.bpmn\"", "\"kind\":\"NEW_MODEL\"");
    assertThat(jdbc.queryForObject("select count(*) from scr_model_change where deployment_id = ?", Integer.class, id))
        .isPositive();
  }

  @Test
  @DisplayName("The policy team, managers and administrators read reports: 403 for a chair, 401 anonymous, 404 for no deployment")
  void whoReadsReports() throws Exception {
    String id = repository.createDeploymentQuery().list().get(0).getId();
    assertThat(get("chair", "/api/policy/deployments/" + id + "/changes").statusCode()).isEqualTo(403);
    assertThat(get(null, "/api/policy/deployments/" + id + "/changes").statusCode()).isEqualTo(401);
    assertThat(get("manager", "/api/policy/deployments/" + id + "/changes").statusCode()).isEqualTo(200);
    assertThat(get("policy", "/api/policy/deployments/no-such-deployment/changes").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", Http.basic(user, Modeler.PASSWORD));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
