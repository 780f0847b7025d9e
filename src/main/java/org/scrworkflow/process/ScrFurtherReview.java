package org.scrworkflow.process;

/**
 * A further review by the Secretary of State of a review that has closed (S-30, AT-25): recorded, its findings added
 * to the action plan, the plan monitored again until every action is complete.
 * The model is processes/scr-further-review.bpmn: its key, the ids of the elements code refers to and the variables
 * it owns (the record of the further review itself and the action-plan monitoring use the review's names, declared
 * in {@link SeriousCaseReview}). {@code ProcessClassesTest} fails when a constant names an element or variable the
 * deployed model or the forms do not have.
 */
public final class ScrFurtherReview {

  /** The process definition key (= the file name). */
  public static final String KEY = "scr-further-review";

  private ScrFurtherReview() {}

  // Elements, in the order of the model.
  /** Start: Further review commissioned. */
  public static final String START_FURTHER_REVIEW_COMMISSIONED = "StartEvent_FurtherReviewCommissioned";
  /** Step: Record the further independent review. */
  public static final String TASK_RECORD_FURTHER_REVIEW = "Task_RecordFurtherReview";
  /** Step: Add the further review's findings to the action plan. */
  public static final String TASK_REOPEN_ACTION_PLAN = "Task_ReopenActionPlan";
  /** Timer: Action plan review due (T-14). */
  public static final String TIMER_ACTION_PLAN_REVIEW_DUE = "Timer_ActionPlanReviewDue";
  /** Step: Review progress of the action plan. */
  public static final String TASK_REVIEW_ACTION_PLAN = "Task_ReviewActionPlan";
  /** End: Further review's actions complete. */
  public static final String END_FURTHER_REVIEW_ACTIONS_COMPLETE = "EndEvent_FurtherReviewActionsComplete";

  // Variables it owns.
  /** S-30: the new actions the further review's findings call for (what, who, by when). */
  public static final ProcessVariable<String> FURTHER_REVIEW_ACTIONS = ProcessVariable.text("furtherReviewActions");
  /** The closed review this further review follows (its process instance id), set by the product at the start. */
  public static final ProcessVariable<String> REVIEW_FOLLOWED = ProcessVariable.text("reviewFollowed");
}
