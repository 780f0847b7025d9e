package org.scrworkflow.reporting;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.scrworkflow.process.IndividualManagementReview.END_IMR_ACCEPTED;
import static org.scrworkflow.process.ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH;
import static org.scrworkflow.process.ScrPublication.TASK_PUBLISH_REPORTS;
import static org.scrworkflow.process.ScrPublication.TASK_TAKE_LEGAL_ADVICE;
import static org.scrworkflow.process.SeriousCaseReview.ACCEPTANCE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_RECORDED_BY;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.END_NO_REVIEW_HELD;
import static org.scrworkflow.process.SeriousCaseReview.END_REFERRAL_CLOSED;
import static org.scrworkflow.process.SeriousCaseReview.END_REVIEW_LED_ELSEWHERE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_GRADE;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_LETTER_DATE;
import static org.scrworkflow.process.SeriousCaseReview.PUBLISHED_ON;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.REPORTS_SUBMITTED_ON;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.REVISED_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SIX_MONTH_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SIX_MONTH_TARGET_MET;
import static org.scrworkflow.process.SeriousCaseReview.TASK_ACCEPT_REPORTS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_PREPARE_SUBMISSION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_REVISE_PROJECT_PLAN;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.reporting.PlannedDates.Periods;
import org.scrworkflow.reporting.ReviewHistory.DecidingTask;
import org.scrworkflow.reporting.ReviewHistory.ImrRecord;
import org.scrworkflow.reporting.ReviewHistory.OpenTask;
import org.scrworkflow.reporting.ReviewHistory.PublicationRecord;
import org.scrworkflow.reporting.ReviewHistory.ReviewRecord;
import org.scrworkflow.reporting.ReviewSummary.LateStep;
import org.scrworkflow.reporting.ReviewSummary.OpenImr;
import org.scrworkflow.reporting.ReviewTimeline.Imr;
import org.scrworkflow.reporting.ReviewTimeline.Milestone;
import org.scrworkflow.reporting.ReviewTimeline.Revision;
import org.springframework.stereotype.Component;

/** Turns a review's history into the figures managers read: no engine calls here, only dates and rules. */
@Component
class ReviewFigures {

  private final Deadlines deadlines;

