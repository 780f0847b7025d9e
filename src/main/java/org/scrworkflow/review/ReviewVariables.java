package org.scrworkflow.review;

/**
 * The one list of process-variable names of a review. Models, forms, DMN tables, delegates and tests use
 * these names; a test checks that every name a model or form uses is listed here.
 *
 * <p>Dates without a time are ISO strings {@code yyyy-MM-dd} (what Camunda Forms submit), read as dates
 * by DMN ({@code date(x)}) and by the calendar service.
 */
public final class ReviewVariables {

  private ReviewVariables() {}

  // referral record (S-01). Identifying details are never process variables: they live in the vault.
  public static final String CASE_REFERENCE = "caseReference";
  public static final String CHILD_PSEUDONYM = "childPseudonym";
  public static final String CHILD_AGE_YEARS = "childAgeYears";
  public static final String INCIDENT_DATE = "incidentDate";
  /** DEATH, SERIOUS_HARM or CUSTODY_DEATH (death in custody, a secure setting or MHA 1983 detention). */
  public static final String INCIDENT_TYPE = "incidentType";
  public static final String ABUSE_OR_NEGLECT = "abuseOrNeglectKnownOrSuspected";
  /** 8.11: LIFE_THREATENING_INJURY, SERIOUS_SEXUAL_ABUSE, PERMANENT_IMPAIRMENT, PARENT_MURDERED_DHR, OTHER. */
  public static final String SERIOUS_HARM_KIND = "seriousHarmKind";
  /** 8.12: concern about how the authority, Board partners or others worked together. */
  public static final String INTERAGENCY_CONCERN = "interagencyConcern";
  public static final String RESIDENCE_LSCB = "residenceLscb";
  /** Government Office region of the LSCB (G-5): NORTH_EAST ... LONDON ... SOUTH_WEST. */
  public static final String REGION = "region";
  public static final String LOOKED_AFTER = "lookedAfter";
  public static final String RESPONSIBLE_AUTHORITY_LSCB = "responsibleAuthorityLscb";
  public static final String PLACEMENT_LSCB = "placementLscb";
  public static final String AGENCIES_INVOLVED = "agenciesInvolved";
  public static final String PARALLEL_PROCEEDINGS_KNOWN = "parallelProceedingsKnown";
  /** when the authority became aware (starts T-1), and who recorded it. */
  public static final String AWARENESS_DATE = "awarenessDate";
  public static final String AWARENESS_RECORDED_BY = "awarenessRecordedBy";

  // Inputs of the decision tables in processes/*.dmn that the referral record does not hold.
  /** G-5, R-3.4: the date a notification is sent (yyyy-MM-dd); it chooses the government recipient. */
  public static final String SEND_DATE = "sendDate";
  /** G-8: the date the review was initiated, i.e. the chair's decision date at S-07 (yyyy-MM-dd). */
  public static final String INITIATION_DATE = "initiationDate";
  /** G-9, R-7.2: compelling reasons relating to the welfare of a child directly concerned (the only ground). */
  public static final String COMPELLING_WELFARE_REASONS = "compellingWelfareReasons";
  /** G-15, R-8.2: Ofsted's grade: OUTSTANDING, GOOD, ADEQUATE or INADEQUATE. */
  public static final String OFSTED_GRADE = "ofstedGrade";
  /** the IMR author was directly involved with the child, the family or the case. */
  public static final String DIRECT_INVOLVEMENT = "directInvolvement";
  /** the IMR author is the immediate line manager of a practitioner involved. */
  public static final String LINE_MANAGER_OF_PRACTITIONER = "lineManagerOfPractitioner";
  /** employed by, contracted to or on the board of an involved agency, now or in the review period. */
  public static final String CONNECTED_TO_INVOLVED_AGENCY = "connectedToInvolvedAgency";

