package org.scrworkflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.scrworkflow.notification.NoticeLinks;
import org.scrworkflow.notification.NotificationTemplate;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.security.AsTheApplication;
import org.springframework.stereotype.Component;

/**
 * Who did what and when in a case, for a complaint or an inquiry: every task of the review and of its IMRs and
 * publication (who held it, when it started and ended, how it ended) and every operation a person made through
 * Tasklist, Cockpit or REST (claims, assignments, completions, variable and due-date changes, cancellations),
 * from the engine's history (level full), and each download of a full notice through a recipient's link. Read after
 * the caller's role and LSCB were checked.
 */
@Component
class AuditTrail {

  /** One line of the trail. {@code what} is a task's name or an operation and the property it changed. */
  record Entry(Instant at, String user, String kind, String what, String detail, String process,
      String processInstanceId) {}

  private final ProcessEngine engine;
  private final NoticeLinks notices;

  AuditTrail(ProcessEngine engine, NoticeLinks notices) {
    this.engine = engine;
    this.notices = notices;
  }

  List<Entry> of(CaseKey caseKey) {
    List<Entry> entries = new ArrayList<>(AsTheApplication.run(engine, () -> collect(caseKey)));
    // a recipient's download of a full notice through their link (the recipient and the time, never the link)
    for (NoticeLinks.Download download : notices.downloadsOf(caseKey)) {
      entries.add(new Entry(download.at(), download.recipient(), "notice downloaded",
          NotificationTemplate.byId(download.template()).subject(), "through the recipient's own link",
          download.template(), download.processInstanceId()));
    }
    entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::kind));
    return entries;
  }

  private List<Entry> collect(CaseKey caseKey) {
    var history = engine.getHistoryService();
    List<Entry> entries = new ArrayList<>();
    var instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseKey.reference());
    // the case's own LSCB only: another LSCB's review with the same reference is another case
    if (caseKey.lscb() == null) {
      instances.withoutTenantId();
    } else {
      instances.tenantIdIn(caseKey.lscb());
    }
    for (HistoricProcessInstance instance : instances.list()) {
      String process = instance.getProcessDefinitionKey();
      entries.add(new Entry(instance.getStartTime().toInstant(), instance.getStartUserId(), "process started",
          process, "", process, instance.getId()));
      if (instance.getEndTime() != null) {
        entries.add(new Entry(instance.getEndTime().toInstant(), null, "process ended", process,
            instance.getState(), process, instance.getId()));
      }
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
          .list()) {
        entries.add(new Entry(task.getStartTime().toInstant(), null, "task created", task.getName(),
            "due " + instant(task.getDueDate()), process, instance.getId()));
        if (task.getEndTime() != null) {
          entries.add(new Entry(task.getEndTime().toInstant(), task.getAssignee(), "task ended", task.getName(),
              String.valueOf(task.getDeleteReason()), process, instance.getId()));
        }
      }
      for (UserOperationLogEntry operation : history.createUserOperationLogQuery().processInstanceId(instance.getId())
          .list()) {
        String property = operation.getProperty() == null ? "" : " " + operation.getProperty();
        String change = operation.getNewValue() == null ? ""
            : (operation.getOrgValue() == null ? "" : operation.getOrgValue() + " -> ") + operation.getNewValue();
        // a correction's reason is the operation's annotation
        String reason = operation.getAnnotation() == null ? "" : (change.isEmpty() ? "" : "; ") + operation.getAnnotation();
        entries.add(new Entry(operation.getTimestamp().toInstant(), operation.getUserId(), "operation",
            operation.getOperationType() + property + taskName(operation), change + reason, process, instance.getId()));
      }
    }
    entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::kind));
    return entries;
  }

  private String taskName(UserOperationLogEntry operation) {
    if (operation.getTaskId() == null) {
      return "";
    }
    var task = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(operation.getTaskId()).singleResult();
    return task == null ? "" : " (" + task.getName() + ")";
  }

  private static String instant(Date date) {
    return date == null ? "none" : date.toInstant().toString();
  }
}
