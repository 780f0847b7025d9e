package org.scrworkflow.bench;

import static org.scrworkflow.bench.Bench.say;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrworkflow.process.SeriousCaseReview;

/**
 * Scale beyond what the engine loads in an hour (--clone-to, bench/README.md "Scale 10"): copies every review the
 * engine loaded, with all its rows (runtime, history, byte arrays, documents, notifications, vault), as new reviews:
 * the ids of process instances, executions, tasks, variables, jobs and byte arrays are rewritten by a fixed
 * substitution of hex digits per copy (the same in every table, so the rows of a copy point at each other, and
 * never equal to an original id), case references become CR-k... (copy k), definitions, tenants, users and groups
 * stay. So the tables hold k times the data as the engine made it, with the same shapes, dates and LSCBs.
 */
final class Cloner {

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

  private Cloner() {}

  /** Adds copies {@code have} + 1 ... {@code want} of every original review (the first call keeps their keys). */
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
          value = "case when name_ = '%s' and text_ like 'CR-%%' then 'CR-%d' || substr(text_, 4) else text_ end"
              .formatted(SeriousCaseReview.CASE_REFERENCE.name(), copy);
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
