package org.scrworkflow.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The serious case review: from the notification of a serious incident (S-01) to the follow-up of the action plan
 * (S-30).
 * The model is processes/serious-case-review.bpmn: its key, the ids of the elements code refers to and the variables
 * it owns. {@code ProcessClassesTest} fails when a constant names an element or variable the deployed model or
 * the forms do not have; {@code NoStringNamesTest} fails when code names one with a string literal instead.
 */
public final class SeriousCaseReview {

  /** The process definition key (= the file name). */
  public static final String KEY = "serious-case-review";

  private SeriousCaseReview() {}

  // Elements, in the order of the model.
  /** Start: Incident notified. */
  public static final String START_INCIDENT_NOTIFIED = "StartEvent_IncidentNotified";
  /** Decision: Assess whether the incident is notifiable. */
  public static final String TASK_ASSESS_NOTIFIABILITY = "Task_AssessNotifiability";
  /** Gateway: Notifiable incident? */
  public static final String GATEWAY_NOTIFIABLE = "Gateway_Notifiable";
  /** Step: Close the referral with reasons. */
  public static final String TASK_CLOSE_REFERRAL = "Task_CloseReferral";
  /** End: Referral closed: not notifiable. */
  public static final String END_REFERRAL_CLOSED = "EndEvent_ReferralClosed";
  /** Step: Approve the serious incident notification. */
  public static final String TASK_APPROVE_INCIDENT_NOTIFICATION = "Task_ApproveIncidentNotification";
  /** Timer on a step: Notification overdue. */
  public static final String TIMER_INCIDENT_NOTIFICATION_OVERDUE = "Timer_IncidentNotificationOverdue";
  /** Automatic step: Escalate the overdue notification. */
  public static final String TASK_ESCALATE_INCIDENT_NOTIFICATION = "Task_EscalateIncidentNotification";
  /** End: Overdue notification escalated. */
  public static final String END_INCIDENT_NOTIFICATION_ESCALATED = "EndEvent_IncidentNotificationEscalated";
  /** Automatic step: Notify Ofsted and GO/DfE of the serious incident. */
  public static final String TASK_NOTIFY_INCIDENT = "Task_NotifyIncident";
  /** Start: Referral handed over by another LSCB (message ReferralHandedOver, sent by the system only; G-4). */
  public static final String START_REFERRAL_HANDED_OVER = "StartEvent_ReferralHandedOver";
  /** Gateway: Referral to decide (notified here, or handed over). */
  public static final String GATEWAY_REFERRAL_TO_DECIDE = "Gateway_ReferralToDecide";
  /** Sub-process: Decide whether to hold a review (from the notification to the decision; T-2 chased on it). */
  public static final String SUB_PROCESS_DECIDE_WHETHER_TO_REVIEW = "SubProcess_DecideWhetherToReview";
  /** Decision: Determine the lead LSCB. */
  public static final String TASK_DETERMINE_LEAD_LSCB = "Task_DetermineLeadLscb";
  /** Step: Confirm the lead and partner LSCBs. */
  public static final String TASK_CONFIRM_LSCBS = "Task_ConfirmLscbs";
  /** Gateway: Does this LSCB lead? (R-1.3, G-4) */
  public static final String GATEWAY_THIS_LSCB_LEADS = "Gateway_ThisLscbLeads";
  /** Gateway: Does the lead LSCB use this system? */
  public static final String GATEWAY_LEAD_USES_THIS_SYSTEM = "Gateway_LeadUsesThisSystem";
  /** Automatic step: Hand the referral to the lead LSCB (its review starts there). */
  public static final String TASK_HAND_OVER_TO_LEAD_LSCB = "Task_HandOverToLeadLscb";
  /** End: Referral handed to the lead LSCB. */
  public static final String END_REFERRAL_HANDED_OVER = "EndEvent_ReferralHandedOver";
  /** Step: Send the referral to the lead LSCB (a lead outside this system). */
  public static final String TASK_SEND_REFERRAL_TO_LEAD = "Task_SendReferralToLead";
  /** End: Referral sent to the lead LSCB. */
  public static final String END_REFERRAL_SENT_TO_LEAD = "EndEvent_ReferralSentToLead";
  /** Automatic step: Ask the agencies to secure their records. */
  public static final String TASK_REQUEST_RECORDS_SECURED = "Task_RequestRecordsSecured";
  /** Step: Screen the case against the criteria. */
  public static final String TASK_SCREEN_CASE = "Task_ScreenCase";
  /** Decision: Apply the Serious Case Review criteria. */
  public static final String TASK_APPLY_CRITERIA = "Task_ApplyCriteria";
  /** Step: Recommend to the chair whether to hold a review. */
  public static final String TASK_RECOMMEND_TO_CHAIR = "Task_RecommendToChair";
  /** Step: Decide whether to initiate a Serious Case Review. */
  public static final String TASK_DECIDE_INITIATION = "Task_DecideInitiation";
  /** Timer on a step: Decision due in ten working days. */
  public static final String TIMER_DECISION_REMINDER = "Timer_DecisionReminder";
  /** Automatic step: Remind the chair of the decision. */
  public static final String TASK_REMIND_CHAIR_OF_DECISION = "Task_RemindChairOfDecision";
  /** End: Chair reminded. */
  public static final String END_CHAIR_REMINDED = "EndEvent_ChairReminded";
  /** Timer on a step: Decision overdue. */
  public static final String TIMER_DECISION_OVERDUE = "Timer_DecisionOverdue";
  /** Automatic step: Escalate the overdue decision. */
  public static final String TASK_ESCALATE_DECISION = "Task_EscalateDecision";
  /** End: Overdue decision escalated. */
  public static final String END_DECISION_ESCALATED = "EndEvent_DecisionEscalated";
  /** Gateway: Led by another LSCB? */
  public static final String GATEWAY_LED_BY_ANOTHER_LSCB = "Gateway_LedByAnotherLscb";
  /** End: Review led by another LSCB. */
  public static final String END_REVIEW_LED_ELSEWHERE = "EndEvent_ReviewLedElsewhere";
  /** Automatic step: Produce the decision record. */
  public static final String TASK_PRODUCE_DECISION_RECORD = "Task_ProduceDecisionRecord";
  /** Automatic step: Notify Ofsted and GO/DfE of the decision. */
  public static final String TASK_NOTIFY_DECISION = "Task_NotifyDecision";
  /** Step: Consider a non-statutory learning review. */
  public static final String TASK_CONSIDER_LEARNING_REVIEW = "Task_ConsiderLearningReview";
  /** End: No Serious Case Review held. */
  public static final String END_NO_REVIEW_HELD = "EndEvent_NoReviewHeld";
  /** Automatic step: Set the six-month target. */
  public static final String TASK_SET_SIX_MONTH_TARGET = "Task_SetSixMonthTarget";
  /** Sub-process: Conduct the review. */
  public static final String SUB_PROCESS_CONDUCT_REVIEW = "SubProcess_ConductReview";
  /** Start: Review initiated. */
  public static final String START_REVIEW_INITIATED = "StartEvent_ReviewInitiated";
  /** Step: Set up the panel and appoint the overview author. */
  public static final String TASK_SET_UP_PANEL = "Task_SetUpPanel";
  /** Decision: Check the independence of the panel chair and overview author. */
  public static final String TASK_CHECK_REVIEWER_INDEPENDENCE = "Task_CheckReviewerIndependence";
  /** Gateway: Chair and author independent? */
  public static final String GATEWAY_REVIEWERS_INDEPENDENT = "Gateway_ReviewersIndependent";
  /** Step: Agree the terms of reference. */
  public static final String TASK_AGREE_TERMS_OF_REFERENCE = "Task_AgreeTermsOfReference";
  /** Automatic step: Produce the terms of reference. */
  public static final String TASK_PRODUCE_TERMS_OF_REFERENCE = "Task_ProduceTermsOfReference";
  /** Step: Draw up the project plan. */
  public static final String TASK_DRAW_UP_PROJECT_PLAN = "Task_DrawUpProjectPlan";
  /** Calls: Commission and receive the IMRs. */
  public static final String CALL_IMR = "CallActivity_Imr";
  /** Step: Write the health overview report. */
  public static final String TASK_WRITE_HEALTH_OVERVIEW = "Task_WriteHealthOverview";
  /** Step: Liaise with the police, CPS and coroner. */
  public static final String TASK_LIAISE_ON_PROCEEDINGS = "Task_LiaiseOnProceedings";
  /** Gateway: Interviews deferred? */
  public static final String GATEWAY_INTERVIEWS_DEFERRED = "Gateway_InterviewsDeferred";
  /** Step: Record the deferral and revise the plan. */
  public static final String TASK_RECORD_DEFERRAL = "Task_RecordDeferral";
  /** Gateway: Deferral past the six-month target? */
  public static final String GATEWAY_DEFERRAL_PAST_TARGET = "Gateway_DeferralPastTarget";
  /** Automatic step: Consult GO/DfE about the delay (a deferral past the six-month target). */
  public static final String TASK_CONSULT_ON_DEFERRAL = "Task_ConsultOnDeferral";
  /** Gateway: Proceedings handled. */
  public static final String GATEWAY_PROCEEDINGS_HANDLED = "Gateway_ProceedingsHandled";
  /** Step: Invite the family to contribute. */
  public static final String TASK_INVITE_FAMILY = "Task_InviteFamily";
  /** Step: Record the family's response. */
  public static final String TASK_RECORD_FAMILY_RESPONSE = "Task_RecordFamilyResponse";
  /** Timer on a step: No reply from the family. */
  public static final String TIMER_FAMILY_NO_REPLY = "Timer_FamilyNoReply";
  /** Automatic step: Record that the family did not reply. */
  public static final String TASK_RECORD_NO_FAMILY_REPLY = "Task_RecordNoFamilyReply";
  /** Step: Record the family's contribution. */
  public static final String TASK_RECORD_FAMILY_CONTRIBUTION = "Task_RecordFamilyContribution";
  /** Gateway: Family involvement done. */
  public static final String GATEWAY_FAMILY_INVOLVEMENT_DONE = "Gateway_FamilyInvolvementDone";
  /** Step: Write the overview report, executive summary and action plan. */
  public static final String TASK_WRITE_OVERVIEW_REPORT = "Task_WriteOverviewReport";
  /** Step: Agree the drafts. */
  public static final String TASK_AGREE_DRAFTS = "Task_AgreeDrafts";
  /** Automatic step: Ask the LSCB to accept the reports. */
  public static final String TASK_REQUEST_ACCEPTANCE = "Task_RequestAcceptance";
  /** Step: Accept the reports for the LSCB. */
  public static final String TASK_ACCEPT_REPORTS = "Task_AcceptReports";
  /** Automatic step: Record whether the six-month target was met. */
  public static final String TASK_RECORD_TIMELINESS = "Task_RecordTimeliness";
  /** End: Review completed. */
  public static final String END_REVIEW_COMPLETED = "EndEvent_ReviewCompleted";
  /** Sub-process: Immediate lessons. */
  public static final String SUB_PROCESS_IMMEDIATE_LESSONS = "SubProcess_ImmediateLessons";
  /** Start: Immediate lesson identified. */
  public static final String START_IMMEDIATE_LESSON_IDENTIFIED = "StartEvent_ImmediateLessonIdentified";
  /** Step: Track the immediate action. */
  public static final String TASK_TRACK_IMMEDIATE_ACTION = "Task_TrackImmediateAction";
  /** Start: Family contributes late (message FamilyContributesLate, carrying nothing; S-15, T-17). */
  public static final String START_FAMILY_CONTRIBUTES_LATE = "StartEvent_FamilyContributesLate";
  /** Step: Record the family's late contribution. */
  public static final String TASK_RECORD_LATE_FAMILY_CONTRIBUTION = "Task_RecordLateFamilyContribution";
  /** End: Late contribution recorded. */
  public static final String END_LATE_FAMILY_CONTRIBUTION_RECORDED = "EndEvent_LateFamilyContributionRecorded";
  /** Gateway: Action reviewed (the first review or a later one). */
  public static final String GATEWAY_IMMEDIATE_ACTION_REVIEWED = "Gateway_ImmediateActionReviewed";
  /** Gateway: Action complete or cancelled? */
  public static final String GATEWAY_IMMEDIATE_ACTION_CLOSED = "Gateway_ImmediateActionClosed";
  /** Step: Review the open immediate action again (T-16 after the last review). */
  public static final String TASK_TRACK_OPEN_IMMEDIATE_ACTION = "Task_TrackOpenImmediateAction";
  /** End: Immediate action complete or cancelled. */
  public static final String END_IMMEDIATE_ACTION_REVIEWED = "EndEvent_ImmediateActionReviewed";
  /** Sub-process: Six-month slippage. */
  /** Sub-process: Six months passed. */
  public static final String SUB_PROCESS_SIX_MONTHS_PASSED = "SubProcess_SixMonthsPassed";
  /** Start: Six-month target passed (T-3). */
  public static final String START_SIX_MONTHS_PASSED = "StartEvent_SixMonthsPassed";
  /** Automatic step: Consult GO/DfE: six months passed. */
  public static final String TASK_CONSULT_ON_SIX_MONTHS_PASSED = "Task_ConsultOnSixMonthsPassed";
  /** End: Consulted on the missed target. */
  public static final String END_CONSULTED_ON_SIX_MONTHS_PASSED = "EndEvent_ConsultedOnSixMonthsPassed";
  public static final String SUB_PROCESS_SIX_MONTH_SLIPPAGE = "SubProcess_SixMonthSlippage";
  /** Start: Six-month target approaching. */
  public static final String START_SIX_MONTH_WARNING = "StartEvent_SixMonthWarning";
  /** Step: Revise the project plan. */
  public static final String TASK_REVISE_PROJECT_PLAN = "Task_ReviseProjectPlan";
  /** Automatic step: Consult GO/DfE about the slippage. */
  public static final String TASK_CONSULT_ON_SLIPPAGE = "Task_ConsultOnSlippage";
  /** Waits for: Revised target approaching. */
  public static final String TIMER_REVISED_TARGET_APPROACHING = "Timer_RevisedTargetApproaching";
  /** End: Review on track. */
  public static final String END_ON_TRACK = "EndEvent_OnTrack";
  /** Step: Prepare the submission to Ofsted and GO/DfE. */
  public static final String TASK_PREPARE_SUBMISSION = "Task_PrepareSubmission";
  /** Automatic step: Produce the submission to Ofsted and GO/DfE. */
  public static final String TASK_PRODUCE_SUBMISSION_COVER = "Task_ProduceSubmissionCover";
  /** Automatic step: Send the reports to Ofsted and GO/DfE. */
  public static final String TASK_SEND_REPORTS = "Task_SendReports";
  /** Calls: Decide on and carry out publication. */
  public static final String CALL_PUBLICATION = "CallActivity_Publication";
  /** Step: Record Ofsted's evaluation. */
  public static final String TASK_RECORD_OFSTED_EVALUATION = "Task_RecordOfstedEvaluation";
  /** Timer on a step: Evaluation awaited. */
  public static final String TIMER_OFSTED_EVALUATION_AWAITED = "Timer_OfstedEvaluationAwaited";
  /** Automatic step: Chase Ofsted for the evaluation. */
  public static final String TASK_CHASE_OFSTED = "Task_ChaseOfsted";
  /** End: Ofsted chased. */
  public static final String END_OFSTED_CHASED = "EndEvent_OfstedChased";
  /** Decision: Apply Ofsted's grade. */
  public static final String TASK_APPLY_OFSTED_GRADE = "Task_ApplyOfstedGrade";
  /** Step: Re-review and resubmit the reports. */
  public static final String TASK_RE_REVIEW = "Task_ReReview";
  /** Automatic step: Resubmit the reports to Ofsted. */
  public static final String TASK_RESUBMIT_REPORTS = "Task_ResubmitReports";
  /** Waits for: Action plan review due. */
  public static final String TIMER_ACTION_PLAN_REVIEW_DUE = "Timer_ActionPlanReviewDue";
  /** Step: Review progress of the action plan. */
  public static final String TASK_REVIEW_ACTION_PLAN = "Task_ReviewActionPlan";
  /** Gateway: Is the next review the final one? (T-14-FINAL) */
  public static final String GATEWAY_FINAL_REVIEW_NEXT = "Gateway_FinalReviewNext";
  /** Timer: Final action plan review due (T-14-FINAL, 12 months from acceptance). */
  public static final String TIMER_FINAL_ACTION_PLAN_REVIEW_DUE = "Timer_FinalActionPlanReviewDue";
  /** Step: Hold the final review of the action plan. */
  public static final String TASK_FINAL_ACTION_PLAN_REVIEW = "Task_FinalActionPlanReview";
  /** Gateway: Action plan monitoring done. */
  public static final String GATEWAY_ACTION_PLAN_MONITORING_DONE = "Gateway_ActionPlanMonitoringDone";
  /** End: Review closed. */
  public static final String END_REVIEW_CLOSED = "EndEvent_ReviewClosed";
  /** Sub-process: Further review by the Secretary of State. */
  public static final String SUB_PROCESS_FURTHER_REVIEW = "SubProcess_FurtherReview";
  /** Start: Further review commissioned. */
  public static final String START_FURTHER_REVIEW_COMMISSIONED = "StartEvent_FurtherReviewCommissioned";
  /** Step: Record the further independent review. */
  public static final String TASK_RECORD_FURTHER_REVIEW = "Task_RecordFurtherReview";
  /** End: Further review recorded. */
  public static final String END_FURTHER_REVIEW_RECORDED = "EndEvent_FurtherReviewRecorded";
  /** Sub-process: Proposal to stand the review down. */
  public static final String SUB_PROCESS_STAND_DOWN_PROPOSED = "SubProcess_StandDownProposed";
  /** Start: Stand-down proposed (message StandDownProposed). */
  public static final String START_STAND_DOWN_PROPOSED = "StartEvent_StandDownProposed";
  /** Step: Decide whether to stand the review down. */
  public static final String TASK_DECIDE_STAND_DOWN = "Task_DecideStandDown";
  /** Gateway: Stand the review down? */
  public static final String GATEWAY_STAND_DOWN = "Gateway_StandDown";
  /** End: Stand-down decided (throws Review stood down). */
  public static final String END_STAND_DOWN_DECIDED = "EndEvent_StandDownDecided";
  /** End: Review continues. */
  public static final String END_REVIEW_CONTINUES = "EndEvent_ReviewContinues";
  /** Sub-process: Stand the review down. */
  public static final String SUB_PROCESS_STAND_DOWN = "SubProcess_StandDown";
  /** Start: Review stood down (error Review stood down). */
  public static final String START_REVIEW_STOOD_DOWN = "StartEvent_ReviewStoodDown";
  /** Automatic step: Tell Ofsted, GO/DfE and the agencies the review was stood down. */
  public static final String TASK_NOTIFY_STAND_DOWN = "Task_NotifyStandDown";
  /** End: Review stood down. */
  public static final String END_REVIEW_STOOD_DOWN = "EndEvent_ReviewStoodDown";

