package org.scrworkflow.bench;

import static org.scrworkflow.bench.Bench.say;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run, in the order they were taken, and the table of them written to bench/work/results.md and
 * the console (bench/README.md, step 6). A timed figure is the median and the 95th percentile of its calls; the
 * medians are kept for the ratios of the product to the bare starter.
 */
final class Report {

  private final Map<String, String> figures = new LinkedHashMap<>();
  /** Medians of the product's and the bare app's steps, for the ratios. */
  private final Map<String, Double> medians = new LinkedHashMap<>();

  void put(String figure, String value) {
    figures.put(figure, value);
  }

  /** Records a timed figure (milliseconds per call) and says it on the console. */
  void record(String name, List<Double> millis) {
    figures.put(name, stats(millis, "ms"));
    medians.put(name, median(millis));
    say("  %s: %s", name, figures.get(name));
  }

  /** The median of a figure recorded, or null. */
  Double median(String name) {
    return medians.get(name);
  }

  /** The figures as a Markdown table. */
  String table() {
    StringBuilder out = new StringBuilder("| figure | value |\n| --- | --- |\n");
    figures.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    return out.toString();
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
  }

  static String stats(List<Double> values, String unit) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double median = median(values);
    double p95 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(0.95 * sorted.size()) - 1));
    String format = unit.equals("ms") ? "%.0f" : "%.1f";
    return ("median " + format + " %s, p95 " + format + " %s (n=%d)").formatted(median, unit, p95, unit, sorted.size());
  }

  // ---------------------------------------------------------------- figures read from the product's database

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
}
