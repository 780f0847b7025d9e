package org.scrworkflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.scrworkflow.process.IndividualManagementReview.CHRONOLOGY_FILE;
import static org.scrworkflow.process.IndividualManagementReview.DECLARATION_DATE;
import static org.scrworkflow.process.IndividualManagementReview.DIRECT_INVOLVEMENT;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_NAME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_ROLE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_BY;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_ON;
import static org.scrworkflow.process.IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER;
import static org.scrworkflow.process.IndividualManagementReview.RECORDS_SECURED_ON;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SCRUTINISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.SeriousCaseReview.CASE_QUESTIONS;
import static org.scrworkflow.process.SeriousCaseReview.HEALTH_OVERVIEW_REQUIRED;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_TO;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DRAW_UP_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SET_UP_PANEL;
import static org.scrworkflow.process.SeriousCaseReview.TERMS_OF_REFERENCE_AGREED_ON;
import static org.scrworkflow.testsupport.Vars.vars;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Referrals;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The restore drill of docs/operations.md, run as an operator would: the application runs on PostgreSQL with a
 * review in progress (generated and uploaded documents, completed tasks, history), {@code ops/backup.sh} dumps
 * the database while it runs, {@code ops/restore.sh} restores the dump into a new empty database, and the
 * application is started again on the restored database, where the review goes on.
 *
 * <p>The scripts use Debian's PostgreSQL client (pg_dump, pg_restore, psql); pg_dump refuses a server of a newer
 * major version, so this test runs its own server of Debian 12's client version (15, from Maven Central, copied
 * to target/ by the build) rather than the shared 17 of {@code TestPostgres}. Without the client the test fails
 * and says what to install: a restore that is never tried is not a backup.
 */
class BackupRestoreTest {

  static final Path SERVER_BINARIES = Path.of("target", "backup-test-postgres", "postgres-binaries.jar");
  static final int SERVER_MAJOR = 15;
  static final Path BACKUPS = Path.of("target", "backups");
  static final String LIVE = "scr_live";
  static final String RESTORED = "scr_restored";
  static final String CASE = "CR-7101";
  static final String SIGN_OFF_IMR = TASK_SIGN_OFF_IMR;

  // The drill, run once before the tests, each of which only reads what it left (or works on its own copy)
  static EmbeddedPostgres server;
  /** The application on the restored database (the live one is stopped once the backup is restored). */
  static ConfigurableApplicationContext application;
  static Run backedUp;
  static Path backup;
  static Run restored;
  /** What the live database held when the backup was taken, and what the restore made of it. */
  static Snapshot live;
  static Map<String, String> liveTables;
  static Map<String, String> restoredTables;
  /** What the application started on the restored database found, before any test worked on it. */
  static Snapshot restoredSnapshot;

  @BeforeAll
  static void backUpALiveReviewAndRestoreIt() throws Exception {
    requirePostgresClient();
    server = startServer();
    createDatabase(LIVE);
    createDatabase(RESTORED);
    try (ConfigurableApplicationContext liveApplication = startApplication(LIVE)) {
      workAReview(liveApplication);
      live = Snapshot.of(liveApplication.getBean(ProcessEngine.class), liveApplication.getBean(JdbcTemplate.class));
      liveTables = tableDigests(LIVE);
      // the backup is taken while the application runs
      backedUp = run(List.of("ops/backup.sh", "--dir", BACKUPS.toString(), "--name", "scr-drill"), LIVE);
      assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
      backup = Path.of(backedUp.lastLine());
    }
    restored = run(List.of("ops/restore.sh", backup.toString()), RESTORED);
    assertThat(restored.exitCode()).as(restored.output()).isZero();
    restoredTables = tableDigests(RESTORED);
    application = startApplication(RESTORED);
    restoredSnapshot = Snapshot.of(application.getBean(ProcessEngine.class), application.getBean(JdbcTemplate.class));
  }

