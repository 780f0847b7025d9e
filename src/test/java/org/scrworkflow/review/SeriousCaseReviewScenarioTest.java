package org.scrworkflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.CHRONOLOGY_FILE;
import static org.scrworkflow.process.IndividualManagementReview.DIRECT_INVOLVEMENT;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_NAME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_ROLE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SCRUTINY_OUTCOME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_BY;
import static org.scrworkflow.process.IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SCRUTINISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.FAMILY_BRIEFED_ON;
import static org.scrworkflow.process.ScrPublication.LEGAL_RESTRICTION;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_SIGNED_OFF_BY;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_SIGNED_OFF_ON;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_URL;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_EXECUTIVE_SUMMARY;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.TASK_BRIEF_FAMILY;
import static org.scrworkflow.process.ScrPublication.TASK_CHECK_LEGAL_RESTRICTIONS;
import static org.scrworkflow.process.ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH;
import static org.scrworkflow.process.ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS;
import static org.scrworkflow.process.ScrPublication.TASK_PUBLISH_REPORTS;
import static org.scrworkflow.process.ScrPublication.TASK_SIGN_OFF_PUBLICATION;
import static org.scrworkflow.process.ScrPublication.TIMER_EARLIEST_PUBLICATION;
import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.ACCEPTANCE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_OWNER;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_PLAN_FILE;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_PLAN_LAST_REVIEWED_ON;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_PLAN_PROGRESS;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_REVIEW_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.ALL_ACTIONS_COMPLETE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_QUESTIONS;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.CLOSURE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_REASON;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_RECORD_DOCUMENT_ID;
import static org.scrworkflow.process.SeriousCaseReview.DEFERRAL_ADVISER;
import static org.scrworkflow.process.SeriousCaseReview.DEFERRAL_EXPECTED_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DEFERRAL_REASON;
import static org.scrworkflow.process.SeriousCaseReview.END_FURTHER_REVIEW_RECORDED;
import static org.scrworkflow.process.SeriousCaseReview.END_IMMEDIATE_ACTION_REVIEWED;
import static org.scrworkflow.process.SeriousCaseReview.END_NO_REVIEW_HELD;
import static org.scrworkflow.process.SeriousCaseReview.END_ON_TRACK;
import static org.scrworkflow.process.SeriousCaseReview.END_REFERRAL_CLOSED;
import static org.scrworkflow.process.SeriousCaseReview.END_REVIEW_CLOSED;
import static org.scrworkflow.process.SeriousCaseReview.EXECUTIVE_SUMMARY_FILE;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_CONTRIBUTION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_INVITED_ON;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_RESPONSE;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_RESPONSE_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.FURTHER_REVIEWER;
import static org.scrworkflow.process.SeriousCaseReview.FURTHER_REVIEW_COMMISSIONED_ON;
import static org.scrworkflow.process.SeriousCaseReview.FURTHER_REVIEW_COMMISSIONER;
import static org.scrworkflow.process.SeriousCaseReview.GATEWAY_FAMILY_INVOLVEMENT_DONE;
import static org.scrworkflow.process.SeriousCaseReview.GATEWAY_INTERVIEWS_DEFERRED;
import static org.scrworkflow.process.SeriousCaseReview.GATEWAY_PROCEEDINGS_HANDLED;
import static org.scrworkflow.process.SeriousCaseReview.GATEWAY_REVIEWERS_INDEPENDENT;
import static org.scrworkflow.process.SeriousCaseReview.HEALTH_OVERVIEW_FILE;
import static org.scrworkflow.process.SeriousCaseReview.HEALTH_OVERVIEW_REQUIRED;
import static org.scrworkflow.process.SeriousCaseReview.IMMEDIATE_ACTION;
import static org.scrworkflow.process.SeriousCaseReview.IMMEDIATE_ACTION_STATUS;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.INTERVIEWS_DEFERRED;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.LEARNING_REVIEW_COMMISSIONED;
import static org.scrworkflow.process.SeriousCaseReview.LESSON_RAISED_ON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SENT_ON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_GRADE;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_LETTER_DATE;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_REPORT_FILE;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.PROCEEDINGS_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.PUBLICATION_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.PUBLISHED_ON;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.REPORTS_ACCEPTED;
import static org.scrworkflow.process.SeriousCaseReview.RETURN_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.REVIEW_WILL_SLIP;
import static org.scrworkflow.process.SeriousCaseReview.REVISED_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.RE_REVIEW_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.SCREENING_ANSWERS;
import static org.scrworkflow.process.SeriousCaseReview.SERIOUS_HARM_KIND;
import static org.scrworkflow.process.SeriousCaseReview.SIX_MONTH_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SIX_MONTH_TARGET_MET;
import static org.scrworkflow.process.SeriousCaseReview.SLIPPAGE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.START_SIX_MONTH_WARNING;
import static org.scrworkflow.process.SeriousCaseReview.SUBMISSION_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.SUB_PROCESS_CONDUCT_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_ACCEPT_REPORTS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_DRAFTS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CLOSE_REFERRAL;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONSIDER_LEARNING_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DRAW_UP_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_INVITE_FAMILY;
import static org.scrworkflow.process.SeriousCaseReview.TASK_LIAISE_ON_PROCEEDINGS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_PREPARE_SUBMISSION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_DEFERRAL;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_FAMILY_CONTRIBUTION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_FAMILY_RESPONSE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_FURTHER_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_NO_FAMILY_REPLY;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_REVIEW_ACTION_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_REVISE_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SET_UP_PANEL;
import static org.scrworkflow.process.SeriousCaseReview.TASK_TRACK_IMMEDIATE_ACTION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_WRITE_HEALTH_OVERVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_WRITE_OVERVIEW_REPORT;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_ACTION_PLAN_REVIEW_DUE;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_DECISION_OVERDUE;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_DECISION_REMINDER;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_FAMILY_NO_REPLY;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_INCIDENT_NOTIFICATION_OVERDUE;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_OFSTED_EVALUATION_AWAITED;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_REVISED_TARGET_APPROACHING;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.notification.NotificationRecord;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.publication.PublicationPack;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenario tests of serious-case-review.bpmn, named after the acceptance scenarios of the domain document. */
@ScenarioTest
class SeriousCaseReviewScenarioTest extends ScenarioSupport {

  static final String KEY = SeriousCaseReview.KEY;

  @Autowired IdentityVault vault;
  @Autowired DocumentStore documents;

  /** A referral for a child who died with neglect suspected (AT-01's facts, West Midlands). */
  static Map<String, Object> deathReferral(String caseReference, String awarenessDate) {
    // the child's home LSCB, a tenant: the review is Northmoor's (its chair and business manager are told)
    return StandardAnswers.referral(caseReference, "Child A", "lscb-northmoor", "WEST_MIDLANDS",
        LocalDate.parse(awarenessDate), List.of("police", "health"));
  }

  ProcessInstance startReferral(LocalDate day, Map<String, Object> referral) {
    driver.today(day);
    return driver.start(KEY, (String) referral.get(CASE_REFERENCE.name()), referral);
  }

  void approveNotification(ProcessInstance review, LocalDate day) {
    driver.today(day);
    answer(review, TASK_APPROVE_INCIDENT_NOTIFICATION,
        vars(NOTIFICATION_REASON.name(), "SCR_POSSIBLE", NOTIFICATION_SUMMARY.name(),
            "Child A died; neglect suspected."));
  }

  void screenAndRecommend(ProcessInstance review, LocalDate day, String recommendation) {
    driver.today(day);
    answer(review, TASK_CONFIRM_LSCBS, vars(PARTNER_LSCBS.name(), ""));
    answer(review, TASK_SCREEN_CASE, vars(SCREENING_ANSWERS.name(), "Answers to 8.12."));
    answer(review, TASK_RECOMMEND_TO_CHAIR,
        vars(RECOMMENDATION.name(), recommendation, RECOMMENDATION_REASONS.name(), "As screened."));
  }

  void decide(ProcessInstance review, LocalDate day, boolean initiate, String decisionDate) {
    driver.today(day);
    answer(review, TASK_DECIDE_INITIATION,
        vars(INITIATE_REVIEW.name(), initiate, DECISION_DATE.name(), decisionDate, DECISION_REASONS.name(),
            "Criteria as screened."));
  }

  /** S-09 to S-11 with independent reviewers; the IMRs fall due on imrDueDate. */
  void setUpReview(ProcessInstance review, boolean healthOverview, boolean proceedings, String imrDueDate) {
    answer(review, TASK_SET_UP_PANEL, vars(PANEL_CHAIR_NAME.name(), "Independent Chair",
        OVERVIEW_AUTHOR_NAME.name(), "Independent Author", PANEL_CHAIR_CONNECTED_TO_AGENCY.name(), false,
        OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY.name(), false));
    answer(review, TASK_AGREE_TERMS_OF_REFERENCE, vars(CASE_QUESTIONS.name(), "Information sharing.",
        HEALTH_OVERVIEW_REQUIRED.name(), healthOverview, PARALLEL_PROCEEDINGS.name(), proceedings));
    answer(review, TASK_DRAW_UP_PROJECT_PLAN, vars(IMR_DUE_DATE.name(), imrDueDate));
  }

