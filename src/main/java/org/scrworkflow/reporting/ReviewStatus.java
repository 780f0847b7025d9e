package org.scrworkflow.reporting;

/** Is the review on time? Measured against the statutory date that applies at its stage (T-1, T-2, T-3). */
public enum ReviewStatus {
  /** No statutory date has passed with its work undone, and no step is past its own due date. */
  ON_TRACK("On track"),
  /** S-22: GO/DfE were consulted and a revised target set; that target has not passed (late steps listed with it). */
  SLIPPED("Slipped (revised target)"),
  /** T-1, T-2 or T-3 (or the last revised target) has passed with the work not done. */
  OVERDUE("Overdue"),
  /**
   * Within its statutory dates, but a step is past its own due date: an IMR not received by its due date (T-5),
   * an IMR's open step, or an open step of the review (what is late: {@link ReviewSummary#late()}).
   */
  LATE("Late"),
  /** G-13 yes: the LSCB accepted the reports on or before the T-3 date. */
  COMPLETED_ON_TIME("Completed on time"),
  /** G-13 no: accepted after the T-3 date. */
  COMPLETED_LATE("Completed late"),
  /** S-08: the chair decided not to hold a review. */
  NOT_INITIATED("Not initiated"),
  /** G-1 no: the referral was closed as not notifiable. */
  NOT_NOTIFIABLE("Not notifiable"),
  /**
   * G-4, R-1.3: the referral went to the lead LSCB, handed over to its review on this system or sent to it; the
   * review is the lead's, not this LSCB's.
   */
  LED_ELSEWHERE("Led by another LSCB"),
  /** Ended by an administrator (cancelled in Cockpit) before completion. */
  CANCELLED("Cancelled");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
