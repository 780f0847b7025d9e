package org.scrworkflow.bench;

import static org.scrworkflow.bench.Bench.say;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SCRUTINISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.TASK_BRIEF_FAMILY;
import static org.scrworkflow.process.ScrPublication.TASK_CHECK_LEGAL_RESTRICTIONS;
import static org.scrworkflow.process.ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH;
import static org.scrworkflow.process.ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS;
import static org.scrworkflow.process.ScrPublication.TASK_PUBLISH_REPORTS;
import static org.scrworkflow.process.ScrPublication.TASK_SIGN_OFF_PUBLICATION;
import static org.scrworkflow.process.ScrPublication.TIMER_EARLIEST_PUBLICATION;
import static org.scrworkflow.process.ScrPublication.WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.LEARNING_REVIEW_COMMISSIONED;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.SERIOUS_HARM_KIND;
import static org.scrworkflow.process.SeriousCaseReview.TASK_ACCEPT_REPORTS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_DRAFTS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONSIDER_LEARNING_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DRAW_UP_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_INVITE_FAMILY;
import static org.scrworkflow.process.SeriousCaseReview.TASK_PREPARE_SUBMISSION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_FAMILY_RESPONSE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_REVIEW_ACTION_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SET_UP_PANEL;
import static org.scrworkflow.process.SeriousCaseReview.TASK_WRITE_OVERVIEW_REPORT;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_ACTION_PLAN_REVIEW_DUE;
import static org.scrworkflow.scenario.StandardAnswers.values;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.document.PdfRenderer;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.ReviewWalk;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.security.Lscbs;
import org.scrworkflow.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads the data set through the engine (bench/README.md, step 3): this JVM starts the application context to make
 * the schema, the demo users and the LSCBs, then loader JVMs each walk every n-th referral with the product's one
 * review driver ({@link ReviewDriver}) and its standard answers ({@link StandardAnswers}), each step completed by
 * the demo user of its role on its own day of the engine's clock, the asynchronous steps run as the job executor
 * would. A review's fate (where it stops) depends only on its age and one random draw, the same whatever the number
 * of loaders.
 */
final class Loader {

  /** The internal argument that makes a JVM one loader: {@code --load-part url part parts referrals}. */
  static final String PART = "--load-part";
  /** England's rate (the national scale): about 500 serious incidents notified a year, 200 reviews held. */
  static final int INCIDENTS_PER_YEAR = 500;
  static final double SHARE_HELD = 200.0 / 500;
  static final int YEARS = 15;
  /** The LSCBs of England: the demo's two (whose users the figures are measured as) and 148 more. */
  static final int LSCB_COUNT = 150;
  static final String[] DEMO_LSCBS = {"lscb-northmoor", "lscb-southvale"};
  static final String[] CONTEXT_ARGS = {"--spring.datasource.username=postgres",
      "--spring.datasource.password=postgres", "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
      "--scr.demo.seed-reviews=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off"};

  private final ReviewDriver driver;
  /** Every upload is the same small PDF, under the file name of its field's standard answer. */
  private final Function<String, Object> files;

  Loader(ReviewDriver driver, byte[] pdf) {
    this.driver = driver;
    this.files = name -> Variables.fileValue(name).file(pdf).mimeType("application/pdf").create();
  }

  static String lscb(int index) {
    return index < DEMO_LSCBS.length ? DEMO_LSCBS[index] : "lscb-bench-%03d".formatted(index + 1);
  }

