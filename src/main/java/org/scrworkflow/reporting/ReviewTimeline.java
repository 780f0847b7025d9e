package org.scrworkflow.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * One review's milestones, planned and actual, and who decided what (user ids, never names of people in the
 * case). {@code late}: what is late, in words, as on the dashboard.
 */
public record ReviewTimeline(
    String caseReference,
    String childPseudonym,
    String processInstanceId,
    String lscb,
    ReviewStage stage,
    String stageLabel,
    ReviewStatus status,
    String statusLabel,
    LocalDate asOf,
    List<Milestone> milestones,
    List<Revision> revisions,
    List<Imr> imrs,
    int openIncidents,
    List<ReviewSummary.LateStep> late) {

  /**
   * @param step the step of the domain document, e.g. "S-07"
   * @param timescale the period that sets the planned date, e.g. "T-2"
   * @param onTime done on or before the planned date; false also when the planned date passed undone
   * @param by the user id of whoever completed the step
   * @param outcome a code, e.g. INITIATE, GOOD, FULL_REPORT
   */
  public record Milestone(String step, String label, String timescale, LocalDate planned, LocalDate actual,
      Boolean onTime, String by, String outcome) {}

  /** S-22: a revised target, on the day it was recorded. */
  public record Revision(LocalDate recordedOn, LocalDate revisedTarget) {}

  /** One agency's IMR. */
  public record Imr(String agencyId, LocalDate commissionedOn, LocalDate dueDate, LocalDate receivedOn,
      LocalDate closedOn, boolean accepted, String waitingFor, boolean overdue) {}
}
