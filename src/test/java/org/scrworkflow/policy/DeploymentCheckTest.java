package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scrworkflow.policy.PolicyFixtures.deployment;
import static org.scrworkflow.policy.PolicyFixtures.edited;
import static org.scrworkflow.policy.PolicyFixtures.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DeploymentCheck} over whole deployments: the rules that need all resources together, and the message. */
class DeploymentCheckTest {

  private final DeploymentCheck check = new DeploymentCheck(new EmbeddedFormRules(Set.of()));

  @Test
  @DisplayName("The fixture's model and form pass together")
  void fixturePasses() {
    assertThat(check.check(deployment(model()), DeploymentCheck.DeployedForms.NONE)).isEmpty();
  }

  @Test
  @DisplayName("form-resolves: a form bound to the deployment must be in it, even when deployed before")
  void formBoundToTheDeploymentMustBeInIt() {
    Map<String, byte[]> modelOnly = Map.of(PolicyFixtures.MODEL, bytes(model()));
    var violations = check.check(modelOnly, formId -> true);
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId, ModelViolation::elementName)
        .containsExactly(tuple(ModelRule.FORM_RESOLVES, "Task_ScreenReferral", "Screen the referral"));
    assertThat(violations.get(0).message()).contains("\"referral-screening.form\"", "additional file");
  }

  @Test
  @DisplayName("form-resolves: a form bound to the latest version may be one deployed before, not a missing one")
  void formBoundToLatestMayBeDeployedBefore() {
    String latest = edited("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"");
    Map<String, byte[]> modelOnly = Map.of(PolicyFixtures.MODEL, bytes(latest));
    assertThat(check.check(modelOnly, "referral-screening"::equals)).isEmpty();
    assertThat(check.check(modelOnly, DeploymentCheck.DeployedForms.NONE))
        .extracting(ModelViolation::rule).containsExactly(ModelRule.FORM_RESOLVES);
  }

  @Test
  @DisplayName("form-resolves: an embedded form key names a file of the deployment")
  void embeddedFormKeyNamesAFileOfTheDeployment() {
    String embedded = edited("camunda:formRef=\"referral-screening\" camunda:formRefBinding=\"deployment\"",
        "camunda:formKey=\"embedded:deployment:forms/screen-referral.html\"");
    var resources = new java.util.HashMap<>(deployment(embedded));
    assertThat(check.check(resources, DeploymentCheck.DeployedForms.NONE))
        .extracting(ModelViolation::rule).containsExactly(ModelRule.FORM_RESOLVES);
    resources.put("forms/screen-referral.html", bytes("<form><input cam-variable-name=\"notifiable\"></form>"));
    assertThat(check.check(resources, DeploymentCheck.DeployedForms.NONE)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"notify.js", "notify.groovy", "scripts/notify.py", "diagram.svg", "case.cmmn"})
  @DisplayName("resource-kind: scripts and other files are refused")
  void otherFilesAreRefused(String name) {
    var resources = new java.util.HashMap<>(deployment(model()));
    resources.put(name, bytes("java.lang.Runtime.getRuntime().exec('id')"));
    var violations = check.check(resources, DeploymentCheck.DeployedForms.NONE);
    assertThat(violations)
        .extracting(ModelViolation::resource, ModelViolation::rule)
        .containsExactly(tuple(name, ModelRule.RESOURCE_KIND));
  }

  @Test
  @DisplayName("form-components: a Camunda Form with an iframe or a script component")
  void formComponentsThatRunCode() {
    String form = PolicyFixtures.form().replace("\"type\": \"checkbox\"", "\"type\": \"iframe\"");
    var resources = new java.util.HashMap<>(deployment(model()));
    resources.put(PolicyFixtures.FORM, bytes(form));
    var violations = check.check(resources, DeploymentCheck.DeployedForms.NONE);
    assertThat(violations)
        .extracting(ModelViolation::resource, ModelViolation::rule)
        .containsExactly(tuple(PolicyFixtures.FORM, ModelRule.FORM_COMPONENTS));
    assertThat(violations.get(0).message()).contains("\"iframe\"");
  }

  @Test
  @DisplayName("choices-from-decision: the referral's regions are the notification route's, and drift either way"
      + " is refused naming the field, the table and the values")
  void choicesComeFromTheDecisionTable() throws java.io.IOException {
    String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes/notification-route.dmn"));
    String form = java.nio.file.Files.readString(java.nio.file.Path.of("forms/incident-notified.form"));
    String tableName = "processes/notification-route.dmn";
    String formName = "forms/incident-notified.form";
    assertThat(check.check(Map.of(tableName, bytes(table), formName, bytes(form)),
        DeploymentCheck.DeployedForms.NONE)).isEmpty();

    // a policy officer removes London from the form's options
    String noLondon = form.replaceFirst("\\{\\s*\"label\": \"London\",\\s*\"value\": \"LONDON\"\\s*},", "");
    assertThat(noLondon).isNotEqualTo(form);
    var violations = check.check(Map.of(tableName, bytes(table), formName, bytes(noLondon)),
        DeploymentCheck.DeployedForms.NONE);
    assertThat(violations).extracting(ModelViolation::resource, ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(formName, ModelRule.CHOICES_FROM_DECISION, "Field_Region"));
    assertThat(violations.get(0).message()).contains("it lacks LONDON", "\"Where does this notification go?\"",
        "Input values");

    // or adds a region to the table's Input values alone
    String wales = table.replace("\"SOUTH_WEST\"</text>\n        </inputValues>",
        "\"SOUTH_WEST\",\"WALES\"</text>\n        </inputValues>");
    assertThat(wales).isNotEqualTo(table);
    assertThat(check.check(Map.of(tableName, bytes(wales), formName, bytes(form)),
        DeploymentCheck.DeployedForms.NONE)).singleElement()
        .satisfies(violation -> assertThat(violation.message()).contains("it lacks WALES"));
  }

  @Test
  @DisplayName("choices-from-decision: a field that names a list of the system (the referral's agencies) takes its"
      + " choices from it alone: options of its own, or a list the system does not have, are refused")
  void choicesFromAListAreTheListsAlone() throws java.io.IOException {
    String form = java.nio.file.Files.readString(java.nio.file.Path.of("forms/incident-notified.form"));
    String formName = "forms/incident-notified.form";
    assertThat(check.check(Map.of(formName, bytes(form)), DeploymentCheck.DeployedForms.NONE)).isEmpty();

    // a policy officer spells the agencies in the form again
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var schema = json.readTree(form);
    schema.findParents("key").stream().filter(field -> field.path("key").asText().equals(
        org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED.name()))
        .map(com.fasterxml.jackson.databind.node.ObjectNode.class::cast).findFirst().orElseThrow()
        .putArray("values").addObject().put("label", "Police").put("value", "police");
    assertThat(check.check(Map.of(formName, bytes(json.writeValueAsString(schema))),
        DeploymentCheck.DeployedForms.NONE)).extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.CHOICES_FROM_DECISION, "Field_AgenciesInvolved"));

    // or names a list the system does not have
    String typo = form.replace("\"choicesFrom\": \"agencies\"", "\"choicesFrom\": \"agency\"");
    assertThat(check.check(Map.of(formName, bytes(typo)), DeploymentCheck.DeployedForms.NONE)).singleElement()
        .satisfies(violation -> assertThat(violation.message()).contains("\"agency\"", "agencies or lscbs"));
  }

  @Test
  @DisplayName("readable: a file that is no BPMN, and a form that is no JSON, are named")
  void unreadableFiles() {
    var resources = Map.of("broken.bpmn", bytes("<definitions>"), "broken.form", bytes("{ id: "));
    assertThat(check.check(resources, DeploymentCheck.DeployedForms.NONE))
        .extracting(ModelViolation::resource, ModelViolation::rule)
        .containsExactly(tuple("broken.bpmn", ModelRule.READABLE), tuple("broken.form", ModelRule.READABLE));
  }

  @Test
  @DisplayName("The message lists every problem, numbered, with resource, element id and name, and rule")
  void messageListsEveryProblem() {
    String broken = edited("name=\"Screen the referral\"", "name=\"\"")
        .replace("Task_ScreenReferral", "Activity_0x7f3a9b")
        .replace("${sendNotification}", "${documentStore}");
    List<ModelViolation> violations = check.check(deployment(broken), DeploymentCheck.DeployedForms.NONE);
    String message = new DeploymentRefusedException("Referral screening", violations).getMessage();
    assertThat(message.lines()).hasSize(violations.size() + 1);
    assertThat(message).startsWith("Deployment \"Referral screening\" refused: " + violations.size()
        + " problems, nothing was deployed. Fix them in Camunda Modeler and deploy again.\n1. referral-screening.bpmn ");
    assertThat(message)
        .contains("referral-screening.bpmn Activity_0x7f3a9b [name-required] Name the user task")
        .contains("referral-screening.bpmn Activity_0x7f3a9b [meaningful-id]")
        .contains("referral-screening.bpmn Task_NotifyIncident \"Notify Ofsted of the serious incident\" [known-bean]");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
