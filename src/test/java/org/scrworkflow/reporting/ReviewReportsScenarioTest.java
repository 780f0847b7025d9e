package org.scrworkflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.testsupport.Vars.vars;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.reporting.ReviewSummary.OpenImr;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.reporting.ReviewTimeline.Milestone;
import org.scrworkflow.reporting.ReviewTimeline.Revision;
import org.scrworkflow.reporting.TimelinessReport.LscbTimeliness;
import org.scrworkflow.reporting.TimelinessReport.Measure;
import org.scrworkflow.reporting.TimelinessReport.PublicationCounts;
import org.scrworkflow.testsupport.ReviewDriver;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The managers' figures, computed from the history of reviews driven through the engine on historical dates:
 * on time, late, slipped and revised, not initiated, withheld from publication; then per LSCB and period. Every
 * figure is read as the manager (the engine's authorizations apply). Each scenario uses LSCBs of its own.
 */
@ScenarioTest
class ReviewReportsScenarioTest extends ScenarioSupport {

  static final String KEY = "serious-case-review";

  @Autowired ReviewReports reports;
  @Autowired IdentityService identity;
  @Autowired IdentityVault vault;
  @Autowired ObjectMapper json;

  // --- driving a review, each step by the role that takes it (claimed, as in Tasklist) ---

  static Map<String, Object> referral(String ref, String lscb, LocalDate awareness) {
    return vars("caseReference", ref, "childPseudonym", "Child R", "childAgeYears", 3,
        "incidentDate", awareness.minusDays(1).toString(), "incidentType", "DEATH",
        "abuseOrNeglectKnownOrSuspected", true, "interagencyConcern", true, "residenceLscb", lscb,
        "region", "WEST_MIDLANDS", "lookedAfter", false, "agenciesInvolved", List.of("police", "health"),
        "parallelProceedingsKnown", false, "awarenessDate", awareness.toString());
  }

  ProcessInstance refer(String ref, String lscb, LocalDate awareness) {
    driver.today(awareness);
    return driver.start(KEY, ref, referral(ref, lscb, awareness));
  }

  void by(String user, ProcessInstance review, String taskKey, Map<String, Object> variables) {
    Task task = driver.task(review, taskKey);
    driver.engine().getTaskService().claim(task.getId(), user);
    driver.complete(review, task, variables);
  }

  void notifyIncident(ProcessInstance review, LocalDate day) {
    driver.today(day);
    by("businessmanager", review, "Task_ApproveIncidentNotification",
        vars("notificationReason", "SCR_POSSIBLE", "notificationSummary", "Child R died; neglect suspected."));
  }

  void screen(ProcessInstance review, LocalDate day, String recommendation) {
    driver.today(day);
    by("businessmanager", review, "Task_ConfirmLscbs", vars("partnerLscbs", ""));
    by("panelmember", review, "Task_ScreenCase", vars("screeningAnswers", "Answers to 8.12."));
    by("panelmember", review, "Task_RecommendToChair",
        vars("recommendation", recommendation, "recommendationReasons", "As screened."));
  }

  void decide(ProcessInstance review, LocalDate day, boolean initiate, LocalDate decisionDate) {
    driver.today(day);
    // free text with a name in it that the vault does not hold (one held there is refused as it is typed:
    // CaseIsolationTest): it must never reach a figure
    by("chair", review, "Task_DecideInitiation", vars("initiateReview", initiate,
        "decisionDate", decisionDate.toString(), "decisionReasons", "Jordan Keel's death: criteria as screened."));
  }

  /** Notified, screened and initiated on decisionDay (notified two weeks before), waiting at S-09. */
  ProcessInstance initiated(String ref, String lscb, LocalDate decisionDay) {
    LocalDate notified = decisionDay.minusDays(14);
    ProcessInstance review = refer(ref, lscb, notified);
    notifyIncident(review, notified);
    screen(review, notified.plusDays(7), "INITIATE");
    decide(review, decisionDay, true, decisionDay);
    return review;
  }

  void setUp(ProcessInstance review, LocalDate imrDue) {
    by("businessmanager", review, "Task_SetUpPanel", vars("panelChairName", "Independent Chair",
        "overviewAuthorName", "Independent Author", "panelChairConnectedToAgency", false,
        "overviewAuthorConnectedToAgency", false));
    by("panelmember", review, "Task_AgreeTermsOfReference", vars("periodUnderReviewFrom", "2008-01-01",
        "periodUnderReviewTo", "2011-03-13", "caseQuestions", "Information sharing.",
        "healthOverviewRequired", false, "parallelProceedings", false));
    by("panelmember", review, "Task_DrawUpProjectPlan", vars("imrDueDate", imrDue.toString()));
  }

  void imrsWritten(ProcessInstance review, LocalDate day) {
    driver.today(day);
    for (Task task : driver.tasks(review, "Task_AppointImrAuthor")) {
      driver.complete(review, task, vars("imrAuthorName", "Agency Reviewer", "imrAuthorRole", "Reviewer",
          "directInvolvement", false, "lineManagerOfPractitioner", false, "recordsSecuredOn", day.toString(),
          "declarationDate", day.toString()));
    }
    for (Task task : driver.tasks(review, "Task_WriteImr")) {
      driver.complete(review, task, vars("imrNotes", "Written.", "imrFile", Uploads.pdf("imr.pdf"),
          "chronologyFile", Uploads.pdf("chronology.pdf")));
    }
    for (Task task : driver.tasks(review, "Task_SignOffImr")) {
      driver.complete(review, task, vars("imrSignedOffBy", "Senior Manager", "imrSignedOffOn", day.toString()));
    }
    for (Task task : driver.tasks(review, "Task_ScrutiniseImr")) {
      driver.complete(review, task, vars("imrScrutinyOutcome", "ACCEPT", "imrScrutinisedOn", day.toString()));
    }
    driver.complete(review, "Task_InviteFamily", vars("familyInvitedOn", day.toString()));
    driver.complete(review, "Task_RecordFamilyResponse", vars("familyResponse", "DECLINED"));
  }

  void writeAndAccept(ProcessInstance review, LocalDate day) {
    driver.today(day);
    by("overviewauthor", review, "Task_WriteOverviewReport", vars("overviewReportFile",
        Uploads.pdf("overview-report.pdf"), "executiveSummaryFile", Uploads.pdf("executive-summary.pdf"),
        "actionPlanFile", Uploads.pdf("action-plan.pdf")));
    by("panelmember", review, "Task_AgreeDrafts", vars("draftsAgreedOn", day.toString()));
    by("chair", review, "Task_AcceptReports", vars("reportsAccepted", true, "acceptanceDate", day.toString()));
  }

  void submit(ProcessInstance review, LocalDate day) {
    driver.today(day);
    by("businessmanager", review, "Task_PrepareSubmission", vars("submissionNotes", "Overview, summary, plan."));
  }

  /** S-26 and S-27; with compelling welfare reasons the overview report is withheld (G-9). */
  void publish(ProcessInstance review, boolean compelling, String welfareReasons, String publishedOn) {
    by("chair", review, "Task_ConsiderRequestsNotToPublish",
        vars("compellingWelfareReasons", compelling, "welfareReasons", welfareReasons));
    by("businessmanager", review, "Task_CheckLegalRestrictions", vars("legalRestriction", false));
    by("businessmanager", review, "Task_PreparePublicationVersions", vars(
        "publishableExecutiveSummary", "Child R died. Agencies did not share information.",
        "publishableOverviewReport", compelling ? null : "Child R lived with Mother. Concerns were not passed on."));
    by("chair", review, "Task_SignOffPublication",
        vars("publicationSignedOffBy", "LSCB chair", "publicationSignedOffOn", publishedOn));
    by("panelmember", review, "Task_BriefFamily", vars("familyBriefedOn", publishedOn));
    var timer = driver.timer(review, "Timer_EarliestPublication");
    driver.at(ReviewDriver.london(timer.getDuedate()));
    driver.engine().getManagementService().executeJob(timer.getId());
    by("businessmanager", review, "Task_PublishReports", vars("publishedOn", publishedOn,
        "publicationUrl", "https://lscb.example/scr"));
  }

  // --- reading the figures as the manager ---

  <T> T asManager(Supplier<T> read) {
    identity.setAuthentication("manager", List.of("scr-manager"));
    try {
      return read.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  ReviewSummary summary(String ref, LocalDate today) {
    driver.today(today);
    return asManager(() -> reports.reviews()).stream().filter(r -> r.caseReference().equals(ref)).findFirst()
        .orElseThrow(() -> new AssertionError("no figures for " + ref));
  }

  ReviewTimeline timeline(String ref, LocalDate today) {
    driver.today(today);
    return asManager(() -> reports.timeline(ref)).orElseThrow();
  }

  static Milestone milestone(ReviewTimeline timeline, String label) {
    return timeline.milestones().stream().filter(m -> m.label().startsWith(label)).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no milestone " + label));
  }

  @Test
  @DisplayName("On time (AT-01 dates): stage by stage, IMRs overdue then received, completed on time, full report, closed")
  void onTimeReviewStageByStage() throws Exception {
    String ref = newCase();
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"), "businessmanager");
    ProcessInstance review = refer(ref, "lscb-ontime", LocalDate.of(2011, 3, 14));
    ReviewSummary referred = summary(ref, LocalDate.of(2011, 3, 14));
    assertThat(referred.stage()).isEqualTo(ReviewStage.NOTIFICATION);
    assertThat(referred.status()).isEqualTo(ReviewStatus.ON_TRACK);
    assertThat(referred.notificationDue()).isEqualTo("2011-03-15");
    assertThat(referred.lscb()).isEqualTo("lscb-ontime");

    notifyIncident(review, LocalDate.of(2011, 3, 15));
    screen(review, LocalDate.of(2011, 3, 22), "INITIATE");
    ReviewSummary awaitingDecision = summary(ref, LocalDate.of(2011, 3, 22));
    assertThat(awaitingDecision.stage()).isEqualTo(ReviewStage.DECISION);
    assertThat(awaitingDecision.decisionDue()).isEqualTo("2011-04-15");

    decide(review, LocalDate.of(2011, 4, 5), true, LocalDate.of(2011, 4, 4));
    setUp(review, LocalDate.of(2011, 6, 30));
    ReviewSummary imrs = summary(ref, LocalDate.of(2011, 6, 1));
    assertThat(imrs.stage()).isEqualTo(ReviewStage.IMRS);
    assertThat(imrs.status()).isEqualTo(ReviewStatus.ON_TRACK);
    assertThat(imrs.decisionDate()).isEqualTo("2011-04-04");
    assertThat(imrs.sixMonthTarget()).isEqualTo("2011-10-04");
    assertThat(imrs.daysSinceDecision()).isEqualTo(58);
    assertThat(imrs.daysToSixMonthTarget()).isEqualTo(125);
    assertThat(imrs.openImrs()).extracting(OpenImr::agencyId).containsExactly("health", "police");
    assertThat(imrs.openImrs()).allSatisfy(imr -> {
      assertThat(imr.dueDate()).isEqualTo("2011-06-30");
      assertThat(imr.waitingFor()).isEqualTo("Appoint the IMR author");
      assertThat(imr.overdue()).isFalse();
    });

    ReviewSummary imrsLate = summary(ref, LocalDate.of(2011, 7, 5));
    assertThat(imrsLate.overdueImrs()).isEqualTo(2);
    assertThat(imrsLate.openImrs()).allSatisfy(imr -> assertThat(imr.daysOverdue()).isEqualTo(5));
    assertThat(imrsLate.status()).as("the review itself is within T-3").isEqualTo(ReviewStatus.ON_TRACK);

    imrsWritten(review, LocalDate.of(2011, 7, 5));
    assertThat(summary(ref, LocalDate.of(2011, 7, 6)).stage()).isEqualTo(ReviewStage.OVERVIEW);
    assertThat(summary(ref, LocalDate.of(2011, 7, 6)).openImrs()).isEmpty();

    writeAndAccept(review, LocalDate.of(2011, 9, 28));
    ReviewSummary accepted = summary(ref, LocalDate.of(2011, 9, 29));
    assertThat(accepted.stage()).isEqualTo(ReviewStage.SIGN_OFF);
    assertThat(accepted.status()).isEqualTo(ReviewStatus.COMPLETED_ON_TIME);
    assertThat(accepted.completedOn()).isEqualTo("2011-09-28");
    assertThat(accepted.sixMonthTargetMet()).isTrue();
    assertThat(accepted.daysSinceDecision()).isEqualTo(177);
    assertThat(accepted.daysToSixMonthTarget()).isNull();

    submit(review, LocalDate.of(2011, 9, 30));
    assertThat(summary(ref, LocalDate.of(2011, 10, 3)).stage())
        .as("publication, evaluation and action plan side by side: the earliest shows").isEqualTo(ReviewStage.PUBLICATION);
    publish(review, false, null, "2011-11-01");
    ReviewSummary published = summary(ref, LocalDate.of(2011, 11, 2));
    assertThat(published.stage()).isEqualTo(ReviewStage.EVALUATION);
    assertThat(published.publication()).isEqualTo(PublicationOutcome.FULL_REPORT);
    assertThat(published.publishedOn()).isEqualTo("2011-11-01");
    assertThat(published.withholdingReasonsRecorded()).isNull();

    by("businessmanager", review, "Task_RecordOfstedEvaluation",
        vars("ofstedGrade", "GOOD", "ofstedLetterDate", "2011-11-10"));
    assertThat(summary(ref, LocalDate.of(2011, 11, 11)).stage()).isEqualTo(ReviewStage.ACTION_PLAN);
    driver.fireTimer(review, "Timer_ActionPlanReviewDue", LocalDate.of(2011, 12, 28), NINE);
    by("panelmember", review, "Task_ReviewActionPlan", vars("actionPlanLastReviewedOn", "2011-12-28",
        "allActionsComplete", true, "actionPlanProgress", "All done."));
    ReviewSummary closed = summary(ref, LocalDate.of(2012, 1, 2));
    assertThat(closed.stage()).isEqualTo(ReviewStage.CLOSED);
    assertThat(closed.closed()).isTrue();
    assertThat(closed.status()).isEqualTo(ReviewStatus.COMPLETED_ON_TIME);
    assertThat(closed.ofstedGrade()).isEqualTo("GOOD");
    assertThat(closed.closedOn()).isEqualTo("2011-12-28");

    ReviewTimeline timeline = timeline(ref, LocalDate.of(2012, 1, 2));
    assertThat(timeline.processInstanceId()).isEqualTo(review.getId());
    assertThat(milestone(timeline, "Authority aware").actual()).isEqualTo("2011-03-14");
    Milestone notified = milestone(timeline, "Incident notified");
    assertThat(notified.planned()).isEqualTo("2011-03-15");
    assertThat(notified.actual()).isEqualTo("2011-03-15");
    assertThat(notified.onTime()).isTrue();
    assertThat(notified.by()).isEqualTo("businessmanager");
    Milestone decision = milestone(timeline, "Chair's decision");
    assertThat(decision).extracting(Milestone::planned, Milestone::actual, Milestone::onTime, Milestone::by,
        Milestone::outcome).containsExactly(LocalDate.of(2011, 4, 15), LocalDate.of(2011, 4, 4), true, "chair", "INITIATE");
    assertThat(milestone(timeline, "Sub-group's recommendation").outcome()).isEqualTo("INITIATE");
    Milestone completion = milestone(timeline, "Reports accepted");
    assertThat(completion).extracting(Milestone::planned, Milestone::actual, Milestone::onTime, Milestone::by)
        .containsExactly(LocalDate.of(2011, 10, 4), LocalDate.of(2011, 9, 28), true, "chair");
    assertThat(milestone(timeline, "Publication").outcome()).isEqualTo("FULL_REPORT");
    assertThat(milestone(timeline, "Publication").by()).isEqualTo("businessmanager");
    assertThat(milestone(timeline, "Ofsted's evaluation").outcome()).isEqualTo("GOOD");
    assertThat(timeline.imrs()).hasSize(2).allSatisfy(imr -> {
      assertThat(imr.accepted()).isTrue();
      assertThat(imr.receivedOn()).isEqualTo("2011-07-05");
    });

    // R-2.2: neither the vault's name nor the free text that carried it is in any figure
    String figures = json.writeValueAsString(closed) + json.writeValueAsString(timeline)
        + ReportsController.reviewsTable(List.of(closed));
    assertThat(figures).contains(ref, "Child R").doesNotContain("Kylie", "Brennan", "Jordan Keel", "Independent Chair",
        "Senior Manager", "Agency Reviewer");
  }

  @Test
  @DisplayName("Late: notification (T-1) and decision (T-2) overdue, then done late; T-3 passed undone, completed late")
  void lateReview() {
    String ref = newCase();
    ProcessInstance review = refer(ref, "lscb-late", LocalDate.of(2011, 1, 31));
    ReviewSummary notYetNotified = summary(ref, LocalDate.of(2011, 2, 3));
    assertThat(notYetNotified.notificationDue()).isEqualTo("2011-02-01");
    assertThat(notYetNotified.status()).isEqualTo(ReviewStatus.OVERDUE);

    notifyIncident(review, LocalDate.of(2011, 2, 3));
    screen(review, LocalDate.of(2011, 2, 10), "INITIATE");
    ReviewSummary awaitingDecision = summary(ref, LocalDate.of(2011, 3, 7));
    assertThat(awaitingDecision.decisionDue()).isEqualTo("2011-03-03");
    assertThat(awaitingDecision.stage()).isEqualTo(ReviewStage.DECISION);
    assertThat(awaitingDecision.status()).isEqualTo(ReviewStatus.OVERDUE);

    decide(review, LocalDate.of(2011, 3, 10), true, LocalDate.of(2011, 3, 10));
    setUp(review, LocalDate.of(2011, 5, 10));
    imrsWritten(review, LocalDate.of(2011, 5, 9));
    ReviewSummary pastTarget = summary(ref, LocalDate.of(2011, 9, 20));
    assertThat(pastTarget.sixMonthTarget()).isEqualTo("2011-09-10");
    assertThat(pastTarget.stage()).isEqualTo(ReviewStage.OVERVIEW);
    assertThat(pastTarget.status()).isEqualTo(ReviewStatus.OVERDUE);
    assertThat(pastTarget.daysToSixMonthTarget()).isEqualTo(-10);
    assertThat(pastTarget.slipped()).isFalse();

    writeAndAccept(review, LocalDate.of(2011, 10, 20));
    ReviewSummary completed = summary(ref, LocalDate.of(2011, 10, 21));
    assertThat(completed.status()).isEqualTo(ReviewStatus.COMPLETED_LATE);
    assertThat(completed.sixMonthTargetMet()).isFalse();
    assertThat(completed.daysSinceDecision()).isEqualTo(224);

    ReviewTimeline timeline = timeline(ref, LocalDate.of(2011, 10, 21));
    assertThat(milestone(timeline, "Incident notified").onTime()).isFalse();
    assertThat(milestone(timeline, "Chair's decision").onTime()).isFalse();
    assertThat(milestone(timeline, "Reports accepted").onTime()).isFalse();
    assertThat(milestone(timeline, "Reports accepted").outcome()).isEqualTo("TARGET_MISSED");
  }

  @Test
  @DisplayName("AT-18 Slipped and revised twice: SLIPPED while a revised target holds, two consultations, completed late")
  void slippedAndRevised() {
    String ref = newCase();
    ProcessInstance review = initiated(ref, "lscb-slipped", LocalDate.of(2010, 8, 31));
    setUp(review, LocalDate.of(2010, 11, 30));
    assertThat(summary(ref, LocalDate.of(2011, 1, 10)).status()).isEqualTo(ReviewStatus.ON_TRACK);

    driver.fireTimer(review, "StartEvent_SixMonthWarning", LocalDate.of(2011, 1, 31), NINE);
    by("businessmanager", review, "Task_ReviseProjectPlan", vars("reviewWillSlip", true,
        "revisedTarget", "2011-04-29", "slippageReasons", "IMRs late."));
    ReviewSummary slipped = summary(ref, LocalDate.of(2011, 2, 1));
    assertThat(slipped.status()).isEqualTo(ReviewStatus.SLIPPED);
    assertThat(slipped.slipped()).isTrue();
    assertThat(slipped.slippageConsultations()).isEqualTo(1);
    assertThat(slipped.stage()).as("S-22 runs beside the stage").isEqualTo(ReviewStage.IMRS);

    ReviewSummary pastT3 = summary(ref, LocalDate.of(2011, 3, 15));
    assertThat(pastT3.status()).as("T-3 passed, the revised target holds").isEqualTo(ReviewStatus.SLIPPED);
    assertThat(pastT3.sixMonthTarget()).isEqualTo("2011-02-28");
    assertThat(pastT3.revisedTarget()).isEqualTo("2011-04-29");
    assertThat(pastT3.daysToSixMonthTarget()).isEqualTo(-15);

    driver.fireTimer(review, "Timer_RevisedTargetApproaching", LocalDate.of(2011, 4, 1), NINE);
    by("businessmanager", review, "Task_ReviseProjectPlan", vars("reviewWillSlip", true,
        "revisedTarget", "2011-06-30", "slippageReasons", "Delay found."));
    ReviewSummary twice = summary(ref, LocalDate.of(2011, 5, 5));
    assertThat(twice.slippageConsultations()).isEqualTo(2);
    assertThat(twice.revisedTarget()).isEqualTo("2011-06-30");
    assertThat(summary(ref, LocalDate.of(2011, 7, 4)).status()).as("the last revised target passed too")
        .isEqualTo(ReviewStatus.OVERDUE);

    imrsWritten(review, LocalDate.of(2011, 5, 20));
    writeAndAccept(review, LocalDate.of(2011, 6, 20));
    ReviewSummary completed = summary(ref, LocalDate.of(2011, 6, 21));
    assertThat(completed.status()).isEqualTo(ReviewStatus.COMPLETED_LATE);
    assertThat(completed.sixMonthTarget()).as("revised targets never replace T-3").isEqualTo("2011-02-28");

    ReviewTimeline timeline = timeline(ref, LocalDate.of(2011, 6, 21));
    assertThat(timeline.revisions()).containsExactly(
        new Revision(LocalDate.of(2011, 1, 31), LocalDate.of(2011, 4, 29)),
        new Revision(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 6, 30)));
    assertThat(timeline.milestones()).filteredOn(m -> m.step().equals("S-22"))
        .extracting(Milestone::actual, Milestone::by)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2011, 1, 31), "businessmanager"),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2011, 4, 1), "businessmanager"));
  }

  @Test
  @DisplayName("AT-03 Not initiated: the chair decides no; not notifiable (G-1 no): closed with its own status")
  void notInitiatedAndNotNotifiable() {
    String ref = newCase();
    Map<String, Object> harm = referral(ref, "lscb-notinitiated", LocalDate.of(2011, 5, 9));
    harm.put("incidentType", "SERIOUS_HARM");
    harm.put("seriousHarmKind", "SERIOUS_SEXUAL_ABUSE");
    harm.put("interagencyConcern", false);
    driver.today(LocalDate.of(2011, 5, 9));
    ProcessInstance review = driver.start(KEY, ref, harm);
    notifyIncident(review, LocalDate.of(2011, 5, 9));
    screen(review, LocalDate.of(2011, 5, 16), "DO_NOT_INITIATE");
    decide(review, LocalDate.of(2011, 5, 20), false, LocalDate.of(2011, 5, 20));
    ReviewSummary considering = summary(ref, LocalDate.of(2011, 5, 23));
    assertThat(considering.stage()).isEqualTo(ReviewStage.DECISION);
    assertThat(considering.status()).isEqualTo(ReviewStatus.NOT_INITIATED);
    assertThat(considering.initiated()).isFalse();
    assertThat(considering.sixMonthTarget()).isNull();
    assertThat(considering.daysSinceDecision()).isNull();

    by("chair", review, "Task_ConsiderLearningReview", vars("learningReviewCommissioned", false));
    ReviewSummary closed = summary(ref, LocalDate.of(2011, 5, 24));
    assertThat(closed.stage()).isEqualTo(ReviewStage.CLOSED);
    assertThat(closed.status()).isEqualTo(ReviewStatus.NOT_INITIATED);
    ReviewTimeline timeline = timeline(ref, LocalDate.of(2011, 5, 24));
    assertThat(milestone(timeline, "Chair's decision").outcome()).isEqualTo("DO_NOT_INITIATE");
    assertThat(timeline.milestones()).extracting(Milestone::step).doesNotContain("S-24", "S-27");

    String closedRef = newCase();
    Map<String, Object> natural = referral(closedRef, "lscb-notinitiated", LocalDate.of(2011, 5, 9));
    natural.put("abuseOrNeglectKnownOrSuspected", false);
    driver.today(LocalDate.of(2011, 5, 9));
    ProcessInstance notNotifiable = driver.start(KEY, closedRef, natural);
    assertThat(summary(closedRef, LocalDate.of(2011, 5, 9)).stage()).isEqualTo(ReviewStage.NOTIFICATION);
    by("businessmanager", notNotifiable, "Task_CloseReferral", vars("closureReasons", "Natural causes."));
    ReviewSummary referralClosed = summary(closedRef, LocalDate.of(2011, 5, 10));
    assertThat(referralClosed.status()).isEqualTo(ReviewStatus.NOT_NOTIFIABLE);
    assertThat(referralClosed.stage()).isEqualTo(ReviewStage.CLOSED);
    assertThat(referralClosed.notificationDue()).isNull();
  }

  @Test
  @DisplayName("AT-22 Withheld from publication: overview withheld on welfare grounds, with and without recorded reasons")
  void withheldFromPublication() {
    String withReasons = newCase();
    ProcessInstance first = initiated(withReasons, "lscb-withheld", LocalDate.of(2011, 4, 4));
    setUp(first, LocalDate.of(2011, 6, 3));
    imrsWritten(first, LocalDate.of(2011, 6, 1));
    writeAndAccept(first, LocalDate.of(2011, 9, 1));
    submit(first, LocalDate.of(2011, 9, 2));
    publish(first, true, "A surviving sibling, Jordan Brennan, would recognise the account.", "2011-10-10");

    String withoutReasons = newCase();
    ProcessInstance second = initiated(withoutReasons, "lscb-withheld", LocalDate.of(2011, 4, 4));
    setUp(second, LocalDate.of(2011, 6, 3));
    imrsWritten(second, LocalDate.of(2011, 6, 1));
    writeAndAccept(second, LocalDate.of(2011, 9, 1));
    submit(second, LocalDate.of(2011, 9, 2));
    publish(second, true, null, "2011-10-11");

    ReviewSummary recorded = summary(withReasons, LocalDate.of(2011, 10, 12));
    assertThat(recorded.publication()).isEqualTo(PublicationOutcome.OVERVIEW_WITHHELD_WELFARE);
    assertThat(recorded.publication().withholdingGround()).isEqualTo("G-9");
    assertThat(recorded.withholdingReasonsRecorded()).isTrue();
    assertThat(summary(withoutReasons, LocalDate.of(2011, 10, 12)).withholdingReasonsRecorded()).isFalse();

    driver.today(LocalDate.of(2011, 10, 12));
    TimelinessReport report = asManager(() -> reports.timeliness("lscb-withheld", null, null));
    assertThat(report.lscbs()).hasSize(1);
    assertThat(report.lscbs().get(0).publication()).isEqualTo(new PublicationCounts(0, 0, 2, 0, 1));

    ReviewTimeline timeline = timeline(withReasons, LocalDate.of(2011, 10, 12));
    assertThat(milestone(timeline, "Requests not to publish").outcome()).isEqualTo("OVERVIEW_WITHHELD_WELFARE");
    assertThat(milestone(timeline, "Requests not to publish").by()).isEqualTo("chair");
    assertThat(timeline.toString()).doesNotContain("Jordan", "sibling");
  }

  @Test
  @DisplayName("Timeliness per LSCB and period: T-1, T-2, T-3 on time, late, overdue, pending; Ofsted grades; the total")
  void timelinessPerLscbAndPeriod() {
    // lscb-t-a: one review on time throughout and graded, one late throughout and not completed
    String onTime = newCase();
    ProcessInstance good = refer(onTime, "lscb-t-a", LocalDate.of(2011, 3, 14));
    notifyIncident(good, LocalDate.of(2011, 3, 15));
    screen(good, LocalDate.of(2011, 3, 22), "INITIATE");
    decide(good, LocalDate.of(2011, 4, 4), true, LocalDate.of(2011, 4, 4));
    setUp(good, LocalDate.of(2011, 6, 3));
    imrsWritten(good, LocalDate.of(2011, 6, 1));
    writeAndAccept(good, LocalDate.of(2011, 9, 28));
    submit(good, LocalDate.of(2011, 9, 30));
    by("businessmanager", good, "Task_RecordOfstedEvaluation", vars("ofstedGrade", "GOOD", "ofstedLetterDate", "2011-11-10"));

    String late = newCase();
    ProcessInstance slow = refer(late, "lscb-t-a", LocalDate.of(2011, 3, 14));
    notifyIncident(slow, LocalDate.of(2011, 3, 17));
    screen(slow, LocalDate.of(2011, 3, 24), "INITIATE");
    decide(slow, LocalDate.of(2011, 4, 20), true, LocalDate.of(2011, 4, 20));

    // lscb-t-b: notified on time, decision due 21 Dec, not yet
    String waiting = newCase();
    ProcessInstance pending = refer(waiting, "lscb-t-b", LocalDate.of(2011, 11, 21));
    notifyIncident(pending, LocalDate.of(2011, 11, 21));

    driver.today(LocalDate.of(2011, 12, 5));
    TimelinessReport report = asManager(() -> reports.timeliness("lscb-t-a",
        LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)));
    assertThat(report.asOf()).isEqualTo("2011-12-05");
    LscbTimeliness a = report.lscbs().get(0);
    assertThat(a.lscb()).isEqualTo("lscb-t-a");
    assertThat(a.notification()).isEqualTo(new Measure("T-1", a.notification().label(), 2, 1, 1, 0, 0, 50));
    assertThat(a.decision()).isEqualTo(new Measure("T-2", a.decision().label(), 2, 1, 1, 0, 0, 50));
    // T-3: 4 Oct (met, 28 Sep) and 20 Oct (passed undone on 5 Dec)
    assertThat(a.completion()).isEqualTo(new Measure("T-3", a.completion().label(), 2, 1, 0, 1, 0, 50));
    assertThat(a.ofstedGrades()).containsEntry("GOOD", 1).containsEntry("INADEQUATE", 0);

    // a period that ends before the six-month targets counts only the notifications and decisions
    TimelinessReport spring = asManager(() -> reports.timeliness("lscb-t-a",
        LocalDate.of(2011, 3, 1), LocalDate.of(2011, 6, 30)));
    assertThat(spring.lscbs().get(0).completion().due()).isZero();
    assertThat(spring.lscbs().get(0).ofstedGrades()).containsEntry("GOOD", 0);

    TimelinessReport all = asManager(() -> reports.timeliness(null, LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)));
    LscbTimeliness b = all.lscbs().stream().filter(row -> row.lscb().equals("lscb-t-b")).findFirst().orElseThrow();
    assertThat(b.notification().onTime()).isEqualTo(1);
    assertThat(b.decision()).isEqualTo(new Measure("T-2", b.decision().label(), 1, 0, 0, 0, 1, null));
    LscbTimeliness total = all.lscbs().get(all.lscbs().size() - 1);
    assertThat(total.lscb()).isEqualTo(TimelinessReport.ALL);
    assertThat(total.notification().due()).isGreaterThanOrEqualTo(3);

    // T-2 runs from the notification, although the chair's task only comes after screening
    ReviewSummary unscreened = summary(waiting, LocalDate.of(2011, 12, 22));
    assertThat(unscreened.stage()).isEqualTo(ReviewStage.NOTIFICATION);
    assertThat(unscreened.decisionDue()).isEqualTo("2011-12-21");
    assertThat(unscreened.status()).isEqualTo(ReviewStatus.OVERDUE);
  }

  @Test
  @DisplayName("Figures follow Camunda's authorizations: a panel member's query returns no review, the manager's does")
  void queriesRunAsTheCaller() {
    String ref = newCase();
    refer(ref, "lscb-auth", LocalDate.of(2011, 3, 14));
    driver.today(LocalDate.of(2011, 3, 14));
    identity.setAuthentication("panelmember", List.of("scr-panel"));
    try {
      assertThat(reports.reviews()).isEmpty();
      assertThat(reports.timeline(ref)).isEmpty();
    } finally {
      identity.clearAuthentication();
    }
    assertThat(asManager(() -> reports.reviews())).extracting(ReviewSummary::caseReference).contains(ref);
  }
}
