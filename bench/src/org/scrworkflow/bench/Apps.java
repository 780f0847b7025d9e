package org.scrworkflow.bench;

import static org.scrworkflow.bench.Bench.say;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The applications measured (bench/README.md, steps 4 and 5): the packaged product and the bare Camunda starter,
 * each started {@code --runs} times as {@code java -jar} (start-up to readiness, resident memory), the calls of
 * {@link Calls} measured in the last run; with --cds the product also from a class-data-sharing archive.
 */
final class Apps {

  private Apps() {}

  /** The product: {@code java -jar target/scr-workflow-*.jar}, job executor off, on the loaded database. */
  static void measureProduct(String url, Bench.Options options, int removable, Report report, SqlProfile sql)
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
    startsAndCalls("App", List.of("-jar", jar.toString()), 58080, arguments, options.runs(), report, "",
        (http, app) -> {
          Calls calls = new Calls(http, options.samples(), report, sql);
          calls.product();
          report.put("resident memory after the calls", "%.0f MB".formatted(rssMb(app.pid())));
          calls.cleanup(url, removable);
        });
    if (options.cds()) {
      startsAndCalls("App with CDS", classDataSharing(jar, arguments), 58080, arguments, options.runs(), report,
          "with a CDS archive (docs/operations.md): ", (http, app) -> {});
    }
  }

  /** The same steps on bench/bare: the Camunda starter with a one-task process, on its own database. */
  static void measureBare(String url, Bench.Options options, Report report, SqlProfile sql) throws Exception {
    Path jar = Path.of("bench", "bare", "target", "bare-camunda-1.0.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("No " + jar + ": run bench/run.sh (it builds the bare app)");
    }
    startsAndCalls("Bare app", List.of("-jar", jar.toString()), 58081, List.of("--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"), options.runs(), report,
        "bare: ", (http, app) -> {
          new Calls(http, options.samples(), report, sql).bare();
          report.put("bare: resident memory after the calls", "%.0f MB".formatted(rssMb(app.pid())));
        });
    StringBuilder ratios = new StringBuilder();
    for (String[] pair : new String[][] {
        {Calls.START_REVIEW, "bare: start an instance over REST"},
        {Calls.STEP_COMPLETE, "bare: " + Calls.STEP_COMPLETE},
        {Calls.STEP_JOB, "bare: " + Calls.STEP_JOB},
        {"Tasklist filter \"My group's tasks\" as panelmember (list of 15 + count)", "bare: task list of 15 + count"},
        {Calls.COCKPIT, "bare: Cockpit statistics"}}) {
      Double product = report.median(pair[0]);
      Double bare = report.median(pair[1]);
      if (product != null && bare != null) {
        ratios.append("%s: %.1fx (%.0f / %.0f ms); ".formatted(pair[1].substring(6), product / bare, product, bare));
      }
    }
    report.put("ratios product / bare, medians", ratios.toString());
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
      Report report, String prefix, LastRun last) throws Exception {
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
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
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
    report.put(prefix + "start-up to ready (java -jar to readiness UP)", Report.stats(startups, "s"));
    report.put(prefix + "resident memory, idle after start", Report.stats(idleRss, "MB"));
  }

  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return -1;
  }
}