  // Results of the decision tables (output names), read by gateways and delegates.
  /** G-1 (scr-criteria): the incident is notified to Ofsted and GO/DfE. */
  public static final String NOTIFIABLE = "notifiable";
  /** G-2, G-3 (scr-criteria): REQUIRED, CONSIDER or NOT_MET. */
  public static final String CRITERIA_OUTCOME = "criteriaOutcome";
  /** G-2, G-3 (scr-criteria): DEATH_ABUSE_NEGLECT, CUSTODY_DEATH, SERIOUS_HARM_INTERAGENCY, NO_ABUSE_NEGLECT, ... */
  public static final String CRITERIA_REASON = "criteriaReason";
  /** G-5 (notification-route): Ofsted receives the notification (always true). */
  public static final String NOTIFY_OFSTED = "notifyOfsted";
  /** G-5 (notification-route): {@code GO_<region>} or {@code DFE_SAFEGUARDING_GROUP}. */
  public static final String GOVERNMENT_RECIPIENT = "governmentRecipient";
  /** G-5 (notification-route): why that recipient, in plain English. */
  public static final String ROUTE_REASON = "routeReason";
  /** G-4 (lead-lscb): the id of the LSCB that leads the review. */
  public static final String LEAD_LSCB = "leadLscb";
  /** G-4 (lead-lscb): why that LSCB leads, in plain English. */
  public static final String LEAD_REASON = "leadReason";
  /** G-8, G-9 (publication-scope): the anonymised overview report may be published. */
  public static final String PUBLISH_OVERVIEW_REPORT = "publishOverviewReport";
  /** G-8, G-9 (publication-scope): the executive summary may be published. */
  public static final String PUBLISH_EXECUTIVE_SUMMARY = "publishExecutiveSummary";
  /** G-8, G-9 (publication-scope): the basis of the publication scope, in plain English. */
  public static final String PUBLICATION_BASIS = "publicationBasis";
  /** G-15 (ofsted-evaluation): the LSCB must re-review and resubmit. */
  public static final String RE_REVIEW_REQUIRED = "reReviewRequired";
  /** G-15 (ofsted-evaluation): what follows the grade, in plain English. */
  public static final String EVALUATION_OUTCOME = "evaluationOutcome";
  /** R-1.2 (imr-author-independence, reviewer-independence): the declaration shows independence. */
  public static final String INDEPENDENT = "independent";
  /** the finding, naming the test that failed. */
  public static final String INDEPENDENCE_FINDING = "independenceFinding";

  // S-02 to S-08: notification, screening and the chair's decision.
  /** The date the serious incident notification was sent (anchor of T-2 and T-18). */
  public static final String INCIDENT_NOTIFIED_ON = "incidentNotifiedOn";
  public static final String RECOMMENDATION = "recommendation";
  /** S-07: the chair's decision, its date (the initiation date, G-8) and reasons. */
  public static final String INITIATE_REVIEW = "initiateReview";
  public static final String DECISION_DATE = "decisionDate";
  public static final String DECISION_REASONS = "decisionReasons";
  public static final String DECISION_NOTIFIED_ON = "decisionNotifiedOn";

  // S-09 to S-24: the review.
  /** T-3: six calendar months from the decision date. */
  public static final String SIX_MONTH_TARGET = "sixMonthTarget";
  public static final String REVISED_TARGET = "revisedTarget";
  public static final String REVIEW_WILL_SLIP = "reviewWillSlip";
  public static final String IMR_DUE_DATE = "imrDueDate";
  public static final String HEALTH_OVERVIEW_REQUIRED = "healthOverviewRequired";
  public static final String PARALLEL_PROCEEDINGS = "parallelProceedings";
  public static final String INTERVIEWS_DEFERRED = "interviewsDeferred";
  public static final String FAMILY_INVITED_ON = "familyInvitedOn";
  /** G-16: TAKES_PART, DECLINED or NO_REPLY. */
  public static final String FAMILY_RESPONSE = "familyResponse";
  public static final String REPORTS_ACCEPTED = "reportsAccepted";
  /** S-24: the completion date for G-13. */
  public static final String ACCEPTANCE_DATE = "acceptanceDate";
  /** G-13. */
  public static final String SIX_MONTH_TARGET_MET = "sixMonthTargetMet";
  public static final String LESSON_RAISED_ON = "lessonRaisedOn";