  /** Every open IMR: author appointed (independent), written, signed off, accepted. */
  /** S-23: the overview author's three drafts. */
  static Map<String, Object> drafts() {
    return vars(OVERVIEW_REPORT_FILE.name(), Uploads.pdf("overview-report.pdf"),
        EXECUTIVE_SUMMARY_FILE.name(), Uploads.pdf("executive-summary.pdf"), ACTION_PLAN_FILE.name(),
            Uploads.pdf("action-plan.pdf"));
  }

  void completeImrs(ProcessInstance review) {
    for (Task task : driver.tasks(review, TASK_APPOINT_IMR_AUTHOR)) {
      answer(review, task, vars(IMR_AUTHOR_NAME.name(), "Agency Reviewer", IMR_AUTHOR_ROLE.name(), "Reviewer",
          DIRECT_INVOLVEMENT.name(), false, LINE_MANAGER_OF_PRACTITIONER.name(), false));
    }
    for (Task task : driver.tasks(review, TASK_WRITE_IMR)) {
      answer(review, task, vars(IMR_NOTES.name(), "Written.", IMR_FILE.name(), Uploads.pdf("imr.pdf"),
          CHRONOLOGY_FILE.name(), Uploads.pdf("chronology.pdf")));
    }
    for (Task task : driver.tasks(review, TASK_SIGN_OFF_IMR)) {
      answer(review, task, vars(IMR_SIGNED_OFF_BY.name(), "Senior Manager"));
    }
    for (Task task : driver.tasks(review, TASK_SCRUTINISE_IMR)) {
      answer(review, task, vars(IMR_SCRUTINY_OUTCOME.name(), "ACCEPT"));
    }
  }

  void familyTakesPart(ProcessInstance review) {
    recordOn(LocalDate.of(2011, 5, 2));
    answer(review, TASK_INVITE_FAMILY, vars(FAMILY_INVITED_ON.name(), "2011-05-02"));
    answer(review, TASK_RECORD_FAMILY_RESPONSE, vars(FAMILY_RESPONSE.name(), "TAKES_PART"));
    answer(review, TASK_RECORD_FAMILY_CONTRIBUTION, vars(FAMILY_CONTRIBUTION_SUMMARY.name(),
        "Met the panel."));
  }

  void writeAndAccept(ProcessInstance review, LocalDate day, String acceptanceDate) {
    driver.today(day);
    answer(review, TASK_WRITE_OVERVIEW_REPORT, drafts());
    answer(review, TASK_AGREE_DRAFTS, vars());
    answer(review, TASK_ACCEPT_REPORTS, vars(REPORTS_ACCEPTED.name(), true, ACCEPTANCE_DATE.name(),
        acceptanceDate));
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

    assertThat(review).isWaitingAt(TASK_APPROVE_INCIDENT_NOTIFICATION);
    Task approval = driver.task(review, TASK_APPROVE_INCIDENT_NOTIFICATION);
    assertThat(approval).hasCandidateGroup("lscb-business-manager");
    // T-1: one working day from awareness on Mon 14 Mar 2011
    assertThat(ReviewDriver.london(approval.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 3, 15));

    approveNotification(review, LocalDate.of(2011, 3, 15));
    NotificationRecord incident = last(ref, "serious-incident-notification");
    // G-5: from 21 Feb 2011 the DfE Safeguarding Group, not GO West Midlands (AT-01's text conflicts with G-5)
    assertThat(incident.governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    assertThat(incident.recipients()).contains("serious.incidents@ofsted.example", "safeguarding.group@dfe.example");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        LEAD_LSCB.name())).isEqualTo("lscb-northmoor");

