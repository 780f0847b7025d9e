package org.scrworkflow.overview;

import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.document.ReadableDocuments;
import org.scrworkflow.notification.NotificationLog;
import org.scrworkflow.notification.NotificationTemplate;
import org.scrworkflow.overview.ReviewOverview.Deadline;
import org.scrworkflow.overview.ReviewOverview.Document;
import org.scrworkflow.overview.ReviewOverview.Notice;
import org.scrworkflow.overview.ReviewOverview.Step;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.reporting.ReviewReports;
import org.scrworkflow.reporting.ReviewStage;
import org.scrworkflow.reporting.ReviewTimeline;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.security.AgencyList;
import org.scrworkflow.security.AgencyRole;
import org.scrworkflow.security.AsTheApplication;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Lscbs;
import org.scrworkflow.security.Role;
import org.springframework.stereotype.Service;

/**
 * Builds a review's page for the caller, once {@code CaseActions} has found the review in the caller's own LSCB.
 * The engine's history is read as the application (a panel member may not read the review itself), and what is
 * read is narrowed here by role: the business manager, chair, managers and administrators see every step, the
 * status and the statutory dates; everyone else sees the steps offered to their own groups or to them, and no
 * status. Documents follow their classification ({@link ReadableDocuments}); notices are the business manager's
 * and chair's ({@link Role#CASE_LEADS}), as the notification record is.
 */
@Service
class ReviewOverviews {

  /** Who sees the whole review: the LSCB's leads, its managers (the dashboard's readers) and administrators. */
  static final Set<String> WHOLE_REVIEW = union(Role.CASE_LEADS, Set.of(Role.MANAGER.groupId()));

  private final ProcessEngine engine;
  private final HistoryService history;
  private final IdentityService identity;
  private final ReviewReports reports;
  private final ReadableDocuments documents;
  private final NotificationLog notifications;
  private final Lscbs lscbs;
  private final AgencyList agencies;
  private final Deadlines deadlines;
  private final Caller caller;

  ReviewOverviews(ProcessEngine engine, ReviewReports reports, ReadableDocuments documents,
      NotificationLog notifications, Lscbs lscbs, AgencyList agencies, Deadlines deadlines, Caller caller) {
    this.engine = engine;
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
    this.reports = reports;
    this.documents = documents;
    this.notifications = notifications;
    this.lscbs = lscbs;
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.caller = caller;
  }

  /** The page of the review {@code processInstanceId}, which is the case {@code key} of the caller's LSCB. */
  ReviewOverview of(CaseKey key, String processInstanceId) {
    boolean whole = caller.inAnyOf(WHOLE_REVIEW);
    Set<String> groups = callerGroups();
    String userId = caller.userId();
    LocalDate today = deadlines.currentDate();
    // read as the caller: which documents their role may open, and the notices for the leads only
    List<Document> readable = documents(key);
    List<Notice> notices = caller.inAnyOf(Role.CASE_LEADS) ? notices(key) : null;
    return asTheApplication(() -> {
      ReviewTimeline timeline = reports.timelineOf(processInstanceId).orElseThrow();
      List<Step> steps = steps(processInstanceId, today).stream()
          .filter(step -> whole || step.visibleTo(groups, userId)).map(SeenStep::step).toList();
      List<Deadline> ahead = deadlines(steps, whole ? timeline : null, today);
      boolean closed = timeline.stage() == ReviewStage.CLOSED;
      return new ReviewOverview(key.reference(), timeline.childPseudonym(), key.lscb(),
          lscbs.all().getOrDefault(key.lscb(), key.lscb()), timeline.stageLabel(),
          whole ? timeline.statusLabel() : null, closed, today, whole, steps, ahead, readable, notices);
    });
  }

  /** A step with the groups and user it was offered to, to choose who sees it. */
  private record SeenStep(Step step, Set<String> candidateGroups, String assignee) {
    boolean visibleTo(Set<String> groups, String userId) {
      return (userId != null && userId.equals(assignee)) || candidateGroups.stream().anyMatch(groups::contains);
    }
  }