  // S-25 to S-30: submission, publication, evaluation, action plan.
  public static final String REPORTS_SUBMITTED_ON = "reportsSubmittedOn";
  public static final String OFSTED_LETTER_DATE = "ofstedLetterDate";
  public static final String ALL_ACTIONS_COMPLETE = "allActionsComplete";
  public static final String ACTION_PLAN_LAST_REVIEWED_ON = "actionPlanLastReviewedOn";
  public static final String LEGAL_RESTRICTION = "legalRestriction";
  /** G-12: COMPLIANT_FORM or NOT_AT_ALL. */
  public static final String LEGAL_ADVICE_OUTCOME = "legalAdviceOutcome";
  public static final String PUBLISH_NOT_BEFORE = "publishNotBefore";
  public static final String PUBLISHABLE_EXECUTIVE_SUMMARY = "publishableExecutiveSummary";
  public static final String PUBLISHABLE_OVERVIEW_REPORT = "publishableOverviewReport";
  /** The publication pack in the document store (S-26). */
  public static final String PUBLICATION_BUNDLE_DOCUMENT_ID = "publicationBundleDocumentId";
  /** Generated documents in the document store: the decision record, the terms of reference, the submission. */
  public static final String DECISION_RECORD_DOCUMENT_ID = "decisionRecordDocumentId";
  public static final String TERMS_OF_REFERENCE_DOCUMENT_ID = "termsOfReferenceDocumentId";
  public static final String SUBMISSION_COVER_DOCUMENT_ID = "submissionCoverDocumentId";
  /**
   * Uploaded documents (embedded forms' file fields, see UploadSlot): the file variable lives only until the
   * task completes; the stored document's id stays in the matching ...DocumentId variable.
   */
  public static final String IMR_FILE = "imrFile";
  public static final String IMR_DOCUMENT_ID = "imrDocumentId";
  public static final String CHRONOLOGY_FILE = "chronologyFile";
  public static final String CHRONOLOGY_DOCUMENT_ID = "chronologyDocumentId";
  public static final String HEALTH_OVERVIEW_FILE = "healthOverviewFile";
  public static final String HEALTH_OVERVIEW_DOCUMENT_ID = "healthOverviewDocumentId";
  public static final String OVERVIEW_REPORT_FILE = "overviewReportFile";
  public static final String OVERVIEW_REPORT_DOCUMENT_ID = "overviewReportDocumentId";
  public static final String EXECUTIVE_SUMMARY_FILE = "executiveSummaryFile";
  public static final String EXECUTIVE_SUMMARY_DOCUMENT_ID = "executiveSummaryDocumentId";
  public static final String ACTION_PLAN_FILE = "actionPlanFile";
  public static final String ACTION_PLAN_DOCUMENT_ID = "actionPlanDocumentId";
  /** G-11. */
  public static final String ANONYMISATION_PASSED = "anonymisationPassed";
  public static final String ANONYMISATION_FINDINGS = "anonymisationFindings";
  /** OVERVIEW_AND_SUMMARY, SUMMARY_ONLY or NOT_PUBLISHED. */
  public static final String PUBLICATION_OUTCOME = "publicationOutcome";
  public static final String PUBLISHED_ON = "publishedOn";

  // IMR (S-12 to S-20): one instance per agency.
  /** The agency whose IMR an individual-management-review instance is. */
  public static final String AGENCY_ID = "agencyId";
  public static final String AUTHOR_INDEPENDENT = "authorIndependent";
  public static final String CONFLICT_OVERRIDDEN = "conflictOverridden";
  public static final String IMR_RECEIVED_ON = "imrReceivedOn";
  /** G-14: ACCEPT or REVISE. */
  public static final String IMR_SCRUTINY_OUTCOME = "imrScrutinyOutcome";
  public static final String IMR_SCRUTINISED_ON = "imrScrutinisedOn";

  // Columns of the statutory-timescale decision (T-1 to T-18), read by the calendar service, never stored.
  /** The period asked for, e.g. "T-1". */
  public static final String TIMESCALE_ID = "timescaleId";
  /** The period's length; negative counts back from the anchor. */
  public static final String AMOUNT = "amount";
  /** WORKING_DAYS, CALENDAR_MONTHS or CALENDAR_DAYS. */
  public static final String UNIT = "unit";
  /** What the period is for, in plain English. */
  public static final String DESCRIPTION = "description";

  // Columns of the review-stage decision (processes/review-stage.dmn), read by the managers' reports, never stored.
  /** The id of a step waiting in serious-case-review.bpmn, e.g. "Task_DecideInitiation". */
  public static final String ACTIVITY_ID = "activityId";
  /** The stage that step belongs to: NOTIFICATION, DECISION, IMRS, ... ACTION_PLAN. */
  public static final String REVIEW_STAGE = "reviewStage";

