package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.decision.DecisionTableUnderTest.variables;
import static org.scrworkflow.process.DecisionColumns.ACTIVITY_ID;
import static org.scrworkflow.process.DecisionColumns.REVIEW_STAGE;
import static org.scrworkflow.process.SeriousCaseReview.SUB_PROCESS_CONDUCT_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_NOTIFY_INCIDENT;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_FURTHER_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_REVISE_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_TRACK_IMMEDIATE_ACTION;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_REVISED_TARGET_APPROACHING;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrworkflow.reporting.ReviewStage;

/**
 * {@code review-stage}: which stage of Chapter 8 a waiting step of serious-case-review belongs to (managers' reports).
 */
class ReviewStageTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("review-stage");
  static final BpmnModelInstance REVIEW = Bpmn.readModelFromFile(new File("processes/serious-case-review.bpmn"));

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  @ParameterizedTest(name = "{0} is at stage {1}")
  @CsvSource({
    "Task_ApproveIncidentNotification, NOTIFICATION, Rule_Notification",
    "Task_DecideInitiation, DECISION, Rule_Decision",
    "CallActivity_Imr, IMRS, Rule_Imrs",
    "Task_WriteOverviewReport, OVERVIEW, Rule_Overview",
    "Task_AcceptReports, SIGN_OFF, Rule_SignOff",
    "CallActivity_Publication, PUBLICATION, Rule_Publication",
    "Task_RecordOfstedEvaluation, EVALUATION, Rule_Evaluation",
    "Timer_ActionPlanReviewDue, ACTION_PLAN, Rule_ActionPlan"
  })
  @DisplayName("S-01 to S-29: a step waiting is at its stage")
  void stepIsAtItsStage(String activityId, ReviewStage stage, String rule) {
    var outcome = TABLE.evaluate(variables(ACTIVITY_ID.name(), activityId));
    assertThat(outcome.ruleId()).isEqualTo(rule);
    assertThat(outcome.get(REVIEW_STAGE.name())).isEqualTo(stage.name());
  }

  @Test
  @DisplayName("S-16, S-22, S-30: steps that run beside any stage, and automatic steps, have no row")
  void sideStepsHaveNoStage() {
    for (String id : List.of(TASK_TRACK_IMMEDIATE_ACTION, TASK_REVISE_PROJECT_PLAN, TASK_RECORD_FURTHER_REVIEW,
        TIMER_REVISED_TARGET_APPROACHING, TASK_NOTIFY_INCIDENT, SUB_PROCESS_CONDUCT_REVIEW)) {
      assertThat(TABLE.evaluate(variables(ACTIVITY_ID.name(), id)).ruleId()).as(id).isNull();
    }
  }

  @Test
  @DisplayName("Every user task, call activity and timer of serious-case-review (outside the event sub-processes) has a stage")
  void everyWaitingStepOfTheModelHasAStage() {
    List<String> missing = new ArrayList<>();
    for (FlowNode node : REVIEW.getModelElementsByType(FlowNode.class)) {
      boolean waits = node instanceof UserTask || node instanceof CallActivity || node instanceof IntermediateCatchEvent;
      if (!waits) {
        continue;
      }
      Object stage = TABLE.evaluate(variables(ACTIVITY_ID.name(), node.getId())).get(REVIEW_STAGE.name());
      if (insideEventSubProcess(node)) {
        assertThat(stage).as(node.getId() + " runs beside any stage").isNull();
      } else if (stage == null) {
        missing.add(node.getId());
      }
    }
    assertThat(missing).as("steps with no row in processes/review-stage.dmn").isEmpty();
  }

  @Test
  @DisplayName("Every step the table names is a step of serious-case-review, and every stage is a ReviewStage")
  void tableNamesOnlyStepsOfTheModel() {
    Pattern quoted = Pattern.compile("\"([^\"]+)\"");
    List<String> named = new ArrayList<>();
    for (InputEntry entry : Dmn.readModelFromFile(new File("processes/review-stage.dmn"))
        .getModelElementsByType(InputEntry.class)) {
      Matcher matcher = quoted.matcher(entry.getTextContent());
      while (matcher.find()) {
        named.add(matcher.group(1));
      }
    }
    assertThat(named).isNotEmpty().doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat((Object) REVIEW.getModelElementById(id)).as(id).isNotNull());
    List<String> stages = Arrays.stream(ReviewStage.values()).map(Enum::name).toList();
    for (String id : named) {
      assertThat(stages).contains((String) TABLE.evaluate(variables(ACTIVITY_ID.name(), id)).get(REVIEW_STAGE.name()));
    }
  }

  private static boolean insideEventSubProcess(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
        return true;
      }
    }
    return false;
  }
}
