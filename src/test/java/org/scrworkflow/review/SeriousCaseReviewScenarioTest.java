package org.scrworkflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.notification.NotificationRecord;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.ReviewDriver;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.publication.PublicationPack;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenario tests of serious-case-review.bpmn, named after the acceptance scenarios of the domain document. */
@ScenarioTest
class SeriousCaseReviewScenarioTest extends ScenarioSupport {

  static final String KEY = "serious-case-review";

  @Autowired IdentityVault vault;
  @Autowired DocumentStore documents;


  /** A referral for a child who died with neglect suspected (AT-01's facts, West Midlands). */
  static Map<String, Object> deathReferral(String caseReference, String awarenessDate) {
    return vars(
        "caseReference", caseReference,
        "childPseudonym", "Child A",
        "childAgeYears", 3,
        "incidentDate", LocalDate.parse(awarenessDate).minusDays(1).toString(),
        "incidentType", "DEATH",
        "abuseOrNeglectKnownOrSuspected", true,
        "interagencyConcern", true,
        // the child's home LSCB, a tenant: the review is Northmoor's (its chair and business manager are told)
        "residenceLscb", "lscb-northmoor",
        "region", "WEST_MIDLANDS",
        "lookedAfter", false,
        "agenciesInvolved", List.of("police", "health"),
        "parallelProceedingsKnown", false,
        "awarenessDate", awarenessDate);
  }

  ProcessInstance startReferral(LocalDate day, Map<String, Object> referral) {
    driver.today(day);
    return driver.start(KEY, (String) referral.get("caseReference"), referral);
  }

  void approveNotification(ProcessInstance review, LocalDate day) {
    driver.today(day);
    driver.complete(review, "Task_ApproveIncidentNotification",
        vars("notificationReason", "SCR_POSSIBLE", "notificationSummary", "Child A died; neglect suspected."));
  }

  void screenAndRecommend(ProcessInstance review, LocalDate day, String recommendation) {
    driver.today(day);
    driver.complete(review, "Task_ConfirmLscbs", vars("partnerLscbs", ""));
    driver.complete(review, "Task_ScreenCase", vars("screeningAnswers", "Answers to 8.12."));
    driver.complete(review, "Task_RecommendToChair",
        vars("recommendation", recommendation, "recommendationReasons", "As screened."));
  }

  void decide(ProcessInstance review, LocalDate day, boolean initiate, String decisionDate) {
    driver.today(day);
    driver.complete(review, "Task_DecideInitiation",
        vars("initiateReview", initiate, "decisionDate", decisionDate, "decisionReasons", "Criteria as screened."));
  }

  /** S-09 to S-11 with independent reviewers; the IMRs fall due on imrDueDate. */
  void setUpReview(ProcessInstance review, boolean healthOverview, boolean proceedings, String imrDueDate) {
    driver.complete(review, "Task_SetUpPanel", vars("panelChairName", "Independent Chair",
        "overviewAuthorName", "Independent Author", "panelChairConnectedToAgency", false,
        "overviewAuthorConnectedToAgency", false));
    driver.complete(review, "Task_AgreeTermsOfReference", vars("periodUnderReviewFrom", "2008-01-01",
        "periodUnderReviewTo", "2011-03-13", "caseQuestions", "Information sharing.",
        "healthOverviewRequired", healthOverview, "parallelProceedings", proceedings,
        "termsOfReferenceAgreedOn", "2011-04-20"));
    driver.complete(review, "Task_DrawUpProjectPlan", vars("imrDueDate", imrDueDate));
  }

  /** Every open IMR: author appointed (independent), written, signed off, accepted. */
  /** S-23: the overview author's three drafts. */
  static Map<String, Object> drafts() {
    return vars("overviewReportFile", Uploads.pdf("overview-report.pdf"),
        "executiveSummaryFile", Uploads.pdf("executive-summary.pdf"), "actionPlanFile", Uploads.pdf("action-plan.pdf"));
  }

  void completeImrs(ProcessInstance review) {
    for (Task task : driver.tasks(review, "Task_AppointImrAuthor")) {
      driver.complete(review, task, vars("imrAuthorName", "Agency Reviewer", "imrAuthorRole", "Reviewer",
          "directInvolvement", false, "lineManagerOfPractitioner", false, "recordsSecuredOn", "2011-04-06",
          "declarationDate", "2011-04-21"));
    }
    for (Task task : driver.tasks(review, "Task_WriteImr")) {
      driver.complete(review, task, vars("imrNotes", "Written.", "imrFile", Uploads.pdf("imr.pdf"),
          "chronologyFile", Uploads.pdf("chronology.pdf")));
    }
    for (Task task : driver.tasks(review, "Task_SignOffImr")) {
      driver.complete(review, task, vars("imrSignedOffBy", "Senior Manager", "imrSignedOffOn", "2011-06-20"));
    }
    for (Task task : driver.tasks(review, "Task_ScrutiniseImr")) {
      driver.complete(review, task, vars("imrScrutinyOutcome", "ACCEPT", "imrScrutinisedOn", "2011-06-27"));
    }
  }

