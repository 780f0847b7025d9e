package org.scrworkflow.reporting;

import java.util.List;

/**
 * The processes and steps whose history the reports read for milestones, beside the stage table
 * (processes/review-stage.dmn). A test checks that each id still exists in its model.
 */
final class ReviewActivities {

  private ReviewActivities() {}

  static final String REVIEW = "serious-case-review";
  static final String IMR = "individual-management-review";
  static final String PUBLICATION = "scr-publication";

  // serious-case-review
  /** S-02, T-1: its due date is the T-1 deadline. */
  static final String APPROVE_NOTIFICATION = "Task_ApproveIncidentNotification";
  /** S-06, T-18. */
  static final String RECOMMEND = "Task_RecommendToChair";
  /** S-07, T-2: its due date is the T-2 deadline; whoever completes it decided. */
  static final String DECIDE = "Task_DecideInitiation";
  /** S-24: the LSCB chair accepts (or returns) the reports. */
  static final String ACCEPT_REPORTS = "Task_AcceptReports";
  /** S-25, T-11. */
  static final String PREPARE_SUBMISSION = "Task_PrepareSubmission";
  /** S-22: the business manager revises the plan. */
  static final String REVISE_PLAN = "Task_ReviseProjectPlan";
  /** S-22, R-3.3: each run is one consultation of GO/DfE about slippage. */
  static final String CONSULT_ON_SLIPPAGE = "Task_ConsultOnSlippage";
  /** S-28. */
  static final String RECORD_EVALUATION = "Task_RecordOfstedEvaluation";
  static final String END_REFERRAL_CLOSED = "EndEvent_ReferralClosed";
  static final String END_NO_REVIEW_HELD = "EndEvent_NoReviewHeld";

  // scr-publication
  /** S-26, G-9: the chair considers requests not to publish. */
  static final String CONSIDER_REQUESTS = "Task_ConsiderRequestsNotToPublish";
  /** G-12. */
  static final String TAKE_LEGAL_ADVICE = "Task_TakeLegalAdvice";
  /** S-27. */
  static final String PUBLISH_REPORTS = "Task_PublishReports";

  // individual-management-review
  static final String IMR_ACCEPTED = "EndEvent_ImrAccepted";

  /** The user tasks whose completer the timeline names (who decided what), in the review and its publication. */
  static final List<String> DECIDING_TASKS = List.of(APPROVE_NOTIFICATION, RECOMMEND, DECIDE, REVISE_PLAN,
      ACCEPT_REPORTS, PREPARE_SUBMISSION, RECORD_EVALUATION, CONSIDER_REQUESTS, TAKE_LEGAL_ADVICE, PUBLISH_REPORTS);
}
