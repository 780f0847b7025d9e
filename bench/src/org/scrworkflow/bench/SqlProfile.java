package org.scrworkflow.bench;

import static org.scrworkflow.bench.Bench.say;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

/**
 * --sql-profile: what the measured calls asked of PostgreSQL, from pg_stat_statements (reset before a figure's
 * calls, read after them): statements and their execution time per call, and the costliest statements
 * (bench/README.md, "Where the time goes"). Without the option it does nothing.
 */
final class SqlProfile {

  /** The server's {@code postgres} database, or null when the profile is off. */
  private final String url;
  private final StringBuilder report = new StringBuilder("# What each call asks of PostgreSQL\n\n"
      + "pg_stat_statements, per call of the figure (a JDBC batch counts each of its statements).\n");

  SqlProfile(String url) {
    this.url = url;
  }

  boolean on() {
    return url != null;
  }

  /** The tables of every figure collected, for bench/work/sql-profile.md. */
  String report() {
    return report.toString();
  }

  void reset() {
    if (on()) {
      try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
        c.createStatement().execute("create extension if not exists pg_stat_statements");
        c.createStatement().execute("select pg_stat_statements_reset()");
      } catch (Exception e) {
        throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
      }
    }
  }

  /** Reads what the figure's {@code calls} calls ran since {@link #reset} in its database (product or bare). */
  void collect(String figure, int calls) {
    if (!on() || calls == 0) {
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
      report.append("\n## ").append(figure).append("\n\n%d calls; per call %.1f statements, %.2f ms executing them\n\n"
          .formatted(calls, statements / (double) calls, millis / calls))
          .append("| per call | ms per call | rows each | statement |\n| --- | --- | --- | --- |\n")
          .append(String.join("\n", costliest)).append("\n");
    } catch (Exception e) {
      throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
    }
  }
}
