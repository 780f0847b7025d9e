package org.scrworkflow.reporting;

/**
 * Where a review is, in the order a review moves through Chapter 8. The steps of each stage are the rows of
 * {@code processes/review-stage.dmn}; a review that has ended is {@link #CLOSED}.
 */
public enum ReviewStage {
  NOTIFICATION("Notification", "S-01 to S-04"),
  DECISION("Decision", "S-05 to S-08"),
  IMRS("Panel and IMRs", "S-09 to S-21"),
  OVERVIEW("Overview report", "S-23"),
  SIGN_OFF("LSCB sign-off", "S-24, S-25"),
  PUBLICATION("Publication", "S-26, S-27"),
  EVALUATION("Ofsted evaluation", "S-28"),
  ACTION_PLAN("Action plan", "S-29"),
  CLOSED("Closed", "");

  private final String label;
  private final String steps;

  ReviewStage(String label, String steps) {
    this.label = label;
    this.steps = steps;
  }

  public String label() {
    return label;
  }

  /** The steps of the domain document this stage covers. */
  public String steps() {
    return steps;
  }
}
