import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.document.PdfRenderer;
import org.scrworkflow.security.Lscbs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SCR Workflow benchmark (bench/README.md): loads a scaled national data set into PostgreSQL through the
 * engine with a controlled clock, then starts the packaged application on it and measures. Not a test.
 * Run by bench/run.sh: {@code java -cp <classpath> bench/Bench.java --scale 0.1 --runs 3}.
 */
public class Bench {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** England's rate (the issue's national scale): about 500 serious incidents notified a year, 200 reviews held. */
  static final int INCIDENTS_PER_YEAR = 500;
  static final double SHARE_HELD = 200.0 / 500;
  static final int YEARS = 15;
  /** The LSCBs of England: the demo's two (whose users the figures are measured as) and 148 more. */
  static final int LSCB_COUNT = 150;
  static final String[] DEMO_LSCBS = {"lscb-northmoor", "lscb-southvale"};
  static final String PASSWORD = "Demo-Pass-2010";
  static final String[] CONTEXT_ARGS = {"--spring.datasource.username=postgres",
      "--spring.datasource.password=postgres", "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
      "--scr.demo.seed-reviews=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off"};

  public static void main(String[] args) throws Exception {
    double scale = 1.0;
    int runs = 3;
    int samples = 20;
    int loaders = 2;
    boolean reuse = false;
    boolean loadOnly = false;
    int cloneTo = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reuse" -> reuse = true;
        case "--load-only" -> loadOnly = true;
        case "--clone-to" -> cloneTo = Integer.parseInt(args[++i]);
        case "--scale" -> scale = Double.parseDouble(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--samples" -> samples = Integer.parseInt(args[++i]);
        case "--loaders" -> loaders = Integer.parseInt(args[++i]);
        case "--sql-profile" -> SqlProfile.on = true;
        case "--cds" -> cds = true;
        case "--load-part" -> { // internal: one loader JVM (see load)
          loadPart(args[i + 1], Integer.parseInt(args[i + 2]), Integer.parseInt(args[i + 3]),
              Integer.parseInt(args[i + 4]));
          return;
        }
        default -> throw new IllegalArgumentException("Unknown argument " + args[i] + "; use --scale <multiple of"
            + " the national scale>, --runs <app starts>, --samples <calls per figure>, --loaders <JVMs loading>,"
            + " --load-only (load and stop), --reuse (measure the data set loaded before), --clone-to <copies>"
            + " (with --reuse: copy the loaded reviews in SQL until there are this many of each), --sql-profile"
            + " (also count each call's SQL statements and time with pg_stat_statements), --cds (also time the"
            + " product's start with a class-data-sharing archive)");
      }
    }
    Path work = Path.of("bench", "work");
    Files.createDirectories(work);
    int referrals = Math.max(20, (int) Math.round(INCIDENTS_PER_YEAR * YEARS * scale));
    say("Scale %s: %d serious incidents notified over %d years (about %d reviews held), %d LSCBs; %d loader JVMs,"
        + " %d app starts, %d calls per figure", scale, referrals, YEARS, Math.round(referrals * SHARE_HELD),
        LSCB_COUNT, loaders, runs, samples);

    Path loaded = work.resolve("loaded.properties");
    if (reuse && !Files.exists(loaded)) {
      throw new IllegalStateException("--reuse: nothing loaded yet (no " + loaded + "); run bench/run.sh --load-only");
    }
    Path pgdata = work.resolve("pgdata");
    if (!reuse && Files.exists(pgdata)) { // a fresh load starts from an empty cluster
      try (var files = Files.walk(pgdata)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    // never "clean": zonky would delete the data directory when PostgreSQL stops, and --reuse needs it
    // shared_buffers as PostgreSQL's guide starts a dedicated server: a quarter of the memory (the default 128 MB
    // leaves a 27 GB history to the OS cache; docs/operations.md#postgresql-settings)
    String sharedBuffers = "%dMB".formatted(memoryMb() / 4);
    say("PostgreSQL with shared_buffers=%s", sharedBuffers);
    var builder = EmbeddedPostgres.builder().setDataDirectory(pgdata)
        .setCleanDataDirectory(false).setPort(55432).setServerConfig("max_connections", "200")
        .setServerConfig("shared_buffers", sharedBuffers);
    if (SqlProfile.on) {
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
          .setServerConfig("pg_stat_statements.track", "all");
    }
    EmbeddedPostgres pg = builder.start();
    try {
      String url = pg.getJdbcUrl("postgres", "scr_bench");
      SqlProfile.url = pg.getJdbcUrl("postgres", "postgres");
      Map<String, String> figures = new LinkedHashMap<>();
      var state = new java.util.Properties();
      if (reuse) {
        try (var in = Files.newBufferedReader(loaded)) {
          state.load(in);
        }
        say("Reusing the data set loaded on %s: %s referrals", state.getProperty("loadedOn"),
            state.getProperty("referrals"));
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
          c.createStatement().execute("drop database if exists bare_bench");
          c.createStatement().execute("create database bare_bench");
        }
      } else {
        Files.deleteIfExists(loaded);
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
          c.createStatement().execute("create database scr_bench");
          c.createStatement().execute("create database bare_bench");
        }
        long loadStart = System.nanoTime();
        int due = load(url, referrals, loaders);
        state.setProperty("referrals", String.valueOf(referrals));
        state.setProperty("removable", String.valueOf(due));
        state.setProperty("loaders", String.valueOf(loaders));
        state.setProperty("loadSeconds", "%.0f".formatted((System.nanoTime() - loadStart) / 1e9));
        state.setProperty("loadedOn", LocalDateTime.now(LONDON).withNano(0).toString());
        try (var out = Files.newBufferedWriter(loaded)) {
          state.store(out, "the data set in bench/work/pgdata (bench/run.sh --reuse measures it again)");
        }
        if (loadOnly) {
          say("Loaded in %s s; measure with: BENCH_SKIP_BUILD=1 bench/run.sh --reuse", state.getProperty("loadSeconds"));
          return;
        }
      }
      int copies = Integer.parseInt(state.getProperty("copies", "1"));
      if (cloneTo > copies) {
        if (!reuse) {
          throw new IllegalArgumentException("--clone-to works on a loaded data set: use it with --reuse");
        }
        long cloneStart = System.nanoTime();
        Cloner.cloneTo(url, copies, cloneTo);
        state.setProperty("copies", String.valueOf(cloneTo));
        state.setProperty("cloneSeconds", "%.0f".formatted((System.nanoTime() - cloneStart) / 1e9));
        try (var out = Files.newBufferedWriter(loaded)) {
          state.store(out, "the data set in bench/work/pgdata (bench/run.sh --reuse measures it again)");
        }
      }
      if (copies > 1 || cloneTo > 1) {
        figures.put("copies of every loaded review (cloned in SQL, bench/README.md)",
            state.getProperty("copies") + " (cloned in " + state.getProperty("cloneSeconds") + " s)");
      }
      int removable = Integer.parseInt(state.getProperty("removable"));
      figures.put("serious incidents notified (reviews loaded)", state.getProperty("referrals"));
      figures.put("load time (through the engine, %s JVMs)".formatted(state.getProperty("loaders")),
          state.getProperty("loadSeconds") + " s");
      figures.put("historic process instances", String.valueOf(count(url, "select count(*) from act_hi_procinst")));
      figures.put("database size after load", size(url));
      measure(url, runs, samples, removable, figures);
      figures.put("database size after the cleanup batch", size(url));
      figures.put("largest tables", largestTables(url));
      measureBare(pg.getJdbcUrl("postgres", "bare_bench"), runs, samples, figures);
      StringBuilder out = new StringBuilder("| figure | value |\n| --- | --- |\n");
      figures.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
      Files.writeString(work.resolve("results.md"), out);
      if (SqlProfile.on) {
        Files.writeString(work.resolve("sql-profile.md"), SqlProfile.REPORT);
        say("What each call asks of PostgreSQL: bench/work/sql-profile.md");
      }
      System.out.println("\n" + out);
      say("Figures written to bench/work/results.md");
    } finally {
      pg.close();
    }
  }

  // ---------------------------------------------------------------- loading

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
            "-Duser.timezone=Europe/London", "-cp", System.getProperty("java.class.path"), "bench/Bench.java",
            "--load-part", url, String.valueOf(part), String.valueOf(loaders), String.valueOf(referrals))
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
            .absoluteRemovalTime(Date.from(LocalDate.now(LONDON).minusDays(1).atStartOfDay(LONDON).toInstant()))
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
    try {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      byte[] pdf = context.getBean(PdfRenderer.class).render("text-document",
          Map.of("title", "Bench document", "caseReference", "bench", "text", "A fictional document."));
      Loader loader = new Loader(engine, pdf);
      LocalDate today = LocalDate.now(LONDON);
      LocalDate first = today.minusYears(YEARS);
      long days = java.time.temporal.ChronoUnit.DAYS.between(first, today);
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
      ClockUtil.reset();
      context.close();
    }
  }

  /** Drives one review through the engine, as the demo users would, with the clock on each step's day. */
  static final class Loader {
    final ProcessEngine engine;
    final byte[] pdf;
    ProcessInstance instance;

    Loader(ProcessEngine engine, byte[] pdf) {
      this.engine = engine;
      this.pdf = pdf;
    }

    /** Returns the process instance id if the review has ended, else null. */
    String review(String ref, String lscb, LocalDate referral, LocalDate today, Random random) {
      long age = java.time.temporal.ChronoUnit.DAYS.between(referral, today);
      double fate = random.nextDouble();
      // 60% do not lead to a review (as the demo's CR-9107): the chair decides not to hold one
      boolean initiate = fate < SHARE_HELD;
      refer(ref, lscb, referral, initiate ? Map.of() : Map.of("incidentType", "SERIOUS_HARM",
          "seriousHarmKind", "SERIOUS_SEXUAL_ABUSE", "interagencyConcern", false));
      if (age < 10) {
        return null; // S-01: just referred
      }
      step(referral.plusDays(1));
      complete("Task_ApproveIncidentNotification", "businessmanager",
          Map.of("notificationReason", "SCR_POSSIBLE", "notificationSummary", "Bench notification."));
      if (age < 25) {
        return null; // waiting for screening
      }
      step(referral.plusDays(7));
      complete("Task_ConfirmLscbs", "businessmanager", Map.of("partnerLscbs", ""));
      complete("Task_ScreenCase", "panelmember", Map.of("screeningAnswers", "Answers to the 8.12 questions."));
      complete("Task_RecommendToChair", "panelmember", Map.of("recommendation", initiate ? "INITIATE"
          : "DO_NOT_INITIATE", "recommendationReasons", "As screened."));
      if (age < 40) {
        return null; // S-07: waiting for the chair
      }
      LocalDate decision = referral.plusDays(14);
      step(decision);
      complete("Task_DecideInitiation", "chair", Map.of("initiateReview", initiate,
          "decisionDate", decision.toString(), "decisionReasons", initiate ? "Criteria met." : "Criteria not met."));
      if (!initiate) {
        complete("Task_ConsiderLearningReview", "chair", Map.of("learningReviewCommissioned", true));
        return instance.getId();
      }
      LocalDate setUp = decision.plusDays(1);
      step(setUp);
      complete("Task_SetUpPanel", "businessmanager", Map.of("panelChairName", "Independent chair (bench)",
          "overviewAuthorName", "Overview author (bench)", "panelChairConnectedToAgency", false,
          "overviewAuthorConnectedToAgency", false));
      complete("Task_AgreeTermsOfReference", "panelmember", Map.of("periodUnderReviewFrom",
          setUp.minusYears(2).toString(), "periodUnderReviewTo", setUp.minusMonths(1).toString(),
          "caseQuestions", "Information sharing between agencies.", "healthOverviewRequired", false,
          "parallelProceedings", false, "termsOfReferenceAgreedOn", setUp.toString()));
      complete("Task_DrawUpProjectPlan", "panelmember", Map.of("imrDueDate", setUp.plusDays(60).toString()));
      // a few old reviews stay stuck in the IMR stage: the overdue ones of the figures
      if (age < 120 || fate < 0.02) {
        return null;
      }
      LocalDate imrs = setUp.plusDays(60);
      step(imrs);
      completeAll("Task_AppointImrAuthor", "senior", Map.of("imrAuthorName", "Agency reviewer (bench)",
          "imrAuthorRole", "Safeguarding reviewer", "directInvolvement", false, "lineManagerOfPractitioner", false,
          "recordsSecuredOn", imrs.toString(), "declarationDate", imrs.toString()));
      completeAll("Task_WriteImr", "imr", uploads(Map.of("imrNotes", "Written."), "imrFile", "chronologyFile"));
      completeAll("Task_SignOffImr", "senior", Map.of("imrSignedOffBy", "Senior manager (bench)",
          "imrSignedOffOn", imrs.toString()));
      for (Task task : tasks("Task_ScrutiniseImr")) {
        complete(task, "panelmember", Map.of("imrScrutinyOutcome", "ACCEPT", "imrScrutinisedOn", imrs.toString()));
      }
      complete("Task_InviteFamily", "panelmember", Map.of("familyInvitedOn", imrs.toString()));
      complete("Task_RecordFamilyResponse", "panelmember", Map.of("familyResponse", "DECLINED"));
      if (age < 240) {
        return null;
      }
      LocalDate accepted = imrs.plusDays(100);
      step(accepted.minusDays(14));
      complete("Task_WriteOverviewReport", "overviewauthor", uploads(Map.of("draftNotes", "Drafts."),
          "overviewReportFile", "executiveSummaryFile", "actionPlanFile"));
      step(accepted.minusDays(7));
      complete("Task_AgreeDrafts", "panelmember", Map.of("draftsAgreedOn", accepted.minusDays(7).toString()));
      step(accepted);
      complete("Task_AcceptReports", "chair", Map.of("reportsAccepted", true, "acceptanceDate", accepted.toString()));
      step(accepted.plusDays(2));
      complete("Task_PrepareSubmission", "businessmanager", Map.of("submissionNotes", "Overview, summary, plan."));
      if (age < 400) {
        return null;
      }
      LocalDate published = accepted.plusDays(4);
      step(published);
      complete("Task_ConsiderRequestsNotToPublish", "chair", Map.of("compellingWelfareReasons", true,
          "welfareReasons", "Specialist advice: a surviving sibling would recognise the account."));
      complete("Task_CheckLegalRestrictions", "businessmanager", Map.of("legalRestriction", false));
      complete("Task_PreparePublicationVersions", "businessmanager", Map.of("publishableExecutiveSummary",
          "A child died. Agencies did not share what they knew. Lessons and actions follow."));
      complete("Task_SignOffPublication", "chair", Map.of("publicationSignedOffBy", "LSCB chair",
          "publicationSignedOffOn", published.toString()));
      complete("Task_BriefFamily", "panelmember", Map.of("familyBriefedOn", published.toString()));
      fireTimer("Timer_EarliestPublication");
      complete("Task_PublishReports", "businessmanager", Map.of("publishedOn", day().toString(),
          "publicationUrl", "https://lscb.example/scr/bench"));
      if (age < 540) {
        return null;
      }
      step(published.plusDays(80));
      complete("Task_RecordOfstedEvaluation", "businessmanager",
          Map.of("ofstedGrade", "GOOD", "ofstedLetterDate", published.plusDays(80).toString()));
      fireTimer("Timer_ActionPlanReviewDue");
      complete("Task_ReviewActionPlan", "panelmember", Map.of("actionPlanLastReviewedOn", day().toString(),
          "allActionsComplete", true, "actionPlanProgress", "Every action complete."));
      return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0
          ? instance.getId() : null;
    }

    void refer(String ref, String lscb, LocalDate awareness, Map<String, Object> facts) {
      Map<String, Object> referral = new HashMap<>(Map.of("caseReference", ref, "childPseudonym", "Child " + ref,
          "childAgeYears", 4, "incidentDate", awareness.minusDays(1).toString(), "incidentType", "DEATH",
          "abuseOrNeglectKnownOrSuspected", true, "interagencyConcern", true, "residenceLscb", lscb,
          "region", "NORTH_WEST", "lookedAfter", false));
      referral.putAll(Map.of("agenciesInvolved", List.of("police", "health"), "parallelProceedingsKnown", false,
          "awarenessDate", awareness.toString(), "referralSummary", "Bench referral."));
      referral.putAll(facts);
      step(awareness);
      engine.getIdentityService().setAuthentication("businessmanager", List.of("lscb-business-manager"));
      try {
        instance = engine.getRuntimeService().startProcessInstanceByKey("serious-case-review", ref, referral);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      runJobs();
    }

    void step(LocalDate day) {
      ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(LONDON).toInstant()));
    }

    LocalDate day() {
      return ClockUtil.getCurrentTime().toInstant().atZone(LONDON).toLocalDate();
    }

    Map<String, Object> uploads(Map<String, Object> values, String... fields) {
      Map<String, Object> all = new HashMap<>(values);
      for (String field : fields) {
        all.put(field, Variables.fileValue(field + ".pdf").file(pdf).mimeType("application/pdf").create());
      }
      return all;
    }

    void complete(String taskKey, String user, Map<String, Object> variables) {
      List<Task> open = tasks(taskKey);
      if (open.isEmpty()) {
        throw new IllegalStateException(instance.getBusinessKey() + ": no open task " + taskKey);
      }
      complete(open.get(0), user, variables);
    }

    void completeAll(String taskKey, String role, Map<String, Object> variables) {
      for (Task task : tasks(taskKey)) {
        String agency = (String) engine.getTaskService().getVariable(task.getId(), "agencyId");
        complete(task, agency + role, variables);
      }
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

    void fireTimer(String activityId) {
      for (String id : tree()) {
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(id).timers()
            .activityId(activityId).list();
        if (!timers.isEmpty()) {
          ClockUtil.setCurrentTime(timers.get(0).getDuedate());
          engine.getManagementService().executeJob(timers.get(0).getId());
          runJobs();
          return;
        }
      }
      throw new IllegalStateException(instance.getBusinessKey() + ": no timer " + activityId);
    }

    /** The asynchronous steps (notifications, documents) the job executor would run. */
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

    List<String> tree() {
      List<String> ids = new ArrayList<>(List.of(instance.getId()));
      for (int i = 0; i < ids.size(); i++) {
        engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
            .forEach(child -> ids.add(child.getId()));
      }
      return ids;
    }
  }

  // ---------------------------------------------------------------- scale beyond what the engine loads in an hour

  /**
   * Copies every review the engine loaded, with all its rows (runtime, history, byte arrays, documents,
   * notifications, vault), as new reviews: the ids of process instances, executions, tasks, variables, jobs and
   * byte arrays are rewritten by a fixed substitution of hex digits per copy (the same in every table, so the
   * rows of a copy point at each other, and never equal to an original id), case references become CR-k...
   * (copy k), definitions, tenants, users and groups stay. So the tables hold k times the data as the engine
   * made it, with the same shapes, dates and LSCBs.
   */
  static final class Cloner {
    /** Columns that hold the id of something that belongs to one process instance. */
    static final List<String> INSTANCE_IDS = List.of("id_", "act_inst_id_", "bytearray_id_", "call_proc_inst_id_",
        "cause_incident_id_", "content_id_", "dec_inst_id_", "error_details_id_", "exception_stack_id_",
        "execution_id_", "ext_task_id_", "external_task_id_", "job_exception_stack_id_", "job_id_",
        "last_failure_log_id_", "parent_act_inst_id_", "parent_id_", "parent_task_id_", "proc_inst_id_",
        "process_instance_id_", "root_cause_incident_id_", "root_dec_inst_id_", "root_proc_inst_id_", "super_exec_",
        "super_process_instance_id_", "task_id_", "var_inst_id_", "var_scope_", "restarted_proc_inst_id_");
    /** The tables copied, with which of their rows belong to a review. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
      // byte arrays first: variables, jobs and history rows refer to them by foreign key. A running instance's
      // byte arrays (type 2, runtime) carry no root instance id; deployment resources (type 1) are not copied
      TABLES.put("act_ge_bytearray", "root_proc_inst_id_ is not null or type_ = 2");
      for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_event_subscr",
          "act_ru_incident", "act_ru_ext_task", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
          "act_hi_varinst", "act_hi_detail", "act_hi_decinst", "act_hi_incident", "act_hi_op_log", "act_hi_comment",
          "act_hi_attachment", "act_hi_ext_task_log")) {
        TABLES.put(table, "proc_inst_id_ is not null");
      }
      TABLES.put("act_ru_job", "process_instance_id_ is not null");
      TABLES.put("act_hi_job_log", "process_instance_id_ is not null");
      TABLES.put("act_ru_identitylink", "task_id_ is not null");
      TABLES.put("act_hi_identitylink", "task_id_ is not null or root_proc_inst_id_ is not null");
      TABLES.put("act_hi_dec_in", "root_proc_inst_id_ is not null");
      TABLES.put("act_hi_dec_out", "root_proc_inst_id_ is not null");
      TABLES.put("scr_notification", "case_reference like 'CR-%'");
      TABLES.put("scr_document", "case_reference like 'CR-%'");
      TABLES.put("scr_identity_detail", "case_reference like 'CR-%'");
    }

    static void cloneTo(String url, int have, int want) throws Exception {
      try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
        c.setAutoCommit(true);
        var sql = c.createStatement();
        if (have == 1) { // the originals' keys, once: every copy is made from them
          sql.execute("create schema if not exists bench_originals");
          for (var table : TABLES.entrySet()) {
            String key = table.getKey().startsWith("scr_") ? "id" : "id_";
            sql.execute("drop table if exists bench_originals." + table.getKey());
            sql.execute("create table bench_originals.%s as select %s as key from %s where %s".formatted(
                table.getKey(), key, table.getKey(), table.getValue()));
          }
        }
        for (int copy = have; copy < want; copy++) {
          long t0 = System.nanoTime();
          c.setAutoCommit(false);
          for (String table : TABLES.keySet()) {
            sql.execute(insert(c, table, copy));
          }
          c.commit();
          c.setAutoCommit(true);
          say("  copy %d of %d made in %.0f s", copy + 1, want, (System.nanoTime() - t0) / 1e9);
        }
        say("  analysing the tables");
        sql.execute("analyze");
      }
    }

    /** INSERT ... SELECT of the originals of one table as copy number {@code copy} (1, 2, ...). */
    static String insert(Connection c, String table, int copy) throws Exception {
      String hex = "0123456789abcdef";
      String substituted = hex.substring(copy % 16) + hex.substring(0, copy % 16);
      List<String> columns = new ArrayList<>();
      List<String> values = new ArrayList<>();
      try (var rs = c.getMetaData().getColumns(null, "public", table, null)) {
        while (rs.next()) {
          String column = rs.getString("COLUMN_NAME");
          String value;
          if (table.startsWith("scr_") && column.equals("id")) {
            continue; // generated
          } else if (INSTANCE_IDS.contains(column) || column.equals("process_instance_id")) {
            value = "translate(%s, '%s', '%s')".formatted(column, hex, substituted);
          } else if (column.equals("business_key_") || column.equals("case_reference")) {
            value = "case when %1$s like 'CR-%%' then 'CR-%2$d' || substr(%1$s, 4) else %1$s end"
                .formatted(column, copy);
          } else if (column.equals("text_") && List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")
              .contains(table)) {
            value = "case when name_ = 'caseReference' and text_ like 'CR-%%' then 'CR-%d' || substr(text_, 4)"
                .formatted(copy) + " else text_ end";
          } else if (column.equals("notification_key")) {
            value = "notification_key || '#copy%d'".formatted(copy);
          } else {
            value = column;
          }
          columns.add(column);
          values.add(value);
        }
      }
      String key = table.startsWith("scr_") ? "id" : "id_";
      return "insert into %s (%s) select %s from %s where %s in (select key from bench_originals.%s)".formatted(
          table, String.join(", ", columns), String.join(", ", values), table, key, table);
    }
  }

  // ---------------------------------------------------------------- measuring

  /** --cds: the product is also started from its extracted jar with a class-data-sharing archive. */
  static boolean cds;

  static void measure(String url, int runs, int samples, int removable, Map<String, String> figures)
      throws Exception {
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.getFileName().toString().matches("scr-workflow-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No target/scr-workflow-*.jar: run bench/run.sh"));
    }
    List<String> arguments = List.of("--spring.profiles.active=postgres,demo",
        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres", "--camunda.bpm.job-execution.enabled=false",
        "--scr.demo.seed-reviews=false");
    startsAndCalls("App", List.of("-jar", jar.toString()), 58080, arguments, runs, figures, "", (http, app) -> {
      calls(http, samples, figures);
      figures.put("resident memory after the calls", "%.0f MB".formatted(rssMb(app.pid())));
      cleanup(http, url, removable, figures);
    });
    if (cds) {
      startsAndCalls("App with CDS", classDataSharing(jar, arguments), 58080, arguments, runs, figures,
          "with a CDS archive (docs/operations.md): ", (http, app) -> {});
    }
  }

  /**
   * The JVM options that start the product from its extracted jar with a class-data-sharing archive of the
   * classes a start loads (Spring Boot's "extract", then one training start that stops once the context is
   * refreshed), as docs/operations.md describes for a production host. Made once, in bench/work/cds.
   */
  static List<String> classDataSharing(Path jar, List<String> arguments) throws Exception {
    Path dir = Path.of("bench", "work", "cds");
    Path extracted = dir.resolve("app").resolve(jar.getFileName());
    Path archive = dir.resolve("app.jsa");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
      Files.delete(archive); // made from an older jar: the JVM would refuse it
    }
    if (!Files.exists(archive)) {
      say("Making the CDS archive: extract the jar, one training start");
      run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
          dir.resolve("app").toString()));
      List<String> training = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive,
          "-Dspring.context.exit=onRefresh", "-jar", extracted.toString(), "--server.port=58080"));
      training.addAll(arguments);
      run(training);
    }
    return List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
  }

  static void run(List<String> command) throws Exception {
    Path log = Path.of("bench", "work", "cds", "make.log");
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
    }
  }

  /** What is measured in the last of the app's starts. */
  interface LastRun {
    void measure(Http http, Process app) throws Exception;
  }

  /**
   * Starts {@code java -jar jar} {@code runs} times (job executor off where the app has one), each time measuring
   * the time to readiness and the resident memory 2 s later; in the last run, {@code last} measures the calls.
   */
  static void startsAndCalls(String name, List<String> jvm, int port, List<String> arguments, int runs,
      Map<String, String> figures, String prefix, LastRun last) throws Exception {
    List<Double> startups = new ArrayList<>();
    List<Double> idleRss = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      say("%s start %d/%d: java %s", name, run, runs, String.join(" ", jvm));
      Path log = Path.of("bench", "work", name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + run + ".log");
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString()));
      command.addAll(jvm);
      command.add("--server.port=" + port);
      command.addAll(arguments);
      long t0 = System.nanoTime();
      Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      try {
        Http http = new Http("http://localhost:" + port);
        while (http.status("/actuator/health/readiness", null) != 200) {
          if (!app.isAlive()) {
            throw new IllegalStateException(name + " stopped; see " + log);
          }
          Thread.sleep(100);
        }
        startups.add((System.nanoTime() - t0) / 1e9);
        Thread.sleep(2000);
        idleRss.add(rssMb(app.pid()));
        say("  ready in %.1f s, %.0f MB resident", startups.get(startups.size() - 1), idleRss.get(idleRss.size() - 1));
        if (run == runs) {
          last.measure(http, app);
        }
      } finally {
        app.destroy();
        app.waitFor();
      }
    }
    figures.put(prefix + "start-up to ready (java -jar to readiness UP)", stats(startups, "s"));
    figures.put(prefix + "resident memory, idle after start", stats(idleRss, "MB"));
  }

  static void calls(Http http, int samples, Map<String, String> figures) throws Exception {
    String[] filters = {"My tasks:businessmanager", "My group's tasks:panelmember", "Overdue:businessmanager",
        "IMRs for my agency:policeimr", "Decisions for the LSCB chair:chair", "All open reviews:businessmanager"};
    int[] restStarts = {0};
    // CR-6bbbbnnn: a new block of references per measuring run, so that a --reuse run starts new reviews
    String block = "%04d".formatted((System.currentTimeMillis() / 1000) % 10_000);
    time(figures, "start a review over REST (businessmanager)", samples, () -> {
      int n = ++restStarts[0];
      String ref = "CR-6" + block + "%03d".formatted(n);
      return http.post("/engine-rest/process-definition/key/serious-case-review/start", "businessmanager", """
          {"businessKey": "%s", "variables": {
            "caseReference": {"value": "%s", "type": "String"},
            "childPseudonym": {"value": "Child R", "type": "String"},
            "incidentDate": {"value": "2026-01-05", "type": "String"},
            "incidentType": {"value": "DEATH", "type": "String"},
            "abuseOrNeglectKnownOrSuspected": {"value": true, "type": "Boolean"},
            "interagencyConcern": {"value": true, "type": "Boolean"},
            "awarenessDate": {"value": "2026-01-06", "type": "String"},
            "residenceLscb": {"value": "lscb-northmoor", "type": "String"},
            "region": {"value": "NORTH_WEST", "type": "String"},
            "lookedAfter": {"value": false, "type": "Boolean"},
            "agenciesInvolved": {"value": "[\\"police\\",\\"health\\"]", "type": "Json"},
            "parallelProceedingsKnown": {"value": false, "type": "Boolean"}}}""".formatted(ref, ref));
    });
    steps(http, block, restStarts[0], figures);
    for (String filterAndUser : filters) {
      String[] parts = filterAndUser.split(":");
      String filterId = http.filterId(parts[0], parts[1]);
      time(figures, "Tasklist filter \"" + parts[0] + "\" as " + parts[1] + " (list of 15 + count)", samples, () -> {
        int status = http.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", parts[1],
            "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
        return status == 200 ? http.status("/engine-rest/filter/" + filterId + "/count", parts[1]) : status;
      });
    }
    time(figures, "managers' report GET /api/reports/reviews (manager)", samples,
        () -> http.status("/api/reports/reviews", "manager"));
    time(figures, "timeliness report GET /api/reports/timeliness (manager)", samples,
        () -> http.status("/api/reports/timeliness", "manager"));
    time(figures, "Cockpit statistics GET /engine-rest/process-definition/statistics?incidents=true (admin)",
        samples, () -> http.status("/engine-rest/process-definition/statistics?incidents=true", "admin"));
  }

  /**
   * One step of a review, as the bare app's one step: completing a task (the business manager approves the
   * notification of each review just started) and running an asynchronous service task (each notification job
   * those reviews made, executed over REST as the job executor would).
   */
  static void steps(Http http, String block, int started, Map<String, String> figures) {
    List<Double> completions = new ArrayList<>();
    List<Double> jobs = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    List<String> tasks = new ArrayList<>();
    for (int n = 1; n <= started; n++) { // the reviews started above, each at its first task
      String ref = "CR-6" + block + "%03d".formatted(n);
      String instance = http.firstId("/engine-rest/process-instance?businessKey=" + ref, "admin");
      executeJobs(http, instance, jobs);
      instances.add(instance);
      tasks.add(http.firstId("/engine-rest/task?processInstanceId=" + instance
          + "&taskDefinitionKey=Task_ApproveIncidentNotification", "businessmanager"));
    }
    SqlProfile.reset();
    for (String task : tasks) {
      long t0 = System.nanoTime();
      check("complete a task", http.post("/engine-rest/task/" + task + "/complete", "businessmanager", """
          {"variables": {"notificationReason": {"value": "SCR_POSSIBLE", "type": "String"},
            "notificationSummary": {"value": "Bench notification.", "type": "String"}}}"""));
      completions.add((System.nanoTime() - t0) / 1e6);
    }
    SqlProfile.collect(STEP_COMPLETE, tasks.size());
    List<String> due = new ArrayList<>();
    instances.forEach(instance -> due.addAll(jobIds(http, instance)));
    jobs.clear();
    SqlProfile.reset();
    executeJobs(http, due, jobs);
    SqlProfile.collect(STEP_JOB, due.size());
    record(figures, STEP_COMPLETE, completions.subList(Math.min(3, completions.size() - 1), completions.size()));
    record(figures, STEP_JOB, jobs.subList(Math.min(3, jobs.size() - 1), jobs.size()));
  }

  static final String STEP_COMPLETE = "complete a task over REST (a review: approve the notification; bare: its one task)";
  static final String STEP_JOB = "run an asynchronous service task (POST /job/{id}/execute; a review: a notification"
      + " with its letter; bare: a delegate that sets a variable)";

  static void executeJobs(Http http, String instance, List<Double> millis) {
    executeJobs(http, jobIds(http, instance), millis);
  }

  /** The ids of the instance's asynchronous continuations (message jobs, not timers). */
  static List<String> jobIds(Http http, String instance) {
    return http.ids("/engine-rest/job?processInstanceId=" + instance + "&messages=true", "admin");
  }

  static void executeJobs(Http http, List<String> ids, List<Double> millis) {
    for (String job : ids) {
      long t0 = System.nanoTime();
      check("execute a job", http.post("/engine-rest/job/" + job + "/execute", "admin", ""));
      millis.add((System.nanoTime() - t0) / 1e6);
    }
  }

  // ---------------------------------------------------------------- the bare Camunda starter

  /** The same steps on bench/bare: the Camunda starter with a one-task process, on its own database. */
  static void measureBare(String url, int runs, int samples, Map<String, String> figures) throws Exception {
    Path jar = Path.of("bench", "bare", "target", "bare-camunda-1.0.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("No " + jar + ": run bench/run.sh (it builds the bare app)");
    }
    startsAndCalls("Bare app", List.of("-jar", jar.toString()), 58081, List.of("--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"), runs, figures, "bare: ",
        (http, app) -> {
          bareCalls(http, samples, figures);
          figures.put("bare: resident memory after the calls", "%.0f MB".formatted(rssMb(app.pid())));
        });
    StringBuilder ratios = new StringBuilder();
    for (String[] pair : new String[][] {
        {"start a review over REST (businessmanager)", "bare: start an instance over REST"},
        {STEP_COMPLETE, "bare: " + STEP_COMPLETE},
        {STEP_JOB, "bare: " + STEP_JOB},
        {"Tasklist filter \"My group's tasks\" as panelmember (list of 15 + count)", "bare: task list of 15 + count"},
        {"Cockpit statistics GET /engine-rest/process-definition/statistics?incidents=true (admin)",
            "bare: Cockpit statistics"}}) {
      Double product = MEDIANS.get(pair[0]);
      Double bare = MEDIANS.get(pair[1]);
      if (product != null && bare != null) {
        ratios.append("%s: %.1fx (%.0f / %.0f ms); ".formatted(pair[1].substring(6), product / bare, product, bare));
      }
    }
    figures.put("ratios product / bare, medians", ratios.toString());
  }

  static void bareCalls(Http http, int samples, Map<String, String> figures) {
    for (int i = 0; i < 200; i++) { // some history and open tasks behind the figures
      check("seed", http.post("/engine-rest/process-definition/key/one-task/start", null, "{}"));
    }
    time(figures, "bare: start an instance over REST", samples,
        () -> http.post("/engine-rest/process-definition/key/one-task/start", null, "{}"));
    List<Double> completions = new ArrayList<>();
    List<Double> jobs = new ArrayList<>();
    List<String> tasks = http.ids("/engine-rest/task?processDefinitionKey=one-task&firstResult=0&maxResults="
        + (samples + 3), null);
    SqlProfile.reset();
    for (String task : tasks) {
      long t0 = System.nanoTime();
      check("complete", http.post("/engine-rest/task/" + task + "/complete", null, "{}"));
      completions.add((System.nanoTime() - t0) / 1e6);
    }
    SqlProfile.collect("bare: " + STEP_COMPLETE, tasks.size());
    List<String> due = http.ids("/engine-rest/job?messages=true&firstResult=0&maxResults=" + tasks.size(), null);
    SqlProfile.reset();
    executeJobs(http, due, jobs);
    SqlProfile.collect("bare: " + STEP_JOB, due.size());
    record(figures, "bare: " + STEP_COMPLETE, completions.subList(3, completions.size()));
    record(figures, "bare: " + STEP_JOB, jobs.subList(3, jobs.size()));
    time(figures, "bare: task list of 15 + count", samples, () -> {
      int status = http.status("/engine-rest/task?candidateGroup=workers&sortBy=created&sortOrder=desc"
          + "&firstResult=0&maxResults=15", null);
      return status == 200 ? http.status("/engine-rest/task/count?candidateGroup=workers", null) : status;
    });
    time(figures, "bare: Cockpit statistics", samples,
        () -> http.status("/engine-rest/process-definition/statistics?incidents=true", null));
  }

  static void cleanup(Http http, String url, int removable, Map<String, String> figures) throws Exception {
    long before = count(url, "select count(*) from act_hi_procinst");
    String job = http.body("POST", "/engine-rest/history/cleanup?immediatelyDue=true", "admin", "");
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(job);
    if (!id.find()) {
      figures.put("one history-cleanup batch", "no cleanup job: " + job);
      return;
    }
    long t0 = System.nanoTime();
    int status = http.post("/engine-rest/job/" + id.group(1) + "/execute", "admin", "");
    double seconds = (System.nanoTime() - t0) / 1e9;
    long after = count(url, "select count(*) from act_hi_procinst");
    figures.put("one history-cleanup batch (POST /job/{id}/execute)", "%.2f s, HTTP %d: %d of %d historic process"
        .formatted(seconds, status, before - after, before) + " instances removed (%d ended reviews were due)"
        .formatted(removable));
  }

  static void time(Map<String, String> figures, String name, int samples, Supplier<Integer> call) {
    for (int i = 0; i < 3; i++) {
      check(name, call.get()); // warm-up
    }
    List<Double> millis = new ArrayList<>();
    SqlProfile.reset();
    for (int i = 0; i < samples; i++) {
      long t0 = System.nanoTime();
      check(name, call.get());
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    SqlProfile.collect(name, samples);
    record(figures, name, millis);
  }

  /**
   * --sql-profile: what the measured calls asked of PostgreSQL, from pg_stat_statements (reset before a figure's
   * calls, read after them): statements and their execution time per call, and the costliest statements.
   */
  static final class SqlProfile {
    static boolean on;
    static String url;
    static final StringBuilder REPORT = new StringBuilder("# What each call asks of PostgreSQL\n\n"
        + "pg_stat_statements, per call of the figure (a JDBC batch counts each of its statements).\n");

    static void reset() {
      if (on) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
          c.createStatement().execute("create extension if not exists pg_stat_statements");
          c.createStatement().execute("select pg_stat_statements_reset()");
        } catch (Exception e) {
          throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
        }
      }
    }

    static void collect(String figure, int calls) {
      if (!on || calls == 0) {
        return;
      }
      String database = figure.startsWith("bare: ") ? "bare_bench" : "scr_bench";
      try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
          var query = c.prepareStatement("select s.calls, s.total_exec_time, s.rows, s.query from"
              + " pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = ?"
              + " and s.query not like '%pg_stat_statements%' order by s.total_exec_time desc")) {
        query.setString(1, database);
        long statements = 0;
        double millis = 0;
        List<String> costliest = new ArrayList<>();
        try (var rs = query.executeQuery()) {
          while (rs.next()) {
            statements += rs.getLong(1);
            millis += rs.getDouble(2);
            if (costliest.size() < 6) {
              costliest.add("| %.2f | %.2f | %.1f | `%s` |".formatted(rs.getLong(1) / (double) calls,
                  rs.getDouble(2) / calls, rs.getLong(3) / (double) Math.max(1, rs.getLong(1)),
                  rs.getString(4).replaceAll("\\s+", " ").replace("|", "\\|")
                      .substring(0, Math.min(240, rs.getString(4).replaceAll("\\s+", " ").length()))));
            }
          }
        }
        say("  SQL per call of \"%s\": %.1f statements, %.2f ms", figure, statements / (double) calls, millis / calls);
        REPORT.append("\n## ").append(figure).append("\n\n%d calls; per call %.1f statements, %.2f ms executing them\n\n"
            .formatted(calls, statements / (double) calls, millis / calls))
            .append("| per call | ms per call | rows each | statement |\n| --- | --- | --- | --- |\n")
            .append(String.join("\n", costliest)).append("\n");
      } catch (Exception e) {
        throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
      }
    }
  }

  /** Medians of the product's and the bare app's steps, for the ratios. */
  static final Map<String, Double> MEDIANS = new LinkedHashMap<>();

  static void record(Map<String, String> figures, String name, List<Double> millis) {
    figures.put(name, stats(millis, "ms"));
    MEDIANS.put(name, median(millis));
    say("  %s: %s", name, figures.get(name));
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
  }

  static void check(String name, int status) {
    if (status / 100 != 2) {
      throw new IllegalStateException(name + ": HTTP " + status);
    }
  }

  static String stats(List<Double> values, String unit) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double median = median(values);
    double p95 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(0.95 * sorted.size()) - 1));
    String format = unit.equals("ms") ? "%.0f" : "%.1f";
    return ("median " + format + " %s, p95 " + format + " %s (n=%d)").formatted(median, unit, p95, unit, sorted.size());
  }

  static long memoryMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return 512;
  }

  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return -1;
  }

  static String size(String url) throws Exception {
    return "%.1f MB".formatted(count(url, "select pg_database_size('scr_bench')") / 1048576.0);
  }

  static String largestTables(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        var rs = c.createStatement().executeQuery("select relname, pg_total_relation_size(relid) s, n_live_tup"
            + " from pg_stat_user_tables order by s desc limit 5")) {
      List<String> parts = new ArrayList<>();
      while (rs.next()) {
        parts.add("%s %.1f MB (%d rows)".formatted(rs.getString(1), rs.getLong(2) / 1048576.0, rs.getLong(3)));
      }
      return String.join("; ", parts);
    }
  }

  static long count(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void say(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench %tT] " + format + "%n", prepend(new Date(), args));
  }

  static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** HTTP Basic calls with the demo password. */
  record Http(String base) {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpRequest.Builder request(String path, String user) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
      if (user != null) {
        builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
      }
      return builder;
    }

    int status(String path, String user) {
      try {
        return CLIENT.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        return -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    int post(String path, String user, String json) {
      try {
        return CLIENT.send(request(path, user).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    String body(String method, String path, String user, String json) {
      try {
        return CLIENT.send(request(path, user).header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString())
            .body();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    List<String> ids(String path, String user) {
      Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body("GET", path, user, ""));
      List<String> ids = new ArrayList<>();
      while (id.find()) {
        ids.add(id.group(1));
      }
      return ids;
    }

    String firstId(String path, String user) {
      return ids(path, user).stream().findFirst()
          .orElseThrow(() -> new IllegalStateException("Nothing at " + path + " for " + user));
    }

    String filterId(String name, String user) {
      String json = body("GET", "/engine-rest/filter?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
          .replace("+", "%20"), user, "");
      Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
      if (!id.find()) {
        throw new IllegalStateException("No filter " + name + " for " + user + ": " + json);
      }
      return id.group(1);
    }
  }
}