  // Sequence flows code refers to (model variants in tests).
  /** Flow: notifiable, yes: to the approval of the notification. */
  public static final String FLOW_NOTIFIABLE = "Flow_Notifiable";
  /** Flow: from the approval of the notification to sending it. */
  public static final String FLOW_TO_NOTIFY_INCIDENT = "Flow_ToNotifyIncident";
  /** Flow: from the overdue timer of the notification to its escalation. */
  public static final String FLOW_TO_ESCALATE_INCIDENT_NOTIFICATION = "Flow_ToEscalateIncidentNotification";
  /** Flow: from the escalation to its end. */
  public static final String FLOW_TO_INCIDENT_NOTIFICATION_ESCALATED = "Flow_ToIncidentNotificationEscalated";

  // Variables it owns.
  public static final ProcessVariable<String> CASE_REFERENCE = ProcessVariable.text("caseReference");
  public static final ProcessVariable<String> CHILD_PSEUDONYM = ProcessVariable.text("childPseudonym");
  public static final ProcessVariable<Long> CHILD_AGE_YEARS = ProcessVariable.number("childAgeYears");
  public static final ProcessVariable<LocalDate> INCIDENT_DATE = ProcessVariable.date("incidentDate");
  /** DEATH, SERIOUS_HARM or CUSTODY_DEATH (death in custody, a secure setting or MHA 1983 detention). */
  public static final ProcessVariable<String> INCIDENT_TYPE = ProcessVariable.text("incidentType");
  public static final ProcessVariable<Boolean> ABUSE_OR_NEGLECT =
      ProcessVariable.flag("abuseOrNeglectKnownOrSuspected");
  /** 8.11: LIFE_THREATENING_INJURY, SERIOUS_SEXUAL_ABUSE, PERMANENT_IMPAIRMENT, PARENT_MURDERED_DHR, OTHER. */
  public static final ProcessVariable<String> SERIOUS_HARM_KIND = ProcessVariable.text("seriousHarmKind");
  /** 8.12: concern about how the authority, Board partners or others worked together. */
  public static final ProcessVariable<Boolean> INTERAGENCY_CONCERN = ProcessVariable.flag("interagencyConcern");
  public static final ProcessVariable<String> RESIDENCE_LSCB = ProcessVariable.text("residenceLscb");
  /** Government Office region of the LSCB (G-5): NORTH_EAST ... LONDON ... SOUTH_WEST. */
  public static final ProcessVariable<String> REGION = ProcessVariable.text("region");
  public static final ProcessVariable<Boolean> LOOKED_AFTER = ProcessVariable.flag("lookedAfter");
  public static final ProcessVariable<String> RESPONSIBLE_AUTHORITY_LSCB =
      ProcessVariable.text("responsibleAuthorityLscb");
  public static final ProcessVariable<String> PLACEMENT_LSCB = ProcessVariable.text("placementLscb");
  public static final ProcessVariable<List<String>> AGENCIES_INVOLVED = ProcessVariable.list("agenciesInvolved");
  public static final ProcessVariable<Boolean> PARALLEL_PROCEEDINGS_KNOWN =
      ProcessVariable.flag("parallelProceedingsKnown");
  /** when the authority became aware (starts T-1), and who recorded it. */
  public static final ProcessVariable<LocalDate> AWARENESS_DATE = ProcessVariable.date("awarenessDate");
  /**
   * Each review keeps the rules it began under: the version of every decision table and called process in force
   * when the review started (key to version), recorded by the engine, read by {@code ${rules.version('key')}}.
   */
  public static final ProcessVariable<Map<String, Integer>> RULES_IN_FORCE =
      ProcessVariable.versions("rulesInForce");
  public static final ProcessVariable<String> AWARENESS_RECORDED_BY = ProcessVariable.text("awarenessRecordedBy");
  /**
   * G-4, R-1.3: in the lead LSCB's review, the LSCB that notified the incident and handed the referral over (a
   * partner); in that LSCB's referral, the lead it was handed to and the day. Written by the system only.
   */
  public static final ProcessVariable<String> REFERRAL_HANDED_OVER_BY = ProcessVariable.text("referralHandedOverBy");
  public static final ProcessVariable<String> REFERRAL_HANDED_OVER_TO = ProcessVariable.text("referralHandedOverTo");
  public static final ProcessVariable<LocalDate> REFERRAL_HANDED_OVER_ON = ProcessVariable.date("referralHandedOverOn");
  /** G-4: the day the business manager sent the referral to a lead LSCB outside this system. */
  public static final ProcessVariable<LocalDate> REFERRAL_SENT_TO_LEAD_ON = ProcessVariable.date("referralSentToLeadOn");
  /** G-5, R-3.4: the date a notification is sent (yyyy-MM-dd); it chooses the government recipient. */
  public static final ProcessVariable<LocalDate> SEND_DATE = ProcessVariable.date("sendDate");
  /**
   * G-15, R-8.2: Ofsted's grade: OUTSTANDING, GOOD, ADEQUATE or INADEQUATE; NOT_EVALUATED where Ofsted did not
   * evaluate the review (its evaluations ended in 2012). The values are the Input values of ofsted-evaluation.dmn.
   */
  public static final ProcessVariable<String> OFSTED_GRADE = ProcessVariable.text("ofstedGrade");
  /** employed by, contracted to or on the board of an involved agency, now or in the review period. */
  public static final ProcessVariable<Boolean> CONNECTED_TO_INVOLVED_AGENCY =
      ProcessVariable.flag("connectedToInvolvedAgency");
  /** G-1 (scr-criteria): the incident is notified to Ofsted and GO/DfE. */
  public static final ProcessVariable<Boolean> NOTIFIABLE = ProcessVariable.flag("notifiable");
  /** G-2, G-3 (scr-criteria): REQUIRED, CONSIDER or NOT_MET. */
  public static final ProcessVariable<String> CRITERIA_OUTCOME = ProcessVariable.text("criteriaOutcome");
  /** G-2, G-3 (scr-criteria): DEATH_ABUSE_NEGLECT, CUSTODY_DEATH, SERIOUS_HARM_INTERAGENCY, NO_ABUSE_NEGLECT, ... */
  public static final ProcessVariable<String> CRITERIA_REASON = ProcessVariable.text("criteriaReason");
  /** G-5 (notification-route): Ofsted receives the notification (always true). */
  public static final ProcessVariable<Boolean> NOTIFY_OFSTED = ProcessVariable.flag("notifyOfsted");
  /** G-5 (notification-route): {@code GO_<region>} or {@code DFE_SAFEGUARDING_GROUP}. */
  public static final ProcessVariable<String> GOVERNMENT_RECIPIENT = ProcessVariable.text("governmentRecipient");
  /** G-5 (notification-route): why that recipient, in plain English. */
  public static final ProcessVariable<String> ROUTE_REASON = ProcessVariable.text("routeReason");
  /** G-4 (lead-lscb): the id of the LSCB that leads the review. */
  public static final ProcessVariable<String> LEAD_LSCB = ProcessVariable.text("leadLscb");
  /** G-4 (lead-lscb): why that LSCB leads, in plain English. */
  public static final ProcessVariable<String> LEAD_REASON = ProcessVariable.text("leadReason");
  /** G-15 (ofsted-evaluation): the LSCB must re-review and resubmit. */
  public static final ProcessVariable<Boolean> RE_REVIEW_REQUIRED = ProcessVariable.flag("reReviewRequired");
  /** G-15 (ofsted-evaluation): what follows the grade, in plain English. */
  public static final ProcessVariable<String> EVALUATION_OUTCOME = ProcessVariable.text("evaluationOutcome");
  /** R-1.2 (imr-author-independence, reviewer-independence): the declaration shows independence. */
  public static final ProcessVariable<Boolean> INDEPENDENT = ProcessVariable.flag("independent");
  /** the finding, naming the test that failed. */
  public static final ProcessVariable<String> INDEPENDENCE_FINDING = ProcessVariable.text("independenceFinding");
  /**
   * S-02: the day a referral entered late was already notified to Ofsted and GO/DfE (not after today, not before
   * the awareness date); empty when the notification is sent now.
   */
  public static final ProcessVariable<LocalDate> NOTIFICATION_SENT_ON = ProcessVariable.date("notificationSentOn");
  /**
   * The date the serious incident notification was sent (anchor of T-2 and T-18): the day it was sent by this
   * system, or the day given for one sent before the referral was entered.
   */
  public static final ProcessVariable<LocalDate> INCIDENT_NOTIFIED_ON = ProcessVariable.date("incidentNotifiedOn");
  public static final ProcessVariable<String> RECOMMENDATION = ProcessVariable.text("recommendation");
  /** S-07: the chair's decision, its date (the initiation date, G-8) and reasons. */
  public static final ProcessVariable<Boolean> INITIATE_REVIEW = ProcessVariable.flag("initiateReview");
  public static final ProcessVariable<LocalDate> DECISION_DATE = ProcessVariable.date("decisionDate");
  public static final ProcessVariable<String> DECISION_REASONS = ProcessVariable.text("decisionReasons");
  public static final ProcessVariable<LocalDate> DECISION_NOTIFIED_ON = ProcessVariable.date("decisionNotifiedOn");
  /** T-3: six calendar months from the decision date. */
  public static final ProcessVariable<LocalDate> SIX_MONTH_TARGET = ProcessVariable.date("sixMonthTarget");
  public static final ProcessVariable<LocalDate> REVISED_TARGET = ProcessVariable.date("revisedTarget");
  public static final ProcessVariable<Boolean> REVIEW_WILL_SLIP = ProcessVariable.flag("reviewWillSlip");
  public static final ProcessVariable<LocalDate> IMR_DUE_DATE = ProcessVariable.date("imrDueDate");
  public static final ProcessVariable<Boolean> HEALTH_OVERVIEW_REQUIRED =
      ProcessVariable.flag("healthOverviewRequired");
  public static final ProcessVariable<Boolean> PARALLEL_PROCEEDINGS = ProcessVariable.flag("parallelProceedings");
  public static final ProcessVariable<Boolean> INTERVIEWS_DEFERRED = ProcessVariable.flag("interviewsDeferred");
  public static final ProcessVariable<LocalDate> FAMILY_INVITED_ON = ProcessVariable.date("familyInvitedOn");
  /** G-16: TAKES_PART, DECLINED or NO_REPLY. */
  public static final ProcessVariable<String> FAMILY_RESPONSE = ProcessVariable.text("familyResponse");
  public static final ProcessVariable<Boolean> REPORTS_ACCEPTED = ProcessVariable.flag("reportsAccepted");
  /** S-24: the completion date for G-13. */
  public static final ProcessVariable<LocalDate> ACCEPTANCE_DATE = ProcessVariable.date("acceptanceDate");
  /** G-13. */
  public static final ProcessVariable<Boolean> SIX_MONTH_TARGET_MET = ProcessVariable.flag("sixMonthTargetMet");
  public static final ProcessVariable<LocalDate> LESSON_RAISED_ON = ProcessVariable.date("lessonRaisedOn");
  public static final ProcessVariable<LocalDate> REPORTS_SUBMITTED_ON = ProcessVariable.date("reportsSubmittedOn");
  /** G-15, T-13: the day the reports were last resubmitted after a re-review; Ofsted is chased from it. */
  public static final ProcessVariable<LocalDate> REPORTS_RESUBMITTED_ON = ProcessVariable.date("reportsResubmittedOn");
  public static final ProcessVariable<LocalDate> OFSTED_LETTER_DATE = ProcessVariable.date("ofstedLetterDate");
  public static final ProcessVariable<Boolean> ALL_ACTIONS_COMPLETE = ProcessVariable.flag("allActionsComplete");
  public static final ProcessVariable<LocalDate> ACTION_PLAN_LAST_REVIEWED_ON =
      ProcessVariable.date("actionPlanLastReviewedOn");
  /** Generated documents in the document store: the decision record, the terms of reference, the submission. */
  public static final ProcessVariable<Long> DECISION_RECORD_DOCUMENT_ID =
      ProcessVariable.documentId("decisionRecordDocumentId");
  public static final ProcessVariable<Long> TERMS_OF_REFERENCE_DOCUMENT_ID =
      ProcessVariable.documentId("termsOfReferenceDocumentId");
  public static final ProcessVariable<Long> SUBMISSION_COVER_DOCUMENT_ID =
      ProcessVariable.documentId("submissionCoverDocumentId");
  public static final ProcessVariable<FileValue> HEALTH_OVERVIEW_FILE = ProcessVariable.file("healthOverviewFile");
  public static final ProcessVariable<Long> HEALTH_OVERVIEW_DOCUMENT_ID =
      ProcessVariable.documentId("healthOverviewDocumentId");
  public static final ProcessVariable<FileValue> OVERVIEW_REPORT_FILE = ProcessVariable.file("overviewReportFile");
  public static final ProcessVariable<Long> OVERVIEW_REPORT_DOCUMENT_ID =
      ProcessVariable.documentId("overviewReportDocumentId");
  public static final ProcessVariable<FileValue> EXECUTIVE_SUMMARY_FILE = ProcessVariable.file("executiveSummaryFile");
  public static final ProcessVariable<Long> EXECUTIVE_SUMMARY_DOCUMENT_ID =
      ProcessVariable.documentId("executiveSummaryDocumentId");
  public static final ProcessVariable<FileValue> ACTION_PLAN_FILE = ProcessVariable.file("actionPlanFile");
  public static final ProcessVariable<Long> ACTION_PLAN_DOCUMENT_ID =
      ProcessVariable.documentId("actionPlanDocumentId");
  /** OVERVIEW_AND_SUMMARY, SUMMARY_ONLY or NOT_PUBLISHED. */
  public static final ProcessVariable<String> PUBLICATION_OUTCOME = ProcessVariable.text("publicationOutcome");
  public static final ProcessVariable<LocalDate> PUBLISHED_ON = ProcessVariable.date("publishedOn");
  public static final ProcessVariable<String> ACTION_OWNER = ProcessVariable.text("actionOwner");
  public static final ProcessVariable<String> ACTION_PLAN_PROGRESS = ProcessVariable.text("actionPlanProgress");
  /** S-29, T-14: at the final review, where each action still open is carried (the LSCB's business plan...). */
  public static final ProcessVariable<String> ACTIONS_CARRIED_FORWARD = ProcessVariable.text("actionsCarriedForward");
  public static final ProcessVariable<String> ACTION_REVIEW_NOTES = ProcessVariable.text("actionReviewNotes");
  public static final ProcessVariable<String> CASE_QUESTIONS = ProcessVariable.text("caseQuestions");
  public static final ProcessVariable<String> CLOSURE_REASONS = ProcessVariable.text("closureReasons");
  public static final ProcessVariable<String> DEFERRAL_ADVISER = ProcessVariable.text("deferralAdviser");
  public static final ProcessVariable<LocalDate> DEFERRAL_EXPECTED_DATE = ProcessVariable.date("deferralExpectedDate");
  public static final ProcessVariable<String> DEFERRAL_REASON = ProcessVariable.text("deferralReason");
  public static final ProcessVariable<String> DRAFT_NOTES = ProcessVariable.text("draftNotes");
  public static final ProcessVariable<LocalDate> DRAFTS_AGREED_ON = ProcessVariable.date("draftsAgreedOn");
  /** S-15, T-17: a contribution the family made late (after the reply window, or an interview after a verdict). */
  public static final ProcessVariable<String> FAMILY_LATE_CONTRIBUTION = ProcessVariable.text("familyLateContribution");
  public static final ProcessVariable<LocalDate> FAMILY_LATE_CONTRIBUTION_ON =
      ProcessVariable.date("familyLateContributionOn");
  public static final ProcessVariable<String> FAMILY_CONTRIBUTION_SUMMARY =
      ProcessVariable.text("familyContributionSummary");
  public static final ProcessVariable<String> FAMILY_RESPONSE_NOTES = ProcessVariable.text("familyResponseNotes");
  public static final ProcessVariable<LocalDate> FURTHER_REVIEW_COMMISSIONED_ON =
      ProcessVariable.date("furtherReviewCommissionedOn");
  public static final ProcessVariable<String> FURTHER_REVIEW_COMMISSIONER =
      ProcessVariable.text("furtherReviewCommissioner");
  public static final ProcessVariable<String> FURTHER_REVIEW_LINK = ProcessVariable.text("furtherReviewLink");
  public static final ProcessVariable<String> FURTHER_REVIEWER = ProcessVariable.text("furtherReviewer");
  /** Stand-down: why it was proposed (the message), the chair's decision, reasons and date. */
  public static final ProcessVariable<String> STAND_DOWN_PROPOSAL = ProcessVariable.text("standDownProposal");
  public static final ProcessVariable<Boolean> STAND_DOWN = ProcessVariable.flag("standDown");
  public static final ProcessVariable<String> STAND_DOWN_REASONS = ProcessVariable.text("standDownReasons");
  public static final ProcessVariable<LocalDate> STAND_DOWN_DECIDED_ON = ProcessVariable.date("standDownDecidedOn");
  public static final ProcessVariable<String> HEALTH_OVERVIEW_NOTES = ProcessVariable.text("healthOverviewNotes");
  public static final ProcessVariable<String> IMMEDIATE_ACTION = ProcessVariable.text("immediateAction");
  public static final ProcessVariable<String> IMMEDIATE_ACTION_STATUS = ProcessVariable.text("immediateActionStatus");
  public static final ProcessVariable<String> INVITATION_NOTES = ProcessVariable.text("invitationNotes");
  public static final ProcessVariable<String> LEAD_OVERRIDE_REASONS = ProcessVariable.text("leadOverrideReasons");
  /** G-4: the lead LSCB the lead-lscb table proposed, kept beside the lead the business manager confirms. */
  public static final ProcessVariable<String> PROPOSED_LEAD_LSCB = ProcessVariable.text("proposedLeadLscb");
  /** G-4, AT-06: both LSCB chairs agree to a lead other than the one proposed. */
  public static final ProcessVariable<Boolean> BOTH_CHAIRS_AGREE_LEAD = ProcessVariable.flag("bothChairsAgreeLead");
  public static final ProcessVariable<Boolean> LEARNING_REVIEW_COMMISSIONED =
      ProcessVariable.flag("learningReviewCommissioned");
  public static final ProcessVariable<String> LEARNING_REVIEW_NOTES = ProcessVariable.text("learningReviewNotes");
  public static final ProcessVariable<String> LIAISON_NOTES = ProcessVariable.text("liaisonNotes");
  public static final ProcessVariable<String> NOTIFICATION_REASON = ProcessVariable.text("notificationReason");
  public static final ProcessVariable<String> NOTIFICATION_SUMMARY = ProcessVariable.text("notificationSummary");
  public static final ProcessVariable<Boolean> OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY =
      ProcessVariable.flag("overviewAuthorConnectedToAgency");
  public static final ProcessVariable<String> OVERVIEW_AUTHOR_NAME = ProcessVariable.text("overviewAuthorName");
  public static final ProcessVariable<Boolean> PANEL_CHAIR_CONNECTED_TO_AGENCY =
      ProcessVariable.flag("panelChairConnectedToAgency");
  public static final ProcessVariable<String> PANEL_CHAIR_NAME = ProcessVariable.text("panelChairName");
  public static final ProcessVariable<String> PANEL_COMMENTS = ProcessVariable.text("panelComments");
  public static final ProcessVariable<String> PANEL_MEMBERS = ProcessVariable.text("panelMembers");
  public static final ProcessVariable<String> PARTNER_LSCBS = ProcessVariable.text("partnerLscbs");
  public static final ProcessVariable<LocalDate> PERIOD_UNDER_REVIEW_FROM =
      ProcessVariable.date("periodUnderReviewFrom");
  public static final ProcessVariable<LocalDate> PERIOD_UNDER_REVIEW_TO = ProcessVariable.date("periodUnderReviewTo");
  public static final ProcessVariable<String> PROCEEDINGS_TYPE = ProcessVariable.text("proceedingsType");
  public static final ProcessVariable<String> PROJECT_PLAN_SUMMARY = ProcessVariable.text("projectPlanSummary");
  public static final ProcessVariable<String> RE_REVIEW_NOTES = ProcessVariable.text("reReviewNotes");
  public static final ProcessVariable<String> RECOMMENDATION_REASONS = ProcessVariable.text("recommendationReasons");
  public static final ProcessVariable<String> REFERRAL_SUMMARY = ProcessVariable.text("referralSummary");
  public static final ProcessVariable<String> RETURN_REASONS = ProcessVariable.text("returnReasons");
  public static final ProcessVariable<String> SCREENING_ANSWERS = ProcessVariable.text("screeningAnswers");
  public static final ProcessVariable<String> SLIPPAGE_REASONS = ProcessVariable.text("slippageReasons");
  public static final ProcessVariable<String> SUBMISSION_NOTES = ProcessVariable.text("submissionNotes");
  public static final ProcessVariable<LocalDate> TERMS_OF_REFERENCE_AGREED_ON =
      ProcessVariable.date("termsOfReferenceAgreedOn");

  // Copies on each open task (task-local), made by the engine as it creates the task (tasklist/CaseOnEveryTask), so
  // that every role that has the task sees whose case it is in Tasklist's list: a task's candidates may read its own
  // variables, not the process's. Nothing but the case reference and the pseudonym is copied.
  /** The case reference of the review the task belongs to (its process instance's business key). */
  public static final ProcessVariable<String> TASK_CASE_REFERENCE = ProcessVariable.text("taskCaseReference");
  /** The child's pseudonym ("Child A") of the review the task belongs to. */
  public static final ProcessVariable<String> TASK_CHILD_PSEUDONYM = ProcessVariable.text("taskChildPseudonym");
}