    screenAndRecommend(review, LocalDate.of(2011, 3, 22), "INITIATE");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        CRITERIA_OUTCOME.name())).isEqualTo("REQUIRED");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), CRITERIA_REASON.name()))
        .isEqualTo("DEATH_ABUSE_NEGLECT");
    Task decision = driver.task(review, TASK_DECIDE_INITIATION);
    assertThat(decision).hasCandidateGroup("lscb-chair");
    // T-2: one calendar month from the notification on Tue 15 Mar; reminder ten working days before
    assertThat(ReviewDriver.london(decision.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 4, 15));
    assertThat(ReviewDriver.london(driver.timer(review, TIMER_DECISION_REMINDER).getDuedate()))
        .isEqualTo(LocalDate.of(2011, 4, 1).atTime(NINE));

    decide(review, LocalDate.of(2011, 4, 5), true, "2011-04-04");
    assertThat(last(ref, "decision-notification").sentAt()).isNotNull();
    // the decision record (§6.3) is a PDF in the document store: the case, never the child's name
    long recordId = ((Number) driver.engine().getRuntimeService()
        .getVariable(review.getId(), DECISION_RECORD_DOCUMENT_ID.name())).longValue();
    String record = String.join("\n", PublicationPack.pagesOf(documents.content(recordId)));
    assertThat(record).contains(ref).contains("Child A").contains("2011-04-04").doesNotContain("Kylie")
        .doesNotContain("Brennan");
    assertThat(review).isWaitingAt(TASK_SET_UP_PANEL);
    // T-3: six calendar months from the decision; T-8 warning 28 days before
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        SIX_MONTH_TARGET.name())).isEqualTo("2011-10-04");
    assertThat(ReviewDriver.london(driver.timer(review, START_SIX_MONTH_WARNING).getDuedate()))
        .isEqualTo(LocalDate.of(2011, 9, 6).atTime(NINE));

    setUpReview(review, true, false, "2011-06-30");
    assertThat(driver.tasks(review, TASK_APPOINT_IMR_AUTHOR)).hasSize(2)
        .extracting(t -> driver.engine().getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("senior-manager-police", "senior-manager-health");
    assertThat(templates(ref)).contains("imr-commission", "secure-records-request");
    completeImrs(review);
    answer(review, TASK_WRITE_HEALTH_OVERVIEW, vars(HEALTH_OVERVIEW_FILE.name(),
        Uploads.pdf("health-overview.pdf")));
    familyTakesPart(review);
    writeAndAccept(review, LocalDate.of(2011, 9, 28), "2011-09-28");

    // G-13: accepted 28 Sep, on or before 4 Oct
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(review.getId()).variableName(SIX_MONTH_TARGET_MET.name()).singleResult().getValue())
        .isEqualTo(true);
    assertThat(driver.timers(review, START_SIX_MONTH_WARNING)).as("the T-8 timer ends with the review").isEmpty();

    driver.today(LocalDate.of(2011, 9, 30));
    answer(review, TASK_PREPARE_SUBMISSION, vars(SUBMISSION_NOTES.name(), "Overview, summary, action plan."));
    assertThat(last(ref, "report-submission").recipients()).contains("serious.incidents@ofsted.example");

    publishCleanly(review, LocalDate.of(2011, 9, 30));
    answer(review, TASK_RECORD_OFSTED_EVALUATION, vars(OFSTED_GRADE.name(), "GOOD", OFSTED_LETTER_DATE.name(),
        "2011-11-10"));
    // S-29: first action-plan review three calendar months after acceptance
    driver.fireTimer(review, TIMER_ACTION_PLAN_REVIEW_DUE, LocalDate.of(2011, 12, 28), NINE);
    answer(review, TASK_REVIEW_ACTION_PLAN, vars(ACTION_PLAN_LAST_REVIEWED_ON.name(), "2011-12-28",
        ALL_ACTIONS_COMPLETE.name(), true, ACTION_PLAN_PROGRESS.name(), "All done."));

    assertThat(review).isEnded().hasPassed(END_REVIEW_CLOSED);
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(review.getId()).variableName(PUBLICATION_OUTCOME.name()).singleResult().getValue())
        .isEqualTo("OVERVIEW_AND_SUMMARY");
  }

  /** S-26, S-27 with no requests, no restrictions and clean texts. */
  void publishCleanly(ProcessInstance review, LocalDate submittedOn) {
    answer(review, TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, vars(COMPELLING_WELFARE_REASONS.name(), false));
    answer(review, TASK_CHECK_LEGAL_RESTRICTIONS, vars(LEGAL_RESTRICTION.name(), false));
    answer(review, TASK_PREPARE_PUBLICATION_VERSIONS, vars(
        PUBLISHABLE_EXECUTIVE_SUMMARY.name(), "Child A died in March 2011. Agencies did not share information.",
        PUBLISHABLE_OVERVIEW_REPORT.name(),
            "Child A lived with Mother. The health visitor's concerns were not passed on."));
    answer(review, TASK_SIGN_OFF_PUBLICATION,
        vars(PUBLICATION_SIGNED_OFF_BY.name(), "LSCB chair", PUBLICATION_SIGNED_OFF_ON.name(), submittedOn.toString()));
    answer(review, TASK_BRIEF_FAMILY, vars(FAMILY_BRIEFED_ON.name(), submittedOn.toString()));
    // T-12: twenty working days after sending to Ofsted and GO/DfE
    var timer = driver.timer(review, TIMER_EARLIEST_PUBLICATION);
    driver.at(ReviewDriver.london(timer.getDuedate()));
    driver.engine().getManagementService().executeJob(timer.getId());
    answer(review, TASK_PUBLISH_REPORTS, vars(PUBLISHED_ON.name(), "2011-11-01",
        PUBLICATION_URL.name(), "https://lscb.example/scr/cr"));
  }

  @Test
  @DisplayName("G-1 no: a death without abuse or neglect is not notifiable; the referral closes with reasons")
  void notNotifiableReferralCloses() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-03-14");
    referral.put(ABUSE_OR_NEGLECT.name(), false);
    ProcessInstance review = startReferral(LocalDate.of(2011, 3, 14), referral);
    assertThat(review).isWaitingAt(TASK_CLOSE_REFERRAL);
    answer(review, TASK_CLOSE_REFERRAL, vars(CLOSURE_REASONS.name(), "Natural causes; no concerns."));
    assertThat(review).isEnded().hasPassed(END_REFERRAL_CLOSED);
    assertThat(templates(ref)).isEmpty();
  }

  @Test
  @DisplayName("AT-03 Criteria not met: reasons notified, learning review considered, no six-month timer, nothing to Ofsted")
  void criteriaNotMet() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-05-09");
    referral.put(INCIDENT_TYPE.name(), "SERIOUS_HARM");
    referral.put(SERIOUS_HARM_KIND.name(), "SERIOUS_SEXUAL_ABUSE");
    referral.put(INTERAGENCY_CONCERN.name(), false);
    ProcessInstance review = startReferral(LocalDate.of(2011, 5, 9), referral);
    approveNotification(review, LocalDate.of(2011, 5, 9));
    screenAndRecommend(review, LocalDate.of(2011, 5, 16), "DO_NOT_INITIATE");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        CRITERIA_OUTCOME.name())).isEqualTo("NOT_MET");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), CRITERIA_REASON.name()))
        .isEqualTo("NO_INTERAGENCY_CONCERN");
    decide(review, LocalDate.of(2011, 5, 20), false, "2011-05-20");
    assertThat(review).isWaitingAt(TASK_CONSIDER_LEARNING_REVIEW);
    answer(review, TASK_CONSIDER_LEARNING_REVIEW, vars(LEARNING_REVIEW_COMMISSIONED.name(), true));
    assertThat(review).isEnded().hasPassed(END_NO_REVIEW_HELD).hasNotPassed(SUB_PROCESS_CONDUCT_REVIEW);
    assertThat(templates(ref)).containsExactly("serious-incident-notification", "secure-records-request",
        "decision-notification");
  }

  @Test
  @DisplayName("AT-02 Serious harm with inter-agency concern: a 4-month-old's fractures, the health visitor's concerns"
      + " not passed on; screened, G-2 gives SERIOUS_HARM_INTERAGENCY (required) and the review goes on to S-09")
  void seriousHarmWithInteragencyConcern() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-05-09");
    referral.put(INCIDENT_TYPE.name(), "SERIOUS_HARM");
    referral.put(SERIOUS_HARM_KIND.name(), "LIFE_THREATENING_INJURY");
    referral.put(CHILD_AGE_YEARS.name(), 0);
    referral.put(INTERAGENCY_CONCERN.name(), true);
    ProcessInstance review = startReferral(LocalDate.of(2011, 5, 9), referral);
    approveNotification(review, LocalDate.of(2011, 5, 9));
    screenAndRecommend(review, LocalDate.of(2011, 5, 16), "INITIATE");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), CRITERIA_OUTCOME.name()))
        .isEqualTo("REQUIRED");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), CRITERIA_REASON.name()))
        .isEqualTo("SERIOUS_HARM_INTERAGENCY");
    decide(review, LocalDate.of(2011, 5, 20), true, "2011-05-20");
    assertThat(review).isWaitingAt(TASK_SET_UP_PANEL);
  }

  @Test
  @DisplayName("AT-10 London's earlier switch: a London borough's decision notice sent Mon 15 Nov 2010 goes to Ofsted"
      + " and the DfE; a Kent LSCB's the same day to Ofsted and GO South East")
  void londonSwitchedEarlier() {
    String london = newCase();
    initiated(london, LocalDate.of(2010, 11, 15), "LONDON");
    assertThat(last(london, "decision-notification").governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    assertThat(last(london, "decision-notification").recipients()).contains("serious.incidents@ofsted.example");
    String kent = newCase();
    initiated(kent, LocalDate.of(2010, 11, 15), "SOUTH_EAST");
    assertThat(last(kent, "decision-notification").governmentRecipient()).isEqualTo("GO_SOUTH_EAST");
  }

  @Test
  @DisplayName("AT-04 Death in custody: required even without abuse or neglect")
  void deathInCustodyRequiresReview() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-11-07");
    referral.put(INCIDENT_TYPE.name(), "CUSTODY_DEATH");
    referral.put(ABUSE_OR_NEGLECT.name(), false);
    referral.put(CHILD_AGE_YEARS.name(), 16);
    ProcessInstance review = startReferral(LocalDate.of(2011, 11, 7), referral);
    approveNotification(review, LocalDate.of(2011, 11, 8));
    screenAndRecommend(review, LocalDate.of(2011, 11, 14), "INITIATE");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        CRITERIA_REASON.name())).isEqualTo("CUSTODY_DEATH");
  }

  @Test
  @DisplayName("R-4.1: the chair cannot decide against a required review; a date before the notification is refused")
  void chairDecisionIsChecked() {
    String ref = newCase();
    ProcessInstance review = startReferral(LocalDate.of(2011, 3, 14), deathReferral(ref, "2011-03-14"));
    approveNotification(review, LocalDate.of(2011, 3, 14));
    screenAndRecommend(review, LocalDate.of(2011, 3, 21), "INITIATE");
    Task decision = driver.task(review, TASK_DECIDE_INITIATION);
    driver.today(LocalDate.of(2011, 3, 25));

    assertThatThrownBy(() -> driver.engine().getTaskService().complete(decision.getId(),
            vars(INITIATE_REVIEW.name(), false, DECISION_DATE.name(), "2011-03-25", DECISION_REASONS.name(),
                "Not needed.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("the criteria make a Serious Case Review required");
    assertThatThrownBy(() -> driver.engine().getTaskService().complete(decision.getId(),
            vars(INITIATE_REVIEW.name(), true, DECISION_DATE.name(), "2011-03-04", DECISION_REASONS.name(),
                "Required.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("a decision cannot precede the notification");
    assertThatThrownBy(() -> driver.engine().getTaskService().complete(decision.getId(),
            vars(INITIATE_REVIEW.name(), true, DECISION_DATE.name(), "2011-25-03", DECISION_REASONS.name(),
                "Required.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("not a date");
    // nothing was half-saved: the task is still open and the decision variables were not written
    assertThat(review).isWaitingAt(TASK_DECIDE_INITIATION);
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), INITIATE_REVIEW.name())).isNull();
  }

  @Test
  @DisplayName("AT-07 One-month clamp: decision due 28 Feb, reminder 14 Feb, escalation 1 Mar")
  void decisionReminderThenEscalation() {
    String ref = newCase();
    ProcessInstance review = startReferral(LocalDate.of(2011, 1, 31), deathReferral(ref, "2011-01-31"));
    approveNotification(review, LocalDate.of(2011, 1, 31));
    screenAndRecommend(review, LocalDate.of(2011, 2, 7), "INITIATE");
    Task decision = driver.task(review, TASK_DECIDE_INITIATION);
    assertThat(ReviewDriver.london(decision.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 2, 28));

    driver.fireTimer(review, TIMER_DECISION_REMINDER, LocalDate.of(2011, 2, 14), NINE);
    assertThat(last(ref, "decision-reminder").recipients()).contains("chair@demo.scr-workflow.invalid");
    driver.fireTimer(review, TIMER_DECISION_OVERDUE, LocalDate.of(2011, 3, 1), NINE);
    assertThat(last(ref, "decision-overdue").recipients())
        .contains("chair@demo.scr-workflow.invalid", "businessmanager@demo.scr-workflow.invalid");
    assertThat(review).isWaitingAt(TASK_DECIDE_INITIATION);
  }

  @Test
  @DisplayName("AT-07, T-2 wherever the referral is: a sub-group that has not screened by the reminder day or by the"
      + " decision's due day sets off the reminder on 14 Feb and the escalation on 1 Mar, each once; decided late,"
      + " nothing more fires")
  void decisionChasedWhileTheSubGroupHoldsTheReferral() {
    String ref = newCase();
    ProcessInstance review = startReferral(LocalDate.of(2011, 1, 31), deathReferral(ref, "2011-01-31"));
    approveNotification(review, LocalDate.of(2011, 1, 31));
    answer(review, TASK_CONFIRM_LSCBS, vars(PARTNER_LSCBS.name(), ""));
    assertThat(review).isWaitingAt(TASK_SCREEN_CASE);
    assertThat(driver.local(driver.timer(review, TIMER_DECISION_REMINDER).getDuedate()))
        .isEqualTo(LocalDate.of(2011, 2, 14).atTime(NINE));

    driver.fireTimer(review, TIMER_DECISION_REMINDER, LocalDate.of(2011, 2, 14), NINE);
    assertThat(last(ref, "decision-reminder").recipients()).contains("chair@demo.scr-workflow.invalid");
    assertThat(review).isWaitingAt(TASK_SCREEN_CASE);
    driver.fireTimer(review, TIMER_DECISION_OVERDUE, LocalDate.of(2011, 3, 1), NINE);
    assertThat(last(ref, "decision-overdue").recipients())
        .contains("chair@demo.scr-workflow.invalid", "businessmanager@demo.scr-workflow.invalid");
    assertThat(review).isWaitingAt(TASK_SCREEN_CASE);

    driver.today(LocalDate.of(2011, 3, 2));
    answer(review, TASK_SCREEN_CASE, vars(SCREENING_ANSWERS.name(), "Answers to 8.12."));
    answer(review, TASK_RECOMMEND_TO_CHAIR, vars(RECOMMENDATION.name(), "INITIATE"));
    assertThat(ReviewDriver.london(driver.task(review, TASK_DECIDE_INITIATION).getDueDate()).toLocalDate())
        .as("T-2 is still a month from the notification").isEqualTo(LocalDate.of(2011, 2, 28));
    assertThat(driver.timers(review, TIMER_DECISION_REMINDER)).isEmpty();
    assertThat(driver.timers(review, TIMER_DECISION_OVERDUE)).isEmpty();
    decide(review, LocalDate.of(2011, 3, 3), true, "2011-03-03");
    assertThat(templates(ref).stream().filter(t -> t.startsWith("decision-r") || t.startsWith("decision-o")))
        .containsExactly("decision-reminder", "decision-overdue");
    assertThat(review).isWaitingAt(TASK_SET_UP_PANEL);
  }

  @Test
  @DisplayName("T-5, G-17 A project plan that sets no IMR date: each agency's IMR is due two calendar months from its"
      + " commissioning (Mon 11 Apr to Sat 11 Jun 2011), its author chased five working days before (Mon 6 Jun)")
  void imrDueDateDefaultsToTheStatutoryPeriod() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2011, 4, 5), "WEST_MIDLANDS");
    driver.today(LocalDate.of(2011, 4, 11));
    setUpReview(review, false, false, null);
    var runtime = driver.engine().getRuntimeService();
    var imrs = runtime.createProcessInstanceQuery().superProcessInstanceId(review.getId()).list();
    assertThat(imrs).isNotEmpty();
    for (var imr : imrs) {
      assertThat(runtime.getVariable(imr.getId(), IMR_DUE_DATE.name())).isEqualTo("2011-06-11");
    }
    assertThat(runtime.getVariable(review.getId(), IMR_DUE_DATE.name())).as("the plan set none").isNull();
    assertThat(driver.timers(review, IndividualManagementReview.TIMER_AUTHOR_NOT_APPOINTED)).hasSize(imrs.size())
        .allSatisfy(timer -> assertThat(driver.local(timer.getDuedate()).toLocalDate())
            .isEqualTo(LocalDate.of(2011, 6, 6)));
  }

  @Test
  @DisplayName("AT-08 Working days across bank holidays: notification due Tue 4 Jan 2011, escalated when missed")
  void incidentNotificationOverdueIsEscalated() {
    String ref = newCase();
    ProcessInstance review = startReferral(LocalDate.of(2010, 12, 31), deathReferral(ref, "2010-12-31"));
    Task approval = driver.task(review, TASK_APPROVE_INCIDENT_NOTIFICATION);
    assertThat(ReviewDriver.london(approval.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 1, 4));
    driver.fireTimer(review, TIMER_INCIDENT_NOTIFICATION_OVERDUE, LocalDate.of(2011, 1, 5), MIDNIGHT);
    assertThat(templates(ref)).containsExactly("incident-notification-overdue");
    assertThat(review).isWaitingAt(TASK_APPROVE_INCIDENT_NOTIFICATION);
  }

  @Test
  @DisplayName("AT-09 GO to DfE switch outside London: sent Fri 18 Feb to GO North West, Mon 21 Feb to the DfE")
  void governmentRecipientFollowsSendDate() {
    String early = newCase();
    Map<String, Object> referral = deathReferral(early, "2011-02-18");
    referral.put(REGION.name(), "NORTH_WEST");
    ProcessInstance first = startReferral(LocalDate.of(2011, 2, 18), referral);
    approveNotification(first, LocalDate.of(2011, 2, 18));
    assertThat(last(early, "serious-incident-notification").governmentRecipient()).isEqualTo("GO_NORTH_WEST");

    String late = newCase();
    Map<String, Object> second = deathReferral(late, "2011-02-18");
    second.put(REGION.name(), "NORTH_WEST");
    ProcessInstance other = startReferral(LocalDate.of(2011, 2, 18), second);
    approveNotification(other, LocalDate.of(2011, 2, 21));
    assertThat(last(late, "serious-incident-notification").governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
  }

  @Test
  @DisplayName("S-02, G-5, R-3.4 A referral notified on Fri 18 Feb 2011 and entered on Tue 22 Feb gives the day it was"
      + " sent: recorded for GO North West (that day's route), not sent again, and T-2 runs from 18 Feb; a day before"
      + " awareness or still to come is refused")
  void referralEnteredAfterItsNotification() {
    String ref = newCase();
    Map<String, Object> referral = deathReferral(ref, "2011-02-17");
    referral.put(REGION.name(), "NORTH_WEST");
    ProcessInstance review = startReferral(LocalDate.of(2011, 2, 22), referral);
    driver.today(LocalDate.of(2011, 2, 22));
    Task approve = driver.task(review, TASK_APPROVE_INCIDENT_NOTIFICATION);
    Map<String, Object> answer = vars(NOTIFICATION_REASON.name(), "SCR_POSSIBLE", NOTIFICATION_SUMMARY.name(),
        "Child A died; neglect suspected.");
    for (String wrong : List.of("2011-02-16", "2011-02-23")) {
      Map<String, Object> bad = new java.util.HashMap<>(answer);
      bad.put(NOTIFICATION_SENT_ON.name(), wrong);
      assertThatThrownBy(() -> driver.engine().getTaskService().complete(approve.getId(), bad))
          .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(NOTIFICATION_SENT_ON.name());
    }
    assertThat(review).isWaitingAt(TASK_APPROVE_INCIDENT_NOTIFICATION);

    answer.put(NOTIFICATION_SENT_ON.name(), "2011-02-18");
    driver.complete(review, approve, answer);
    NotificationRecord recorded = last(ref, "serious-incident-notification");
    assertThat(recorded.governmentRecipient()).isEqualTo("GO_NORTH_WEST");
    assertThat(recorded.outcome()).isEqualTo("SENT_BEFORE_ENTRY");
    assertThat(recorded.messageId()).isNull();
    assertThat(ReviewDriver.london(java.util.Date.from(recorded.sentAt())).toLocalDate())
        .isEqualTo(LocalDate.of(2011, 2, 18));
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), SeriousCaseReview.INCIDENT_NOTIFIED_ON.name()))
        .isEqualTo("2011-02-18");
    screenAndRecommend(review, LocalDate.of(2011, 2, 28), "INITIATE");
    assertThat(ReviewDriver.london(driver.task(review, TASK_DECIDE_INITIATION).getDueDate()).toLocalDate())
        .as("T-2: a month from the notification").isEqualTo(LocalDate.of(2011, 3, 18));
  }

  /** A review initiated on decisionDate (notified and screened just before), waiting at S-09. */
  ProcessInstance initiated(String ref, LocalDate decisionDay, String region) {
    LocalDate notified = decisionDay.minusDays(14);
    Map<String, Object> referral = deathReferral(ref, notified.toString());
    referral.put(REGION.name(), region);
    ProcessInstance review = startReferral(notified, referral);
    approveNotification(review, notified);
    screenAndRecommend(review, notified.plusDays(7), "INITIATE");
    decide(review, decisionDay, true, decisionDay.toString());
    assertThat(review).isWaitingAt(TASK_SET_UP_PANEL);
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
    answer(review, TASK_SET_UP_PANEL, vars(PANEL_CHAIR_NAME.name(), "Chair", OVERVIEW_AUTHOR_NAME.name(),
        "PCT Employee",
        PANEL_CHAIR_CONNECTED_TO_AGENCY.name(), false, OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY.name(), true));
    assertThat(review).isWaitingAt(TASK_SET_UP_PANEL).hasPassed(GATEWAY_REVIEWERS_INDEPENDENT);
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        "reviewersIndependent")).isEqualTo(false);
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), "reviewerIndependenceFinding"))
        .isNotNull();
    answer(review, TASK_SET_UP_PANEL, vars(PANEL_CHAIR_NAME.name(), "Chair", OVERVIEW_AUTHOR_NAME.name(),
        "Independent",
        PANEL_CHAIR_CONNECTED_TO_AGENCY.name(), false, OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY.name(), false));
    assertThat(review).isWaitingAt(TASK_AGREE_TERMS_OF_REFERENCE);
  }

  @Test
  @DisplayName("AT-16, S-22, R-3.3 Criminal proceedings defer interviews to 30 Mar 2012, past the six-month target"
      + " (6 Dec 2011): a known delay, so the revised target and its reasons are required and GO/DfE are consulted at"
      + " once; the review continues, the deferral is recorded")
  void proceedingsDeferInterviews() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2011, 6, 6), "NORTH_WEST");
    setUpReview(review, false, true, "2011-08-05");
    answer(review, TASK_LIAISE_ON_PROCEEDINGS, vars(PROCEEDINGS_TYPE.name(), "CRIMINAL",
        INTERVIEWS_DEFERRED.name(), true));
    Map<String, Object> deferral = vars(DEFERRAL_ADVISER.name(), "CPS reviewing lawyer",
        DEFERRAL_REASON.name(), "Mother and partner not to be interviewed before the verdict.",
        DEFERRAL_EXPECTED_DATE.name(), "2012-03-30");
    assertThatThrownBy(() -> answer(review, TASK_RECORD_DEFERRAL, deferral))
        .hasRootCauseInstanceOf(org.scrworkflow.contract.ContractViolation.class)
        .hasMessageContaining(REVISED_TARGET.name()).hasMessageContaining(SLIPPAGE_REASONS.name());
    Map<String, Object> tooEarly = new java.util.HashMap<>(deferral);
    tooEarly.put(REVISED_TARGET.name(), "2012-03-01");
    tooEarly.put(SLIPPAGE_REASONS.name(), "Interviews wait for the verdict.");
    assertThatThrownBy(() -> answer(review, TASK_RECORD_DEFERRAL, tooEarly))
        .hasRootCauseInstanceOf(org.scrworkflow.contract.ContractViolation.class)
        .hasMessageContaining("after the day the deferral is expected to end");
    assertThat(templates(ref)).doesNotContain("slippage-consultation");

    Map<String, Object> revised = new java.util.HashMap<>(tooEarly);
    revised.put(REVISED_TARGET.name(), "2012-05-31");
    answer(review, TASK_RECORD_DEFERRAL, revised);
    assertThat(review).hasPassed(TASK_RECORD_DEFERRAL, SeriousCaseReview.TASK_CONSULT_ON_DEFERRAL);
    assertThat(templates(ref)).containsOnlyOnce("slippage-consultation");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), REVISED_TARGET.name()))
        .isEqualTo("2012-05-31");
    assertThat(driver.tasks(review, TASK_APPOINT_IMR_AUTHOR)).as("IMRs go ahead").hasSize(2);
  }

  @Test
  @DisplayName("R-5.6 A deferral expected to end before the six-month target needs no revised target and consults"
      + " no one")
  void deferralWithinTheTargetIsRecordedOnly() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2011, 6, 6), "NORTH_WEST");
    setUpReview(review, false, true, "2011-08-05");
    answer(review, TASK_LIAISE_ON_PROCEEDINGS, vars(PROCEEDINGS_TYPE.name(), "CORONER",
        INTERVIEWS_DEFERRED.name(), true));
    answer(review, TASK_RECORD_DEFERRAL, vars(DEFERRAL_ADVISER.name(), "Coroner's officer",
        DEFERRAL_REASON.name(), "Inquest opened and adjourned.", DEFERRAL_EXPECTED_DATE.name(), "2011-09-30"));
    assertThat(review).hasPassed(SeriousCaseReview.GATEWAY_DEFERRAL_PAST_TARGET)
        .hasNotPassed(SeriousCaseReview.TASK_CONSULT_ON_DEFERRAL);
    assertThat(templates(ref)).doesNotContain("slippage-consultation");
  }

  @Test
  @DisplayName("G-7 no: proceedings run but interviews are not deferred")
  void proceedingsWithoutDeferral() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 6, 6), "NORTH_WEST");
    setUpReview(review, false, true, "2011-08-05");
    answer(review, TASK_LIAISE_ON_PROCEEDINGS, vars(PROCEEDINGS_TYPE.name(), "CORONER",
        INTERVIEWS_DEFERRED.name(), false));
    assertThat(review).hasPassed(GATEWAY_INTERVIEWS_DEFERRED,
        GATEWAY_PROCEEDINGS_HANDLED).hasNotPassed(TASK_RECORD_DEFERRAL);
  }

  @Test
  @DisplayName("AT-17 Family declines: recorded, the review continues; no reply within T-17 is recorded too")
  void familyDeclinesOrDoesNotReply() {
    ProcessInstance declines = initiated(newCase(), LocalDate.of(2011, 9, 26), "LONDON");
    setUpReview(declines, false, false, "2011-11-25");
    recordOn(LocalDate.of(2011, 10, 3));
    answer(declines, TASK_INVITE_FAMILY, vars(FAMILY_INVITED_ON.name(), "2011-10-03"));
    answer(declines, TASK_RECORD_FAMILY_RESPONSE, vars(FAMILY_RESPONSE.name(), "DECLINED",
        FAMILY_RESPONSE_NOTES.name(), "Father declined by phone."));
    assertThat(declines).hasPassed(GATEWAY_FAMILY_INVOLVEMENT_DONE).hasNotPassed(TASK_RECORD_FAMILY_CONTRIBUTION);

    ProcessInstance silent = initiated(newCase(), LocalDate.of(2011, 9, 26), "LONDON");
    setUpReview(silent, false, false, "2011-11-25");
    recordOn(LocalDate.of(2011, 10, 3));
    answer(silent, TASK_INVITE_FAMILY, vars(FAMILY_INVITED_ON.name(), "2011-10-03"));
    Task response = driver.task(silent, TASK_RECORD_FAMILY_RESPONSE);
    // T-17: twenty working days from Mon 3 Oct 2011
    assertThat(ReviewDriver.london(response.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 10, 31));
    driver.fireTimer(silent, TIMER_FAMILY_NO_REPLY, LocalDate.of(2011, 11, 1), MIDNIGHT);
    assertThat(driver.engine().getRuntimeService().getVariable(silent.getId(),
        FAMILY_RESPONSE.name())).isEqualTo("NO_REPLY");
    assertThat(silent).hasPassed(TASK_RECORD_NO_FAMILY_REPLY);
  }

  @Test
  @DisplayName("S-15, T-17, R-5.5 A family that did not reply within 20 working days (to 31 Oct 2011) is interviewed"
      + " on 14 Nov: the late contribution is recorded beside the no reply, with its day, while the review goes on")
  void lateFamilyReplyIsRecorded() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 9, 26), "LONDON");
    setUpReview(review, false, false, "2011-11-25");
    recordOn(LocalDate.of(2011, 10, 3));
    answer(review, TASK_INVITE_FAMILY, vars(FAMILY_INVITED_ON.name(), "2011-10-03"));
    driver.fireTimer(review, TIMER_FAMILY_NO_REPLY, LocalDate.of(2011, 11, 1), MIDNIGHT);
    assertThat(review).hasPassed(TASK_RECORD_NO_FAMILY_REPLY);

    driver.today(LocalDate.of(2011, 11, 14));
    driver.engine().getRuntimeService().createMessageCorrelation("FamilyContributesLate")
        .processInstanceId(review.getId()).correlate();
    Task late = driver.task(review, SeriousCaseReview.TASK_RECORD_LATE_FAMILY_CONTRIBUTION);
    assertThat(late.getDueDate()).as("no deadline of its own").isNull();
    // a day still to come (typed the wrong way round, say) is refused; the task stays open
    assertThatThrownBy(() -> driver.complete(review, late, vars(SeriousCaseReview.FAMILY_LATE_CONTRIBUTION_ON.name(),
        "2011-11-30", SeriousCaseReview.FAMILY_LATE_CONTRIBUTION.name(), "Interviewed.")))
        .hasRootCauseInstanceOf(org.scrworkflow.contract.ContractViolation.class)
        .hasMessageContaining(SeriousCaseReview.FAMILY_LATE_CONTRIBUTION_ON.name());
    answer(review, late, vars(SeriousCaseReview.FAMILY_LATE_CONTRIBUTION_ON.name(), "2011-11-14"));
    assertThat(review).hasPassed(SeriousCaseReview.END_LATE_FAMILY_CONTRIBUTION_RECORDED);
    assertThat(historic(review, SeriousCaseReview.FAMILY_LATE_CONTRIBUTION.name())).asString()
        .contains("after the verdict");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), FAMILY_RESPONSE.name()))
        .as("the no reply stays on record").isEqualTo("NO_REPLY");
    assertThat(driver.tasks(review, TASK_APPOINT_IMR_AUTHOR)).as("the review went on").isNotEmpty();
  }

  @Test
  @DisplayName("AT-18 Six-month slippage, twice: GO North East consulted in January, the DfE in April; G-13 no")
  void slippageTwice() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2010, 8, 31), "NORTH_EAST");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        SIX_MONTH_TARGET.name())).isEqualTo("2011-02-28");
    setUpReview(review, false, false, "2010-11-30");

    driver.fireTimer(review, START_SIX_MONTH_WARNING, LocalDate.of(2011, 1, 31), NINE);
    answer(review, TASK_REVISE_PROJECT_PLAN, vars(REVIEW_WILL_SLIP.name(), true, REVISED_TARGET.name(),
        "2011-04-29",
        SLIPPAGE_REASONS.name(), "IMRs late."));
    assertThat(last(ref, "slippage-consultation").governmentRecipient()).isEqualTo("GO_NORTH_EAST");

    driver.fireTimer(review, TIMER_REVISED_TARGET_APPROACHING, LocalDate.of(2011, 4, 1), NINE);
    answer(review, TASK_REVISE_PROJECT_PLAN, vars(REVIEW_WILL_SLIP.name(), true, REVISED_TARGET.name(),
        "2011-06-30",
        SLIPPAGE_REASONS.name(), "Delay found."));
    assertThat(last(ref, "slippage-consultation").governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    assertThat(templates(ref).stream().filter("slippage-consultation"::equals).count()).isEqualTo(2);

    completeImrs(review);
    familyTakesPart(review);
    writeAndAccept(review, LocalDate.of(2011, 6, 20), "2011-06-20");
    assertThat(historic(review, SIX_MONTH_TARGET_MET.name())).isEqualTo(false);
    assertThat(historic(review,
        SIX_MONTH_TARGET.name())).as("revised targets never replace T-3").isEqualTo("2011-02-28");
  }

  @Test
  @DisplayName("S-22, R-3.3 A review that will slip gives its reasons and a revised target after the six-month"
      + " target and after today; otherwise nothing is saved and nobody is consulted")
  void slippageNeedsRevisedTargetAndReasons() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2010, 8, 31), "NORTH_EAST");
    setUpReview(review, false, false, "2010-11-30");
    driver.fireTimer(review, START_SIX_MONTH_WARNING, LocalDate.of(2011, 1, 31), NINE);
    Task revise = driver.task(review, TASK_REVISE_PROJECT_PLAN);

    assertThatThrownBy(() -> driver.engine().getTaskService().complete(revise.getId(),
        vars(REVIEW_WILL_SLIP.name(), true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(REVISED_TARGET.name())
        .hasMessageContaining(SLIPPAGE_REASONS.name()).hasMessageContaining("R-3.3");
    assertThatThrownBy(() -> driver.engine().getTaskService().complete(revise.getId(),
        vars(REVIEW_WILL_SLIP.name(), true, REVISED_TARGET.name(), "2011-02-14", SLIPPAGE_REASONS.name(),
            "IMRs late.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("(14 February 2011) must be after the six-month target (28 February 2011)");
    driver.today(LocalDate.of(2011, 3, 10));
    assertThatThrownBy(() -> driver.engine().getTaskService().complete(revise.getId(),
        vars(REVIEW_WILL_SLIP.name(), true, REVISED_TARGET.name(), "2011-03-07", SLIPPAGE_REASONS.name(),
            "IMRs late.")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("must be after today");
    assertThat(review).isWaitingAt(TASK_REVISE_PROJECT_PLAN);
    assertThat(templates(ref)).doesNotContain("slippage-consultation");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), REVISED_TARGET.name())).isNull();

    answer(review, TASK_REVISE_PROJECT_PLAN, vars(REVIEW_WILL_SLIP.name(), true, REVISED_TARGET.name(),
        "2011-04-29", SLIPPAGE_REASONS.name(), "IMRs late."));
    assertThat(templates(ref)).contains("slippage-consultation");
  }

  @Test
  @DisplayName("S-22, T-3, R-3.3 Not completed when six months have passed: GO/DfE are consulted again, although the"
      + " T-8 warning found the review on track")
  void sixMonthsPassedConsultsAgain() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2010, 8, 31), "NORTH_EAST");
    setUpReview(review, false, false, "2010-11-30");
    driver.fireTimer(review, START_SIX_MONTH_WARNING, LocalDate.of(2011, 1, 31), NINE);
    answer(review, TASK_REVISE_PROJECT_PLAN, vars(REVIEW_WILL_SLIP.name(), false));
    assertThat(templates(ref)).doesNotContain("slippage-consultation", "six-months-passed");
    // T-3 is Mon 28 Feb 2011: the day after, the reports are not accepted
    driver.fireTimer(review, SeriousCaseReview.START_SIX_MONTHS_PASSED, LocalDate.of(2011, 3, 1),
        java.time.LocalTime.MIDNIGHT);
    NotificationRecord consulted = last(ref, "six-months-passed");
    assertThat(consulted.governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    assertThat(consulted.recipients()).contains("businessmanager@demo.scr-workflow.invalid");
    assertThat(review).isNotEnded().hasPassed(SeriousCaseReview.END_CONSULTED_ON_SIX_MONTHS_PASSED);
  }

  @Test
  @DisplayName("S-22 The warning finds the review on track: nothing is sent")
  void warningFindsReviewOnTrack() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    driver.fireTimer(review, START_SIX_MONTH_WARNING, LocalDate.of(2011, 9, 6), NINE);
    answer(review, TASK_REVISE_PROJECT_PLAN, vars(REVIEW_WILL_SLIP.name(), false));
    assertThat(review).hasPassed(END_ON_TRACK);
    assertThat(templates(ref)).doesNotContain("slippage-consultation");
  }

  @Test
  @DisplayName("S-24 no: the LSCB returns the drafts; the author revises them")
  void reportsReturnedToTheAuthor() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    completeImrs(review);
    familyTakesPart(review);
    answer(review, TASK_WRITE_OVERVIEW_REPORT, drafts());
    answer(review, TASK_AGREE_DRAFTS, vars());
    answer(review, TASK_ACCEPT_REPORTS, vars(REPORTS_ACCEPTED.name(), false, RETURN_REASONS.name(),
        "Lessons unclear."));
    assertThat(review).isWaitingAt(TASK_WRITE_OVERVIEW_REPORT);
    assertThat(driver.engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
        .activityId(TASK_WRITE_OVERVIEW_REPORT).count()).isEqualTo(2);
  }

  @Test
  @DisplayName("AT-23 Ofsted grades the review inadequate: re-review due 12 Apr 2011, resubmitted, then closed; T-13 chase"
      + " from the submission, then from the resubmission")
  void inadequateGradeLeadsToReReview() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2010, 6, 1), "SOUTH_WEST");
    runReview(review, LocalDate.of(2010, 11, 22));
    driver.today(LocalDate.of(2010, 11, 24));
    answer(review, TASK_PREPARE_SUBMISSION, vars());
    // T-13: chase Ofsted 42 days after submission on 24 Nov 2010
    driver.fireTimer(review, TIMER_OFSTED_EVALUATION_AWAITED, LocalDate.of(2011, 1, 5), NINE);
    assertThat(last(ref, "ofsted-chase").recipients()).containsExactly("serious.incidents@ofsted.example");

    answer(review, TASK_RECORD_OFSTED_EVALUATION, vars(OFSTED_GRADE.name(), "INADEQUATE",
        OFSTED_LETTER_DATE.name(), "2011-01-12"));
    Task reReview = driver.task(review, TASK_RE_REVIEW);
    assertThat(ReviewDriver.london(reReview.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 4, 12));
    driver.today(LocalDate.of(2011, 3, 1));
    answer(review, reReview, vars(RE_REVIEW_NOTES.name(), "Analysis rewritten."));
    assertThat(templates(ref)).contains("report-resubmission");
    // T-13 again, from the resubmission on 1 Mar 2011 (not at once from the first submission)
    assertThat(templates(ref).stream().filter("ofsted-chase"::equals).count()).isOne();
    driver.fireTimer(review, TIMER_OFSTED_EVALUATION_AWAITED, LocalDate.of(2011, 4, 12), NINE);
    assertThat(templates(ref).stream().filter("ofsted-chase"::equals).count()).isEqualTo(2);
    answer(review, TASK_RECORD_OFSTED_EVALUATION, vars(OFSTED_GRADE.name(), "ADEQUATE",
        OFSTED_LETTER_DATE.name(), "2011-05-20"));
    assertThat(review).isNotWaitingAt(TASK_RECORD_OFSTED_EVALUATION, TASK_RE_REVIEW);
    assertThat(driver.engine().getHistoryService().createHistoricDetailQuery().processInstanceId(review.getId())
            .variableUpdates().list().stream()
            .filter(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName().equals(OFSTED_GRADE.name()))
            .count())
        .as("the grade history is kept").isEqualTo(2);
  }

  @Test
  @DisplayName("S-28, G-15 Ofsted did not evaluate the review (evaluations ended in 2012): recorded without a grade or"
      + " letter, no re-review, the action plan is still followed up; a grade without its letter date is refused")
  void notEvaluatedByOfsted() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2012, 1, 9), "LONDON");
    runReview(review, LocalDate.of(2012, 6, 25));
    driver.today(LocalDate.of(2012, 6, 27));
    answer(review, TASK_PREPARE_SUBMISSION, vars());
    Task record = driver.task(review, TASK_RECORD_OFSTED_EVALUATION);
    assertThatThrownBy(() -> driver.engine().getTaskService().complete(record.getId(),
        vars(OFSTED_GRADE.name(), "GOOD")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(OFSTED_LETTER_DATE.name());
    assertThat(review).isWaitingAt(TASK_RECORD_OFSTED_EVALUATION);

    driver.complete(review, record, vars(OFSTED_GRADE.name(), "NOT_EVALUATED"));
    assertThat(review).isNotWaitingAt(TASK_RECORD_OFSTED_EVALUATION, TASK_RE_REVIEW);
    assertThat(historic(review, OFSTED_GRADE.name())).isEqualTo("NOT_EVALUATED");
    assertThat(historic(review, SeriousCaseReview.RE_REVIEW_REQUIRED.name())).isEqualTo(false);
    driver.fireTimer(review, TIMER_ACTION_PLAN_REVIEW_DUE, LocalDate.of(2012, 9, 25), NINE);
    assertThat(review).isWaitingAt(TASK_REVIEW_ACTION_PLAN);
  }

  @Test
  @DisplayName("Stand-down: proposed with reasons, the chair may go on; proposed again and decided, every open step,"
      + " IMR and timer ends, Ofsted, GO/DfE and the agencies are told, and the history is kept")
  void reviewStoodDown() {
    String proposed = "StandDownProposed";
    String ref = newCase();
    ProcessInstance review = initiated(ref, LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    assertThat(driver.tasks(review, TASK_APPOINT_IMR_AUTHOR)).isNotEmpty();
    driver.today(LocalDate.of(2011, 4, 20));
    var runtime = driver.engine().getRuntimeService();
    // a proposal must carry its reasons
    assertThatThrownBy(() -> runtime.createMessageCorrelation(proposed)
        .processInstanceId(review.getId()).correlate())
        .hasMessageContaining(SeriousCaseReview.STAND_DOWN_PROPOSAL.name());
    runtime.createMessageCorrelation(proposed).processInstanceId(review.getId())
        .setVariableLocal(SeriousCaseReview.STAND_DOWN_PROPOSAL.name(), "The police now say the injury was accidental.")
        .correlate();
    Task decide = driver.task(review, SeriousCaseReview.TASK_DECIDE_STAND_DOWN);
    assertThat(decide).hasCandidateGroup("lscb-chair");
    assertThat(driver.engine().getTaskService().getVariable(decide.getId(),
        SeriousCaseReview.STAND_DOWN_PROPOSAL.name())).asString().contains("accidental");
    answer(review, decide, vars(SeriousCaseReview.STAND_DOWN.name(), false));
    assertThat(review).hasPassed(SeriousCaseReview.END_REVIEW_CONTINUES).isNotEnded();
    assertThat(driver.tasks(review, TASK_APPOINT_IMR_AUTHOR)).isNotEmpty();

    runtime.createMessageCorrelation(proposed).processInstanceId(review.getId())
        .setVariableLocal(SeriousCaseReview.STAND_DOWN_PROPOSAL.name(), "The coroner found natural causes.")
        .correlate();
    List<String> imrs = runtime.createProcessInstanceQuery().superProcessInstanceId(review.getId()).list().stream()
        .map(ProcessInstance::getId).toList();
    assertThat(imrs).isNotEmpty();
    answer(review, SeriousCaseReview.TASK_DECIDE_STAND_DOWN, vars(SeriousCaseReview.STAND_DOWN.name(), true,
        SeriousCaseReview.STAND_DOWN_REASONS.name(), "The coroner found natural causes: the criteria are not met.",
        SeriousCaseReview.STAND_DOWN_DECIDED_ON.name(), "2011-04-20"));
    driver.runJobs(review);
    assertThat(review).isEnded().hasPassed(SeriousCaseReview.END_STAND_DOWN_DECIDED,
        SeriousCaseReview.TASK_NOTIFY_STAND_DOWN, SeriousCaseReview.END_REVIEW_STOOD_DOWN);
    assertThat(runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(imrs)).count())
        .as("its IMRs end with it").isZero();
    assertThat(driver.engine().getManagementService().createJobQuery().processInstanceId(review.getId()).count())
        .as("no timer left").isZero();
    assertThat(last(ref, "review-stood-down").governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    assertThat(historic(review, SeriousCaseReview.STAND_DOWN_REASONS.name())).asString().contains("natural causes");
    assertThat(driver.engine().getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(review.getId()).activityId(TASK_SET_UP_PANEL).count()).as("history kept").isOne();
  }

  @Test
  @DisplayName("S-29, T-14, T-14-FINAL Reviews every three months from acceptance on 28 Sep 2011 (28 Dec, 28 Mar,"
      + " 28 Jun); the next would fall after a year, so the final review is due on 28 Sep 2012: an action still open"
      + " is carried forward, with where it goes, and the monitoring ends")
  void finalActionPlanReviewEndsMonitoring() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    runReview(review, LocalDate.of(2011, 9, 28));
    driver.today(LocalDate.of(2011, 9, 30));
    answer(review, TASK_PREPARE_SUBMISSION, vars());
    for (LocalDate due : List.of(LocalDate.of(2011, 12, 28), LocalDate.of(2012, 3, 28), LocalDate.of(2012, 6, 28))) {
      driver.fireTimer(review, TIMER_ACTION_PLAN_REVIEW_DUE, due, NINE);
      answer(review, TASK_REVIEW_ACTION_PLAN, vars(ACTION_PLAN_LAST_REVIEWED_ON.name(), due.toString(),
          ALL_ACTIONS_COMPLETE.name(), false, ACTION_PLAN_PROGRESS.name(), "Two actions open."));
    }
    assertThat(driver.timers(review, TIMER_ACTION_PLAN_REVIEW_DUE)).as("no fifth three-monthly review").isEmpty();
    driver.fireTimer(review, SeriousCaseReview.TIMER_FINAL_ACTION_PLAN_REVIEW_DUE, LocalDate.of(2012, 9, 28), NINE);
    Task finalReview = driver.task(review, SeriousCaseReview.TASK_FINAL_ACTION_PLAN_REVIEW);
    assertThat(ReviewDriver.london(finalReview.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2012, 9, 28));
    assertThatThrownBy(() -> answer(review, finalReview, vars(ACTION_PLAN_LAST_REVIEWED_ON.name(), "2012-09-28",
        ALL_ACTIONS_COMPLETE.name(), false, SeriousCaseReview.ACTIONS_CARRIED_FORWARD.name(), "")))
        .hasRootCauseInstanceOf(org.scrworkflow.contract.ContractViolation.class)
        .hasMessageContaining(SeriousCaseReview.ACTIONS_CARRIED_FORWARD.name());
    answer(review, finalReview, vars(ACTION_PLAN_LAST_REVIEWED_ON.name(), "2012-09-28"));
    assertThat(review).hasPassed(SeriousCaseReview.TASK_FINAL_ACTION_PLAN_REVIEW,
        SeriousCaseReview.GATEWAY_ACTION_PLAN_MONITORING_DONE);
    assertThat(historic(review, SeriousCaseReview.ACTIONS_CARRIED_FORWARD.name())).asString()
        .contains("business plan");
    assertThat(driver.tasks(review, TASK_REVIEW_ACTION_PLAN)).isEmpty();
    assertThat(driver.timers(review, TIMER_ACTION_PLAN_REVIEW_DUE)).isEmpty();
  }

  @Test
  @DisplayName("S-29 The action plan is reviewed every three months until every action is complete")
  void actionPlanReviewedUntilComplete() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    runReview(review, LocalDate.of(2011, 9, 28));
    driver.today(LocalDate.of(2011, 9, 30));
    answer(review, TASK_PREPARE_SUBMISSION, vars());
    driver.fireTimer(review, TIMER_ACTION_PLAN_REVIEW_DUE, LocalDate.of(2011, 12, 28), NINE);
    answer(review, TASK_REVIEW_ACTION_PLAN, vars(ACTION_PLAN_LAST_REVIEWED_ON.name(), "2012-01-05",
        ALL_ACTIONS_COMPLETE.name(), false, ACTION_PLAN_PROGRESS.name(), "Two actions open."));
    driver.fireTimer(review, TIMER_ACTION_PLAN_REVIEW_DUE, LocalDate.of(2012, 4, 5), NINE);
    assertThat(review).isWaitingAt(TASK_REVIEW_ACTION_PLAN);
  }

  @Test
  @DisplayName("AT-26 Immediate lessons: an action raised on 20 May 2011 is tracked, review due 20 Jun")
  void immediateLessonTracked() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    driver.today(LocalDate.of(2011, 5, 20));
    driver.engine().getRuntimeService().createMessageCorrelation("ImmediateLessonIdentified")
        .processInstanceId(review.getId())
        .setVariableLocal(LESSON_RAISED_ON.name(), "2011-05-20")
        .setVariableLocal(IMMEDIATE_ACTION.name(), "Out-of-hours team to check child protection plans")
        .setVariableLocal(ACTION_OWNER.name(), "LA head of service")
        .correlate();
    // a second lesson raised the same day is tracked beside the first, each with its own action
    driver.engine().getRuntimeService().createMessageCorrelation("ImmediateLessonIdentified")
        .processInstanceId(review.getId())
        .setVariableLocal(LESSON_RAISED_ON.name(), "2011-05-20")
        .setVariableLocal(IMMEDIATE_ACTION.name(), "GP practice to flag children subject to a plan")
        .setVariableLocal(ACTION_OWNER.name(), "CCG safeguarding lead")
        .correlate();
    assertThat(driver.tasks(review, TASK_TRACK_IMMEDIATE_ACTION)).hasSize(2)
        .extracting(t -> driver.engine().getTaskService().getVariable(t.getId(), ACTION_OWNER.name()))
        .containsExactlyInAnyOrder("LA head of service", "CCG safeguarding lead");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), ACTION_OWNER.name()))
        .as("not a process-level variable that one lesson could overwrite").isNull();
    for (Task action : driver.tasks(review, TASK_TRACK_IMMEDIATE_ACTION)) {
      assertThat(ReviewDriver.london(action.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 6, 20));
      answer(review, action, vars(IMMEDIATE_ACTION_STATUS.name(), "COMPLETE"));
    }
    assertThat(review).hasPassed(END_IMMEDIATE_ACTION_REVIEWED).isWaitingAt(TASK_INVITE_FAMILY);
  }

  @Test
  @DisplayName("AT-26, S-16, R-5.7, T-16 An immediate action still open at its review on 17 Jun 2011 is reviewed again"
      + " a month later (due 17 Jul), and ends only when complete or, as here, cancelled with its reasons")
  void immediateActionTrackedToCompletion() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    setUpReview(review, false, false, "2011-06-03");
    driver.today(LocalDate.of(2011, 5, 20));
    driver.engine().getRuntimeService().createMessageCorrelation("ImmediateLessonIdentified")
        .processInstanceId(review.getId())
        .setVariableLocal(LESSON_RAISED_ON.name(), "2011-05-20")
        .setVariableLocal(IMMEDIATE_ACTION.name(), "Out-of-hours team to check child protection plans")
        .setVariableLocal(ACTION_OWNER.name(), "LA head of service")
        .correlate();
    driver.today(LocalDate.of(2011, 6, 17));
    answer(review, TASK_TRACK_IMMEDIATE_ACTION, vars(IMMEDIATE_ACTION_STATUS.name(), "OPEN",
        ACTION_REVIEW_NOTES.name(), "Checks begun in one of two teams."));
    assertThat(review).hasNotPassed(END_IMMEDIATE_ACTION_REVIEWED);
    Task again = driver.task(review, SeriousCaseReview.TASK_TRACK_OPEN_IMMEDIATE_ACTION);
    assertThat(ReviewDriver.london(again.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 7, 17));
    assertThat(driver.engine().getTaskService().getVariable(again.getId(), IMMEDIATE_ACTION.name()))
        .isEqualTo("Out-of-hours team to check child protection plans");

    driver.today(LocalDate.of(2011, 7, 15));
    answer(review, again, vars(IMMEDIATE_ACTION_STATUS.name(), "OPEN"));
    Task third = driver.task(review, SeriousCaseReview.TASK_TRACK_OPEN_IMMEDIATE_ACTION);
    assertThat(ReviewDriver.london(third.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 8, 15));
    // the notes field shows the last review's notes; cleared, a cancellation has no reasons and is refused
    assertThatThrownBy(() -> answer(review, third, vars(IMMEDIATE_ACTION_STATUS.name(), "CANCELLED",
        ACTION_REVIEW_NOTES.name(), "")))
        .hasRootCauseInstanceOf(org.scrworkflow.contract.ContractViolation.class)
        .hasMessageContaining(ACTION_REVIEW_NOTES.name());
    answer(review, third, vars(IMMEDIATE_ACTION_STATUS.name(), "CANCELLED",
        ACTION_REVIEW_NOTES.name(), "Superseded by the new out-of-hours protocol of 1 August."));
    assertThat(review).hasPassed(END_IMMEDIATE_ACTION_REVIEWED);
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_TRACK_OPEN_IMMEDIATE_ACTION)).isEmpty();
  }

  @Test
  @DisplayName("AT-25 Further review by the Secretary of State is recorded without changing the LSCB's record")
  void furtherReviewRecorded() {
    ProcessInstance review = initiated(newCase(), LocalDate.of(2011, 4, 4), "WEST_MIDLANDS");
    driver.engine().getRuntimeService().createMessageCorrelation("FurtherReviewCommissioned")
        .processInstanceId(review.getId()).correlate();
    recordOn(LocalDate.of(2012, 3, 29));
    answer(review, TASK_RECORD_FURTHER_REVIEW, vars(FURTHER_REVIEW_COMMISSIONER.name(), "Secretary of State",
        FURTHER_REVIEWER.name(), "Lord Carlile", FURTHER_REVIEW_COMMISSIONED_ON.name(), "2012-03-29"));
    assertThat(review).hasPassed(END_FURTHER_REVIEW_RECORDED).isWaitingAt(TASK_SET_UP_PANEL);
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
    awareBeforeIncident.put(INCIDENT_DATE.name(), "2011-03-03");
    assertThatThrownBy(() -> driver.start(KEY, ref, awareBeforeIncident))
        .satisfies(e -> assertThat(rootOf(e)).isInstanceOf(BadUserRequestException.class))
        .hasMessageContaining("cannot have become aware of the incident before it happened");
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
    org.camunda.bpm.model.bpmn.instance.FlowNode decide = model.getModelElementById(TASK_DECIDE_INITIATION);
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
    assertThat(atDecision).isWaitingAt(TASK_DECIDE_INITIATION);
    assertThat(driver.tasks(imrsOut, TASK_APPOINT_IMR_AUTHOR)).hasSize(2);
    assertThat(writing).isWaitingAt(TASK_WRITE_OVERVIEW_REPORT);
    var runtime = driver.engine().getRuntimeService();
    var history = driver.engine().getHistoryService();
    String from = runtime.createProcessInstanceQuery().processInstanceId(writing.getId()).singleResult().getProcessDefinitionId();
    int fromVersion = driver.engine().getRepositoryService().getProcessDefinition(from).getVersion();
    Map<String, Map<String, java.util.Date>> timersBefore = new java.util.HashMap<>();
    Map<String, Long> historyBefore = new java.util.HashMap<>();
    Map<String, java.util.List<String>> waitingBefore = new java.util.HashMap<>();
    for (ProcessInstance review : reviews) {
      timersBefore.put(review.getId(), timersOf(review));
      historyBefore.put(review.getId(),
          history.createHistoricActivityInstanceQuery().processInstanceId(review.getId()).count());
      waitingBefore.put(review.getId(), runtime.getActiveActivityIds(review.getId()));
    }
    long imrInstances = runtime.createProcessInstanceQuery().superProcessInstanceId(imrsOut.getId()).count();
    assertThat(timersBefore.get(atDecision.getId())).containsKey(TIMER_DECISION_REMINDER);
    assertThat(timersBefore.get(imrsOut.getId())).isNotEmpty();

    var to = deployNoteChanged();
    var request = new org.scrworkflow.versions.MigrationRequest(SeriousCaseReview.KEY, fromVersion, to.getVersion());
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
          .processDefinitionKey(KEY).count()).as("neither lost nor doubled").isEqualTo(1);      assertThat(SeriousCaseReview.RULES_IN_FORCE.from(runtime.getVariables(review.getId())))
          .as("runs from now on under the rules in force at the move").containsEntry(KEY, to.getVersion());
    }
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(imrsOut.getId()).count())
        .as("the IMRs out stay with their review").isEqualTo(imrInstances);

    // the moved reviews go on as before
    decide(atDecision, LocalDate.of(2011, 4, 5), true, "2011-04-04");
    assertThat(atDecision).isWaitingAt(TASK_SET_UP_PANEL);
    answer(writing, TASK_WRITE_OVERVIEW_REPORT, drafts());
    assertThat(writing).isWaitingAt(TASK_AGREE_DRAFTS);
  }
}
