package org.scrworkflow.versions;

import static org.scrworkflow.process.SeriousCaseReview.END_INCIDENT_NOTIFICATION_ESCALATED;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_NOTIFIABLE;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_TO_ESCALATE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_TO_INCIDENT_NOTIFICATION_ESCALATED;
import static org.scrworkflow.process.SeriousCaseReview.FLOW_TO_NOTIFY_INCIDENT;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_ESCALATE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_NOTIFY_INCIDENT;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_INCIDENT_NOTIFICATION_OVERDUE;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.scrworkflow.process.SeriousCaseReview;

/**
 * The typical changes a policy officer makes, applied to the real serious-case-review model with Camunda's model
 * API: a period's note changed (expressions unchanged), a task added, a task removed.
 */
final class ModelVariants {

  static final Path MODEL = Path.of("processes", "serious-case-review.bpmn");
  static final String APPROVAL = TASK_APPROVE_INCIDENT_NOTIFICATION;

  private ModelVariants() {}

  static BpmnModelInstance shipped() {
    return Bpmn.readModelFromFile(MODEL.toFile());
  }

  /** T-1 now 5 working days: the period is in the decision table, so the process only changes its note. */
  static BpmnModelInstance periodNoteChanged() {
    BpmnModelInstance model = shipped();
    UserTask approval = model.getModelElementById(APPROVAL);
    approval.getDocumentations().iterator().next()
        .setTextContent("S-02; T-1 (5 working days from awareness, R-2.3); §6.2. On approval the notification goes"
            + " to Ofsted and GO/DfE.");
    return model;
  }

  /** A new step before the approval: the business manager checks the facts first. */
  static BpmnModelInstance taskAddedBeforeApproval() {
    BpmnModelInstance model = shipped();
    Process process = model.getModelElementById(SeriousCaseReview.KEY);
    UserTask approval = model.getModelElementById(APPROVAL);
    SequenceFlow toApproval = model.getModelElementById(FLOW_NOTIFIABLE);

    UserTask check = model.newInstance(UserTask.class);
    check.setId("Task_CheckNotificationFacts");
    check.setName("Check the facts of the notification");
    check.setCamundaCandidateGroups("lscb-business-manager");
    check.setCamundaFormRef("approve-incident-notification");
    check.setCamundaFormRefBinding("deployment");
    Documentation documentation = model.newInstance(Documentation.class);
    documentation.setTextContent("S-02; R-2.3. The facts are checked before the notification is approved.");
    check.getDocumentations().add(documentation);
    process.addChildElement(check);

    SequenceFlow checked = model.newInstance(SequenceFlow.class);
    checked.setId("Flow_ToApproveIncidentNotification");
    process.addChildElement(checked);
    connect(checked, check, approval);
    approval.getIncoming().remove(toApproval);
    toApproval.setTarget(check);
    check.getIncoming().add(toApproval);
    return model;
  }

  /** The approval step removed: a notifiable incident goes straight to the notification (and its T-1 timer with it). */
  static BpmnModelInstance approvalRemoved() {
    BpmnModelInstance model = shipped();
    FlowNode notify = model.getModelElementById(TASK_NOTIFY_INCIDENT);
    SequenceFlow notifiable = model.getModelElementById(FLOW_NOTIFIABLE);
    notify.getIncoming().clear();
    remove(model, Set.of(APPROVAL, TIMER_INCIDENT_NOTIFICATION_OVERDUE, FLOW_TO_ESCALATE_INCIDENT_NOTIFICATION,
        TASK_ESCALATE_INCIDENT_NOTIFICATION, FLOW_TO_INCIDENT_NOTIFICATION_ESCALATED,
        END_INCIDENT_NOTIFICATION_ESCALATED, FLOW_TO_NOTIFY_INCIDENT));
    notifiable.setTarget(notify);
    notify.getIncoming().add(notifiable);
    return model;
  }

  static byte[] bytes(BpmnModelInstance model) {
    var out = new ByteArrayOutputStream();
    Bpmn.writeModelToStream(out, model);
    return out.toByteArray();
  }

  private static void connect(SequenceFlow flow, FlowNode source, FlowNode target) {
    flow.setSource(source);
    flow.setTarget(target);
    source.getOutgoing().add(flow);
    target.getIncoming().add(flow);
  }

  private static void remove(BpmnModelInstance model, Set<String> ids) {
    List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));
    shapes.stream().filter(s -> s.getBpmnElement() != null && ids.contains(s.getBpmnElement().getId()))
        .forEach(s -> s.getParentElement().removeChildElement(s));
    List<BpmnEdge> edges = List.copyOf(model.getModelElementsByType(BpmnEdge.class));
    edges.stream().filter(e -> e.getBpmnElement() != null && ids.contains(e.getBpmnElement().getId()))
        .forEach(e -> e.getParentElement().removeChildElement(e));
    for (String id : ids) {
      BaseElement element = model.getModelElementById(id);
      element.getParentElement().removeChildElement(element);
    }
  }
}
