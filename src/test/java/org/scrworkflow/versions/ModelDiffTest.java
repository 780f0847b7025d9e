package org.scrworkflow.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scrworkflow.process.SeriousCaseReview.END_INCIDENT_NOTIFICATION_ESCALATED;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_TO_ESCALATE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_TO_INCIDENT_NOTIFICATION_ESCALATED;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_TO_NOTIFY_INCIDENT;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_ESCALATE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_INCIDENT_NOTIFICATION_OVERDUE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change report between two versions of a model, on changed copies of the real models. */
class ModelDiffTest {

  static final Path TABLE = Path.of("processes", "statutory-timescale.dmn");
  static final String T1_AMOUNT = "<outputEntry id=\"LiteralExpression_T1_Amount\">\n          <text>1</text>";
  static final String T1_DESCRIPTION = "description \"Notify Ofsted and GO/DfE of the serious incident, from the day"
      + " the authority became aware\"";

  @Test
  @DisplayName("A period changed in the decision table: the rule is reported with its inputs and outputs before and after")
  void periodChangedInTheTable() throws IOException {
    String shipped = Files.readString(TABLE);
    String edited = shipped.replace(T1_AMOUNT, T1_AMOUNT.replace("<text>1</text>", "<text>5</text>"));

    List<ModelChange> changes = ModelDiff.between("statutory-timescale.dmn", utf8(shipped), utf8(edited));

    assertThat(changes).containsExactly(new ModelChange("statutory-timescale.dmn", ChangeKind.RULE_CHANGED, "Rule_T1",
        "table statutory-timescale",
        "Timescale \"T-1\" -> amount 1, unit \"WORKING_DAYS\", " + T1_DESCRIPTION,
        "Timescale \"T-1\" -> amount 5, unit \"WORKING_DAYS\", " + T1_DESCRIPTION));
  }

  @Test
  @DisplayName("Rules added and removed are reported by id")
  void rulesAddedAndRemoved() throws IOException {
    String shipped = Files.readString(TABLE);
    String edited = shipped.replace("id=\"Rule_T1\"", "id=\"Rule_T1_Revised\"");

    assertThat(ModelDiff.between("statutory-timescale.dmn", utf8(shipped), utf8(edited)))
        .extracting(ModelChange::kind, ModelChange::elementId)
        .containsExactly(tuple(ChangeKind.RULE_REMOVED, "Rule_T1"), tuple(ChangeKind.RULE_ADDED, "Rule_T1_Revised"));
  }

  @Test
  @DisplayName("A task added before the approval: the task and its flow are added, nothing else")
  void taskAdded() {
    assertThat(bpmn(ModelVariants.taskAddedBeforeApproval()))
        .extracting(ModelChange::kind, ModelChange::elementId, ModelChange::after)
        .containsExactlyInAnyOrder(
            tuple(ChangeKind.ADDED, "Task_CheckNotificationFacts", "userTask \"Check the facts of the notification\""),
            tuple(ChangeKind.ADDED, "Flow_ToApproveIncidentNotification", "sequenceFlow"));
  }

  @Test
  @DisplayName("The approval removed: the task, its timer, the escalation path and the flows are reported removed")
  void approvalRemoved() {
    assertThat(bpmn(ModelVariants.approvalRemoved()))
        .extracting(ModelChange::kind, ModelChange::elementId)
        .containsExactlyInAnyOrder(
            tuple(ChangeKind.REMOVED, TASK_APPROVE_INCIDENT_NOTIFICATION),
            tuple(ChangeKind.REMOVED, TIMER_INCIDENT_NOTIFICATION_OVERDUE),
            tuple(ChangeKind.REMOVED, FLOW_TO_ESCALATE_INCIDENT_NOTIFICATION),
            tuple(ChangeKind.REMOVED, TASK_ESCALATE_INCIDENT_NOTIFICATION),
            tuple(ChangeKind.REMOVED, FLOW_TO_INCIDENT_NOTIFICATION_ESCALATED),
            tuple(ChangeKind.REMOVED, END_INCIDENT_NOTIFICATION_ESCALATED),
            tuple(ChangeKind.REMOVED, FLOW_TO_NOTIFY_INCIDENT));
  }

