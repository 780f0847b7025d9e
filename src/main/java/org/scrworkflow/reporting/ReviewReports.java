package org.scrworkflow.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.reporting.PlannedDates.Periods;
import org.scrworkflow.reporting.ReviewHistory.ReviewRecord;
import org.scrworkflow.reporting.StageTable.Stages;
import org.scrworkflow.security.AgencyList;
import org.springframework.stereotype.Service;

/**
 * The managers' figures, computed from the engine's history as the calling user (the engine's current
 * authentication): the list of reviews, one review's timeline, and timeliness per LSCB and period. "Today" is the
 * engine's clock in London, so scenario tests can set it.
 */
@Service
public class ReviewReports {

  private final ReviewHistory history;
  private final StageTable stageTable;
  private final PlannedDates plannedDates;
  private final ReviewFigures figures;
  private final Deadlines deadlines;
  private final AgencyList agencies;

  ReviewReports(ReviewHistory history, StageTable stageTable, PlannedDates plannedDates, ReviewFigures figures,
      Deadlines deadlines, AgencyList agencies) {
    this.agencies = agencies;
    this.history = history;
    this.stageTable = stageTable;
    this.plannedDates = plannedDates;
    this.figures = figures;
    this.deadlines = deadlines;
  }

  /** Every review the caller may read, oldest first. */
  public List<ReviewSummary> reviews() {
    List<ReviewRecord> records = history.all();
    if (records.isEmpty()) {
      return List.of();
    }
    LocalDate today = deadlines.currentDate();
    Stages stages = stageTable.current();
    Periods periods = plannedDates.current();
    Map<String, String> agencyNames = agencies.all();
    return records.stream()
        .map(review -> figures.summary(review, stage(review, stages), today, periods, agencyNames)).toList();
  }

  /** The latest review of a case, with its milestones; empty when there is none the caller may read. */
  public Optional<ReviewTimeline> timeline(String caseReference) {
    Optional<ReviewRecord> record = history.latest(caseReference);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = deadlines.currentDate();
    Stages stages = stageTable.current();
    Map<String, String> agencyNames = agencies.all();
    return record.map(review -> figures.timeline(review, stage(review, stages), today, plannedDates.current(),
        agencyNames));
  }

  /**
   * That review's timeline, found by its process instance (the review of a case the caller's LSCB holds, as
   * CaseAccess found it), not by a reference another LSCB may share; empty when the caller may not read it.
   */
  public Optional<ReviewTimeline> timelineOf(String processInstanceId) {
    return history.ofInstance(processInstanceId).map(review -> figures.timeline(review,
        stage(review, stageTable.current()), deadlines.currentDate(), plannedDates.current(), agencies.all()));
  }

  /**
   * Timeliness over a period, per LSCB (or for one LSCB).
   *
   * @param lscb the LSCB id, or null for every LSCB and their total
   * @param from first day, or null
   * @param to last day, or null
   */
  public TimelinessReport timeliness(String lscb, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("The period starts (" + from + ") after it ends (" + to + ")");
    }
    return TimelinessFigures.of(reviews(), lscb, from, to, deadlines.currentDate());
  }

  /**
   * Closed once ended; else the earliest stage among the steps waiting (several wait side by side after S-12 and
   * after S-25); between two waits (an automatic step running or failed), the stage of the latest step with one.
   */
  private ReviewStage stage(ReviewRecord review, Stages stages) {
    if (review.instance().getEndTime() != null) {
      return ReviewStage.CLOSED;
    }
    return stages.earliest(review.waitingActivityIds())
        .or(() -> history.stepsLatestFirst(review.instance().getId()).stream()
            .map(stages::of).flatMap(Optional::stream).findFirst())
        .orElse(ReviewStage.NOTIFICATION);
  }
}
