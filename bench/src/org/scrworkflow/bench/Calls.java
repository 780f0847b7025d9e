package org.scrworkflow.bench;

import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS_KNOWN;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.scenario.StandardAnswers.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.scrworkflow.process.SeriousCaseReview;

/**
 * The calls measured over HTTP in an application's last start (bench/README.md, steps 4 and 5), each as the role
 * that makes it: on the product, starting a review, one step of a review (a task completed, a job executed), each
 * Tasklist filter, the managers' reports, Cockpit's statistics and one history-cleanup batch; on the bare starter,
 * the same kinds of call. Each figure is {@code samples} timed calls after 3 warm-up calls, recorded in the
 * {@link Report} and, with --sql-profile, counted in PostgreSQL.
 */
final class Calls {

  static final String START_REVIEW = "start a review over REST (businessmanager)";
  static final String STEP_COMPLETE = "complete a task over REST (a review: approve the notification; bare: its one"
      + " task)";
  static final String STEP_JOB = "run an asynchronous service task (POST /job/{id}/execute; a review: a notification"
      + " with its letter; bare: a delegate that sets a variable)";
  static final String COCKPIT = "Cockpit statistics GET /engine-rest/process-definition/statistics?incidents=true"
      + " (admin)";
  /** Each Tasklist filter and the demo user whose list it is measured as. */
  static final String[] FILTERS = {"My tasks:businessmanager", "My group's tasks:panelmember",
      "Overdue:businessmanager", "IMRs for my agency:policeimr", "Decisions for the LSCB chair:chair",
      "All open reviews:businessmanager"};

  private final Http http;
  private final int samples;
  private final Report report;
  private final SqlProfile sql;

  Calls(Http http, int samples, Report report, SqlProfile sql) {
    this.http = http;
    this.samples = samples;
    this.report = report;
    this.sql = sql;
  }

  /** The product's calls. */
  void product() {
    int[] restStarts = {0};
    // CR-6bbbbnnn: a new block of references per measuring run, so that a --reuse run starts new reviews
    String block = "%04d".formatted((System.currentTimeMillis() / 1000) % 10_000);
    time(START_REVIEW, () -> {
      int n = ++restStarts[0];
      String ref = "CR-6" + block + "%03d".formatted(n);
      return http.post("/engine-rest/process-definition/key/" + SeriousCaseReview.KEY + "/start", "businessmanager",
          "{\"businessKey\": %s, \"variables\": %s}".formatted(quote(ref), json(referral(ref))));
    });
    steps(block, restStarts[0]);
    for (String filterAndUser : FILTERS) {
      String[] parts = filterAndUser.split(":");
      String filterId = http.filterId(parts[0], parts[1]);
      time("Tasklist filter \"" + parts[0] + "\" as " + parts[1] + " (list of 15 + count)", () -> {
        int status = http.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", parts[1],
            "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
        return status == 200 ? http.status("/engine-rest/filter/" + filterId + "/count", parts[1]) : status;
      });
    }
    time("managers' report GET /api/reports/reviews (manager)", () -> http.status("/api/reports/reviews", "manager"));
    time("timeliness report GET /api/reports/timeliness (manager)",
        () -> http.status("/api/reports/timeliness", "manager"));
    time(COCKPIT, () -> http.status("/engine-rest/process-definition/statistics?incidents=true", "admin"));
  }

  /** The referral a review is started with over REST, as the start form sends it. */
  private static Map<String, Object> referral(String ref) {
    return values().with(CASE_REFERENCE, ref).with(CHILD_PSEUDONYM, "Child R")
        .with(INCIDENT_DATE, LocalDate.of(2026, 1, 5)).with(INCIDENT_TYPE, "DEATH").with(ABUSE_OR_NEGLECT, true)
        .with(INTERAGENCY_CONCERN, true).with(AWARENESS_DATE, LocalDate.of(2026, 1, 6))
        .with(RESIDENCE_LSCB, "lscb-northmoor").with(REGION, "NORTH_WEST").with(LOOKED_AFTER, false)
        .with(AGENCIES_INVOLVED, List.of("police", "health")).with(PARALLEL_PROCEEDINGS_KNOWN, false)
        .with(REFERRAL_SUMMARY, "Bench referral.");
  }

  /**
   * One step of a review, as the bare app's one step: completing a task (the business manager approves the
   * notification of each review just started) and running an asynchronous service task (each notification job
   * those reviews made, executed over REST as the job executor would).
   */
  private void steps(String block, int started) {
    List<Double> completions = new ArrayList<>();
    List<Double> jobs = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    List<String> tasks = new ArrayList<>();
    for (int n = 1; n <= started; n++) { // the reviews started above, each at its first task
      String ref = "CR-6" + block + "%03d".formatted(n);
      String instance = http.firstId("/engine-rest/process-instance?businessKey=" + ref, "admin");
      executeJobs(jobIds(instance), jobs);
      instances.add(instance);
      tasks.add(http.firstId("/engine-rest/task?processInstanceId=" + instance
          + "&taskDefinitionKey=" + TASK_APPROVE_INCIDENT_NOTIFICATION, "businessmanager"));
    }
    String approval = "{\"variables\": %s}".formatted(json(values().with(NOTIFICATION_REASON, "SCR_POSSIBLE")
        .with(NOTIFICATION_SUMMARY, "Bench notification.")));
    sql.reset();
    for (String task : tasks) {
      long t0 = System.nanoTime();
      check("complete a task", http.post("/engine-rest/task/" + task + "/complete", "businessmanager", approval));
      completions.add((System.nanoTime() - t0) / 1e6);
    }
    sql.collect(STEP_COMPLETE, tasks.size());
    List<String> due = new ArrayList<>();
    instances.forEach(instance -> due.addAll(jobIds(instance)));
    jobs.clear();
    sql.reset();
    executeJobs(due, jobs);
    sql.collect(STEP_JOB, due.size());
    report.record(STEP_COMPLETE, completions.subList(Math.min(3, completions.size() - 1), completions.size()));
    report.record(STEP_JOB, jobs.subList(Math.min(3, jobs.size() - 1), jobs.size()));
  }

