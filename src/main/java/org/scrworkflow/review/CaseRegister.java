package org.scrworkflow.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of cases (table scr_case): one row per review, written in the transaction that starts it. A case
 * reference is unique within an LSCB; another LSCB may use the same one. Looking a case up always names its LSCB:
 * callers are given the cases of their own LSCBs, never one found by a reference alone.
 */
@Repository
public class CaseRegister {

  /** A registered case: its key, the review's process instance and when it started. */
  public record RegisteredCase(CaseKey key, String processInstanceId, Instant startedAt) {}

  private final JdbcTemplate jdbc;

  CaseRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Registers a new review's case; refuses a reference already used by a review of the same LSCB (running or
   * ended), naming that review.
   */
  public void register(CaseKey key, String processInstanceId, Instant startedAt) {
    Optional<RegisteredCase> existing = find(key);
    if (existing.isPresent()) {
      throw new CaseReferenceInUseException(key, existing.get().startedAt());
    }
    try {
      jdbc.update("insert into scr_case (lscb, case_reference, process_instance_id, started_at) values (?, ?, ?, ?)",
          key.lscb(), key.reference(), processInstanceId, Timestamp.from(startedAt));
    } catch (DuplicateKeyException startedAtTheSameMoment) {
      throw new CaseReferenceInUseException(key, startedAt);
    }
  }

  /** The case with this reference in this LSCB, if a review of it was ever started. */
  public Optional<RegisteredCase> find(CaseKey key) {
    String sql = "select lscb, case_reference, process_instance_id, started_at from scr_case where case_reference = ?"
        + (key.lscb() == null ? " and lscb is null" : " and lscb = ?");
    Object[] args = key.lscb() == null ? new Object[] {key.reference()} : new Object[] {key.reference(), key.lscb()};
    return jdbc.query(sql, CaseRegister::row, args).stream().findFirst();
  }

  /** Every registered case with this reference, whatever its LSCB: for the access check to choose among. */
  public List<RegisteredCase> withReference(String reference) {
    return jdbc.query("select lscb, case_reference, process_instance_id, started_at from scr_case"
        + " where case_reference = ? order by lscb", CaseRegister::row, reference);
  }

  private static RegisteredCase row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new RegisteredCase(new CaseKey(rs.getString("lscb"), rs.getString("case_reference")),
        rs.getString("process_instance_id"), rs.getTimestamp("started_at").toInstant());
  }
}
