package org.scrworkflow.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Timeliness per LSCB over a period. A review counts towards a measure when that measure's deadline falls in the
 * period (the T-1 date for notifications, the T-2 date for decisions, the T-3 date for completion); publication
 * outcomes count by the date publication ended, Ofsted grades by the date of Ofsted's letter.
 *
 * @param from first day of the period, or null for no lower bound
 * @param to last day of the period, or null for no upper bound
 * @param asOf the day the figures were computed (what "overdue" is measured against)
 * @param lscbs one row per LSCB, then a row "ALL" when no LSCB was asked for
 */
public record TimelinessReport(LocalDate from, LocalDate to, LocalDate asOf, List<LscbTimeliness> lscbs) {

  public static final String ALL = "ALL";

  public record LscbTimeliness(String lscb, Measure notification, Measure decision, Measure completion,
      PublicationCounts publication, Map<String, Integer> ofstedGrades) {}

  /**
   * One statutory period: of the reviews whose deadline fell in the period, how many met it.
   *
   * @param due reviews whose deadline falls in the period
   * @param onTime done on or before the deadline
   * @param late done after it
   * @param overdue not done and the deadline has passed
   * @param pending not done, deadline still ahead
   * @param percentOnTime on time as a share of those decided one way or the other (on time, late, overdue)
   */
  public record Measure(String timescale, String label, int due, int onTime, int late, int overdue, int pending,
      Integer percentOnTime) {}

  /**
   * S-27 outcomes (G-8, G-9, G-12).
   *
   * @param withheldWithoutReasonsRecorded withheld (G-9 or G-12) although no reasons were recorded
   */
  public record PublicationCounts(int fullReport, int summaryOnlyBefore10June2010, int overviewWithheldWelfare,
      int notPublishedLegal, int withheldWithoutReasonsRecorded) {}
}