  ReviewFigures(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  ReviewSummary summary(ReviewRecord review, ReviewStage stage, LocalDate today, Periods periods,
      Map<String, String> agencyNames) {
    Facts f = facts(review, today, periods, agencyNames);
    List<OpenImr> openImrs = new ArrayList<>();
    for (ImrRecord imr : review.imrs()) {
      if (imr.instance().getEndTime() == null) {
        LocalDate due = date(imr.dueDate());
        LocalDate received = date(imr.receivedOn());
        LocalDate taskDue = imr.openTask() == null ? null : date(imr.openTask().dueDate());
        boolean overdue = imrOverdue(due, received, taskDue, today);
        LocalDate overdueSince = received == null ? due : taskDue;
        openImrs.add(new OpenImr(imr.agencyId(), due, received, imr.openTask() == null ? null : imr.openTask().name(),
            taskDue, overdue, overdue ? DAYS.between(overdueSince, today) : null));
      }
    }
    openImrs.sort(Comparator.comparing(OpenImr::agencyId, Comparator.nullsLast(Comparator.naturalOrder())));
    PublicationRecord publication = review.publication();
    PublicationOutcome outcome = f.publication;
    return new ReviewSummary(f.caseReference, text(review.variable(CHILD_PSEUDONYM.name())),
        review.instance().getId(), f.lscb, text(review.variable(REGION.name())), stage, stage.label(), f.status,
        f.status.label(), f.closedOn != null, date(review.instance().getStartTime()),
            date(review.variable(AWARENESS_DATE.name())),
        f.notificationDue, f.notifiedOn, f.decisionDue, f.decisionDate, f.initiated, f.sixMonthTarget,
        f.revisedTarget, f.completedOn, f.sixMonthTargetMet, f.daysSinceDecision(today), f.daysToSixMonthTarget(today),
        f.slippageConsultations > 0, f.slippageConsultations, List.copyOf(openImrs),
        (int) openImrs.stream().filter(OpenImr::overdue).count(), review.openIncidents(),
        date(review.variable(REPORTS_SUBMITTED_ON.name())), outcome, outcome == null ? null : outcome.label(),
        f.publishedOn, publication == null ? null : date(publication.instance().getEndTime()),
        withholdingReasonsRecorded(outcome, publication), text(review.variable(OFSTED_GRADE.name())),
        date(review.variable(OFSTED_LETTER_DATE.name())), f.closedOn, f.late);
  }

  ReviewTimeline timeline(ReviewRecord review, ReviewStage stage, LocalDate today, Periods periods,
      Map<String, String> agencyNames) {
    Facts f = facts(review, today, periods, agencyNames);
    List<Milestone> milestones = new ArrayList<>();
    milestones.add(milestone("S-01", "Authority aware; referral opened", "R-2.3", null,
        date(review.variable(AWARENESS_DATE.name())), text(review.variable(AWARENESS_RECORDED_BY.name())), null,
            today));
    Optional<DecidingTask> approval = latest(review, TASK_APPROVE_INCIDENT_NOTIFICATION);
    if (f.status != ReviewStatus.NOT_NOTIFIABLE) {
      milestones.add(milestone("S-02", "Incident notified to Ofsted and GO/DfE", "T-1", f.notificationDue,
          f.notifiedOn, by(approval), null, today));
      Optional<DecidingTask> recommendation = latest(review, TASK_RECOMMEND_TO_CHAIR);
      milestones.add(milestone("S-06", "Sub-group's recommendation to the chair", "T-18",
          recommendation.map(t -> date(t.dueDate())).orElse(null),
              recommendation.map(t -> date(t.completed())).orElse(null),
          by(recommendation), text(review.variable(RECOMMENDATION.name())), today));
      milestones.add(milestone("S-07", "Chair's decision", "T-2", f.decisionDue, f.decisionDate, by(latest(review,
          TASK_DECIDE_INITIATION)),
          f.initiated == null ? null : f.initiated ? "INITIATE" : "DO_NOT_INITIATE", today));
      milestones.add(milestone("S-07", "Decision notified to Ofsted and GO/DfE", "T-4", null,
          date(review.variable(DECISION_NOTIFIED_ON.name())), null, null, today));
    }
    List<Revision> revisions = new ArrayList<>();
    if (Boolean.TRUE.equals(f.initiated)) {
      for (DecidingTask revision : all(review, TASK_REVISE_PROJECT_PLAN)) {
        milestones.add(milestone("S-22", "Six-month check: project plan revised", "T-8", null,
            date(revision.completed()),
            revision.by(), null, today));
      }
      review.revisedTargets().forEach(r -> revisions.add(new Revision(date(r.recordedAt()), date(r.target()))));
      milestones.add(milestone("S-24", "Reports accepted by the LSCB (completion)", "T-3", f.sixMonthTarget,
          f.completedOn, by(latest(review, TASK_ACCEPT_REPORTS).filter(t -> f.completedOn != null)),
          f.sixMonthTargetMet == null ? null : f.sixMonthTargetMet ? "TARGET_MET" : "TARGET_MISSED", today));
      Optional<DecidingTask> submission = latest(review, TASK_PREPARE_SUBMISSION);
      milestones.add(milestone("S-25", "Reports sent to Ofsted and GO/DfE", "T-11",
          submission.map(t -> date(t.dueDate())).orElse(null), date(review.variable(REPORTS_SUBMITTED_ON.name())),
          by(submission), null, today));
      Optional<DecidingTask> requests = latest(review, TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH);
      if (requests.isPresent()) {
        milestones.add(milestone("S-26", "Requests not to publish considered (G-9)", null, null,
            date(requests.get().completed()), requests.get().by(),
            review.publication() != null && review.publication().compellingWelfareReasons()
                ? "OVERVIEW_WITHHELD_WELFARE" : "NO_COMPELLING_REASONS", today));
      }
      Optional<DecidingTask> legalAdvice = latest(review, TASK_TAKE_LEGAL_ADVICE);
      if (legalAdvice.isPresent()) {
        milestones.add(milestone("S-26", "Independent legal advice (G-12)", null, null,
            date(legalAdvice.get().completed()), legalAdvice.get().by(),
            review.publication() == null ? null : review.publication().legalAdviceOutcome(), today));
      }
      LocalDate publicationDone = f.publishedOn != null ? f.publishedOn
          : review.publication() == null ? null : date(review.publication().instance().getEndTime());
      milestones.add(milestone("S-27", "Publication", "T-12", null, publicationDone, by(latest(review,
          TASK_PUBLISH_REPORTS)),
          f.publication == null ? null : f.publication.name(), today));
      milestones.add(milestone("S-28", "Ofsted's evaluation", "T-13", null,
          date(review.variable(OFSTED_LETTER_DATE.name())),
          by(latest(review, TASK_RECORD_OFSTED_EVALUATION)), text(review.variable(OFSTED_GRADE.name())), today));
    }
    milestones.add(milestone("", "Review closed", null, null, f.closedOn, null, f.status.name(), today));

    List<Imr> imrs = new ArrayList<>();
    for (ImrRecord imr : review.imrs()) {
      LocalDate due = date(imr.dueDate());
      LocalDate received = date(imr.receivedOn());
      LocalDate taskDue = imr.openTask() == null ? null : date(imr.openTask().dueDate());
      boolean open = imr.instance().getEndTime() == null;
      imrs.add(new Imr(imr.agencyId(), date(imr.instance().getStartTime()), due, received,
          date(imr.instance().getEndTime()), END_IMR_ACCEPTED.equals(imr.instance().getEndActivityId()),
          imr.openTask() == null ? null : imr.openTask().name(), open && imrOverdue(due, received, taskDue, today)));
    }
    return new ReviewTimeline(f.caseReference, text(review.variable(CHILD_PSEUDONYM.name())), review.instance().getId(),
        f.lscb, stage, stage.label(), f.status, f.status.label(), today, List.copyOf(milestones),
            List.copyOf(revisions),
        List.copyOf(imrs), review.openIncidents(), f.late);
  }

  /** Not received by its due date; or received and its open task (scrutiny, revision) is past its own due date. */
  private static boolean imrOverdue(LocalDate due, LocalDate received, LocalDate taskDue, LocalDate today) {
    if (received == null) {
      return due != null && today.isAfter(due);
    }
    return taskDue != null && today.isAfter(taskDue);
  }

  private static Boolean withholdingReasonsRecorded(PublicationOutcome outcome, PublicationRecord publication) {
    if (outcome == PublicationOutcome.OVERVIEW_WITHHELD_WELFARE) {
      return publication.welfareReasonsRecorded();
    }
    if (outcome == PublicationOutcome.NOT_PUBLISHED_LEGAL) {
      return publication.legalReasonsRecorded();
    }
    return null;
  }

  private static Milestone milestone(String step, String label, String timescale, LocalDate planned, LocalDate actual,
      String by, String outcome, LocalDate today) {
    Boolean onTime = null;
    if (planned != null && actual != null) {
      onTime = !actual.isAfter(planned);
    } else if (planned != null && today.isAfter(planned)) {
      onTime = false;
    }
    return new Milestone(step, label, timescale, planned, actual, onTime, by, outcome);
  }

  private static Optional<DecidingTask> latest(ReviewRecord review, String key) {
    List<DecidingTask> tasks = all(review, key);
    return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(tasks.size() - 1));
  }

