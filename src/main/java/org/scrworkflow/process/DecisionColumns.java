package org.scrworkflow.process;

/**
 * Columns of the decision tables that are not process variables: the product evaluates these tables itself and
 * never stores their results (processes/statutory-timescale.dmn, processes/review-stage.dmn).
 */
public final class DecisionColumns {

  private DecisionColumns() {}

  /** The period asked for, e.g. "T-1". */
  public static final ProcessVariable<String> TIMESCALE_ID = ProcessVariable.text("timescaleId");
  /** The period's length; negative counts back from the anchor. */
  public static final ProcessVariable<Long> AMOUNT = ProcessVariable.number("amount");
  /** WORKING_DAYS, CALENDAR_MONTHS or CALENDAR_DAYS. */
  public static final ProcessVariable<String> UNIT = ProcessVariable.text("unit");
  /** What the period is for, in plain English. */
  public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.text("description");
  /** The id of a step waiting in serious-case-review.bpmn, e.g. "Task_DecideInitiation". */
  public static final ProcessVariable<String> ACTIVITY_ID = ProcessVariable.text("activityId");
  /** The stage that step belongs to: NOTIFICATION, DECISION, IMRS, ... ACTION_PLAN. */
  public static final ProcessVariable<String> REVIEW_STAGE = ProcessVariable.text("reviewStage");
}
