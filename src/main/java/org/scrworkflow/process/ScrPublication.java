package org.scrworkflow.process;

import java.time.LocalDate;
import java.util.List;

/**
 * Publication of the reports (S-26, S-27): requests not to publish, legal restrictions, anonymisation, the family,
 * publication.
 * The model is processes/scr-publication.bpmn: its key, the ids of the elements code refers to and the variables
 * it owns. {@code ProcessClassesTest} fails when a constant names an element or variable the deployed model or
 * the forms do not have; {@code NoStringNamesTest} fails when code names one with a string literal instead.
 */
public final class ScrPublication {

  /** The process definition key (= the file name). */
  public static final String KEY = "scr-publication";

  private ScrPublication() {}

  // Elements, in the order of the model.
  /** Start: Reports submitted. */
  public static final String START_REPORTS_SUBMITTED = "StartEvent_ReportsSubmitted";
  /** Step: Consider requests not to publish. */
  public static final String TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH = "Task_ConsiderRequestsNotToPublish";
  /** Decision: Decide what may be published. */
  public static final String TASK_DECIDE_PUBLICATION_SCOPE = "Task_DecidePublicationScope";
  /** Automatic step: Tell the DfE why the overview report is withheld. */
  public static final String TASK_TELL_DFE_OVERVIEW_WITHHELD = "Task_TellDfeOverviewWithheld";
  /** Gateway: Withholding handled. */
  public static final String GATEWAY_WITHHOLDING_HANDLED = "Gateway_WithholdingHandled";
  /** Step: Check for court orders and legal restrictions. */
  public static final String TASK_CHECK_LEGAL_RESTRICTIONS = "Task_CheckLegalRestrictions";
  /** Step: Take independent legal advice. */
  public static final String TASK_TAKE_LEGAL_ADVICE = "Task_TakeLegalAdvice";
  /** Automatic step: Tell the DfE the reasons for not publishing. */
  public static final String TASK_TELL_DFE_NOT_PUBLISHED = "Task_TellDfeNotPublished";
  /** End: Reports not published. */
  public static final String END_NOT_PUBLISHED = "EndEvent_NotPublished";
  /** Step: Prepare the anonymised publication versions. */
  public static final String TASK_PREPARE_PUBLICATION_VERSIONS = "Task_PreparePublicationVersions";
  /** Automatic step: Assemble the publication pack. */
  public static final String TASK_ASSEMBLE_PUBLICATION_PACK = "Task_AssemblePublicationPack";
  /** Automatic step: Check the anonymisation. */
  public static final String TASK_CHECK_ANONYMISATION = "Task_CheckAnonymisation";
  /** Step: Redact the documents. */
  public static final String TASK_REDACT_DOCUMENTS = "Task_RedactDocuments";
  /** Step: Sign off the publication pack. */
  public static final String TASK_SIGN_OFF_PUBLICATION = "Task_SignOffPublication";
  /** Step: Brief the family before publication. */
  public static final String TASK_BRIEF_FAMILY = "Task_BriefFamily";
  /** Waits for: Earliest publication date reached. */
  public static final String TIMER_EARLIEST_PUBLICATION = "Timer_EarliestPublication";
  /** Gateway: Criminal proceedings in the review? */
  public static final String GATEWAY_PROCEEDINGS_KNOWN = "Gateway_ProceedingsKnown";
  /** Step: Confirm the criminal proceedings have ended. */
  public static final String TASK_CONFIRM_PROCEEDINGS_ENDED = "Task_ConfirmProceedingsEnded";
  /** Timer: Expected end of the proceedings reached. */
  public static final String TIMER_PROCEEDINGS_EXPECTED_END = "Timer_ProceedingsExpectedEnd";
  /** Step: Publish the reports. */
  public static final String TASK_PUBLISH_REPORTS = "Task_PublishReports";
  /** Automatic step: Notify Ofsted and GO/DfE of the publication. */
  public static final String TASK_NOTIFY_PUBLICATION = "Task_NotifyPublication";
  /** End: Reports published. */
  public static final String END_REPORTS_PUBLISHED = "EndEvent_ReportsPublished";