  @AfterAll
  static void stop() throws IOException {
    if (application != null) {
      application.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @DisplayName("A backup taken while the application runs restores into an empty database: every table the same,"
      + " row for row")
  void backupOfTheRunningApplicationRestoresRowForRow() throws Exception {
    assertThat(backup.getFileName().toString()).matches("scr-drill-\\d{8}T\\d{6}Z\\.dump");
    assertThat(Files.readString(Path.of(backup + ".sha256")))
        .isEqualTo(sha256(Files.readAllBytes(backup)) + "  " + backup.getFileName() + "\n");

    assertThat(restoredTables.keySet()).as("tables").containsExactlyElementsOf(liveTables.keySet())
        .contains("act_ru_task", "act_hi_actinst", "act_ge_bytearray", "flyway_schema_history", "scr_document",
            "scr_identity_detail", "scr_notification");
    assertThat(restoredTables).isEqualTo(liveTables);
    System.out.printf("restore drill: %d tables, backup %d bytes, %d documents%n", restoredTables.size(),
        Files.size(backup), live.documents().size());
  }

  @Test
  @DisplayName("The application started on the restored database finds the same reviews, tasks, history, variables"
      + " and documents (byte for byte), and Flyway's history intact")
  void restoredApplicationFindsTheSameReview() throws Exception {
    Snapshot restored = restoredSnapshot;
    assertThat(restored.instances()).isEqualTo(live.instances()).hasSize(3);
    assertThat(restored.tasks()).isEqualTo(live.tasks()).anyMatch(task -> task.contains(SIGN_OFF_IMR));
    assertThat(restored.history()).isEqualTo(live.history()).isNotEmpty();
    assertThat(restored.variables()).isEqualTo(live.variables());
    assertThat(restored.variables().keySet()).anyMatch(name -> name.endsWith(".decisionRecordDocumentId"))
        .anyMatch(name -> name.endsWith(".imrDocumentId"));
    assertThat(restored.flyway()).isEqualTo(live.flyway()).allMatch(row -> row.endsWith("true"));
    // every document's bytes, hashed now, match the checksum stored with it when it was written
    assertThat(restored.documents()).isEqualTo(live.documents())
        .containsKeys("DECISION_RECORD", "IMR", "CHRONOLOGY")
        .allSatisfy((kind, digests) -> assertThat(digests).allMatch(pair -> pair.stored().equals(pair.computed())));
    assertThat(application.getBean(IdentityVault.class).detailsOf(Cases.scenario(CASE)))
        .extracting(IdentifyingDetail::kind)
        .containsExactly(IdentifierKind.NAME, IdentifierKind.DATE_OF_BIRTH, IdentifierKind.ADDRESS);
  }

  @Test
  @DisplayName("The restored review goes on: the IMR is signed off and goes to the panel's scrutiny")
  void restoredReviewGoesOn() {
    ReviewDriver driver = new ReviewDriver(application.getBean(ProcessEngine.class));
    ProcessInstance review = driver.engine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(CASE).processDefinitionKey(SeriousCaseReview.KEY).singleResult();
    try {
      driver.today(LocalDate.of(2011, 6, 20));
      answer(driver, review, SIGN_OFF_IMR, vars(IMR_SIGNED_OFF_BY.name(), "Senior Manager",
          IMR_SIGNED_OFF_ON.name(), "2011-06-20"));
    } finally {
      driver.resetClock();
    }
    Task scrutiny = driver.task(review, TASK_SCRUTINISE_IMR);
    assertThat(driver.engine().getTaskService().getIdentityLinksForTask(scrutiny.getId()))
        .anyMatch(link -> "scr-panel".equals(link.getGroupId()));
    assertThat(driver.engine().getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(SIGN_OFF_IMR).finished().count()).isEqualTo(1);
  }

  @Test
  @DisplayName("restore.sh refuses a database that is not empty, a damaged backup and one without its checksum,"
      + " and changes nothing")
  void restoreRefusesWhatItCannotTrust() throws Exception {
    Map<String, String> before = tableDigests(RESTORED);
    Run notEmpty = run(List.of("ops/restore.sh", backup.toString()), RESTORED);
    assertThat(notEmpty.exitCode()).isEqualTo(5);
    assertThat(notEmpty.output()).contains("database " + RESTORED + " is not empty");

    createDatabase("scr_spare");
    Path damaged = BACKUPS.resolve("damaged.dump");
    byte[] bytes = Files.readAllBytes(backup);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(damaged, bytes);
    Files.writeString(Path.of(damaged + ".sha256"), Files.readString(Path.of(backup + ".sha256")));
    Run mismatch = run(List.of("ops/restore.sh", damaged.toString()), "scr_spare");
    assertThat(mismatch.exitCode()).isEqualTo(4);
    assertThat(mismatch.output()).contains("checksum mismatch");

    Files.delete(Path.of(damaged + ".sha256"));
    Run unverified = run(List.of("ops/restore.sh", damaged.toString()), "scr_spare");
    assertThat(unverified.exitCode()).isEqualTo(4);
    assertThat(unverified.output()).contains("no checksum file");

    assertThat(tableDigests("scr_spare")).isEmpty();
    assertThat(tableDigests(RESTORED)).isEqualTo(before);
  }

  /** S-01 to S-17 of a review: referral, notification, decision (its record a generated PDF), IMR uploaded. */
  static void workAReview(ConfigurableApplicationContext context) {
    ReviewDriver driver = new ReviewDriver(context.getBean(ProcessEngine.class));
    IdentityVault vault = context.getBean(IdentityVault.class);
    // fictional details, held in the vault only
    vault.add(Cases.scenario(CASE), new IdentifyingDetail(IdentifierKind.NAME, "Tamsin Okonedo-Vale"), "opsadmin");
    vault.add(Cases.scenario(CASE), new IdentifyingDetail(IdentifierKind.DATE_OF_BIRTH, "2008-02-29"), "opsadmin");
    vault.add(Cases.scenario(CASE), new IdentifyingDetail(IdentifierKind.ADDRESS, "4 Quarry Lane, Northmoor"),
        "opsadmin");
    try {
      ProcessInstance review = Referrals.decidedToReview(driver, CASE, "Child T", LocalDate.of(2011, 3, 14),
          List.of("police", "health"));
      answer(driver, review, TASK_SET_UP_PANEL, vars(PANEL_CHAIR_NAME.name(), "Independent Chair",
          OVERVIEW_AUTHOR_NAME.name(), "Independent Author", PANEL_CHAIR_CONNECTED_TO_AGENCY.name(), false,
          OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY.name(), false));
      driver.today(LocalDate.of(2011, 4, 21)); // terms agreed on the 20th, the IMR author declared on the 21st
      answer(driver, review, TASK_AGREE_TERMS_OF_REFERENCE, vars(PERIOD_UNDER_REVIEW_FROM.name(), "2008-01-01",
          PERIOD_UNDER_REVIEW_TO.name(), "2011-03-13", CASE_QUESTIONS.name(), "Information sharing.",
          HEALTH_OVERVIEW_REQUIRED.name(), false, PARALLEL_PROCEEDINGS.name(), false,
          TERMS_OF_REFERENCE_AGREED_ON.name(), "2011-04-20"));
      answer(driver, review, TASK_DRAW_UP_PROJECT_PLAN, vars(IMR_DUE_DATE.name(), "2011-06-30"));
      Task appointPolice = driver.tasks(review, TASK_APPOINT_IMR_AUTHOR).stream()
          .filter(task -> driver.engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
              .anyMatch(link -> "senior-manager-police".equals(link.getGroupId())))
          .findFirst().orElseThrow();
      answer(driver, review, appointPolice, vars(IMR_AUTHOR_NAME.name(), "Agency Reviewer",
          IMR_AUTHOR_ROLE.name(), "Reviewer", DIRECT_INVOLVEMENT.name(), false,
          LINE_MANAGER_OF_PRACTITIONER.name(), false, RECORDS_SECURED_ON.name(), "2011-04-06",
          DECLARATION_DATE.name(), "2011-04-21"));
      driver.today(LocalDate.of(2011, 6, 10));
      answer(driver, review, TASK_WRITE_IMR, vars(IMR_NOTES.name(), "Written.",
          IMR_FILE.name(), Uploads.pdf("imr.pdf"), CHRONOLOGY_FILE.name(), Uploads.pdf("chronology.pdf")));
      assertThat(driver.tasks(review, SIGN_OFF_IMR)).hasSize(1);
    } finally {
      driver.resetClock();
    }
  }

  /** What the engine and the application's tables show of the database, in comparable form. */
  record Snapshot(List<String> instances, List<String> tasks, List<String> history, Map<String, String> variables,
      Map<String, List<Digests>> documents, List<String> flyway) {

    record Digests(String stored, String computed) {}

    static Snapshot of(ProcessEngine engine, JdbcTemplate jdbc) {
      var runtime = engine.getRuntimeService();
      List<String> instances = runtime.createProcessInstanceQuery().orderByProcessInstanceId().asc().list().stream()
          .map(instance -> instance.getId() + " " + instance.getProcessDefinitionId() + " "
              + instance.getBusinessKey() + " " + runtime.getActiveActivityIds(instance.getId()))
          .toList();
      List<String> tasks = engine.getTaskService().createTaskQuery().orderByTaskId().asc().list().stream()
          .map(task -> task.getId() + " " + task.getTaskDefinitionKey() + " " + task.getProcessInstanceId() + " "
              + task.getDueDate() + " " + task.getName())
          .toList();
      List<String> history = engine.getHistoryService().createHistoricActivityInstanceQuery()
          .orderByHistoricActivityInstanceId().asc().list().stream()
          .map(step -> step.getId() + " " + step.getActivityId() + " " + step.getStartTime() + " " + step.getEndTime())
          .toList();
      Map<String, String> variables = new TreeMap<>();
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
        runtime.getVariables(instance.getId())
            .forEach((name, value) -> variables.put(instance.getId() + "." + name, String.valueOf(value)));
      }
      Map<String, List<Digests>> documents = new TreeMap<>();
      jdbc.query("select kind, sha256, content from scr_document order by id", row -> {
        documents.computeIfAbsent(row.getString("kind"), kind -> new ArrayList<>())
            .add(new Digests(row.getString("sha256"), sha256(row.getBytes("content"))));
      });
      List<String> flyway = jdbc.queryForList("select installed_rank || ' ' || coalesce(version, '-') || ' '"
          + " || description || ' ' || coalesce(checksum, 0) || ' ' || success from flyway_schema_history"
          + " order by installed_rank", String.class);
      return new Snapshot(instances, tasks, history, variables, documents, flyway);
    }
  }

  /** Every table of the public schema with its row count and a digest of all its rows. */
  static Map<String, String> tableDigests(String database) throws SQLException {
    try (Connection connection = server.getDatabase("postgres", database).getConnection()) {
      JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      Map<String, String> digests = new LinkedHashMap<>();
      for (String table : jdbc.queryForList("select table_name from information_schema.tables"
          + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", String.class)) {
        digests.put(table, jdbc.queryForObject("select count(*) || ' rows ' || coalesce(md5(string_agg(t::text,"
            + " E'\\n' order by t::text)), '') from public.\"" + table + "\" t", String.class));
      }
      return digests;
    }
  }

  record Run(int exitCode, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  /** Runs a script of ops/ as an operator would, connected to that database by the standard PG variables. */
  static Run run(List<String> command, String database) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(server.getPort()),
        "PGUSER", "postgres", "PGPASSWORD", "postgres", "PGDATABASE", database));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(command + " did not finish in 5 minutes:\n" + output);
    }
    return new Run(process.exitValue(), output);
  }

  /** Fails loudly, saying what to install, when the PostgreSQL client the scripts use is missing or too old. */
  static void requirePostgresClient() throws InterruptedException {
    String install = "; install Debian's PostgreSQL client (apt-get install postgresql-client, as .ci/run does):"
        + " ops/backup.sh and ops/restore.sh need pg_dump, pg_restore and psql";
    for (String tool : List.of("pg_dump", "pg_restore", "psql")) {
      String version;
      try {
        Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
        version = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (IOException e) {
        throw new AssertionError(tool + " is not on the PATH" + install, e);
      }
      var major = java.util.regex.Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(version);
      if (!major.find() || Integer.parseInt(major.group(1)) < SERVER_MAJOR) {
        fail(tool + " is \"" + version + "\", older than the test's server (" + SERVER_MAJOR + ")" + install);
      }
    }
  }

  static EmbeddedPostgres startServer() throws IOException {
    if (!Files.isRegularFile(SERVER_BINARIES)) {
      fail("No PostgreSQL " + SERVER_MAJOR + " binaries at " + SERVER_BINARIES
          + ": run the test through ./mvnw (generate-test-resources copies them from Maven Central)");
    }
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false)
        .setPgBinaryResolver((system, hardware) -> {
          try (ZipFile jar = new ZipFile(SERVER_BINARIES.toFile())) {
            var entry = jar.getEntry(("postgres-" + system + "-" + hardware + ".txz").toLowerCase(Locale.ROOT));
            if (entry == null) {
              throw new IOException(SERVER_BINARIES + " has no PostgreSQL for " + system + "-" + hardware);
            }
            return new ByteArrayInputStream(jar.getInputStream(entry).readAllBytes());
          }
        })
        .start();
  }

  static void createDatabase(String name) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
  }

  /** The application as production runs it (profile postgres), with the job executor off: the test runs jobs. */
  static ConfigurableApplicationContext startApplication(String database) {
    return new SpringApplicationBuilder(ScrWorkflowApplication.class)
        .run("--spring.profiles.active=postgres",
            "--spring.datasource.url=" + server.getJdbcUrl("postgres", database),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--server.port=0",
            "--scr.admin.user-id=opsadmin",
            "--scr.admin.password=Ops-Admin-Pass-2010",
            "--scr.admin.email=opsadmin@example.invalid",
            "--scr.notification.agency-addresses.police=public.protection@northmoor-police.example",
            "--scr.notification.agency-addresses.health=safeguarding@northmoor-health.example",
            "--camunda.bpm.job-execution.enabled=false");
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Completes a task (or the one open task with that key) with its standard answer and these values over it. */
  static void answer(ReviewDriver driver, ProcessInstance review, Object taskOrKey, Map<String, Object> overrides) {
    Task task = taskOrKey instanceof Task given ? given : driver.task(review, (String) taskOrKey);
    driver.complete(review, task, org.scrworkflow.scenario.StandardAnswers.answer(task.getTaskDefinitionKey(),
        driver.day(), Uploads::pdf, overrides));
  }
}
