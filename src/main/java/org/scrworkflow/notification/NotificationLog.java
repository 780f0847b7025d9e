package org.scrworkflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of every notification sent for a case (table scr_notification). */
@Repository
public class NotificationLog {

  private final JdbcTemplate jdbc;

  NotificationLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String caseReference, String processInstanceId, String template, List<String> recipients,
      String governmentRecipient, Instant sentAt, String messageId, String outcome) {
    jdbc.update(
        "insert into scr_notification (case_reference, process_instance_id, template, recipients,"
            + " government_recipient, sent_at, message_id, outcome) values (?, ?, ?, ?, ?, ?, ?, ?)",
        caseReference, processInstanceId, template, String.join(",", recipients), governmentRecipient,
        Timestamp.from(sentAt), messageId, outcome);
  }

  /** Every notification of a case, oldest first. */
  public List<NotificationRecord> forCase(String caseReference) {
    return jdbc.query(
        "select * from scr_notification where case_reference = ? order by sent_at, id",
        (rs, i) -> new NotificationRecord(
            rs.getLong("id"),
            rs.getString("case_reference"),
            rs.getString("process_instance_id"),
            rs.getString("template"),
            Arrays.asList(rs.getString("recipients").split(",")),
            rs.getString("government_recipient"),
            rs.getTimestamp("sent_at").toInstant(),
            rs.getString("message_id"),
            rs.getString("outcome")),
        caseReference);
  }
}
