package org.scrworkflow.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.scrworkflow.calendar.CalendarProperties;
import org.scrworkflow.document.PdfRenderer;
import org.scrworkflow.review.SeriousCaseReview;
import org.scrworkflow.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sample reviews for the managers' dashboard at the first start of the demo: eight reviews at different stages
 * and ages, in two LSCBs, driven through the engine's API step by step by the demo users, with the engine's clock
 * set to each step's day (so every date, due date and timer is what it would have been). Skipped when any review
 * exists, so a restart adds nothing. It runs before the job executor starts (Camunda starts it once the application
 * is ready); timers that fell due between a step and today then fire as they would have, e.g. reminders.
 * Pseudonyms and case references only: nothing here is, or looks like, a child's details.
 */
@Component
@Profile("demo")
@Order(20)
class DemoReviews implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoReviews.class);
  static final String NORTHMOOR = "lscb-northmoor";
  static final String SOUTHVALE = "lscb-southvale";

  private final ProcessEngine engine;
  private final DemoProperties demo;
  private final ZoneId zone;
  private final PdfRenderer pdf;

  DemoReviews(ProcessEngine engine, DemoProperties demo, CalendarProperties calendar, PdfRenderer pdf) {
    this.engine = engine;
    this.demo = demo;
    this.zone = calendar.zone();
    this.pdf = pdf;
  }

  /**
   * What an author attaches on an upload task (S-17, S-21, S-23): a fictional PDF per file field, e.g.
   * {@code uploads(values, "imrFile", "IMR")}, so the demo's documents open like real ones.
   */
  private Map<String, Object> uploads(Map<String, Object> values, String... fieldsAndTitles) {
    Map<String, Object> all = new HashMap<>(values);
    for (int i = 0; i < fieldsAndTitles.length; i += 2) {
      byte[] content = pdf.render("text-document", Map.of("title", fieldsAndTitles[i + 1], "caseReference", "demo",
          "text", "A fictional " + fieldsAndTitles[i + 1] + " of the demo data."));
      all.put(fieldsAndTitles[i], org.camunda.bpm.engine.variable.Variables.fileValue(fieldsAndTitles[i] + ".pdf")
          .file(content).mimeType("application/pdf").create());
    }
    return all;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.seedReviews()) {
      return;
    }
    if (engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.PROCESS_KEY).count() > 0) {
      LOG.info("Demo reviews: reviews exist, none added");
      return;
    }
    LocalDate today = LocalDate.now(zone);
    try {
      seed(today);
    } finally {
      ClockUtil.reset();
    }
    LOG.info("Demo reviews: 8 sample reviews started (CR-9101 to CR-9108)");
  }

  /** The sample reviews; each date counts back from today. */
  void seed(LocalDate today) {
    // S-01: just referred; the notification is due tomorrow (T-1)
    referred("CR-9101", "Child A", NORTHMOOR, today);

    // S-07: screened, waiting for the chair's decision (T-2 runs to about eleven days from now)
    Review decision = referred("CR-9102", "Child B", SOUTHVALE, today.minusDays(20));
    decision.notified(today.minusDays(19));
    decision.screened(today.minusDays(12), "INITIATE");

    // S-12 to S-20: the police IMR is in, the health IMR is ten days late
    Review imrs = initiated("CR-9103", "Child C", NORTHMOOR, today.minusDays(85));
    imrs.setUp(today.minusDays(84), today.minusDays(10));
    imrs.on(today.minusDays(40));
    imrs.completeAll("Task_AppointImrAuthor", "senior", appointment(today.minusDays(40)));
    imrs.on(today.minusDays(20));
    imrs.completeOf("Task_WriteImr", "police", "policeimr", uploads(Map.of("imrNotes", "Written."),
        "imrFile", "IMR", "chronologyFile", "Chronology"));
    imrs.on(today.minusDays(18));
    imrs.completeOf("Task_SignOffImr", "police", "policesenior", signOff(today.minusDays(18)));

    // S-22: the six-month target (about 17 days ago) slipped; GO/DfE consulted, revised target in 40 days
    Review slipped = initiated("CR-9104", "Child D", SOUTHVALE, today.minusDays(200));
    slipped.setUp(today.minusDays(199), today.minusDays(140));
    slipped.imrsAndFamily(today.minusDays(150));
    slipped.fireTimer("StartEvent_SixMonthWarning");
    slipped.complete("Task_ReviseProjectPlan", "businessmanager", Map.of("reviewWillSlip", true,
        "revisedTarget", today.plusDays(40).toString(), "slippageReasons", "Overview author appointed late."));

    // S-26: accepted on time two months ago; the publication is being decided
    Review publication = initiated("CR-9105", "Child E", NORTHMOOR, today.minusDays(230));
    publication.setUp(today.minusDays(229), today.minusDays(170));
    publication.imrsAndFamily(today.minusDays(170));
    publication.accepted(today.minusDays(60));
    publication.submitted(today.minusDays(57));

    // S-23: the six-month target passed about four weeks ago with no revised plan: overdue
    Review overdue = initiated("CR-9106", "Child F", SOUTHVALE, today.minusDays(210));
    overdue.setUp(today.minusDays(209), today.minusDays(150));
    overdue.imrsAndFamily(today.minusDays(150));

    // S-08: the criteria were not met and the chair decided not to hold a review
    Review notHeld = referred("CR-9107", "Child G", NORTHMOOR, today.minusDays(60), Map.of(
        "incidentType", "SERIOUS_HARM", "seriousHarmKind", "SERIOUS_SEXUAL_ABUSE", "interagencyConcern", false));
    notHeld.notified(today.minusDays(59));
    notHeld.screened(today.minusDays(52), "DO_NOT_INITIATE");
    notHeld.decided(today.minusDays(45), false);
    notHeld.complete("Task_ConsiderLearningReview", "chair", Map.of("learningReviewCommissioned", true));

    // S-24 to S-29: completed on time, overview withheld for a sibling's welfare (G-9), graded good, closed
    Review closed = initiated("CR-9108", "Child H", SOUTHVALE, today.minusDays(400));
    closed.setUp(today.minusDays(399), today.minusDays(340));
    closed.imrsAndFamily(today.minusDays(330));
    closed.accepted(today.minusDays(230));
    closed.submitted(today.minusDays(228));
    closed.publishedWithOverviewWithheld(today.minusDays(226));
    closed.on(today.minusDays(150));
    closed.complete("Task_RecordOfstedEvaluation", "businessmanager",
        Map.of("ofstedGrade", "GOOD", "ofstedLetterDate", today.minusDays(150).toString()));
    closed.fireTimer("Timer_ActionPlanReviewDue");
    closed.complete("Task_ReviewActionPlan", "panelmember", Map.of("actionPlanLastReviewedOn",
        closed.day().toString(), "allActionsComplete", true, "actionPlanProgress", "Every action complete."));
  }

  private Review referred(String ref, String pseudonym, String lscb, LocalDate awareness) {
    return referred(ref, pseudonym, lscb, awareness, Map.of());
  }

  private Review referred(String ref, String pseudonym, String lscb, LocalDate awareness, Map<String, Object> facts) {
    Map<String, Object> referral = new HashMap<>(Map.of("caseReference", ref, "childPseudonym", pseudonym,
        "childAgeYears", 4, "incidentDate", awareness.minusDays(1).toString(), "incidentType", "DEATH",
        "abuseOrNeglectKnownOrSuspected", true, "interagencyConcern", true, "residenceLscb", lscb,
        "region", "NORTH_WEST", "lookedAfter", false));
    referral.putAll(Map.of("agenciesInvolved", List.of("police", "health"), "parallelProceedingsKnown", false,
        "awarenessDate", awareness.toString(), "referralSummary", pseudonym + ": demo referral."));
    referral.putAll(facts);
    Review review = new Review();
    review.on(awareness);
    // the business manager opens the referral (R-2.3: the start event records who)
    engine.getIdentityService().setAuthentication("businessmanager", List.of(Role.BUSINESS_MANAGER.groupId()));
    try {
      review.instance = engine.getRuntimeService().startProcessInstanceByKey(SeriousCaseReview.PROCESS_KEY, ref,
          referral);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    review.runJobs();
    return review;
  }

  /** Referred, notified, screened and initiated on decisionDay (the referral two weeks before). */
  private Review initiated(String ref, String pseudonym, String lscb, LocalDate decisionDay) {
    Review review = referred(ref, pseudonym, lscb, decisionDay.minusDays(14));
    review.notified(decisionDay.minusDays(13));
    review.screened(decisionDay.minusDays(7), "INITIATE");
    review.decided(decisionDay, true);
    return review;
  }

  private static Map<String, Object> appointment(LocalDate day) {
    return Map.of("imrAuthorName", "Agency reviewer (demo)", "imrAuthorRole", "Safeguarding reviewer",
        "directInvolvement", false, "lineManagerOfPractitioner", false, "recordsSecuredOn", day.toString(),
        "declarationDate", day.toString());
  }

  private static Map<String, Object> signOff(LocalDate day) {
    return Map.of("imrSignedOffBy", "Senior manager (demo)", "imrSignedOffOn", day.toString());
  }

  /** One sample review and the steps the demo users take in it. */
  private final class Review {

    private ProcessInstance instance;

    void on(LocalDate day) {
      at(day.atTime(10, 0));
    }

    void at(LocalDateTime time) {
      ClockUtil.setCurrentTime(Date.from(time.atZone(zone).toInstant()));
    }

    LocalDate day() {
      return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    }

    void notified(LocalDate day) {
      on(day);
      complete("Task_ApproveIncidentNotification", "businessmanager",
          Map.of("notificationReason", "SCR_POSSIBLE", "notificationSummary", "Demo notification."));
    }

    void screened(LocalDate day, String recommendation) {
      on(day);
      complete("Task_ConfirmLscbs", "businessmanager", Map.of("partnerLscbs", ""));
      complete("Task_ScreenCase", "panelmember", Map.of("screeningAnswers", "Answers to the 8.12 questions."));
      complete("Task_RecommendToChair", "panelmember",
          Map.of("recommendation", recommendation, "recommendationReasons", "As screened."));
    }

    void decided(LocalDate day, boolean initiate) {
      on(day);
      complete("Task_DecideInitiation", "chair", Map.of("initiateReview", initiate,
          "decisionDate", day.toString(), "decisionReasons", initiate ? "Criteria met." : "Criteria not met."));
    }

    /** S-09 to S-11; the IMRs fall due on imrDue. */
    void setUp(LocalDate day, LocalDate imrDue) {
      on(day);
      complete("Task_SetUpPanel", "businessmanager", Map.of("panelChairName", "Independent chair (demo)",
          "overviewAuthorName", "Overview author (demo)", "panelChairConnectedToAgency", false,
          "overviewAuthorConnectedToAgency", false));
      complete("Task_AgreeTermsOfReference", "panelmember", Map.of("periodUnderReviewFrom",
          day.minusYears(2).toString(), "periodUnderReviewTo", day.minusMonths(1).toString(),
          "caseQuestions", "Information sharing between agencies.", "healthOverviewRequired", false,
          "parallelProceedings", false, "termsOfReferenceAgreedOn", day.toString()));
      complete("Task_DrawUpProjectPlan", "panelmember", Map.of("imrDueDate", imrDue.toString()));
    }

    /** Every IMR appointed, written, signed off and accepted on that day; the family declined. */
    void imrsAndFamily(LocalDate day) {
      on(day);
      completeAll("Task_AppointImrAuthor", "senior", appointment(day));
      completeAll("Task_WriteImr", "imr", uploads(Map.of("imrNotes", "Written."),
          "imrFile", "IMR", "chronologyFile", "Chronology"));
      completeAll("Task_SignOffImr", "senior", signOff(day));
      for (Task task : tasks("Task_ScrutiniseImr")) {
        complete(task, "panelmember", Map.of("imrScrutinyOutcome", "ACCEPT", "imrScrutinisedOn", day.toString()));
      }
      complete("Task_InviteFamily", "panelmember", Map.of("familyInvitedOn", day.toString()));
      complete("Task_RecordFamilyResponse", "panelmember", Map.of("familyResponse", "DECLINED"));
    }

    void accepted(LocalDate day) {
      on(day.minusDays(14));
      complete("Task_WriteOverviewReport", "overviewauthor", uploads(Map.of("draftNotes", "Drafts for the panel."),
          "overviewReportFile", "Overview report (draft)", "executiveSummaryFile", "Executive summary (draft)",
          "actionPlanFile", "Action plan"));
      on(day.minusDays(7));
      complete("Task_AgreeDrafts", "panelmember", Map.of("draftsAgreedOn", day.minusDays(7).toString()));
      on(day);
      complete("Task_AcceptReports", "chair", Map.of("reportsAccepted", true, "acceptanceDate", day.toString()));
    }

    void submitted(LocalDate day) {
      on(day);
      complete("Task_PrepareSubmission", "businessmanager", Map.of("submissionNotes", "Overview, summary, plan."));
    }

    void publishedWithOverviewWithheld(LocalDate day) {
      on(day);
      complete("Task_ConsiderRequestsNotToPublish", "chair", Map.of("compellingWelfareReasons", true,
          "welfareReasons", "Specialist advice: a surviving sibling would recognise the account."));
      complete("Task_CheckLegalRestrictions", "businessmanager", Map.of("legalRestriction", false));
      complete("Task_PreparePublicationVersions", "businessmanager", Map.of("publishableExecutiveSummary",
          "A child died. Agencies did not share what they knew. Lessons and actions follow."));
      complete("Task_SignOffPublication", "chair", Map.of("publicationSignedOffBy", "LSCB chair",
          "publicationSignedOffOn", day.toString()));
      complete("Task_BriefFamily", "panelmember", Map.of("familyBriefedOn", day.toString()));
      fireTimer("Timer_EarliestPublication");
      complete("Task_PublishReports", "businessmanager", Map.of("publishedOn", day().toString(),
          "publicationUrl", "https://lscb.example/scr/demo"));
    }

    /** Claims the one open task with that key (as Tasklist does) and completes it. */
    void complete(String taskKey, String user, Map<String, Object> variables) {
      List<Task> open = tasks(taskKey);
      if (open.isEmpty()) {
        throw new IllegalStateException("Demo review " + instance.getBusinessKey() + ": no open task " + taskKey);
      }
      complete(open.get(0), user, variables);
    }

    /** Every open task with that key, each by its agency's user: "senior" → policesenior, healthsenior. */
    void completeAll(String taskKey, String role, Map<String, Object> variables) {
      for (Task task : tasks(taskKey)) {
        String agency = (String) engine.getTaskService().getVariable(task.getId(), "agencyId");
        complete(task, agency + role, variables);
      }
    }

    /** The open task with that key in that agency's IMR. */
    void completeOf(String taskKey, String agencyId, String user, Map<String, Object> variables) {
      for (Task task : tasks(taskKey)) {
        if (agencyId.equals(engine.getTaskService().getVariable(task.getId(), "agencyId"))) {
          complete(task, user, variables);
          return;
        }
      }
      throw new IllegalStateException("Demo review " + instance.getBusinessKey() + ": no " + taskKey + " of " + agencyId);
    }

    void complete(Task task, String user, Map<String, Object> variables) {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
      runJobs();
    }

    List<Task> tasks(String taskKey) {
      List<Task> tasks = new ArrayList<>();
      for (String id : tree()) {
        tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).list());
      }
      return tasks;
    }

    /** Moves the clock to the timer's due time and fires it. */
    void fireTimer(String activityId) {
      for (String id : tree()) {
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(id).timers()
            .activityId(activityId).list();
        if (!timers.isEmpty()) {
          Job timer = timers.get(0);
          at(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), zone));
          engine.getManagementService().executeJob(timer.getId());
          runJobs();
          return;
        }
      }
      throw new IllegalStateException("Demo review " + instance.getBusinessKey() + ": no timer " + activityId);
    }

    /** Runs the asynchronous steps (notifications, documents) the job executor would run. */
    void runJobs() {
      for (int round = 0; round < 50; round++) {
        List<Job> jobs = new ArrayList<>();
        for (String id : tree()) {
          jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).messages().list());
        }
        if (jobs.isEmpty()) {
          return;
        }
        jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
      }
    }

    /** The review and the IMRs and publication it called. */
    private List<String> tree() {
      List<String> ids = new ArrayList<>(List.of(instance.getId()));
      for (int i = 0; i < ids.size(); i++) {
        engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
            .forEach(child -> ids.add(child.getId()));
      }
      return ids;
    }
  }
}
