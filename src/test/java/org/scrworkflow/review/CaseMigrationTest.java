package org.scrworkflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V9 moves the rows written before a case was (LSCB, reference): each vault entry, document and notification takes
 * the LSCB of the process instance that wrote it, or of the only review with its reference; a row whose reference
 * two LSCBs used, with nothing else to tell them apart, is left without an LSCB (no LSCB reads it). The engine's
 * history tables are stood in for by the columns the migration reads.
 */
class CaseMigrationTest {

  @Test
  @DisplayName("Rows written before V9 move to their case's LSCB; ambiguous ones to none; the register holds each review")
  void existingRowsMoveToTheirLscb() {
    var database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:case-migration;DB_CLOSE_DELAY=-1");
    var jdbc = new JdbcTemplate(database);
    jdbc.execute("create table act_hi_actinst (act_id_ varchar(255), end_time_ timestamp)");
    jdbc.execute("create table act_hi_procinst (id_ varchar(64), proc_def_key_ varchar(255), business_key_ varchar(255),"
        + " tenant_id_ varchar(64), start_time_ timestamp)");
    Flyway.configure().dataSource(database).locations("classpath:db/migration").baselineOnMigrate(true).baselineVersion("0").target("8").load().migrate();

    jdbc.update("insert into act_hi_procinst values ('north-1', 'serious-case-review', 'CR-1', 'lscb-northmoor',"
        + " timestamp '2011-03-14 09:00:00')");
    jdbc.update("insert into act_hi_procinst values ('south-1', 'serious-case-review', 'CR-1', 'lscb-southvale',"
        + " timestamp '2011-05-02 09:00:00')");
    jdbc.update("insert into act_hi_procinst values ('north-2', 'serious-case-review', 'CR-2', 'lscb-northmoor',"
        + " timestamp '2011-06-01 09:00:00')");
    jdbc.update("insert into act_hi_procinst values ('north-2-imr', 'individual-management-review', 'CR-2',"
        + " 'lscb-northmoor', timestamp '2011-07-01 09:00:00')");
    document(jdbc, "CR-1", "south-1", "south-letter.pdf");
    document(jdbc, "CR-1", null, "unclear.pdf");
    document(jdbc, "CR-2", "north-2-imr", "imr.pdf");
    document(jdbc, "CR-2", null, "north-uploaded.pdf");
    jdbc.update("insert into scr_notification (case_reference, process_instance_id, template, recipients, sent_at,"
        + " outcome) values ('CR-1', 'north-1', 'serious-incident-notification', 'x', current_timestamp, 'SENT')");
    vault(jdbc, "CR-1", "Ambiguous Name");
    vault(jdbc, "CR-2", "Kylie Brennan");

    Flyway.configure().dataSource(database).locations("classpath:db/migration").baselineOnMigrate(true).baselineVersion("0").load().migrate();

    assertThat(jdbc.queryForList("select lscb, case_reference, process_instance_id from scr_case order by id"))
        .extracting(row -> List.of(row.get("LSCB"), row.get("CASE_REFERENCE"), row.get("PROCESS_INSTANCE_ID")))
        .containsExactlyInAnyOrder(List.of("lscb-northmoor", "CR-1", "north-1"),
            List.of("lscb-southvale", "CR-1", "south-1"), List.of("lscb-northmoor", "CR-2", "north-2"));
    assertThat(lscbOf(jdbc, "scr_document", "file_name")).containsEntry("south-letter.pdf", "lscb-southvale")
        .containsEntry("unclear.pdf", "(none)").containsEntry("imr.pdf", "lscb-northmoor")
        .containsEntry("north-uploaded.pdf", "lscb-northmoor");
    assertThat(lscbOf(jdbc, "scr_notification", "template"))
        .containsEntry("serious-incident-notification", "lscb-northmoor");
    assertThat(lscbOf(jdbc, "scr_identity_detail", "detail_value")).containsEntry("Ambiguous Name", "(none)")
        .containsEntry("Kylie Brennan", "lscb-northmoor");
  }

  private static void document(JdbcTemplate jdbc, String ref, String processInstanceId, String fileName) {
    jdbc.update("insert into scr_document (case_reference, process_instance_id, kind, classification, version,"
        + " file_name, media_type, size_bytes, sha256, author, created_at, content) values (?, ?, 'IMR',"
        + " 'CONFIDENTIAL', 1, ?, 'application/pdf', 1, 'x', 'a', current_timestamp, X'25')",
        ref, processInstanceId, fileName);
  }

  private static void vault(JdbcTemplate jdbc, String ref, String value) {
    jdbc.update("insert into scr_identity_detail (case_reference, kind, detail_value, recorded_by, recorded_at)"
        + " values (?, 'NAME', ?, 'businessmanager', current_timestamp)", ref, value);
  }

  private static Map<String, String> lscbOf(JdbcTemplate jdbc, String table, String column) {
    Map<String, String> lscbs = new java.util.HashMap<>();
    jdbc.query("select " + column + " as k, lscb from " + table, rs -> {
      lscbs.put(rs.getString("k"), rs.getString("lscb") == null ? "(none)" : rs.getString("lscb"));
    });
    return lscbs;
  }
}
