package org.scrworkflow.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Documents of a case (LSCB and reference) in the application's database (table scr_document), each version kept. */
@Repository
public class DocumentStore {

  private static final String COLUMNS = "id, lscb, case_reference, process_instance_id, kind, classification, version,"
      + " file_name, media_type, size_bytes, sha256, author, created_at, uploaded_as, agency_id";

  private final JdbcTemplate jdbc;

  DocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a new version of the case's document of that kind and file name (a regenerated publication
   * bundle is version 2, say); its classification follows the kind.
   */
  public StoredDocument store(CaseKey caseKey, String processInstanceId, DocumentKind kind, String fileName,
      String mediaType, byte[] content, String author, Instant at) {
    return store(caseKey, processInstanceId, kind, fileName, mediaType, content, author, at, null, null);
  }

  /**
   * Stores an uploaded document, keeping the name of the file as the author uploaded it and the agency whose
   * document it is (null for the LSCB's own).
   */
  public StoredDocument store(CaseKey caseKey, String processInstanceId, DocumentKind kind, String fileName,
      String mediaType, byte[] content, String author, Instant at, String uploadedAs, String agencyId) {
    if (content == null || content.length == 0) {
      throw new IllegalArgumentException("The document " + fileName + " is empty");
    }
    Integer latest = jdbc.queryForObject("select max(version) from scr_document where " + CaseRows.where(caseKey)
        + " and kind = ? and file_name = ?", Integer.class, CaseRows.args(caseKey, kind.name(), fileName));
    int version = latest == null ? 1 : latest + 1;
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("insert into scr_document (case_reference, process_instance_id, kind,"
          + " classification, version, file_name, media_type, size_bytes, sha256, author, created_at, content,"
          + " uploaded_as, agency_id, lscb) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setString(1, caseKey.reference());
      insert.setString(2, processInstanceId);
      insert.setString(3, kind.name());
      insert.setString(4, kind.classification().name());
      insert.setInt(5, version);
      insert.setString(6, fileName);
      insert.setString(7, mediaType);
      insert.setLong(8, content.length);
      insert.setString(9, sha256(content));
      insert.setString(10, author);
      insert.setTimestamp(11, Timestamp.from(at));
      insert.setBytes(12, content);
      insert.setString(13, uploadedAs);
      insert.setString(14, agencyId);
      insert.setString(15, caseKey.lscb());
      return insert;
    }, keys);
    return find(keys.getKey().longValue()).orElseThrow();
  }

  public Optional<StoredDocument> find(long id) {
    return jdbc.query("select " + COLUMNS + " from scr_document where id = ?", DocumentStore::row, id)
        .stream().findFirst();
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("select content from scr_document where id = ?", byte[].class, id);
  }

  public List<StoredDocument> ofCase(CaseKey caseKey) {
    return jdbc.query("select " + COLUMNS + " from scr_document where " + CaseRows.where(caseKey)
        + " order by kind, version", DocumentStore::row, CaseRows.args(caseKey));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StoredDocument row(ResultSet rs, int i) throws SQLException {
    return new StoredDocument(rs.getLong("id"), rs.getString("lscb"), rs.getString("case_reference"), rs.getString("process_instance_id"),
        DocumentKind.valueOf(rs.getString("kind")), Classification.valueOf(rs.getString("classification")),
        rs.getInt("version"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
        rs.getString("sha256"), rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
        rs.getString("uploaded_as"), rs.getString("agency_id"));
  }
}