  /** Every user task of the review and of the processes it called (IMRs, publication), in the order they opened. */
  private List<SeenStep> steps(String reviewId, LocalDate today) {
    Map<String, String> parts = new LinkedHashMap<>();
    collectParts(reviewId, parts);
    Map<String, String> agencyNames = agencies.all();
    List<HistoricTaskInstance> tasks = new ArrayList<>();
    Map<String, String> partOfInstance = new LinkedHashMap<>();
    parts.forEach((instanceId, definitionKey) -> {
      tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).list());
      partOfInstance.put(instanceId, partName(instanceId, definitionKey, agencyNames));
    });
    tasks.sort(Comparator.comparing(HistoricTaskInstance::getStartTime).thenComparing(HistoricTaskInstance::getId));
    Names names = new Names(agencyNames);
    List<SeenStep> steps = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      Set<String> candidates = candidateGroups(task.getId());
      boolean open = task.getEndTime() == null;
      boolean done = !open && "completed".equals(task.getDeleteReason());
      String holder = open ? task.getAssignee() : done ? completer(task) : task.getAssignee();
      String heldBy = holder != null ? names.user(holder)
          : String.join(", ", candidates.stream().map(names::group).toList());
      LocalDate due = day(task.getDueDate());
      LocalDate ended = day(task.getEndTime());
      String state = open ? "Open" : done ? "Done" : "Ended without completion";
      steps.add(new SeenStep(new Step(open ? task.getId() : null, task.getName(),
          partOfInstance.get(task.getProcessInstanceId()), state, heldBy.isEmpty() ? null : heldBy,
          day(task.getStartTime()), due, ended, dueWords(due, open ? null : ended, today, done || open)),
          candidates, holder));
    }
    return steps;
  }

  /** The review and, depth first, every process instance it called, each with its process key. */
  private void collectParts(String instanceId, Map<String, String> parts) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    parts.put(instanceId, instance.getProcessDefinitionKey());
    history.createHistoricProcessInstanceQuery().superProcessInstanceId(instanceId)
        .orderByProcessInstanceStartTime().asc().list().forEach(called -> collectParts(called.getId(), parts));
  }

  private String partName(String instanceId, String definitionKey, Map<String, String> agencyNames) {
    if (IndividualManagementReview.KEY.equals(definitionKey)) {
      Object agency = history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
          .variableName(AGENCY_ID.name()).list().stream().map(v -> v.getValue()).filter(v -> v != null)
          .findFirst().orElse(null);
      return "IMR: " + (agency == null ? "an agency" : agencyNames.getOrDefault(agency.toString(), agency.toString()));
    }
    if (ScrPublication.KEY.equals(definitionKey)) {
      return "Publication";
    }
    return SeriousCaseReview.KEY.equals(definitionKey) ? "Review" : "Further review";
  }

  private Set<String> candidateGroups(String taskId) {
    Set<String> groups = new TreeSet<>();
    for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(taskId)
        .type(IdentityLinkType.CANDIDATE).list()) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /** Who completed the task: its assignee (Tasklist claims before completing), else the operation log. */
  private String completer(HistoricTaskInstance task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(user -> user != null).findFirst().orElse(null);
  }

  /** People and roles by name, each looked up once. */
  private final class Names {
    private final Map<String, String> users = new LinkedHashMap<>();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final Map<String, String> agencyNames;

    Names(Map<String, String> agencyNames) {
      this.agencyNames = agencyNames;
    }

    String user(String id) {
      return users.computeIfAbsent(id, k -> {
        User user = identity.createUserQuery().userId(k).singleResult();
        String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? k : name;
      });
    }

    /** A role's name: "LSCB chair", "IMR author, Northmoor Police". */
    String group(String id) {
      return groups.computeIfAbsent(id, k -> {
        for (Role role : Role.values()) {
          if (role.groupId().equals(k)) {
            return role.displayName();
          }
        }
        for (AgencyRole role : AgencyRole.values()) {
          String agency = role.agencyId(k);
          if (agency != null) {
            return role.displayName(agencyNames.getOrDefault(agency, agency));
          }
        }
        Group group = identity.createGroupQuery().groupId(k).singleResult();
        return group == null || group.getName() == null ? k : group.getName();
      });
    }
  }

  /**
   * The dates ahead: each open step's due date, and for those who see the whole review the statutory dates not yet
   * met (the timeline's planned dates without an actual one) and each IMR not yet received.
   */
  private List<Deadline> deadlines(List<Step> steps, ReviewTimeline timeline, LocalDate today) {
    List<Deadline> ahead = new ArrayList<>();
    Set<LocalDate> stepDays = new HashSet<>();
    for (Step step : steps) {
      if (step.taskId() != null && step.due() != null) {
        ahead.add(deadline(step.name() + ("Review".equals(step.part()) ? "" : " (" + step.part() + ")"),
            step.due(), today));
        stepDays.add(step.due());
      }
    }
    if (timeline != null && timeline.stage() != ReviewStage.CLOSED) {
      for (ReviewTimeline.Milestone milestone : timeline.milestones()) {
        // a statutory date that is the open step's own due date (T-2 is the decision's) is said once, by the step
        if (milestone.planned() != null && milestone.actual() == null && !stepDays.contains(milestone.planned())) {
          ahead.add(deadline(milestone.label(), milestone.planned(), today));
        }
      }
      if (!timeline.revisions().isEmpty()) {
        ahead.add(deadline("Revised target for the reports (after slippage)",
            timeline.revisions().get(timeline.revisions().size() - 1).revisedTarget(), today));
      }
      Map<String, String> agencyNames = agencies.all();
      for (ReviewTimeline.Imr imr : timeline.imrs()) {
        if (imr.dueDate() != null && imr.receivedOn() == null && imr.closedOn() == null) {
          ahead.add(deadline("IMR of " + agencyNames.getOrDefault(imr.agencyId(), imr.agencyId()) + " received",
              imr.dueDate(), today));
        }
      }
    }
    ahead.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::what));
    return ahead;
  }

  private static Deadline deadline(String what, LocalDate date, LocalDate today) {
    return new Deadline(what, date, untilOrLate(date, today), date.isBefore(today));
  }

  /** "in 3 days", "due today", "2 days late"; for a finished step, "on time" or "done 2 days late". */
  static String dueWords(LocalDate due, LocalDate ended, LocalDate today, boolean counts) {
    if (due == null || !counts) {
      return null;
    }
    if (ended != null) {
      long late = ChronoUnit.DAYS.between(due, ended);
      return late <= 0 ? "on time" : "done " + days(late) + " late";
    }
    return untilOrLate(due, today);
  }

  static String untilOrLate(LocalDate due, LocalDate today) {
    long until = ChronoUnit.DAYS.between(today, due);
    if (until == 0) {
      return "due today";
    }
    return until > 0 ? "in " + days(until) : days(-until) + " late";
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  private List<Document> documents(CaseKey key) {
    return documents.of(key).stream().map(d -> new Document(d.id(), d.kind().title(), d.fileName(),
        words(d.classification().name()), d.version(), day(Date.from(d.createdAt())))).toList();
  }

  private List<Notice> notices(CaseKey key) {
    return notifications.forCase(key).stream().map(n -> new Notice(subject(n.template()), n.sentAt(),
        day(Date.from(n.sentAt())), n.recipients(), outcome(n.outcome()))).toList();
  }

  private static String subject(String template) {
    try {
      return NotificationTemplate.byId(template).subject();
    } catch (IllegalArgumentException unknown) {
      return template;
    }
  }

  private static String outcome(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "SENT" -> "Sent";
      case "NO_RECIPIENTS" -> "Not sent: no recipient found";
      case "SENT_BEFORE_ENTRY" -> "Sent by the LSCB before the referral was entered";
      default -> words(code);
    };
  }

  /** IDENTIFYING as "Identifying". */
  private static String words(String code) {
    String lower = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private LocalDate day(Date date) {
    return date == null ? null : deadlines.toLocalDate(date);
  }

  /**
   * Reads the history without the caller's authorizations (a panel member may not read the review itself): the
   * caller's access to the case was checked before, and what is read is narrowed by role here. The caller's
   * authentication is set aside for the reading, so that every query the engine nests runs without it, and put
   * back after.
   */
  private <T> T asTheApplication(java.util.function.Supplier<T> reading) {
    var authentication = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return AsTheApplication.run(engine, reading);
    } finally {
      if (authentication != null) {
        identity.setAuthentication(authentication);
      }
    }
  }

  private Set<String> callerGroups() {
    var authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? Set.of()
        : new HashSet<>(authentication.getGroupIds());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