  /** The bare starter's calls: 200 instances as a backdrop, then the same kinds of call as the product's. */
  void bare() {
    for (int i = 0; i < 200; i++) { // some history and open tasks behind the figures
      check("seed", http.post("/engine-rest/process-definition/key/one-task/start", null, "{}"));
    }
    time("bare: start an instance over REST",
        () -> http.post("/engine-rest/process-definition/key/one-task/start", null, "{}"));
    List<Double> completions = new ArrayList<>();
    List<Double> jobs = new ArrayList<>();
    List<String> tasks = http.ids("/engine-rest/task?processDefinitionKey=one-task&firstResult=0&maxResults="
        + (samples + 3), null);
    sql.reset();
    for (String task : tasks) {
      long t0 = System.nanoTime();
      check("complete", http.post("/engine-rest/task/" + task + "/complete", null, "{}"));
      completions.add((System.nanoTime() - t0) / 1e6);
    }
    sql.collect("bare: " + STEP_COMPLETE, tasks.size());
    List<String> due = http.ids("/engine-rest/job?messages=true&firstResult=0&maxResults=" + tasks.size(), null);
    sql.reset();
    executeJobs(due, jobs);
    sql.collect("bare: " + STEP_JOB, due.size());
    report.record("bare: " + STEP_COMPLETE, completions.subList(3, completions.size()));
    report.record("bare: " + STEP_JOB, jobs.subList(3, jobs.size()));
    time("bare: task list of 15 + count", () -> {
      int status = http.status("/engine-rest/task?candidateGroup=workers&sortBy=created&sortOrder=desc"
          + "&firstResult=0&maxResults=15", null);
      return status == 200 ? http.status("/engine-rest/task/count?candidateGroup=workers", null) : status;
    });
    time("bare: Cockpit statistics", () -> http.status("/engine-rest/process-definition/statistics?incidents=true",
        null));
  }

  /** One history-cleanup batch: the job the cleanup makes, executed over REST, and what it removed. */
  void cleanup(String url, int removable) throws Exception {
    long before = Report.count(url, "select count(*) from act_hi_procinst");
    String job = http.body("POST", "/engine-rest/history/cleanup?immediatelyDue=true", "admin", "");
    Matcher id = Http.ID.matcher(job);
    if (!id.find()) {
      report.put("one history-cleanup batch", "no cleanup job: " + job);
      return;
    }
    long t0 = System.nanoTime();
    int status = http.post("/engine-rest/job/" + id.group(1) + "/execute", "admin", "");
    double seconds = (System.nanoTime() - t0) / 1e9;
    long after = Report.count(url, "select count(*) from act_hi_procinst");
    report.put("one history-cleanup batch (POST /job/{id}/execute)", "%.2f s, HTTP %d: %d of %d historic process"
        .formatted(seconds, status, before - after, before) + " instances removed (%d ended reviews were due)"
        .formatted(removable));
  }

  /** Times {@code samples} calls after 3 warm-up calls; every call must answer 2xx. */
  void time(String name, Supplier<Integer> call) {
    for (int i = 0; i < 3; i++) {
      check(name, call.get()); // warm-up
    }
    List<Double> millis = new ArrayList<>();
    sql.reset();
    for (int i = 0; i < samples; i++) {
      long t0 = System.nanoTime();
      check(name, call.get());
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    sql.collect(name, samples);
    report.record(name, millis);
  }

  /** The ids of the instance's asynchronous continuations (message jobs, not timers). */
  private List<String> jobIds(String instance) {
    return http.ids("/engine-rest/job?processInstanceId=" + instance + "&messages=true", "admin");
  }

  private void executeJobs(List<String> ids, List<Double> millis) {
    for (String job : ids) {
      long t0 = System.nanoTime();
      check("execute a job", http.post("/engine-rest/job/" + job + "/execute", "admin", ""));
      millis.add((System.nanoTime() - t0) / 1e6);
    }
  }

  static void check(String name, int status) {
    if (status / 100 != 2) {
      throw new IllegalStateException(name + ": HTTP " + status);
    }
  }

  /** Variables as the REST API takes them, typed: text as String, a flag as Boolean, a list as Json. */
  static String json(Map<String, Object> variables) {
    List<String> fields = new ArrayList<>();
    variables.forEach((name, value) -> {
      String typed;
      if (value instanceof Boolean flag) {
        typed = "{\"value\": %s, \"type\": \"Boolean\"}".formatted(flag);
      } else if (value instanceof List<?> list) {
        typed = "{\"value\": %s, \"type\": \"Json\"}".formatted(quote(list.stream()
            .map(element -> quote(element.toString())).collect(Collectors.joining(",", "[", "]"))));
      } else if (value instanceof String text) {
        typed = "{\"value\": %s, \"type\": \"String\"}".formatted(quote(text));
      } else {
        throw new IllegalArgumentException(name + ": no JSON for a " + value.getClass());
      }
      fields.add(quote(name) + ": " + typed);
    });
    return "{" + String.join(", ", fields) + "}";
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
