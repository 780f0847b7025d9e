package org.scrworkflow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.scrworkflow.reporting.TimelinessReport.LscbTimeliness;
import org.scrworkflow.reporting.TimelinessReport.Measure;
import org.scrworkflow.reporting.TimelinessReport.PublicationCounts;

/** Counts the reviews' figures per LSCB and period: pure arithmetic on {@link ReviewSummary}s. */
final class TimelinessFigures {

  /** Ofsted's scale, in order; another grade recorded is counted under its own name. */
  static final List<String> OFSTED_SCALE = List.of("OUTSTANDING", "GOOD", "ADEQUATE", "INADEQUATE", "NOT_EVALUATED");

  private TimelinessFigures() {}

  static TimelinessReport of(List<ReviewSummary> reviews, String lscb, LocalDate from, LocalDate to, LocalDate today) {
    Map<String, List<ReviewSummary>> byLscb = new TreeMap<>();
    for (ReviewSummary review : reviews) {
      // a referral handed or sent to its lead is counted by the lead, not twice
      if (review.status() == ReviewStatus.CANCELLED || review.status() == ReviewStatus.LED_ELSEWHERE) {
        continue;
      }
      String key = review.lscb() == null ? "unknown" : review.lscb();
      if (lscb == null || lscb.equals(key)) {
        byLscb.computeIfAbsent(key, k -> new ArrayList<>()).add(review);
      }
    }
    List<LscbTimeliness> rows = new ArrayList<>();
    if (lscb != null) {
      rows.add(row(lscb, byLscb.getOrDefault(lscb, List.of()), from, to, today));
    } else {
      List<ReviewSummary> all = new ArrayList<>();
      byLscb.forEach((key, ofLscb) -> {
        rows.add(row(key, ofLscb, from, to, today));
        all.addAll(ofLscb);
      });
      rows.add(row(TimelinessReport.ALL, all, from, to, today));
    }
    return new TimelinessReport(from, to, today, List.copyOf(rows));
  }

  private static LscbTimeliness row(String lscb, List<ReviewSummary> reviews, LocalDate from, LocalDate to,
      LocalDate today) {
    Measure notification = measure("T-1", "Incident notified within one working day", reviews,
        ReviewSummary::notificationDue, ReviewSummary::notifiedOn, from, to, today);
    Measure decision = measure("T-2", "Chair's decision within one month of the notification", reviews,
        ReviewSummary::decisionDue, ReviewSummary::decisionDate, from, to, today);
    Measure completion = measure("T-3", "Completed (reports accepted) within six months of the decision", reviews,
        ReviewSummary::sixMonthTarget, ReviewSummary::completedOn, from, to, today);
    int full = 0;
    int summaryOnly = 0;
    int withheldWelfare = 0;
    int notPublished = 0;
    int withoutReasons = 0;
    Map<String, Integer> grades = new LinkedHashMap<>();
    OFSTED_SCALE.forEach(grade -> grades.put(grade, 0));
    for (ReviewSummary review : reviews) {
      LocalDate publicationDate = review.publishedOn() != null ? review.publishedOn() : review.publicationClosedOn();
      if (review.publication() != null && within(publicationDate, from, to)) {
        switch (review.publication()) {
          case FULL_REPORT -> full++;
          case SUMMARY_ONLY_BEFORE_10_JUNE_2010 -> summaryOnly++;
          case OVERVIEW_WITHHELD_WELFARE -> withheldWelfare++;
          case NOT_PUBLISHED_LEGAL -> notPublished++;
        }
        if (Boolean.FALSE.equals(review.withholdingReasonsRecorded())) {
          withoutReasons++;
        }
      }
      // a grade counts by the date of Ofsted's letter; a review Ofsted did not evaluate, by the day it closed
      LocalDate graded = review.ofstedLetterDate() != null ? review.ofstedLetterDate() : review.closedOn();
      if (review.ofstedGrade() != null && within(graded, from, to)) {
        grades.merge(review.ofstedGrade(), 1, Integer::sum);
      }
    }
    return new LscbTimeliness(lscb, notification, decision, completion,
        new PublicationCounts(full, summaryOnly, withheldWelfare, notPublished, withoutReasons), grades);
  }

  private static Measure measure(String timescale, String label, List<ReviewSummary> reviews,
      Function<ReviewSummary, LocalDate> deadline, Function<ReviewSummary, LocalDate> done, LocalDate from,
      LocalDate to, LocalDate today) {
    int due = 0;
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    int pending = 0;
    for (ReviewSummary review : reviews) {
      LocalDate by = deadline.apply(review);
      if (by == null || !within(by, from, to)) {
        continue;
      }
      due++;
      LocalDate doneOn = done.apply(review);
      if (doneOn != null) {
        if (doneOn.isAfter(by)) {
          late++;
        } else {
          onTime++;
        }
      } else if (today.isAfter(by)) {
        overdue++;
      } else {
        pending++;
      }
    }
    int decided = onTime + late + overdue;
    Integer percent = decided == 0 ? null : (int) Math.round(100.0 * onTime / decided);
    return new Measure(timescale, label, due, onTime, late, overdue, pending, percent);
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
