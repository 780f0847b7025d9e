package org.scrworkflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.scrworkflow.document.StoredDocument;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The links to full notices (tables scr_notice_link, scr_notice_download). Each recipient of a notice gets a link of
 * their own: a random token of 256 bits, of which only the SHA-256 is stored, bound to that recipient's address, one
 * document of one case, and a time after which it opens nothing (scr.notices.link-valid-for). The token is in the
 * recipient's mail and nowhere else: never in a log line, a letter or the database.
 */
@Repository
public class NoticeLinks {

  /** A download of a notice through its link, for the case's audit trail. */
  public record Download(Instant at, String recipient, String template, String processInstanceId) {}

  /** A link as stored (never its token). */
  record Link(long id, CaseKey caseKey, String processInstanceId, long documentId, String template, String recipient,
      Instant expiresAt) {}

  /** The links of one sending: each recipient's address to the URL of their link, valid until that time. */
  record Issued(long documentId, Map<String, String> urls, Instant validUntil) {}

  /** What a token looks like: 32 random bytes, base64url without padding. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  static final String PATH = "/notices/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final NoticeProperties properties;

  NoticeLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions, NoticeProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Stores the notice (the supplier stores it in the case's documents) and a link for each recipient, in a
   * transaction of their own: once a mail with a link has gone out, a rollback of the step that sent it must not
   * leave the link opening nothing.
   */
  Issued issue(CaseKey caseKey, String processInstanceId, String template, Supplier<StoredDocument> notice,
      List<String> recipients, Instant now) {
    Instant validUntil = now.plus(properties.linkValidFor());
    return ownTransaction.execute(status -> {
      StoredDocument document = notice.get();
      Map<String, String> urls = new LinkedHashMap<>();
      for (String recipient : recipients) {
        String token = newToken();
        jdbc.update("insert into scr_notice_link (token_sha256, lscb, case_reference, process_instance_id,"
                + " document_id, template, recipient, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            hash(token), caseKey.lscb(), caseKey.reference(), processInstanceId, document.id(), template, recipient,
            Timestamp.from(now), Timestamp.from(validUntil));
        urls.put(recipient, properties.baseUrl() + PATH + token);
      }
      return new Issued(document.id(), urls, validUntil);
    });
  }

  /** The link with this token; empty for a token of the wrong shape or one never issued. */
  Optional<Link> find(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.query("select * from scr_notice_link where token_sha256 = ?", (rs, i) -> new Link(rs.getLong("id"),
            new CaseKey(rs.getString("lscb"), rs.getString("case_reference")), rs.getString("process_instance_id"),
            rs.getLong("document_id"), rs.getString("template"), rs.getString("recipient"),
            rs.getTimestamp("expires_at").toInstant()), hash(token))
        .stream().findFirst();
  }

  void recordDownload(Link link, Instant at) {
    jdbc.update("insert into scr_notice_download (link_id, lscb, case_reference, process_instance_id, template,"
            + " recipient, downloaded_at) values (?, ?, ?, ?, ?, ?, ?)", link.id(), link.caseKey().lscb(),
        link.caseKey().reference(), link.processInstanceId(), link.template(), link.recipient(), Timestamp.from(at));
  }

  /** Every download of a notice of the case, oldest first. */
  public List<Download> downloadsOf(CaseKey caseKey) {
    return jdbc.query("select * from scr_notice_download where " + CaseRows.where(caseKey)
            + " order by downloaded_at, id",
        (rs, i) -> new Download(rs.getTimestamp("downloaded_at").toInstant(), rs.getString("recipient"),
            rs.getString("template"), rs.getString("process_instance_id")),
        CaseRows.args(caseKey));
  }

  private static String newToken() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  static String hash(String token) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