  private static List<DecidingTask> all(ReviewRecord review, String key) {
    return review.decidingTasks().stream().filter(t -> t.key().equals(key)).toList();
  }

  private static String by(Optional<DecidingTask> task) {
    return task.map(DecidingTask::by).orElse(null);
  }

  /**
   * What is late in an open review, in words: each open step of the review past its due date; each IMR not received
   * by its due date (T-5), or received with its open step (scrutiny, revision, sign-off) past that step's due date;
   * the notification (T-1) or the chair's decision (T-2) when no open step carries it; the six-month target (T-3),
   * or the revised one (S-22) once it too has passed. The IMRs count whoever reads: a business manager, whose
   * Tasklist shows only the steps of their own groups, sees an agency's late IMR here.
   */
  private List<LateStep> late(ReviewRecord review, Facts f, LocalDate today, Map<String, String> agencyNames) {
    if (review.instance().getEndTime() != null) {
      return List.of();
    }
    List<LateStep> late = new ArrayList<>();
    Set<String> lateKeys = new HashSet<>();
    for (OpenTask task : review.lateTasks()) {
      LocalDate due = date(task.dueDate());
      if (due != null && today.isAfter(due)) {
        late.add(lateStep(task.name(), due, today));
        lateKeys.add(task.key());
      }
    }
    if (f.notifiedOn == null && f.notificationDue != null && today.isAfter(f.notificationDue)
        && !lateKeys.contains(TASK_APPROVE_INCIDENT_NOTIFICATION)) {
      late.add(lateStep("The notification of the incident", f.notificationDue, today));
    }
    if (f.decisionDate == null && f.decisionDue != null && today.isAfter(f.decisionDue)
        && !lateKeys.contains(TASK_DECIDE_INITIATION)) {
      late.add(lateStep("The chair's decision", f.decisionDue, today));
    }
    for (ImrRecord imr : review.imrs()) {
      if (imr.instance().getEndTime() != null) {
        continue;
      }
      String whose = agencyNames.getOrDefault(imr.agencyId(), imr.agencyId()) + "'s IMR";
      LocalDate due = date(imr.dueDate());
      LocalDate taskDue = imr.openTask() == null ? null : date(imr.openTask().dueDate());
      if (imr.receivedOn() == null || date(imr.receivedOn()) == null) {
        if (due != null && today.isAfter(due)) {
          late.add(lateStep(whose + " not received", due, today));
        }
      } else if (taskDue != null && today.isAfter(taskDue)) {
        late.add(lateStep(whose + ": " + imr.openTask().name(), taskDue, today));
      }
    }
    if (f.sixMonthTarget != null && f.completedOn == null && Boolean.TRUE.equals(f.initiated)) {
      boolean revised = f.slippageConsultations > 0 && f.revisedTarget != null;
      LocalDate target = revised ? f.revisedTarget : f.sixMonthTarget;
      if (today.isAfter(target)) {
        late.add(lateStep(revised ? "Completion by the revised target" : "Completion within six months of the decision",
            target, today));
      }
    }
    return List.copyOf(late);
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static LateStep lateStep(String step, LocalDate due, LocalDate today) {
    long days = DAYS.between(due, today);
    return new LateStep(step, due, days,
        step + ": due " + DAY.format(due) + ", " + days + (days == 1 ? " day" : " days") + " late");
  }

  /** The dates and rules both views share. */
  private Facts facts(ReviewRecord review, LocalDate today, Periods periods, Map<String, String> agencyNames) {
    Facts f = new Facts();
    String reference = text(review.variable(CASE_REFERENCE.name()));
    f.caseReference = reference != null ? reference : review.instance().getBusinessKey();
    String lead = text(review.variable(LEAD_LSCB.name()));
    f.lscb = lead != null ? lead : text(review.variable(RESIDENCE_LSCB.name()));
    f.notificationDue = date(review.taskDueDates().get(TASK_APPROVE_INCIDENT_NOTIFICATION));
    f.notifiedOn = date(review.variable(INCIDENT_NOTIFIED_ON.name()));
    f.decisionDue = date(review.taskDueDates().get(TASK_DECIDE_INITIATION));
    if (f.decisionDue == null && f.notifiedOn != null && review.instance().getEndTime() == null) {
      // T-2 runs from the notification although the chair's task (which carries it) comes after screening
      f.decisionDue = periods.due("T-2", f.notifiedOn);
    }
    f.decisionDate = date(review.variable(DECISION_DATE.name()));
    Object initiate = review.variable(INITIATE_REVIEW.name());
    f.initiated = initiate instanceof Boolean b ? b : null;
    f.sixMonthTarget = date(review.variable(SIX_MONTH_TARGET.name()));
    f.revisedTarget = date(review.variable(REVISED_TARGET.name()));
    f.completedOn = date(review.variable(ACCEPTANCE_DATE.name()));
    Object met = review.variable(SIX_MONTH_TARGET_MET.name());
    // G-13 as the engine recorded it; else the same rule on the dates
    f.sixMonthTargetMet = met instanceof Boolean b ? b
        : f.completedOn != null && f.sixMonthTarget != null ? !f.completedOn.isAfter(f.sixMonthTarget) : null;
    f.slippageConsultations = review.slippageConsultations().size();
    f.closedOn = date(review.instance().getEndTime());
    PublicationRecord publication = review.publication();
    f.publication = publication == null || publication.instance().getEndTime() == null ? null
        : PublicationOutcome.of(publication.outcome(), publication.compellingWelfareReasons());
    f.publishedOn = date(publication != null && publication.publishedOn() != null ? publication.publishedOn()
        : review.variable(PUBLISHED_ON.name()));
    f.late = late(review, f, today, agencyNames);
    f.status = status(review, f, today);
    return f;
  }

  private static ReviewStatus status(ReviewRecord review, Facts f, LocalDate today) {
    String end = review.instance().getEndActivityId();
    if (f.closedOn != null && END_REFERRAL_CLOSED.equals(end)) {
      return ReviewStatus.NOT_NOTIFIABLE;
    }
    if (f.closedOn != null && END_REVIEW_LED_ELSEWHERE.equals(end)) {
      return ReviewStatus.LED_ELSEWHERE;
    }
    if ((f.closedOn != null && END_NO_REVIEW_HELD.equals(end)) || Boolean.FALSE.equals(f.initiated)) {
      return ReviewStatus.NOT_INITIATED;
    }
    if (f.completedOn != null) {
      return Boolean.FALSE.equals(f.sixMonthTargetMet) ? ReviewStatus.COMPLETED_LATE : ReviewStatus.COMPLETED_ON_TIME;
    }
    if (f.closedOn != null) {
      return ReviewStatus.CANCELLED;
    }
    boolean slipped = f.slippageConsultations > 0;
    if (f.sixMonthTarget != null) {
      // T-3 passed: slipped while the revised target (S-22, R-3.3) still holds, else overdue
      if (today.isAfter(f.sixMonthTarget) && !(slipped && f.revisedTarget != null
          && !today.isAfter(f.revisedTarget))) {
        return ReviewStatus.OVERDUE;
      }
    } else {
      boolean notificationLate = f.notifiedOn == null && f.notificationDue != null
          && today.isAfter(f.notificationDue);
      boolean decisionLate = f.decisionDate == null && f.decisionDue != null && today.isAfter(f.decisionDue);
      if (notificationLate || decisionLate) {
        return ReviewStatus.OVERDUE;
      }
    }
    // within the statutory dates (or a revised target that holds: the dashboard lists the late steps with it), but an
    // IMR or another step is past its own due date
    if (slipped) {
      return ReviewStatus.SLIPPED;
    }
    return f.late.isEmpty() ? ReviewStatus.ON_TRACK : ReviewStatus.LATE;
  }

  private static final class Facts {
    String caseReference;
    String lscb;
    LocalDate notificationDue;
    LocalDate notifiedOn;
    LocalDate decisionDue;
    LocalDate decisionDate;
    Boolean initiated;
    LocalDate sixMonthTarget;
    LocalDate revisedTarget;
    LocalDate completedOn;
    Boolean sixMonthTargetMet;
    int slippageConsultations;
    LocalDate closedOn;
    PublicationOutcome publication;
    LocalDate publishedOn;
    ReviewStatus status;
    List<LateStep> late;

    Long daysSinceDecision(LocalDate today) {
      if (!Boolean.TRUE.equals(initiated) || decisionDate == null) {
        return null;
      }
      return DAYS.between(decisionDate, completedOn != null ? completedOn : today);
    }

    Long daysToSixMonthTarget(LocalDate today) {
      if (sixMonthTarget == null || completedOn != null || closedOn != null) {
        return null;
      }
      return DAYS.between(today, sixMonthTarget);
    }
  }

  /** A stored date (yyyy-MM-dd, a date-time or a Date) as a day in London; empty or unreadable gives null. */
  private LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return deadlines.toLocalDate(value instanceof Date d ? d : value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