  // Variables it owns.
  /** G-8: the date the review was initiated, i.e. the chair's decision date at S-07 (yyyy-MM-dd). */
  public static final ProcessVariable<LocalDate> INITIATION_DATE = ProcessVariable.date("initiationDate");
  /** G-9, R-7.2: compelling reasons relating to the welfare of a child directly concerned (the only ground). */
  public static final ProcessVariable<Boolean> COMPELLING_WELFARE_REASONS =
      ProcessVariable.flag("compellingWelfareReasons");
  /** G-8, G-9 (publication-scope): the anonymised overview report may be published. */
  public static final ProcessVariable<Boolean> PUBLISH_OVERVIEW_REPORT = ProcessVariable.flag("publishOverviewReport");
  /** G-8, G-9 (publication-scope): the executive summary may be published. */
  public static final ProcessVariable<Boolean> PUBLISH_EXECUTIVE_SUMMARY =
      ProcessVariable.flag("publishExecutiveSummary");
  /** G-8, G-9 (publication-scope): the basis of the publication scope, in plain English. */
  public static final ProcessVariable<String> PUBLICATION_BASIS = ProcessVariable.text("publicationBasis");
  public static final ProcessVariable<Boolean> LEGAL_RESTRICTION = ProcessVariable.flag("legalRestriction");
  /** the criminal proceedings the review knew of have ended. */
  public static final ProcessVariable<Boolean> PROCEEDINGS_ENDED = ProcessVariable.flag("proceedingsEnded");
  /** the day they ended (not in the future). */
  public static final ProcessVariable<LocalDate> PROCEEDINGS_ENDED_ON = ProcessVariable.date("proceedingsEndedOn");
  /** while they are live, the day they are now expected to end (after today): the hold is asked about then. */
  public static final ProcessVariable<LocalDate> PROCEEDINGS_EXPECTED_END =
      ProcessVariable.date("proceedingsExpectedEnd");
  /** what the business manager knows of the proceedings (never a name). */
  public static final ProcessVariable<String> PROCEEDINGS_NOTES = ProcessVariable.text("proceedingsNotes");
  /** G-12: COMPLIANT_FORM or NOT_AT_ALL. */
  public static final ProcessVariable<String> LEGAL_ADVICE_OUTCOME = ProcessVariable.text("legalAdviceOutcome");
  public static final ProcessVariable<LocalDate> PUBLISH_NOT_BEFORE = ProcessVariable.date("publishNotBefore");
  public static final ProcessVariable<String> PUBLISHABLE_EXECUTIVE_SUMMARY =
      ProcessVariable.text("publishableExecutiveSummary");
  public static final ProcessVariable<String> PUBLISHABLE_OVERVIEW_REPORT =
      ProcessVariable.text("publishableOverviewReport");
  /** The publication pack in the document store (S-26). */
  public static final ProcessVariable<Long> PUBLICATION_BUNDLE_DOCUMENT_ID =
      ProcessVariable.documentId("publicationBundleDocumentId");
  /** G-11. */
  public static final ProcessVariable<Boolean> ANONYMISATION_PASSED = ProcessVariable.flag("anonymisationPassed");
  public static final ProcessVariable<String> ANONYMISATION_FINDINGS = ProcessVariable.text("anonymisationFindings");
  public static final ProcessVariable<LocalDate> FAMILY_BRIEFED_ON = ProcessVariable.date("familyBriefedOn");
  public static final ProcessVariable<String> FAMILY_BRIEFING_NOTES = ProcessVariable.text("familyBriefingNotes");
  public static final ProcessVariable<String> LEGAL_ADVICE_REASONS = ProcessVariable.text("legalAdviceReasons");
  public static final ProcessVariable<String> LEGAL_RESTRICTION_DETAILS =
      ProcessVariable.text("legalRestrictionDetails");
  /**
   * G-9, R-7.2, AT-21: the grounds the requests not to publish gave, from a closed list; only the welfare of a child
   * directly concerned is a ground to withhold the overview report, every other is refused with a recorded reply.
   */
  public static final ProcessVariable<List<String>> GROUNDS_RAISED_NOT_TO_PUBLISH =
      ProcessVariable.list("groundsRaisedNotToPublish");
  public static final ProcessVariable<String> OTHER_REQUESTS_AND_REPLIES =
      ProcessVariable.text("otherRequestsAndReplies");
  public static final ProcessVariable<String> PUBLICATION_SIGNED_OFF_BY =
      ProcessVariable.text("publicationSignedOffBy");
  public static final ProcessVariable<LocalDate> PUBLICATION_SIGNED_OFF_ON =
      ProcessVariable.date("publicationSignedOffOn");
  public static final ProcessVariable<String> PUBLICATION_URL = ProcessVariable.text("publicationUrl");
  public static final ProcessVariable<String> REDACTION_NOTES = ProcessVariable.text("redactionNotes");
  public static final ProcessVariable<String> WELFARE_REASONS = ProcessVariable.text("welfareReasons");
}
