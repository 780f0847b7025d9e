package org.scrworkflow.demo;

import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SCRUTINISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_URL;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.TASK_BRIEF_FAMILY;
import static org.scrworkflow.process.ScrPublication.TASK_CHECK_LEGAL_RESTRICTIONS;
import static org.scrworkflow.process.ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH;
import static org.scrworkflow.process.ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS;
import static org.scrworkflow.process.ScrPublication.TASK_PUBLISH_REPORTS;
import static org.scrworkflow.process.ScrPublication.TASK_SIGN_OFF_PUBLICATION;
import static org.scrworkflow.process.ScrPublication.TIMER_EARLIEST_PUBLICATION;
import static org.scrworkflow.process.ScrPublication.WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.LEARNING_REVIEW_COMMISSIONED;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.REVIEW_WILL_SLIP;
import static org.scrworkflow.process.SeriousCaseReview.REVISED_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SERIOUS_HARM_KIND;
import static org.scrworkflow.process.SeriousCaseReview.SLIPPAGE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.START_SIX_MONTH_WARNING;
import static org.scrworkflow.process.SeriousCaseReview.TASK_ACCEPT_REPORTS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_DRAFTS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONSIDER_LEARNING_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DRAW_UP_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_INVITE_FAMILY;
import static org.scrworkflow.process.SeriousCaseReview.TASK_PREPARE_SUBMISSION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_FAMILY_RESPONSE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_REVIEW_ACTION_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_REVISE_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SET_UP_PANEL;
import static org.scrworkflow.process.SeriousCaseReview.TASK_WRITE_OVERVIEW_REPORT;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_ACTION_PLAN_REVIEW_DUE;
import static org.scrworkflow.scenario.StandardAnswers.values;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.scrworkflow.calendar.CalendarProperties;
import org.scrworkflow.document.PdfRenderer;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.ReviewWalk;
import org.scrworkflow.scenario.StandardAnswers;
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
  private final ReviewDriver driver;

  DemoReviews(ProcessEngine engine, DemoProperties demo, CalendarProperties calendar, PdfRenderer pdf) {
    this.engine = engine;
    this.demo = demo;
    this.zone = calendar.zone();
    this.pdf = pdf;
    this.driver = new ReviewDriver(engine, zone);
  }

  /** A fictional PDF for an upload (S-17, S-21, S-23), so the demo's documents open like real ones. */
  private Object file(String fileName) {
    String title = fileName.replace(".pdf", "").replace('-', ' ');
    title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
    byte[] content = pdf.render("text-document", Map.of("title", title, "caseReference", "demo",
        "text", "A fictional " + title.toLowerCase(java.util.Locale.UK) + " of the demo data."));
    return Variables.fileValue(fileName).file(content).mimeType("application/pdf").create();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.seedReviews()) {
      return;
    }
    if (engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.KEY).count() > 0) {
      LOG.info("Demo reviews: reviews exist, none added");
      return;
    }
    LocalDate today = LocalDate.now(zone);
    try {
      seed(today);
    } finally {
      driver.resetClock();
    }
    LOG.info("Demo reviews: 8 sample reviews started (CR-9101 to CR-9108)");
  }

  /** The sample reviews; each date counts back from today. */
  void seed(LocalDate today) {
    // S-01: just referred; the notification is due tomorrow (T-1)
    referred("CR-9101", "Child A", NORTHMOOR, today);

    // S-07: screened, waiting for the chair's decision (T-2 runs to about eleven days from now)
    ReviewWalk decision = referred("CR-9102", "Child B", SOUTHVALE, today.minusDays(20));
    decision.on(today.minusDays(19)).step(TASK_APPROVE_INCIDENT_NOTIFICATION);
    screened(decision, today.minusDays(12));

    // S-12 to S-20: the police IMR is in, the health IMR is ten days late
    ReviewWalk imrs = initiated("CR-9103", "Child C", NORTHMOOR, today.minusDays(85));
    setUp(imrs, today.minusDays(84), today.minusDays(10));
    imrs.on(today.minusDays(40)).step(TASK_APPOINT_IMR_AUTHOR);
    imrs.on(today.minusDays(20)).stepOf(TASK_WRITE_IMR, "police", Map.of());
    imrs.on(today.minusDays(18)).stepOf(TASK_SIGN_OFF_IMR, "police", Map.of());

    // S-22: the six-month target (about 17 days ago) slipped; GO/DfE consulted, revised target in 40 days
    ReviewWalk slipped = initiated("CR-9104", "Child D", SOUTHVALE, today.minusDays(200));
    setUp(slipped, today.minusDays(199), today.minusDays(140));
    imrsAndFamily(slipped, today.minusDays(150));
    slipped.fireTimer(START_SIX_MONTH_WARNING);
    slipped.step(TASK_REVISE_PROJECT_PLAN, values().with(REVIEW_WILL_SLIP, true)
        .with(REVISED_TARGET, today.plusDays(40)).with(SLIPPAGE_REASONS, "Overview author appointed late."));

    // S-26: accepted on time two months ago; the publication is being decided
    ReviewWalk publication = initiated("CR-9105", "Child E", NORTHMOOR, today.minusDays(230));
    setUp(publication, today.minusDays(229), today.minusDays(170));
    imrsAndFamily(publication, today.minusDays(170));
    accepted(publication, today.minusDays(60));
    publication.on(today.minusDays(57)).step(TASK_PREPARE_SUBMISSION);

    // S-23: the six-month target passed about four weeks ago with no revised plan: overdue
    ReviewWalk overdue = initiated("CR-9106", "Child F", SOUTHVALE, today.minusDays(210));
    setUp(overdue, today.minusDays(209), today.minusDays(150));
    imrsAndFamily(overdue, today.minusDays(150));

    // S-08: the criteria were not met and the chair decided not to hold a review
    ReviewWalk notHeld = referred("CR-9107", "Child G", NORTHMOOR, today.minusDays(60), values()
        .with(INCIDENT_TYPE, "SERIOUS_HARM").with(SERIOUS_HARM_KIND, "SERIOUS_SEXUAL_ABUSE")
        .with(INTERAGENCY_CONCERN, false));
    notHeld.on(today.minusDays(59)).step(TASK_APPROVE_INCIDENT_NOTIFICATION);
    notHeld.answer(TASK_RECOMMEND_TO_CHAIR, values().with(RECOMMENDATION, "DO_NOT_INITIATE"));
    screened(notHeld, today.minusDays(52));
    notHeld.on(today.minusDays(45)).step(TASK_DECIDE_INITIATION, values().with(INITIATE_REVIEW, false)
        .with(DECISION_REASONS, "The criteria are not met."));
    notHeld.step(TASK_CONSIDER_LEARNING_REVIEW, values().with(LEARNING_REVIEW_COMMISSIONED, true));

    // S-24 to S-29: completed on time, overview withheld for a sibling's welfare (G-9), graded good, closed
    ReviewWalk closed = initiated("CR-9108", "Child H", SOUTHVALE, today.minusDays(400));
    setUp(closed, today.minusDays(399), today.minusDays(340));
    imrsAndFamily(closed, today.minusDays(330));
    accepted(closed, today.minusDays(230));
    closed.on(today.minusDays(228)).step(TASK_PREPARE_SUBMISSION);
    closed.on(today.minusDays(226))
        .step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values().with(COMPELLING_WELFARE_REASONS, true)
            .with(WELFARE_REASONS, "Specialist advice: a surviving sibling would recognise the account."))
        .step(TASK_CHECK_LEGAL_RESTRICTIONS)
        .step(TASK_PREPARE_PUBLICATION_VERSIONS, values().with(PUBLISHABLE_OVERVIEW_REPORT, null))
        .step(TASK_SIGN_OFF_PUBLICATION).step(TASK_BRIEF_FAMILY).fireTimer(TIMER_EARLIEST_PUBLICATION)
        .step(TASK_PUBLISH_REPORTS, values().with(PUBLICATION_URL, "https://lscb.example/scr/demo"));
    closed.on(today.minusDays(150)).step(TASK_RECORD_OFSTED_EVALUATION);
    closed.fireTimer(TIMER_ACTION_PLAN_REVIEW_DUE).step(TASK_REVIEW_ACTION_PLAN);
  }

  private ReviewWalk referred(String ref, String pseudonym, String lscb, LocalDate awareness) {
    return referred(ref, pseudonym, lscb, awareness, Map.of());
  }

  /** The business manager opens the referral on the day of awareness (R-2.3: the start event records who). */
  private ReviewWalk referred(String ref, String pseudonym, String lscb, LocalDate awareness,
      Map<String, Object> facts) {
    Map<String, Object> referral = StandardAnswers.referral(ref, pseudonym, lscb, "NORTH_WEST", awareness,
        List.of("police", "health")).with(CHILD_AGE_YEARS, 4L).with(REFERRAL_SUMMARY, pseudonym + ": demo referral.");
    referral.putAll(facts);
    driver.today(awareness);
    ProcessInstance review = driver.startAs("businessmanager", Role.BUSINESS_MANAGER.groupId(),
        SeriousCaseReview.KEY, ref, referral);
    return new ReviewWalk(driver, review, this::file);
  }

  /** Referred, notified, screened and initiated on decisionDay (the referral two weeks before). */
  private ReviewWalk initiated(String ref, String pseudonym, String lscb, LocalDate decisionDay) {
    ReviewWalk review = referred(ref, pseudonym, lscb, decisionDay.minusDays(14));
    review.on(decisionDay.minusDays(13)).step(TASK_APPROVE_INCIDENT_NOTIFICATION);
    screened(review, decisionDay.minusDays(7));
    review.on(decisionDay).step(TASK_DECIDE_INITIATION);
    return review;
  }

  /** S-04 to S-06: LSCBs confirmed, the case screened, the chair advised. */
  private static void screened(ReviewWalk review, LocalDate day) {
    review.on(day).step(TASK_CONFIRM_LSCBS).step(TASK_SCREEN_CASE).step(TASK_RECOMMEND_TO_CHAIR);
  }

  /** S-09 to S-11; the IMRs fall due on imrDue. */
  private static void setUp(ReviewWalk review, LocalDate day, LocalDate imrDue) {
    review.on(day).step(TASK_SET_UP_PANEL).step(TASK_AGREE_TERMS_OF_REFERENCE)
        .step(TASK_DRAW_UP_PROJECT_PLAN, values().with(IMR_DUE_DATE, imrDue));
  }

  /** Every IMR appointed, written, signed off and accepted on that day; the family declined. */
  private static void imrsAndFamily(ReviewWalk review, LocalDate day) {
    review.on(day).step(TASK_APPOINT_IMR_AUTHOR).step(TASK_WRITE_IMR).step(TASK_SIGN_OFF_IMR)
        .step(TASK_SCRUTINISE_IMR).step(TASK_INVITE_FAMILY).step(TASK_RECORD_FAMILY_RESPONSE);
  }

  /** Drafts written two weeks before, agreed a week before, accepted by the chair on that day. */
  private static void accepted(ReviewWalk review, LocalDate day) {
    review.on(day.minusDays(14)).step(TASK_WRITE_OVERVIEW_REPORT);
    review.on(day.minusDays(7)).step(TASK_AGREE_DRAFTS);
    review.on(day).step(TASK_ACCEPT_REPORTS);
  }
}