  static ConfigurableApplicationContext context(String url) {
    List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url));
    arguments.addAll(List.of(CONTEXT_ARGS));
    // command-line arguments: they win over the profiles' application-*.yaml, as for java -jar
    return new SpringApplicationBuilder(ScrWorkflowApplication.class).profiles("postgres", "demo")
        .run(arguments.toArray(String[]::new));
  }

  /**
   * Loads the referrals through the engine: this JVM creates the schema, the demo users and the LSCBs, then
   * {@code loaders} JVMs each drive every n-th referral (each JVM has its own engine clock). Returns how many
   * ended reviews were made due for removal.
   */
  static int load(String url, int referrals, int loaders) throws Exception {
    say("Loading: creating the schema, the demo users and %d LSCBs (the application in this JVM)", LSCB_COUNT);
    ConfigurableApplicationContext context = context(url);
    try {
      Lscbs lscbs = context.getBean(Lscbs.class);
      for (int i = DEMO_LSCBS.length; i < LSCB_COUNT; i++) {
        lscbs.ensure(lscb(i), "Bench LSCB %03d".formatted(i + 1));
      }
      say("Loading %d referrals with %d loader JVMs (job executor off, the engine's clock set per step)",
          referrals, loaders);
      List<Process> parts = new ArrayList<>();
      for (int part = 0; part < loaders; part++) {
        parts.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-Duser.timezone=Europe/London", "-cp", System.getProperty("java.class.path"), Bench.class.getName(),
            PART, url, String.valueOf(part), String.valueOf(loaders), String.valueOf(referrals))
            .inheritIO().start());
      }
      for (Process part : parts) {
        if (part.waitFor() != 0) {
          parts.forEach(Process::destroy);
          throw new IllegalStateException("A loader JVM failed (exit " + part.exitValue() + ")");
        }
      }
      List<String> ended = new ArrayList<>();
      for (int part = 0; part < loaders; part++) {
        ended.addAll(Files.readAllLines(Path.of("bench", "work", "ended-" + part + ".txt")));
      }
      // The first year's ended reviews: removal time set in the past, so that one cleanup batch has work to do
      // (with the product's 25-year time-to-live nothing loaded here would be due yet).
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      if (!ended.isEmpty()) {
        engine.getHistoryService().setRemovalTimeToHistoricProcessInstances()
            .absoluteRemovalTime(Date.from(LocalDate.now(Bench.LONDON).minusDays(1).atStartOfDay(Bench.LONDON)
                .toInstant()))
            .byIds(ended.toArray(String[]::new)).hierarchical().executeAsync();
        for (int round = 0; round < 1000; round++) {
          List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
          if (jobs.isEmpty()) {
            break;
          }
          jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
      }
      say("Loaded; %d ended reviews of the first year made due for removal", ended.size());
      return ended.size();
    } finally {
      context.close();
    }
  }

  /** One loader JVM: drives referrals part, part + parts, ... and writes the ids of the removable ones. */
  static void loadPart(String url, int part, int parts, int referrals) throws Exception {
    ConfigurableApplicationContext context = context(url);
    ReviewDriver driver = new ReviewDriver(context.getBean(ProcessEngine.class), Bench.LONDON);
    try {
      // the template's placeholder for the case reference has the variable's name
      byte[] pdf = context.getBean(PdfRenderer.class).render("text-document", Map.of("title", "Bench document",
          SeriousCaseReview.CASE_REFERENCE.name(), "bench", "text", "A fictional document."));
      Loader loader = new Loader(driver, pdf);
      LocalDate today = LocalDate.now(Bench.LONDON);
      LocalDate first = today.minusYears(YEARS);
      long days = ChronoUnit.DAYS.between(first, today);
      List<String> ended = new ArrayList<>();
      long start = System.nanoTime();
      int mine = (referrals - part + parts - 1) / parts;
      int done = 0;
      for (int i = part; i < referrals; i += parts) {
        Random random = new Random(2010L * 1_000_003 + i); // the same data whatever the number of loaders
        // evenly over the years, each on a random day of its slot
        LocalDate referral = first.plusDays((long) (days * (i + random.nextDouble()) / referrals));
        String id = loader.review("CR-5%06d".formatted(i + 1), lscb(i % LSCB_COUNT), referral, today, random);
        if (id != null && referral.isBefore(first.plusYears(1))) {
          ended.add(id);
        }
        done++;
        if (done % Math.max(1, mine / 20) == 0 || done == mine) {
          double rate = done / ((System.nanoTime() - start) / 1e9);
          say("  loader %d/%d: %d/%d referrals (%.1f/s, about %.0f s left)", part + 1, parts, done, mine, rate,
              (mine - done) / rate);
        }
      }
      Files.write(Path.of("bench", "work", "ended-" + part + ".txt"), ended);
    } finally {
      driver.resetClock();
      context.close();
    }
  }

  /**
   * Walks one review as far as its age and fate take it, with the clock on each step's day. 60% do not lead to a
   * review (as the demo's CR-9107): the chair decides not to hold one. By age a review is just referred, notified,
   * screened, waiting for the chair, in its IMRs, writing, submitted, published, or closed after Ofsted's
   * evaluation and the action plan's review; 2% stay in the IMR stage for good (the overdue ones). Each step
   * records its standard answer, over which this says only what the bench's reviews are about.
   *
   * @return the process instance id if the review has ended, else null
   */
  String review(String ref, String lscb, LocalDate referral, LocalDate today, Random random) {
    long age = ChronoUnit.DAYS.between(referral, today);
    double fate = random.nextDouble();
    boolean initiate = fate < SHARE_HELD;
    ReviewWalk walk = refer(ref, lscb, referral, initiate ? values() : values().with(INCIDENT_TYPE, "SERIOUS_HARM")
        .with(SERIOUS_HARM_KIND, "SERIOUS_SEXUAL_ABUSE").with(INTERAGENCY_CONCERN, false));
    if (age < 10) {
      return null; // S-01: just referred
    }
    walk.on(referral.plusDays(1)).step(TASK_APPROVE_INCIDENT_NOTIFICATION);
    if (age < 25) {
      return null; // waiting for screening
    }
    if (!initiate) {
      walk.answer(TASK_RECOMMEND_TO_CHAIR, values().with(RECOMMENDATION, "DO_NOT_INITIATE")
              .with(RECOMMENDATION_REASONS, "The criteria are not met."))
          .answer(TASK_DECIDE_INITIATION, values().with(INITIATE_REVIEW, false)
              .with(DECISION_REASONS, "The criteria are not met."))
          .answer(TASK_CONSIDER_LEARNING_REVIEW, values().with(LEARNING_REVIEW_COMMISSIONED, true));
    }
    walk.on(referral.plusDays(7)).step(TASK_CONFIRM_LSCBS).step(TASK_SCREEN_CASE).step(TASK_RECOMMEND_TO_CHAIR);
    if (age < 40) {
      return null; // S-07: waiting for the chair
    }
    LocalDate decision = referral.plusDays(14);
    walk.on(decision).step(TASK_DECIDE_INITIATION);
    if (!initiate) {
      walk.step(TASK_CONSIDER_LEARNING_REVIEW);
      return walk.review().getId();
    }
    LocalDate setUp = decision.plusDays(1);
    LocalDate imrs = setUp.plusDays(60);
    walk.on(setUp).step(TASK_SET_UP_PANEL).step(TASK_AGREE_TERMS_OF_REFERENCE)
        .step(TASK_DRAW_UP_PROJECT_PLAN, values().with(IMR_DUE_DATE, imrs));
    // a few old reviews stay stuck in the IMR stage: the overdue ones of the figures
    if (age < 120 || fate < 0.02) {
      return null;
    }
    // every agency's IMR appointed, written, signed off and accepted on the day they are due; the family declined
    walk.on(imrs).step(TASK_APPOINT_IMR_AUTHOR).step(TASK_WRITE_IMR).step(TASK_SIGN_OFF_IMR)
        .step(TASK_SCRUTINISE_IMR).step(TASK_INVITE_FAMILY).step(TASK_RECORD_FAMILY_RESPONSE);
    if (age < 240) {
      return null;
    }
    LocalDate accepted = imrs.plusDays(100);
    walk.on(accepted.minusDays(14)).step(TASK_WRITE_OVERVIEW_REPORT);
    walk.on(accepted.minusDays(7)).step(TASK_AGREE_DRAFTS);
    walk.on(accepted).step(TASK_ACCEPT_REPORTS);
    walk.on(accepted.plusDays(2)).step(TASK_PREPARE_SUBMISSION);
    if (age < 400) {
      return null;
    }
    // published with the overview withheld for a sibling's welfare (G-9), as the demo's CR-9108
    LocalDate published = accepted.plusDays(4);
    walk.on(published)
        .step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values().with(COMPELLING_WELFARE_REASONS, true)
            .with(WELFARE_REASONS, "Specialist advice: a surviving sibling would recognise the account."))
        .step(TASK_CHECK_LEGAL_RESTRICTIONS)
        .step(TASK_PREPARE_PUBLICATION_VERSIONS, values().with(PUBLISHABLE_OVERVIEW_REPORT, null))
        .step(TASK_SIGN_OFF_PUBLICATION).step(TASK_BRIEF_FAMILY).fireTimer(TIMER_EARLIEST_PUBLICATION)
        .step(TASK_PUBLISH_REPORTS);
    if (age < 540) {
      return null;
    }
    walk.on(published.plusDays(80)).step(TASK_RECORD_OFSTED_EVALUATION);
    walk.fireTimer(TIMER_ACTION_PLAN_REVIEW_DUE).step(TASK_REVIEW_ACTION_PLAN);
    return walk.ended() ? walk.review().getId() : null;
  }

  /** The business manager opens the referral on the day of awareness (R-2.3: the start event records who). */
  private ReviewWalk refer(String ref, String lscb, LocalDate awareness, Map<String, Object> facts) {
    Map<String, Object> referral = StandardAnswers.referral(ref, "Child " + ref, lscb, "NORTH_WEST", awareness,
        List.of("police", "health")).with(REFERRAL_SUMMARY, "Bench referral.");
    referral.putAll(facts);
    driver.today(awareness);
    ProcessInstance review = driver.startAs("businessmanager", Role.BUSINESS_MANAGER.groupId(),
        SeriousCaseReview.KEY, ref, referral);
    return new ReviewWalk(driver, review, files);
  }
}