  @Test
  @DisplayName("A renamed task, a changed timer and a changed due date are reported with before and after")
  void renamedTimerAndDueDate() {
    BpmnModelInstance model = ModelVariants.shipped();
    UserTask approval = model.getModelElementById(ModelVariants.APPROVAL);
    approval.setName("Approve the notification");
    approval.setCamundaDueDate("${deadlines.dueAt('T-2', awarenessDate)}");
    TimerEventDefinition timer = model.<org.camunda.bpm.model.bpmn.instance.BoundaryEvent>getModelElementById(
        TIMER_INCIDENT_NOTIFICATION_OVERDUE).getChildElementsByType(TimerEventDefinition.class).iterator().next();
    timer.getTimeDate().setTextContent("${deadlines.after('T-2', awarenessDate)}");
    // a changed note (documentation) is not a change of behaviour: not reported
    model.<UserTask>getModelElementById(ModelVariants.APPROVAL).getDocumentations().iterator().next()
        .setTextContent("T-1 revised");

    assertThat(bpmn(model)).extracting(ModelChange::kind, ModelChange::elementId, ModelChange::before,
        ModelChange::after).containsExactlyInAnyOrder(
        tuple(ChangeKind.RENAMED, ModelVariants.APPROVAL, "Approve the serious incident notification",
            "Approve the notification"),
        tuple(ChangeKind.DUE_DATE_CHANGED, ModelVariants.APPROVAL, "${deadlines.dueAt('T-1', awarenessDate)}",
            "${deadlines.dueAt('T-2', awarenessDate)}"),
        tuple(ChangeKind.TIMER_CHANGED, TIMER_INCIDENT_NOTIFICATION_OVERDUE,
            "timeDate ${deadlines.after('T-1', awarenessDate)}", "timeDate ${deadlines.after('T-2', awarenessDate)}"));
  }

  @Test
  @DisplayName("The build's report on a changed copy of processes/: every change against the last release, as Markdown")
  void reportOfAChangedCopy(@TempDir Path copy) throws IOException {
    try (Stream<Path> files = Files.list(ReleaseChangeReportTest.PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Files.writeString(copy.resolve("statutory-timescale.dmn"), Files.readString(TABLE)
        .replace(T1_AMOUNT, T1_AMOUNT.replace("<text>1</text>", "<text>5</text>")));
    Files.write(copy.resolve("serious-case-review.bpmn"), ModelVariants.bytes(ModelVariants.taskAddedBeforeApproval()));
    Files.delete(copy.resolve("review-stage.dmn"));

    String report = ChangeReportMarkdown.render("changed copy",
        ReleaseChangeReportTest.compare(copy, ReleaseChangeReportTest.BASELINE));

    assertThat(report)
        .contains("## serious-case-review.bpmn (serious-case-review)\n\n| change | id | what | before | after |")
        .contains("| added | `Task_CheckNotificationFacts` | userTask \"Check the facts of the notification\" |  |"
            + " `userTask \"Check the facts of the notification\"` |")
        .contains("| rule changed | `Rule_T1` | table statutory-timescale | `Timescale \"T-1\" -> amount 1,")
        .contains("`Timescale \"T-1\" -> amount 5, unit \"WORKING_DAYS\",")
        .contains("| removed | `review-stage.dmn` | model removed since the last release |")
        .contains("## lead-lscb.dmn (lead-lscb)\n\nNo changes.");
  }

  private static List<ModelChange> bpmn(BpmnModelInstance changed) {
    return ModelDiff.between("serious-case-review.bpmn", ModelVariants.bytes(ModelVariants.shipped()),
        ModelVariants.bytes(changed));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