  void familyTakesPart(ProcessInstance review) {
    driver.complete(review, "Task_InviteFamily", vars("familyInvitedOn", "2011-05-02"));
    driver.complete(review, "Task_RecordFamilyResponse", vars("familyResponse", "TAKES_PART"));
    driver.complete(review, "Task_RecordFamilyContribution", vars("familyContributionSummary", "Met the panel."));
  }

  void writeAndAccept(ProcessInstance review, LocalDate day, String acceptanceDate) {
    driver.today(day);
    driver.complete(review, "Task_WriteOverviewReport", drafts());
    driver.complete(review, "Task_AgreeDrafts", vars("draftsAgreedOn", "2011-09-15"));
    driver.complete(review, "Task_AcceptReports", vars("reportsAccepted", true, "acceptanceDate", acceptanceDate));
  }

  NotificationRecord last(String caseReference, String template) {
    List<NotificationRecord> sent = notifications.forCase(Cases.northmoor(caseReference)).stream()
        .filter(n -> n.template().equals(template)).toList();
    assertThat(sent).as("notifications " + template).isNotEmpty();
    return sent.get(sent.size() - 1);
  }

  @Test
  @DisplayName("AT-01 Death; criteria met; finished on time: notification, decision, review, publication, follow-up")
  void deathCriteriaMetFinishedOnTime() {
    String ref = newCase();
    vault.add(Cases.northmoor(ref), new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"), "businessmanager");
    ProcessInstance review = startReferral(LocalDate.of(2011, 3, 14), deathReferral(ref, "2011-03-14"));

    assertThat(review).isWaitingAt("Task_ApproveIncidentNotification");
    Task approval = driver.task(review, "Task_ApproveIncidentNotification");
    assertThat(approval).hasCandidateGroup("lscb-business-manager");
    // T-1: one working day from awareness on Mon 14 Mar 2011
    assertThat(ReviewDriver.london(approval.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 3, 15));

    approveNotification(review, LocalDate.of(2011, 3, 15));
    NotificationRecord incident = last(ref, "serious-incident-notification");
    // G-5: from 21 Feb 2011 the DfE Safeguarding Group, not GO West Midlands (AT-01's text conflicts with G-5)
    assertThat(incident.governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    assertThat(incident.recipients()).contains("serious.incidents@ofsted.example", "safeguarding.group@dfe.example");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "leadLscb")).isEqualTo("lscb-northmoor");

    screenAndRecommend(review, LocalDate.of(2011, 3, 22), "INITIATE");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "criteriaOutcome")).isEqualTo("REQUIRED");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "criteriaReason"))
        .isEqualTo("DEATH_ABUSE_NEGLECT");
    Task decision = driver.task(review, "Task_DecideInitiation");
    assertThat(decision).hasCandidateGroup("lscb-chair");
    // T-2: one calendar month from the notification on Tue 15 Mar; reminder ten working days before
    assertThat(ReviewDriver.london(decision.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 4, 15));
    assertThat(ReviewDriver.london(driver.timer(review, "Timer_DecisionReminder").getDuedate()))
        .isEqualTo(LocalDate.of(2011, 4, 1).atTime(NINE));

    decide(review, LocalDate.of(2011, 4, 5), true, "2011-04-04");
    assertThat(last(ref, "decision-notification").sentAt()).isNotNull();
    // the decision record (§6.3) is a PDF in the document store: the case, never the child's name
    long recordId = ((Number) driver.engine().getRuntimeService()
        .getVariable(review.getId(), "decisionRecordDocumentId")).longValue();
    String record = String.join("\n", PublicationPack.pagesOf(documents.content(recordId)));
    assertThat(record).contains(ref).contains("Child A").contains("2011-04-04").doesNotContain("Kylie")
        .doesNotContain("Brennan");
    assertThat(review).isWaitingAt("Task_SetUpPanel");
    // T-3: six calendar months from the decision; T-8 warning 28 days before
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "sixMonthTarget")).isEqualTo("2011-10-04");
    assertThat(ReviewDriver.london(driver.timer(review, "StartEvent_SixMonthWarning").getDuedate()))
        .isEqualTo(LocalDate.of(2011, 9, 6).atTime(NINE));

    setUpReview(review, true, false, "2011-06-30");
    assertThat(driver.tasks(review, "Task_AppointImrAuthor")).hasSize(2)
        .extracting(t -> driver.engine().getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("senior-manager-police", "senior-manager-health");
    assertThat(templates(ref)).contains("imr-commission", "secure-records-request");
    completeImrs(review);
    driver.complete(review, "Task_WriteHealthOverview", vars("healthOverviewFile", Uploads.pdf("health-overview.pdf")));
    familyTakesPart(review);
    writeAndAccept(review, LocalDate.of(2011, 9, 28), "2011-09-28");

    // G-13: accepted 28 Sep, on or before 4 Oct
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(review.getId()).variableName("sixMonthTargetMet").singleResult().getValue())
        .isEqualTo(true);
    assertThat(driver.timers(review, "StartEvent_SixMonthWarning")).as("the T-8 timer ends with the review").isEmpty();

    driver.today(LocalDate.of(2011, 9, 30));
    driver.complete(review, "Task_PrepareSubmission", vars("submissionNotes", "Overview, summary, action plan."));
    assertThat(last(ref, "report-submission").recipients()).contains("serious.incidents@ofsted.example");

    publishCleanly(review, LocalDate.of(2011, 9, 30));
    driver.complete(review, "Task_RecordOfstedEvaluation", vars("ofstedGrade", "GOOD", "ofstedLetterDate", "2011-11-10"));
    // S-29: first action-plan review three calendar months after acceptance
    driver.fireTimer(review, "Timer_ActionPlanReviewDue", LocalDate.of(2011, 12, 28), NINE);
    driver.complete(review, "Task_ReviewActionPlan", vars("actionPlanLastReviewedOn", "2011-12-28",
        "allActionsComplete", true, "actionPlanProgress", "All done."));

    assertThat(review).isEnded().hasPassed("EndEvent_ReviewClosed");
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(review.getId()).variableName("publicationOutcome").singleResult().getValue())
        .isEqualTo("OVERVIEW_AND_SUMMARY");
  }

  /** S-26, S-27 with no requests, no restrictions and clean texts. */
  void publishCleanly(ProcessInstance review, LocalDate submittedOn) {
    driver.complete(review, "Task_ConsiderRequestsNotToPublish", vars("compellingWelfareReasons", false));
    driver.complete(review, "Task_CheckLegalRestrictions", vars("legalRestriction", false));
    driver.complete(review, "Task_PreparePublicationVersions", vars(
        "publishableExecutiveSummary", "Child A died in March 2011. Agencies did not share information.",
        "publishableOverviewReport", "Child A lived with Mother. The health visitor's concerns were not passed on."));
    driver.complete(review, "Task_SignOffPublication",
        vars("publicationSignedOffBy", "LSCB chair", "publicationSignedOffOn", submittedOn.toString()));
    driver.complete(review, "Task_BriefFamily", vars("familyBriefedOn", submittedOn.toString()));
    // T-12: twenty working days after sending to Ofsted and GO/DfE
    var timer = driver.timer(review, "Timer_EarliestPublication");
    driver.at(ReviewDriver.london(timer.getDuedate()));
    driver.engine().getManagementService().executeJob(timer.getId());
    driver.complete(review, "Task_PublishReports", vars("publishedOn", "2011-11-01",
        "publicationUrl", "https://lscb.example/scr/cr"));
  }

  @Test
  @DisplayName("G-1 no: a death without abuse or neglect is not notifiable; the referral closes with reasons")
  void notNotifiableReferralCloses() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-03-14");
    referral.put("abuseOrNeglectKnownOrSuspected", false);
    ProcessInstance review = startReferral(LocalDate.of(2011, 3, 14), referral);
    assertThat(review).isWaitingAt("Task_CloseReferral");
    driver.complete(review, "Task_CloseReferral", vars("closureReasons", "Natural causes; no concerns."));
    assertThat(review).isEnded().hasPassed("EndEvent_ReferralClosed");
    assertThat(templates(ref)).isEmpty();
  }

  @Test
  @DisplayName("AT-03 Criteria not met: reasons notified, learning review considered, no six-month timer, nothing to Ofsted")
  void criteriaNotMet() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-05-09");
    referral.put("incidentType", "SERIOUS_HARM");
    referral.put("seriousHarmKind", "SERIOUS_SEXUAL_ABUSE");
    referral.put("interagencyConcern", false);
    ProcessInstance review = startReferral(LocalDate.of(2011, 5, 9), referral);
    approveNotification(review, LocalDate.of(2011, 5, 9));
    screenAndRecommend(review, LocalDate.of(2011, 5, 16), "DO_NOT_INITIATE");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "criteriaOutcome")).isEqualTo("NOT_MET");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "criteriaReason"))
        .isEqualTo("NO_INTERAGENCY_CONCERN");
    decide(review, LocalDate.of(2011, 5, 20), false, "2011-05-20");
    assertThat(review).isWaitingAt("Task_ConsiderLearningReview");
    driver.complete(review, "Task_ConsiderLearningReview", vars("learningReviewCommissioned", true));
    assertThat(review).isEnded().hasPassed("EndEvent_NoReviewHeld").hasNotPassed("SubProcess_ConductReview");
    assertThat(templates(ref)).containsExactly("serious-incident-notification", "secure-records-request",
        "decision-notification");
  }

  @Test
  @DisplayName("AT-04 Death in custody: required even without abuse or neglect")
  void deathInCustodyRequiresReview() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-11-07");
    referral.put("incidentType", "CUSTODY_DEATH");
    referral.put("abuseOrNeglectKnownOrSuspected", false);
    referral.put("childAgeYears", 16);
    ProcessInstance review = startReferral(LocalDate.of(2011, 11, 7), referral);
    approveNotification(review, LocalDate.of(2011, 11, 8));
    screenAndRecommend(review, LocalDate.of(2011, 11, 14), "INITIATE");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "criteriaReason")).isEqualTo("CUSTODY_DEATH");
  }

  @Test
  @DisplayName("R-4.1: the chair cannot decide against a required review; a date before the notification is refused")
  void chairDecisionIsChecked() {
    String ref = newCase();
    ProcessInstance review = startReferral(LocalDate.of(2011, 3, 14), deathReferral(ref, "2011-03-14"));
    approveNotification(review, LocalDate.of(2011, 3, 14));
    screenAndRecommend(review, LocalDate.of(2011, 3, 21), "INITIATE");
    Task decision = driver.task(review, "Task_DecideInitiation");
    driver.today(LocalDate.of(2011, 3, 25));

    assertThatThrownBy(() -> driver.engine().getTaskService().complete(decision.getId(),
            vars("initiateReview", false, "decisionDate", "2011-03-25", "decisionReasons", "Not needed.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("must be initiated");
    assertThatThrownBy(() -> driver.engine().getTaskService().complete(decision.getId(),
            vars("initiateReview", true, "decisionDate", "2011-03-04", "decisionReasons", "Required.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("before the incident was notified");
    assertThatThrownBy(() -> driver.engine().getTaskService().complete(decision.getId(),
            vars("initiateReview", true, "decisionDate", "2011-25-03", "decisionReasons", "Required.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("not a date");
    // nothing was half-saved: the task is still open and the decision variables were not written
    assertThat(review).isWaitingAt("Task_DecideInitiation");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "initiateReview")).isNull();
  }

  @Test
  @DisplayName("AT-07 One-month clamp: decision due 28 Feb, reminder 14 Feb, escalation 1 Mar")
  void decisionReminderThenEscalation() {
    String ref = newCase();
    ProcessInstance review = startReferral(LocalDate.of(2011, 1, 31), deathReferral(ref, "2011-01-31"));
    approveNotification(review, LocalDate.of(2011, 1, 31));
    screenAndRecommend(review, LocalDate.of(2011, 2, 7), "INITIATE");
    Task decision = driver.task(review, "Task_DecideInitiation");
    assertThat(ReviewDriver.london(decision.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 2, 28));

    driver.fireTimer(review, "Timer_DecisionReminder", LocalDate.of(2011, 2, 14), NINE);
    assertThat(last(ref, "decision-reminder").recipients()).contains("chair@demo.scr-workflow.invalid");
    driver.fireTimer(review, "Timer_DecisionOverdue", LocalDate.of(2011, 3, 1), NINE);
    assertThat(last(ref, "decision-overdue").recipients())
        .contains("chair@demo.scr-workflow.invalid", "businessmanager@demo.scr-workflow.invalid");
    assertThat(review).isWaitingAt("Task_DecideInitiation");
  }

  @Test
  @DisplayName("AT-08 Working days across bank holidays: notification due Tue 4 Jan 2011, escalated when missed")
  void incidentNotificationOverdueIsEscalated() {
    String ref = newCase();
    ProcessInstance review = startReferral(LocalDate.of(2010, 12, 31), deathReferral(ref, "2010-12-31"));
    Task approval = driver.task(review, "Task_ApproveIncidentNotification");
    assertThat(ReviewDriver.london(approval.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 1, 4));
    driver.fireTimer(review, "Timer_IncidentNotificationOverdue", LocalDate.of(2011, 1, 5), MIDNIGHT);
    assertThat(templates(ref)).containsExactly("incident-notification-overdue");
    assertThat(review).isWaitingAt("Task_ApproveIncidentNotification");
  }

  @Test
  @DisplayName("AT-09 GO to DfE switch outside London: sent Fri 18 Feb to GO North West, Mon 21 Feb to the DfE")
  void governmentRecipientFollowsSendDate() {
    String early = newCase();
    Map<String, Object> referral = deathReferral(early, "2011-02-18");
    referral.put("region", "NORTH_WEST");
    ProcessInstance first = startReferral(LocalDate.of(2011, 2, 18), referral);
    approveNotification(first, LocalDate.of(2011, 2, 18));
    assertThat(last(early, "serious-incident-notification").governmentRecipient()).isEqualTo("GO_NORTH_WEST");

    String late = newCase();
    Map<String, Object> second = deathReferral(late, "2011-02-18");
    second.put("region", "NORTH_WEST");
    ProcessInstance other = startReferral(LocalDate.of(2011, 2, 18), second);
    approveNotification(other, LocalDate.of(2011, 2, 21));
    assertThat(last(late, "serious-incident-notification").governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
  }

  /** A review initiated on decisionDate (notified and screened just before), waiting at S-09. */
  ProcessInstance initiated(String ref, LocalDate decisionDay, String region) {
    LocalDate notified = decisionDay.minusDays(14);
    Map<String, Object> referral = deathReferral(ref, notified.toString());
    referral.put("region", region);
    ProcessInstance review = startReferral(notified, referral);
    approveNotification(review, notified);
    screenAndRecommend(review, notified.plusDays(7), "INITIATE");
    decide(review, decisionDay, true, decisionDay.toString());
    assertThat(review).isWaitingAt("Task_SetUpPanel");
    return review;
  }

  /** From S-09 to the LSCB's acceptance on acceptanceDay, with the given options. */
  void runReview(ProcessInstance review, LocalDate acceptanceDay) {
    setUpReview(review, false, false, acceptanceDay.minusMonths(2).toString());
    completeImrs(review);
    familyTakesPart(review);
    writeAndAccept(review, acceptanceDay, acceptanceDay.toString());
  }

  Object historic(ProcessInstance review, String name) {
    return driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(review.getId()).variableName(name).singleResult().getValue();
  }

  @Test
  @DisplayName("AT-15 R-1.2 An overview author employed by an involved agency is blocked until others are appointed")
  void reviewerConnectedToAgencyIsBlocked() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    driver.complete(review, "Task_SetUpPanel", vars("panelChairName", "Chair", "overviewAuthorName", "PCT Employee",
        "panelChairConnectedToAgency", false, "overviewAuthorConnectedToAgency", true));
    assertThat(review).isWaitingAt("Task_SetUpPanel").hasPassed("Gateway_ReviewersIndependent");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "reviewersIndependent")).isEqualTo(false);
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "reviewerIndependenceFinding"))
        .isNotNull();
    driver.complete(review, "Task_SetUpPanel", vars("panelChairName", "Chair", "overviewAuthorName", "Independent",
        "panelChairConnectedToAgency", false, "overviewAuthorConnectedToAgency", false));
    assertThat(review).isWaitingAt("Task_AgreeTermsOfReference");
  }

  @Test
  @DisplayName("AT-16 Criminal proceedings defer interviews: the review continues, the deferral is recorded")
  void proceedingsDeferInterviews() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 6, 6), "NORTH_WEST");
    setUpReview(review, false, true, "2011-08-05");
    driver.complete(review, "Task_LiaiseOnProceedings", vars("proceedingsType", "CRIMINAL", "interviewsDeferred", true));
    driver.complete(review, "Task_RecordDeferral", vars("deferralAdviser", "CPS reviewing lawyer",
        "deferralReason", "Mother and partner not to be interviewed before the verdict.",
        "deferralExpectedDate", "2012-03-30"));
    assertThat(review).hasPassed("Task_RecordDeferral");
    assertThat(driver.tasks(review, "Task_AppointImrAuthor")).as("IMRs go ahead").hasSize(2);
  }

  @Test
  @DisplayName("G-7 no: proceedings run but interviews are not deferred")
  void proceedingsWithoutDeferral() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 6, 6), "NORTH_WEST");
    setUpReview(review, false, true, "2011-08-05");
    driver.complete(review, "Task_LiaiseOnProceedings", vars("proceedingsType", "CORONER", "interviewsDeferred", false));
    assertThat(review).hasPassed("Gateway_InterviewsDeferred", "Gateway_ProceedingsHandled").hasNotPassed("Task_RecordDeferral");
  }

  @Test
  @DisplayName("AT-17 Family declines: recorded, the review continues; no reply within T-17 is recorded too")
  void familyDeclinesOrDoesNotReply() {
    ProcessInstance declines = initiated(newCase(), LocalDate.of(2011, 9, 26), "LONDON");
    setUpReview(declines, false, false, "2011-11-25");
    driver.complete(declines, "Task_InviteFamily", vars("familyInvitedOn", "2011-10-03"));
    driver.complete(declines, "Task_RecordFamilyResponse", vars("familyResponse", "DECLINED",
        "familyResponseNotes", "Father declined by phone."));
    assertThat(declines).hasPassed("Gateway_FamilyInvolvementDone").hasNotPassed("Task_RecordFamilyContribution");

    ProcessInstance silent = initiated(newCase(), LocalDate.of(2011, 9, 26), "LONDON");
    setUpReview(silent, false, false, "2011-11-25");
    driver.complete(silent, "Task_InviteFamily", vars("familyInvitedOn", "2011-10-03"));
    Task response = driver.task(silent, "Task_RecordFamilyResponse");
    // T-17: twenty working days from Mon 3 Oct 2011
    assertThat(ReviewDriver.london(response.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 10, 31));
    driver.fireTimer(silent, "Timer_FamilyNoReply", LocalDate.of(2011, 11, 1), MIDNIGHT);
    assertThat(driver.engine().getRuntimeService().getVariable(silent.getId(), "familyResponse")).isEqualTo("NO_REPLY");
    assertThat(silent).hasPassed("Task_RecordNoFamilyReply");
  }

  @Test
  @DisplayName("AT-18 Six-month slippage, twice: GO North East consulted in January, the DfE in April; G-13 no")
  void slippageTwice() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2010, 8, 31), "NORTH_EAST");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "sixMonthTarget")).isEqualTo("2011-02-28");
    setUpReview(review, false, false, "2010-11-30");

    driver.fireTimer(review, "StartEvent_SixMonthWarning", LocalDate.of(2011, 1, 31), NINE);
    driver.complete(review, "Task_ReviseProjectPlan", vars("reviewWillSlip", true, "revisedTarget", "2011-04-29",
        "slippageReasons", "IMRs late."));
    assertThat(last(ref, "slippage-consultation").governmentRecipient()).isEqualTo("GO_NORTH_EAST");

    driver.fireTimer(review, "Timer_RevisedTargetApproaching", LocalDate.of(2011, 4, 1), NINE);
    driver.complete(review, "Task_ReviseProjectPlan", vars("reviewWillSlip", true, "revisedTarget", "2011-06-30",
        "slippageReasons", "Delay found."));
    assertThat(last(ref, "slippage-consultation").governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    assertThat(templates(ref).stream().filter("slippage-consultation"::equals).count()).isEqualTo(2);

    completeImrs(review);
    familyTakesPart(review);
    writeAndAccept(review, LocalDate.of(2011, 6, 20), "2011-06-20");
    assertThat(historic(review, "sixMonthTargetMet")).isEqualTo(false);
    assertThat(historic(review, "sixMonthTarget")).as("revised targets never replace T-3").isEqualTo("2011-02-28");
  }

  @Test
  @DisplayName("S-22 The warning finds the review on track: nothing is sent")
  void warningFindsReviewOnTrack() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    driver.fireTimer(review, "StartEvent_SixMonthWarning", LocalDate.of(2011, 9, 6), NINE);
    driver.complete(review, "Task_ReviseProjectPlan", vars("reviewWillSlip", false));
    assertThat(review).hasPassed("EndEvent_OnTrack");
    assertThat(templates(ref)).doesNotContain("slippage-consultation");
  }

  @Test
  @DisplayName("S-24 no: the LSCB returns the drafts; the author revises them")
  void reportsReturnedToTheAuthor() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    completeImrs(review);
    familyTakesPart(review);
    driver.complete(review, "Task_WriteOverviewReport", drafts());
    driver.complete(review, "Task_AgreeDrafts", vars("draftsAgreedOn", "2011-08-10"));
    driver.complete(review, "Task_AcceptReports", vars("reportsAccepted", false, "returnReasons", "Lessons unclear."));
    assertThat(review).isWaitingAt("Task_WriteOverviewReport");
    assertThat(driver.engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
        .activityId("Task_WriteOverviewReport").count()).isEqualTo(2);
  }

  @Test
  @DisplayName("AT-23 Ofsted grades the review inadequate: re-review due 12 Apr 2011, resubmitted, then closed; T-13 chase")
  void inadequateGradeLeadsToReReview() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2010, 6, 1), "SOUTH_WEST");
    runReview(review, LocalDate.of(2010, 11, 22));
    driver.today(LocalDate.of(2010, 11, 24));
    driver.complete(review, "Task_PrepareSubmission", vars());
    // T-13: chase Ofsted 42 days after submission on 24 Nov 2010
    driver.fireTimer(review, "Timer_OfstedEvaluationAwaited", LocalDate.of(2011, 1, 5), NINE);
    assertThat(last(ref, "ofsted-chase").recipients()).containsExactly("serious.incidents@ofsted.example");

    driver.complete(review, "Task_RecordOfstedEvaluation", vars("ofstedGrade", "INADEQUATE",
        "ofstedLetterDate", "2011-01-12"));
    Task reReview = driver.task(review, "Task_ReReview");
    assertThat(ReviewDriver.london(reReview.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 4, 12));
    driver.complete(review, reReview, vars("reReviewNotes", "Analysis rewritten."));
    assertThat(templates(ref)).contains("report-resubmission");
    driver.complete(review, "Task_RecordOfstedEvaluation", vars("ofstedGrade", "ADEQUATE", "ofstedLetterDate", "2011-05-20"));
    assertThat(review).isNotWaitingAt("Task_RecordOfstedEvaluation", "Task_ReReview");
    assertThat(driver.engine().getHistoryService().createHistoricDetailQuery().processInstanceId(review.getId())
            .variableUpdates().list().stream()
            .filter(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName().equals("ofstedGrade"))
            .count())
        .as("the grade history is kept").isEqualTo(2);
  }

  @Test
  @DisplayName("S-29 The action plan is reviewed every three months until every action is complete")
  void actionPlanReviewedUntilComplete() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    runReview(review, LocalDate.of(2011, 9, 28));
    driver.today(LocalDate.of(2011, 9, 30));
    driver.complete(review, "Task_PrepareSubmission", vars());
    driver.fireTimer(review, "Timer_ActionPlanReviewDue", LocalDate.of(2011, 12, 28), NINE);
    driver.complete(review, "Task_ReviewActionPlan", vars("actionPlanLastReviewedOn", "2012-01-05",
        "allActionsComplete", false, "actionPlanProgress", "Two actions open."));
    driver.fireTimer(review, "Timer_ActionPlanReviewDue", LocalDate.of(2012, 4, 5), NINE);
    assertThat(review).isWaitingAt("Task_ReviewActionPlan");
  }

  @Test
  @DisplayName("AT-26 Immediate lessons: an action raised on 20 May 2011 is tracked, review due 20 Jun")
  void immediateLessonTracked() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    driver.today(LocalDate.of(2011, 5, 20));
    driver.engine().getRuntimeService().createMessageCorrelation("ImmediateLessonIdentified")
        .processInstanceId(review.getId())
        .setVariableLocal("lessonRaisedOn", "2011-05-20")
        .setVariableLocal("immediateAction", "Out-of-hours team to check child protection plans")
        .setVariableLocal("actionOwner", "LA head of service")
        .correlate();
    // a second lesson raised the same day is tracked beside the first, each with its own action
    driver.engine().getRuntimeService().createMessageCorrelation("ImmediateLessonIdentified")
        .processInstanceId(review.getId())
        .setVariableLocal("lessonRaisedOn", "2011-05-20")
        .setVariableLocal("immediateAction", "GP practice to flag children subject to a plan")
        .setVariableLocal("actionOwner", "CCG safeguarding lead")
        .correlate();
    assertThat(driver.tasks(review, "Task_TrackImmediateAction")).hasSize(2)
        .extracting(t -> driver.engine().getTaskService().getVariable(t.getId(), "actionOwner"))
        .containsExactlyInAnyOrder("LA head of service", "CCG safeguarding lead");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "actionOwner"))
        .as("not a process-level variable that one lesson could overwrite").isNull();
    for (Task action : driver.tasks(review, "Task_TrackImmediateAction")) {
      assertThat(ReviewDriver.london(action.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 6, 20));
      driver.complete(review, action, vars("immediateActionStatus", "COMPLETE"));
    }
    assertThat(review).hasPassed("EndEvent_ImmediateActionReviewed").isWaitingAt("Task_InviteFamily");
  }

  @Test
  @DisplayName("AT-25 Further review by the Secretary of State is recorded without changing the LSCB's record")
  void furtherReviewRecorded() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    driver.engine().getRuntimeService().createMessageCorrelation("FurtherReviewCommissioned")
        .processInstanceId(review.getId()).correlate();
    driver.complete(review, "Task_RecordFurtherReview", vars("furtherReviewCommissioner", "Secretary of State",
        "furtherReviewer", "Lord Carlile", "furtherReviewCommissionedOn", "2012-03-29"));
    assertThat(review).hasPassed("EndEvent_FurtherReviewRecorded").isWaitingAt("Task_SetUpPanel");
  }

  private static Throwable rootOf(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Test
  @DisplayName("Bad input at S-01: a date typed the wrong way round lands in the future and is refused; nothing starts")
  void referralWithImpossibleDatesIsRefused() {
    String ref = newCase();
    driver.today(LocalDate.of(2011, 3, 4));
    Map<String, Object> future = deathReferral(ref, "2011-04-03");
    assertThatThrownBy(() -> driver.start(KEY, ref, future))
        .satisfies(e -> assertThat(rootOf(e)).isInstanceOf(BadUserRequestException.class))
        .hasMessageContaining("is in the future");
    Map<String, Object> awareBeforeIncident = deathReferral(ref, "2011-03-01");
    awareBeforeIncident.put("incidentDate", "2011-03-03");
    assertThatThrownBy(() -> driver.start(KEY, ref, awareBeforeIncident))
        .satisfies(e -> assertThat(rootOf(e)).isInstanceOf(BadUserRequestException.class))
        .hasMessageContaining("before the incident");
    Map<String, Object> badReference = deathReferral("Kylie Brennan", "2011-03-04");
    assertThatThrownBy(() -> driver.start(KEY, "x", badReference))
        .satisfies(e -> assertThat(rootOf(e)).isInstanceOf(BadUserRequestException.class))
        .hasMessageContaining("CR-1101");
    assertThat(driver.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).count())
        .isZero();
  }

  @Autowired org.scrworkflow.versions.ReviewMigrations migrations;

  /** The shipped model with a changed note on the chair's decision, deployed with the forms as Modeler would. */
  org.camunda.bpm.engine.repository.ProcessDefinition deployNoteChanged() throws Exception {
    var model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(new java.io.File("processes/serious-case-review.bpmn"));
    org.camunda.bpm.model.bpmn.instance.FlowNode decide = model.getModelElementById("Task_DecideInitiation");
    decide.getDocumentations().iterator().next().setTextContent("S-07; G-6; T-2 (policy note revised).");
    var deployment = driver.engine().getRepositoryService().createDeployment().name("Decision note revised")
        .addModelInstance("serious-case-review.bpmn", model);
    try (var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
      for (var form : forms.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        deployment.addInputStream(form.getFileName().toString(),
            new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(form)));
      }
    }
    return deployment.deployWithResult().getDeployedProcessDefinitions().get(0);
  }

  /** Every job of the review and its IMRs, by activity, with its due date (timers pending). */
  Map<String, java.util.Date> timersOf(ProcessInstance review) {
    Map<String, java.util.Date> timers = new java.util.TreeMap<>();
    var runtime = driver.engine().getRuntimeService();
    java.util.List<String> ids = new java.util.ArrayList<>(List.of(review.getId()));
    runtime.createProcessInstanceQuery().superProcessInstanceId(review.getId()).list().forEach(c -> ids.add(c.getId()));
    for (String id : ids) {
      driver.engine().getManagementService().createJobQuery().processInstanceId(id).timers().list()
          .forEach(job -> {
            String activity = driver.engine().getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
            timers.put(id.equals(review.getId()) ? activity : "imr:" + activity + ":" + id, job.getDuedate());
          });
    }
    return timers;
  }

  @Test
  @DisplayName("Policy change: reviews waiting for the chair, with IMRs out and writing the overview report move to version 2 by batch; timers keep their dates, nothing lost or doubled, history whole")
  void runningReviewsMigrateAtSeveralPositions() throws Exception {
    ProcessInstance atDecision = startReferral(LocalDate.of(2011, 3, 14), deathReferral(newCase(), "2011-03-14"));
    approveNotification(atDecision, LocalDate.of(2011, 3, 15));
    screenAndRecommend(atDecision, LocalDate.of(2011, 3, 22), "INITIATE");

    ProcessInstance imrsOut = startReferral(LocalDate.of(2011, 3, 14), deathReferral(newCase(), "2011-03-14"));
    approveNotification(imrsOut, LocalDate.of(2011, 3, 15));
    screenAndRecommend(imrsOut, LocalDate.of(2011, 3, 22), "INITIATE");
    decide(imrsOut, LocalDate.of(2011, 4, 5), true, "2011-04-04");
    setUpReview(imrsOut, false, false, "2011-06-20");

    ProcessInstance writing = startReferral(LocalDate.of(2011, 3, 14), deathReferral(newCase(), "2011-03-14"));
    approveNotification(writing, LocalDate.of(2011, 3, 15));
    screenAndRecommend(writing, LocalDate.of(2011, 3, 22), "INITIATE");
    decide(writing, LocalDate.of(2011, 4, 5), true, "2011-04-04");
    setUpReview(writing, false, false, "2011-06-20");
    completeImrs(writing);
    familyTakesPart(writing);

    List<ProcessInstance> reviews = List.of(atDecision, imrsOut, writing);
    assertThat(atDecision).isWaitingAt("Task_DecideInitiation");
    assertThat(driver.tasks(imrsOut, "Task_AppointImrAuthor")).hasSize(2);
    assertThat(writing).isWaitingAt("Task_WriteOverviewReport");
    var runtime = driver.engine().getRuntimeService();
    var history = driver.engine().getHistoryService();
    String from = runtime.createProcessInstanceQuery().processInstanceId(writing.getId()).singleResult().getProcessDefinitionId();
    int fromVersion = driver.engine().getRepositoryService().getProcessDefinition(from).getVersion();
    Map<String, Map<String, java.util.Date>> timersBefore = new java.util.HashMap<>();
    Map<String, Long> historyBefore = new java.util.HashMap<>();
    Map<String, java.util.List<String>> waitingBefore = new java.util.HashMap<>();
    for (ProcessInstance review : reviews) {
      timersBefore.put(review.getId(), timersOf(review));
      historyBefore.put(review.getId(), history.createHistoricActivityInstanceQuery().processInstanceId(review.getId()).count());
      waitingBefore.put(review.getId(), runtime.getActiveActivityIds(review.getId()));
    }
    long imrInstances = runtime.createProcessInstanceQuery().superProcessInstanceId(imrsOut.getId()).count();
    assertThat(timersBefore.get(atDecision.getId())).containsKey("Timer_DecisionReminder");
    assertThat(timersBefore.get(imrsOut.getId())).isNotEmpty();

    var to = deployNoteChanged();
    var request = new org.scrworkflow.versions.MigrationRequest("serious-case-review", fromVersion, to.getVersion());
    var dryRun = migrations.plan(request);
    assertThat(dryRun.wouldMove()).extracting(i -> i.processInstanceId())
        .contains(atDecision.getId(), imrsOut.getId(), writing.getId());
    var started = migrations.run(request, "policy");

    var management = driver.engine().getManagementService();
    var batch = management.createBatchQuery().batchId(started.batchId()).singleResult();
    for (int round = 0; round < 50 && management.createBatchQuery().batchId(batch.getId()).count() > 0; round++) {
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
          batch.getMonitorJobDefinitionId())) {
        management.createJobQuery().jobDefinitionId(definition).list().forEach(job -> management.executeJob(job.getId()));
      }
    }
    for (ProcessInstance review : reviews) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getId()).singleResult()
          .getProcessDefinitionId()).as(review.getBusinessKey() + " moved").isEqualTo(to.getId());
      assertThat(runtime.getActiveActivityIds(review.getId())).as("still where it was")
          .containsExactlyInAnyOrderElementsOf(waitingBefore.get(review.getId()));
      assertThat(timersOf(review)).as("timers keep their due dates").isEqualTo(timersBefore.get(review.getId()));
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(review.getId()).count())
          .as("history whole").isGreaterThanOrEqualTo(historyBefore.get(review.getId()));
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(review.getBusinessKey())
          .processDefinitionKey(KEY).count()).as("neither lost nor doubled").isEqualTo(1);
    }
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(imrsOut.getId()).count())
        .as("the IMRs out stay with their review").isEqualTo(imrInstances);

    // the moved reviews go on as before
    decide(atDecision, LocalDate.of(2011, 4, 5), true, "2011-04-04");
    assertThat(atDecision).isWaitingAt("Task_SetUpPanel");
    driver.complete(writing, "Task_WriteOverviewReport", drafts());
    assertThat(writing).isWaitingAt("Task_AgreeDrafts");
  }
}
