package org.scrworkflow.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import org.scrworkflow.scenario.ReviewDriver;

/**
 * The SCR Workflow benchmark (bench/README.md): loads a scaled national data set into PostgreSQL through the
 * engine with a controlled clock, then starts the packaged application on it and measures. Not a test.
 * Run by bench/run.sh: {@code java -cp <classpath> org.scrworkflow.bench.Bench --scale 0.1 --runs 3}.
 */
public final class Bench {

  static final ZoneId LONDON = ReviewDriver.LONDON;

  private Bench() {}

  /** The command line (bench/README.md lists the options). */
  record Options(double scale, int runs, int samples, int loaders, boolean reuse, boolean loadOnly, int cloneTo,
      boolean sqlProfile, boolean cds) {

    static Options parse(String[] args) {
      double scale = 1.0;
      int runs = 3;
      int samples = 20;
      int loaders = 2;
      boolean reuse = false;
      boolean loadOnly = false;
      int cloneTo = 1;
      boolean sqlProfile = false;
      boolean cds = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--reuse" -> reuse = true;
          case "--load-only" -> loadOnly = true;
          case "--clone-to" -> cloneTo = Integer.parseInt(args[++i]);
          case "--scale" -> scale = Double.parseDouble(args[++i]);
          case "--runs" -> runs = Integer.parseInt(args[++i]);
          case "--samples" -> samples = Integer.parseInt(args[++i]);
          case "--loaders" -> loaders = Integer.parseInt(args[++i]);
          case "--sql-profile" -> sqlProfile = true;
          case "--cds" -> cds = true;
          default -> throw new IllegalArgumentException("Unknown argument " + args[i] + "; use --scale <multiple of"
              + " the national scale>, --runs <app starts>, --samples <calls per figure>, --loaders <JVMs loading>,"
              + " --load-only (load and stop), --reuse (measure the data set loaded before), --clone-to <copies>"
              + " (with --reuse: copy the loaded reviews in SQL until there are this many of each), --sql-profile"
              + " (also count each call's SQL statements and time with pg_stat_statements), --cds (also time the"
              + " product's start with a class-data-sharing archive)");
        }
      }
      return new Options(scale, runs, samples, loaders, reuse, loadOnly, cloneTo, sqlProfile, cds);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(Loader.PART)) { // internal: one loader JVM (Loader.load starts them)
      Loader.loadPart(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    Options options = Options.parse(args);
    Path work = Path.of("bench", "work");
    Files.createDirectories(work);
    int referrals = Math.max(20, (int) Math.round(Loader.INCIDENTS_PER_YEAR * Loader.YEARS * options.scale()));
    say("Scale %s: %d serious incidents notified over %d years (about %d reviews held), %d LSCBs; %d loader JVMs,"
        + " %d app starts, %d calls per figure", options.scale(), referrals, Loader.YEARS,
        Math.round(referrals * Loader.SHARE_HELD), Loader.LSCB_COUNT, options.loaders(), options.runs(),
        options.samples());

    Path loaded = work.resolve("loaded.properties");
    if (options.reuse() && !Files.exists(loaded)) {
      throw new IllegalStateException("--reuse: nothing loaded yet (no " + loaded + "); run bench/run.sh --load-only");
    }
    Path pgdata = work.resolve("pgdata");
    if (!options.reuse() && Files.exists(pgdata)) { // a fresh load starts from an empty cluster
      try (var files = Files.walk(pgdata)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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
    if (options.sqlProfile()) {
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
          .setServerConfig("pg_stat_statements.track", "all");
    }
    EmbeddedPostgres pg = builder.start();
    try {
      String url = pg.getJdbcUrl("postgres", "scr_bench");
      SqlProfile sql = new SqlProfile(options.sqlProfile() ? pg.getJdbcUrl("postgres", "postgres") : null);
      Report report = new Report();
      var state = new Properties();
      if (options.reuse()) {
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
        int due = Loader.load(url, referrals, options.loaders());
        state.setProperty("referrals", String.valueOf(referrals));
        state.setProperty("removable", String.valueOf(due));
        state.setProperty("loaders", String.valueOf(options.loaders()));
        state.setProperty("loadSeconds", "%.0f".formatted((System.nanoTime() - loadStart) / 1e9));
        state.setProperty("loadedOn", LocalDateTime.now(LONDON).withNano(0).toString());
        store(state, loaded);
        if (options.loadOnly()) {
          say("Loaded in %s s; measure with: BENCH_SKIP_BUILD=1 bench/run.sh --reuse",
              state.getProperty("loadSeconds"));
          return;
        }
      }
      int copies = Integer.parseInt(state.getProperty("copies", "1"));
      if (options.cloneTo() > copies) {
        if (!options.reuse()) {
          throw new IllegalArgumentException("--clone-to works on a loaded data set: use it with --reuse");
        }
        long cloneStart = System.nanoTime();
        Cloner.cloneTo(url, copies, options.cloneTo());
        state.setProperty("copies", String.valueOf(options.cloneTo()));
        state.setProperty("cloneSeconds", "%.0f".formatted((System.nanoTime() - cloneStart) / 1e9));
        store(state, loaded);
      }
      if (copies > 1 || options.cloneTo() > 1) {
        report.put("copies of every loaded review (cloned in SQL, bench/README.md)",
            state.getProperty("copies") + " (cloned in " + state.getProperty("cloneSeconds") + " s)");
      }
      int removable = Integer.parseInt(state.getProperty("removable"));
      report.put("serious incidents notified (reviews loaded)", state.getProperty("referrals"));
      report.put("load time (through the engine, %s JVMs)".formatted(state.getProperty("loaders")),
          state.getProperty("loadSeconds") + " s");
      report.put("historic process instances",
          String.valueOf(Report.count(url, "select count(*) from act_hi_procinst")));
      report.put("database size after load", Report.size(url));
      Apps.measureProduct(url, options, removable, report, sql);
      report.put("database size after the cleanup batch", Report.size(url));
      report.put("largest tables", Report.largestTables(url));
      Apps.measureBare(pg.getJdbcUrl("postgres", "bare_bench"), options, report, sql);
      String table = report.table();
      Files.writeString(work.resolve("results.md"), table);
      if (sql.on()) {
        Files.writeString(work.resolve("sql-profile.md"), sql.report());
        say("What each call asks of PostgreSQL: bench/work/sql-profile.md");
      }
      System.out.println("\n" + table);
      say("Figures written to bench/work/results.md");
    } finally {
      pg.close();
    }
  }

  private static void store(Properties state, Path loaded) throws IOException {
    try (var out = Files.newBufferedWriter(loaded)) {
      state.store(out, "the data set in bench/work/pgdata (bench/run.sh --reuse measures it again)");
    }
  }

  static long memoryMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return 512;
  }

  /** Progress on the console, with the time of day. */
  static void say(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench %tT] " + format + "%n", prepend(new Date(), args));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
