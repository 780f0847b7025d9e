package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scrworkflow.policy.PolicyFixtures.CONDITION;
import static org.scrworkflow.policy.PolicyFixtures.DELEGATE;
import static org.scrworkflow.policy.PolicyFixtures.edited;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_NOTIFIABLE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_NOTIFY_INCIDENT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ExpressionRules} on the condition and the delegate of {@code policy/referral-screening.bpmn}: what the
 * allow-list lets through, and every known trick it refuses, by name.
 */
class ExpressionRulesTest {

  private final ExpressionRules rules = new ExpressionRules();

  @Test
  @DisplayName("The fixture's expressions are all allowed: variables, comparisons, deadlines, execution.getVariable")
  void fixturePasses() {
    assertThat(check(PolicyFixtures.model())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "${notifiable}",
    "${not notifiable}",
    "${notifiable or interagencyConcern}",
    "${legalAdviceOutcome == 'NOT_AT_ALL'}",
    "${childAgeYears >= 18 and childAgeYears < 21}",
    "${empty caseReference}",
    "${publishOverviewReport ? 'OVERVIEW_AND_SUMMARY' : 'SUMMARY_ONLY'}",
    "${deadlines.onTime('T-3', decisionDate, acceptanceDate)}",
    "${deadlines.latestOf(deadlines.remindAt('T-12', reportsSubmittedOn), execution.getVariable('publishNotBefore'))}",
    "${agencies.ids(agenciesInvolved)}",
    "#{execution.processBusinessKey}",
    "${authenticatedUserId != null}",
    "${loopCounter > 0}",
  })
  @DisplayName("allowed-expression: allowed")
  void allowed(String expression) {
    assertThat(check(condition(expression))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')} | getClass, forName, \"java.lang.Runtime\", getRuntime, exec",
    "${T(java.lang.Runtime).getRuntime()}                                 | T(...), Runtime, getRuntime",
    "${notifiable.class.classLoader}                                       | class, classLoader",
    "${caseReference.getClass()}                                           | getClass",
    "${execution.getProcessEngine().getRuntimeService()}                   | getProcessEngine",
    "${execution.processEngineServices.runtimeService}                     | processEngineServices",
    "${execution.getProcessEngineServices()}                               | getProcessEngineServices",
    "${caseReference['class']}                                             | class",
    "${x['getClass']()}                                                    | getClass",
  })
  @DisplayName("allowed-expression: an expression reaching Java is refused, naming the trick")
  void reachingJavaIsRefused(String expression, String named) {
    List<ModelViolation> violations = check(condition(expression.strip()));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId, ModelViolation::elementName)
        .containsExactly(tuple(ModelRule.ALLOWED_EXPRESSION, FLOW_NOTIFIABLE, "Yes"));
    assertThat(violations.get(0).message())
        .contains("condition of the sequence flow", "reaches Java itself (" + named.strip() + ")");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "${caseReference.toUpperCase() == 'X'}          | calls the method toUpperCase(...) on caseReference",
    "${deadlines.timescales}                        | reads deadlines.timescales",
    "${deadlines.toString() == ''}                  | calls deadlines.toString(...), which is not on the allow-list",
    "${deadlines == null}                           | names the bean deadlines without calling",
    "${sendNotification == null}                    | names the delegate sendNotification outside a delegate expression",
    "${execution.setVariable('notifiable', true)}   | calls execution.setVariable(...)",
    "${task.execution == null}                      | the engine's object task",
    "${fn:now() == null}                            | calls the function fn:now(...)",
    "${notifiable[incidentType]}                    | computes the name",
    "${caseReference.bytes == null}                 | reads the property \"bytes\"",
    "${notifiable ${notifiable}                     | not an expression the engine can read",
  })
  @DisplayName("allowed-expression: anything else outside the allow-list is refused, saying what")
  void outsideTheAllowListIsRefused(String expression, String reason) {
    List<ModelViolation> violations = check(condition(expression.strip()));
    assertThat(violations).extracting(ModelViolation::rule).contains(ModelRule.ALLOWED_EXPRESSION);
    assertThat(violations.get(0).message()).contains(reason.strip());
  }

  @Test
  @DisplayName("known-variable: a variable that is neither in the one list nor set by the model")
  void unknownVariable() {
    List<ModelViolation> violations = check(condition("${notifable and execution.getVariable('incidentTyp') == 'X'}"));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.KNOWN_VARIABLE, FLOW_NOTIFIABLE));
    assertThat(violations.get(0).message()).contains("\"notifable\", \"incidentTyp\"",
        "the list of variables the product knows");
  }

  @Test
  @DisplayName("known-variable: an output parameter, a result variable and what a delegate sets are known")
  void variablesSetByTheModelAreKnown() {
    String model = edited("<camunda:outputParameter name=\"incidentNotifiedOn\">${deadlines.today()}",
        "<camunda:outputParameter name=\"screeningOutcome\">${deadlines.today()}</camunda:outputParameter>"
            + "<camunda:outputParameter name=\"incidentNotifiedOn\">${screeningOutcome}");
    assertThat(check(model)).isEmpty();
    String decided = edited("<camunda:outputParameter name=\"incidentNotifiedOn\">",
        "<camunda:outputParameter name=\"criteria\">${deadlines.today()}</camunda:outputParameter>"
            + "<camunda:outputParameter name=\"incidentNotifiedOn\">")
        .replace(CONDITION, "${criteria.criteriaOutcome == 'REQUIRED'}");
    assertThat(check(decided)).as("a decision result's column read by property").isEmpty();
    String generated = edited(DELEGATE, "camunda:delegateExpression=\"${generateDocument}\"")
        .replace("${deadlines.today()}", "${documentId}");
    assertThat(check(generated)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"${documentStore}", "${identityVault}", "${deadlines}", "${sendNotifications}"})
  @DisplayName("known-bean: a delegate expression naming a bean that is not a delegate of the allow-list")
  void unknownDelegate(String delegate) {
    List<ModelViolation> violations = check(edited(DELEGATE, "camunda:delegateExpression=\"" + delegate + "\""));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId, ModelViolation::elementName)
        .containsExactly(tuple(ModelRule.KNOWN_BEAN, TASK_NOTIFY_INCIDENT, "Notify Ofsted of the serious incident"));
    assertThat(violations.get(0).message()).contains(delegate, "sendNotification, generateDocument");
  }

  @Test
  @DisplayName("allowed-expression: a delegate expression that is more than a bean name")
  void delegateExpressionIsOneName() {
    List<ModelViolation> violations = check(edited(DELEGATE,
        "camunda:delegateExpression=\"${execution.getProcessEngine()}\""));
    assertThat(violations).extracting(ModelViolation::rule).containsExactly(ModelRule.ALLOWED_EXPRESSION);
    assertThat(violations.get(0).message()).contains("getProcessEngine", "delegate expression of the service task");
  }

  @Test
  @DisplayName("allowed-expression: a listener's expression, a timer and a field injection are checked too")
  void everyPlaceIsChecked() {
    String model = edited(PolicyFixtures.EXTENSIONS, "<bpmn:extensionElements>\n"
        + "<camunda:executionListener expression=\"${execution.getProcessEngine()}\" event=\"start\" />"
        + "<camunda:field name=\"from\"><camunda:string>x@example.org</camunda:string></camunda:field>\n"
        + "        <camunda:inputOutput>");
    List<ModelViolation> violations = check(model);
    assertThat(violations).extracting(ModelViolation::message)
        .anySatisfy(message -> assertThat(message).contains("expression of the execution listener"))
        .anySatisfy(message -> assertThat(message).contains("camunda:field"));
  }

  private List<ModelViolation> check(String model) {
    return rules.check(Bpmn.readModelFromStream(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8))),
        PolicyFixtures.MODEL);
  }

  private static String condition(String expression) {
    return edited(CONDITION, expression.replace("&", "&amp;").replace("<", "&lt;"));
  }
}
