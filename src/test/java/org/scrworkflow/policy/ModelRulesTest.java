package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scrworkflow.process.SeriousCaseReview.END_NO_REVIEW_HELD;
import static org.scrworkflow.process.SeriousCaseReview.START_INCIDENT_NOTIFIED;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_DECISION_REMINDER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of {@link ModelRules} against {@code models/clean-review.bpmn}, which meets them all: every test
 * breaks one rule with a text edit, as Modeler would save it, and sees exactly that violation.
 */
class ModelRulesTest {

  private static final String RESOURCE = "clean-review.bpmn";
  private static final String CLEAN = read("/models/clean-review.bpmn");

  private final ModelRules rules = new ModelRules();

  @Test
  @DisplayName("A model that meets every rule has no violation")
  void cleanModelPasses() {
    assertThat(check(CLEAN)).isEmpty();
  }

  @Test
  @DisplayName("The resource name may carry folders: processes/clean-review.bpmn holds clean-review")
  void resourceNameMayCarryFolders() {
    assertThat(rules.check(parse(CLEAN), "processes/clean-review.bpmn")).isEmpty();
  }

  // name-required

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "user task,           'name=\"Screen the referral\"',           Task_ScreenReferral",
    "boundary timer,      'name=\"Screening overdue\"',             Timer_ScreeningReminder",
    "start event,         'name=\"Incident notified\"',             StartEvent_IncidentNotified",
    "gateway,             'name=\"Criteria met?\"',                 Gateway_CriteriaMet",
    "call activity,       'name=\"Review by the panel\"',           CallActivity_PanelReview",
    "sub-process,         'name=\"Publish the review\"',            SubProcess_Publication",
    "event in sub-process,'name=\"Publication done\"',              EndEvent_PublicationDone",
    "conditional flow,    'name=\"Yes\"',                           Flow_CriteriaMet",
    "default flow,        'name=\"No\"',                            Flow_CriteriaNotMet",
  })
  @DisplayName("name-required: an element without a name")
  void nameRequired(String what, String nameAttribute, String elementId) {
    assertThat(check(edited(nameAttribute, "name=\" \"")))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.NAME_REQUIRED, elementId));
  }

  @Test
  @DisplayName("name-required: a violation says what to write, in the guidance's words")
  void nameRequiredMessageHelpsTheOfficer() {
    var violation = check(edited("name=\"Criteria met?\"", "")).get(0);
    assertThat(violation.elementName()).isNull();
    assertThat(violation.message()).contains("General > Name", "a question", "\"Criteria met?\"");
    assertThat(violation).hasToString(
        "clean-review.bpmn Gateway_CriteriaMet [name-required] " + violation.message());
  }

  // meaningful-id

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Activity_0x7f3a9b", "Activity_1abc2de", "UserTask_1", "Task_1", "Task_0ffp1zq", "sid-3F2504E0-4F89-11D3"})
  @DisplayName("meaningful-id: a task keeps a generated id")
  void generatedTaskId(String generated) {
    var violations = check(edited("Task_ScreenReferral", generated));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId, ModelViolation::elementName)
        .containsExactly(tuple(ModelRule.MEANINGFUL_ID, generated, "Screen the referral"));
    assertThat(violations.get(0).message()).contains("General > ID", "\"Task_ScreenReferral\"");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "Gateway_CriteriaMet,         Gateway_1abc2de",
    "StartEvent_IncidentNotified, StartEvent_1",
    "Timer_ScreeningReminder,     Event_0lx3x2d",
    "Flow_CriteriaMet,            Flow_0abc123",
    "Flow_ToScreenReferral,       SequenceFlow_1",
    "Flow_CriteriaNotMet,         SequenceFlow_0h21x7r",
  })
  @DisplayName("meaningful-id: a gateway, event or sequence flow keeps a generated id")
  void generatedIds(String meaningful, String generated) {
    assertThat(check(edited(meaningful, generated)))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.MEANINGFUL_ID, generated));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    TASK_DECIDE_INITIATION, "Flow_CriteriaNotMet", "Gateway_CriteriaMet", TIMER_DECISION_REMINDER,
    START_INCIDENT_NOTIFIED, END_NO_REVIEW_HELD, "Task_Imr2", "Timer_6Months"})
  @DisplayName("meaningful-id: ids that say what the element is pass")
  void meaningfulIdsPass(String id) {
    assertThat(ModelRules.GENERATED_ID.matcher(id).matches()).isFalse();
  }

  @Test
  @DisplayName("meaningful-id: the message suggests an id made of the kind and the name")
  void suggestsAnIdFromTheName() {
    var violation = check(edited("Gateway_CriteriaMet", "Gateway_1abc2de")).get(0);
    assertThat(violation.message()).contains("\"Gateway_CriteriaMet\"");
  }

  // history-time-to-live

  @Test
  @DisplayName("history-time-to-live: an executable process without one")
  void historyTimeToLiveMissing() {
    assertThat(check(edited(" camunda:historyTimeToLive=\"9125\"", "")))
        .extracting(ModelViolation::rule, ModelViolation::elementId, ModelViolation::elementName)
        .containsExactly(tuple(ModelRule.HISTORY_TIME_TO_LIVE, "clean-review", "Clean review"));
  }

  @Test
  @DisplayName("history-time-to-live: an ISO period is a time-to-live too")
  void historyTimeToLiveAsPeriod() {
    assertThat(check(edited("camunda:historyTimeToLive=\"9125\"", "camunda:historyTimeToLive=\"P9125D\"")))
        .isEmpty();
  }

  // rules-of-the-review

  @Test
  @DisplayName("rules-of-the-review: a decision or called process bound to the latest version, or to another key's"
      + " version, is refused, saying where in Modeler to set the binding")
  void decisionsAndCalledProcessesAreBoundToTheReviewsRules() {
    String latest = edited("camunda:decisionRefBinding=\"version\" camunda:decisionRefVersion="
        + "\"${rules.version('initiation-criteria')}\"", "camunda:decisionRefBinding=\"latest\"");
    assertThat(check(latest)).singleElement().satisfies(violation -> {
      assertThat(violation.rule()).isEqualTo(ModelRule.RULES_OF_THE_REVIEW);
      assertThat(violation.elementId()).isEqualTo("Task_DecideCriteria");
      assertThat(violation.message()).contains("Binding \"version\"", "${rules.version('initiation-criteria')}");
    });
    assertThat(check(edited("${rules.version('panel-review')}", "${rules.version('other-review')}")))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.RULES_OF_THE_REVIEW, "CallActivity_PanelReview"));
    assertThat(check(edited(" camunda:calledElementBinding=\"version\"", "")))
        .extracting(ModelViolation::rule).containsExactly(ModelRule.RULES_OF_THE_REVIEW);
  }

  // candidate-group

  @Test
  @DisplayName("candidate-group: a user task without a candidate group")
  void candidateGroupMissing() {
    assertThat(check(edited(" camunda:candidateGroups=\"lscb-business-manager\"", "")))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.CANDIDATE_GROUP, "Task_ScreenReferral"));
  }

  @Test
  @DisplayName("candidate-group: an expression and a list are candidate groups too")
  void candidateGroupExpression() {
    assertThat(check(edited("lscb-business-manager", "${screeningGroup}"))).isEmpty();
    assertThat(check(edited("lscb-business-manager", "lscb-chair, lscb-business-manager"))).isEmpty();
  }

  @Test
  @DisplayName("candidate-group: a candidate user alone is not enough")
  void candidateUserIsNotAGroup() {
    assertThat(check(edited("camunda:candidateGroups=\"lscb-business-manager\"", "camunda:candidateUsers=\"chair\"")))
        .extracting(ModelViolation::rule)
        .containsExactly(ModelRule.CANDIDATE_GROUP);
  }

  // user-task-form

  @Test
  @DisplayName("user-task-form: a user task without a form")
  void formMissing() {
    var violations = check(edited(" camunda:formRef=\"screen-referral\" camunda:formRefBinding=\"deployment\"", ""));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.USER_TASK_FORM, "Task_ScreenReferral"));
    assertThat(violations.get(0).message()).contains("Camunda Forms", "Binding \"deployment\"");
  }

  @Test
  @DisplayName("user-task-form: a form key is a form too")
  void formKeyIsAForm() {
    assertThat(check(edited("camunda:formRef=\"screen-referral\" camunda:formRefBinding=\"deployment\"",
            "camunda:formKey=\"embedded:deployment:forms/screen-referral.html\"")))
        .isEmpty();
  }

  // no-script-task, no-script, no-java-class, default-expression-language

  @Test
  @DisplayName("no-script-task: a script task")
  void scriptTask() {
    String scriptTask = CLEAN
        .replace("<bpmn:serviceTask id=\"Task_SendReminder\" name=\"Send the screening reminder\""
                + " camunda:delegateExpression=\"${sendReminder}\">",
            "<bpmn:scriptTask id=\"Task_SendReminder\" name=\"Send the screening reminder\""
                + " scriptFormat=\"javascript\">")
        .replace("</bpmn:serviceTask>", "<bpmn:script>print('reminder')</bpmn:script></bpmn:scriptTask>");
    assertThat(scriptTask).isNotEqualTo(CLEAN);
    // a script task needs no documentation: the only finding is the script task itself
    assertThat(check(scriptTask))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.NO_SCRIPT_TASK, "Task_SendReminder"));
  }

  @Test
  @DisplayName("no-script: a script in an input parameter")
  void scriptInInputParameter() {
    var violations = check(edited("${recipientGroup}</camunda:inputParameter>",
        "<camunda:script scriptFormat=\"groovy\">'lscb-chair'</camunda:script></camunda:inputParameter>"));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.NO_SCRIPT, "Task_SendReminder"));
    assertThat(violations.get(0).message()).contains("input parameter \"recipientGroup\"");
  }

  @Test
  @DisplayName("no-script: a script listener")
  void scriptListener() {
    var violations = check(edited("<camunda:executionListener delegateExpression=\"${auditTrail}\" event=\"end\" />",
        "<camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"javascript\">1</camunda:script>"
            + "</camunda:executionListener>"));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.NO_SCRIPT, "Task_SendReminder"));
    assertThat(violations.get(0).message()).contains("execution listener");
  }

  @Test
  @DisplayName("no-java-class: a service task implemented by camunda:class")
  void javaClassDelegate() {
    var violations = check(edited("camunda:delegateExpression=\"${sendReminder}\"",
        "camunda:class=\"org.scrworkflow.notification.SendReminderDelegate\""));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.NO_JAVA_CLASS, "Task_SendReminder"));
    assertThat(violations.get(0).message()).contains("SendReminderDelegate", "Delegate expression");
  }

  @Test
  @DisplayName("no-java-class: a listener with a Java class")
  void javaClassListener() {
    assertThat(check(edited("delegateExpression=\"${auditTrail}\"", "class=\"org.scrworkflow.AuditListener\"")))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.NO_JAVA_CLASS, "Task_SendReminder"));
  }

  @Test
  @DisplayName("default-expression-language: a condition in JavaScript")
  void conditionInAnotherLanguage() {
    assertThat(check(edited("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${criteriaMet}",
            "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">criteriaMet")))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.DEFAULT_EXPRESSION_LANGUAGE, "Flow_CriteriaMet"));
  }

  @Test
  @DisplayName("default-expression-language: a model that declares another expression language")
  void definitionsInAnotherLanguage() {
    assertThat(check(edited("id=\"Definitions_CleanReview\"",
            "id=\"Definitions_CleanReview\" expressionLanguage=\"javascript\"")))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.DEFAULT_EXPRESSION_LANGUAGE, "Definitions_CleanReview"));
  }

  // process-id

  @Test
  @DisplayName("process-id: a process id that is not kebab-case (and so not the file's name)")
  void processIdNotKebabCase() {
    var violations = rules.check(parse(edited("\"clean-review\"", "\"CleanReview\"")), "CleanReview.bpmn");
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.PROCESS_ID, "CleanReview"));
    assertThat(violations.get(0).message()).contains("kebab-case");
  }

  @Test
  @DisplayName("process-id: a file whose main process has another id")
  void processIdIsNotTheFileName() {
    var violations = rules.check(parse(CLEAN), "processes/serious-case-review.bpmn");
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.PROCESS_ID, "clean-review"));
    assertThat(violations.get(0).message()).contains("\"serious-case-review\"");
  }

  // documentation-required

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "user task,          <bpmn:documentation>S-05</bpmn:documentation>,             Task_ScreenReferral",
    "service task,       <bpmn:documentation>T-1; N-3</bpmn:documentation>,         Task_SendReminder",
    "business rule task, <bpmn:documentation>S-07; WT2010 8.9</bpmn:documentation>, Task_DecideCriteria",
    "gateway,            <bpmn:documentation>S-07</bpmn:documentation>,             Gateway_CriteriaMet",
    "timer event,        <bpmn:documentation>T-1</bpmn:documentation>,              Timer_ScreeningReminder",
    "call activity,      <bpmn:documentation>S-10</bpmn:documentation>,             CallActivity_PanelReview",
  })
  @DisplayName("documentation-required: an element that encodes a rule without its reference")
  void documentationMissing(String what, String documentation, String elementId) {
    assertThat(check(edited(documentation, "<bpmn:documentation> </bpmn:documentation>")))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.DOCUMENTATION_REQUIRED, elementId));
  }

  @Test
  @DisplayName("Several broken rules are all reported, in document order")
  void reportsEveryViolation() {
    String broken = CLEAN
        .replace(" camunda:historyTimeToLive=\"9125\"", "")
        .replace("Gateway_CriteriaMet", "Gateway_1abc2de")
        .replace("name=\"Yes\" ", "");
    assertThat(check(broken))
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(
            tuple(ModelRule.HISTORY_TIME_TO_LIVE, "clean-review"),
            tuple(ModelRule.MEANINGFUL_ID, "Gateway_1abc2de"),
            tuple(ModelRule.NAME_REQUIRED, "Flow_CriteriaMet"));
  }

  @Test
  @DisplayName("Every rule has a kebab-case id and a summary for the docs")
  void rulesHaveIdsAndSummaries() {
    for (ModelRule rule : ModelRule.values()) {
      assertThat(rule.id()).matches(ModelRules.KEBAB_CASE);
      assertThat(rule.summary()).isNotBlank();
    }
  }

  private List<ModelViolation> check(String xml) {
    return rules.check(parse(xml), RESOURCE);
  }

  private static BpmnModelInstance parse(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The clean model with every occurrence of {@code from} replaced; fails if {@code from} is not there. */
  private static String edited(String from, String to) {
    assertThat(CLEAN).as("the clean model contains the text to edit").contains(from);
    return CLEAN.replace(from, to);
  }

  private static String read(String resource) {
    try (InputStream in = ModelRulesTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
