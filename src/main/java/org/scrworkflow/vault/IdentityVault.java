package org.scrworkflow.vault;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Holds the identifying details of each case (LSCB and reference) apart from the process data (table scr_identity_detail). */
@Repository
public class IdentityVault {

  private final JdbcTemplate jdbc;

  IdentityVault(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(CaseKey caseKey, IdentifyingDetail detail, String recordedBy) {
    if (detail.value() == null || detail.value().isBlank()) {
      throw new IllegalArgumentException("An identifying detail needs a value");
    }
    jdbc.update("insert into scr_identity_detail (lscb, case_reference, kind, detail_value, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        caseKey.lscb(), caseKey.reference(), detail.kind().name(), detail.value().strip(), recordedBy, Timestamp.from(Instant.now()));
  }

  public List<IdentifyingDetail> detailsOf(CaseKey caseKey) {
    return jdbc.query("select kind, detail_value from scr_identity_detail where " + CaseRows.where(caseKey)
            + " order by id",
        (rs, i) -> new IdentifyingDetail(IdentifierKind.valueOf(rs.getString("kind")), rs.getString("detail_value")),
        CaseRows.args(caseKey));
  }
}