  // Further fields of the task forms (forms/*.form): what people record at each step.
  public static final String ACTION_OWNER = "actionOwner";
  public static final String ACTION_PLAN_PROGRESS = "actionPlanProgress";
  public static final String ACTION_REVIEW_NOTES = "actionReviewNotes";
  public static final String AUTHOR_INDEPENDENCE_FINDING = "authorIndependenceFinding";
  public static final String CASE_QUESTIONS = "caseQuestions";
  public static final String CLOSURE_REASONS = "closureReasons";
  public static final String CONFLICT_OVERRIDE_REASONS = "conflictOverrideReasons";
  public static final String DECLARATION_DATE = "declarationDate";
  public static final String DEFERRAL_ADVISER = "deferralAdviser";
  public static final String DEFERRAL_EXPECTED_DATE = "deferralExpectedDate";
  public static final String DEFERRAL_REASON = "deferralReason";
  public static final String DRAFT_NOTES = "draftNotes";
  public static final String DRAFTS_AGREED_ON = "draftsAgreedOn";
  public static final String DRAFTS_COMPLETED_ON = "draftsCompletedOn";
  public static final String FAMILY_BRIEFED_ON = "familyBriefedOn";
  public static final String FAMILY_BRIEFING_NOTES = "familyBriefingNotes";
  public static final String FAMILY_CONTRIBUTION_SUMMARY = "familyContributionSummary";
  public static final String FAMILY_RESPONSE_NOTES = "familyResponseNotes";
  public static final String FURTHER_REVIEW_COMMISSIONED_ON = "furtherReviewCommissionedOn";
  public static final String FURTHER_REVIEW_COMMISSIONER = "furtherReviewCommissioner";
  public static final String FURTHER_REVIEW_LINK = "furtherReviewLink";
  public static final String FURTHER_REVIEWER = "furtherReviewer";
  public static final String HEALTH_OVERVIEW_COMPLETED_ON = "healthOverviewCompletedOn";
  public static final String HEALTH_OVERVIEW_NOTES = "healthOverviewNotes";
  public static final String IMMEDIATE_ACTION = "immediateAction";
  public static final String IMMEDIATE_ACTION_STATUS = "immediateActionStatus";
  public static final String IMR_AUTHOR_NAME = "imrAuthorName";
  public static final String IMR_AUTHOR_ROLE = "imrAuthorRole";
  public static final String IMR_NOTES = "imrNotes";
  public static final String IMR_SIGNED_OFF_BY = "imrSignedOffBy";
  public static final String IMR_SIGNED_OFF_ON = "imrSignedOffOn";
  public static final String INVITATION_NOTES = "invitationNotes";
  public static final String LEAD_OVERRIDE_REASONS = "leadOverrideReasons";
  public static final String LEARNING_REVIEW_COMMISSIONED = "learningReviewCommissioned";
  public static final String LEARNING_REVIEW_NOTES = "learningReviewNotes";
  public static final String LEGAL_ADVICE_REASONS = "legalAdviceReasons";
  public static final String LEGAL_RESTRICTION_DETAILS = "legalRestrictionDetails";
  public static final String LIAISON_NOTES = "liaisonNotes";
  public static final String NOTIFICATION_REASON = "notificationReason";
  public static final String NOTIFICATION_SUMMARY = "notificationSummary";
  public static final String OTHER_REQUESTS_AND_REPLIES = "otherRequestsAndReplies";
  public static final String OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY = "overviewAuthorConnectedToAgency";
  public static final String OVERVIEW_AUTHOR_NAME = "overviewAuthorName";
  public static final String PANEL_CHAIR_CONNECTED_TO_AGENCY = "panelChairConnectedToAgency";
  public static final String PANEL_CHAIR_NAME = "panelChairName";
  public static final String PANEL_COMMENTS = "panelComments";
  public static final String PANEL_MEMBERS = "panelMembers";
  public static final String PARTNER_LSCBS = "partnerLscbs";
  public static final String PERIOD_UNDER_REVIEW_FROM = "periodUnderReviewFrom";
  public static final String PERIOD_UNDER_REVIEW_TO = "periodUnderReviewTo";
  public static final String PRIOR_CONTACT = "priorContact";
  public static final String PROCEEDINGS_TYPE = "proceedingsType";
  public static final String PROJECT_PLAN_SUMMARY = "projectPlanSummary";
  public static final String PUBLICATION_SIGNED_OFF_BY = "publicationSignedOffBy";
  public static final String PUBLICATION_SIGNED_OFF_ON = "publicationSignedOffOn";
  public static final String PUBLICATION_URL = "publicationUrl";
  public static final String RE_REVIEW_NOTES = "reReviewNotes";
  public static final String RECOMMENDATION_REASONS = "recommendationReasons";
  public static final String RECORDS_SECURED_ON = "recordsSecuredOn";
  public static final String REDACTION_NOTES = "redactionNotes";
  public static final String REFERRAL_SUMMARY = "referralSummary";
  public static final String RETURN_REASONS = "returnReasons";
  public static final String REVISION_NOTES = "revisionNotes";
  public static final String SCREENING_ANSWERS = "screeningAnswers";
  public static final String SCRUTINY_FEEDBACK = "scrutinyFeedback";
  public static final String SLIPPAGE_REASONS = "slippageReasons";
  public static final String SUBMISSION_NOTES = "submissionNotes";
  public static final String TERMS_OF_REFERENCE_AGREED_ON = "termsOfReferenceAgreedOn";
  public static final String WELFARE_REASONS = "welfareReasons";
}
