package org.scrworkflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every notification sent for a case (table scr_notification). A sending is recorded in its
 * own transaction the moment the mail server accepted it, so that a rollback of the step that sent it cannot
 * erase the record, and the step's retry does not send it twice.
 */
@Repository
public class NotificationLog {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  NotificationLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Whether the sending with this key has already been recorded. */
  boolean alreadySent(String key) {
    return Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.queryForObject(
        "select count(*) from scr_notification where notification_key = ?", Integer.class, key) > 0));
  }

  void record(String key, CaseKey caseKey, String processInstanceId, String template, List<String> recipients,
      String governmentRecipient, Instant sentAt, String messageId, String outcome) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "insert into scr_notification (notification_key, lscb, case_reference, process_instance_id, template,"
            + " recipients, government_recipient, sent_at, message_id, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        key, caseKey.lscb(), caseKey.reference(), processInstanceId, template, String.join(",", recipients), governmentRecipient,
        Timestamp.from(sentAt), messageId, outcome));
  }

  /** Every notification of a case, oldest first. */
  public List<NotificationRecord> forCase(CaseKey caseKey) {
    return jdbc.query(
        "select * from scr_notification where " + CaseRows.where(caseKey) + " order by sent_at, id",
        (rs, i) -> new NotificationRecord(
            rs.getLong("id"),
            rs.getString("lscb"),
            rs.getString("case_reference"),
            rs.getString("process_instance_id"),
            rs.getString("template"),
            rs.getString("recipients").isEmpty() ? List.of() : Arrays.asList(rs.getString("recipients").split(",")),
            rs.getString("government_recipient"),
            rs.getTimestamp("sent_at").toInstant(),
            rs.getString("message_id"),
            rs.getString("outcome")),
        CaseRows.args(caseKey));
  }
}
