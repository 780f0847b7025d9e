package org.scrworkflow.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.document.DocumentStore;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /notices/{token}: a recipient's link to a full notice. Open without a login (Ofsted and the DfE have no
 * account here), outside the engine's REST API and /api; the token alone opens it, and gives the one notice it was
 * issued for. An unknown or altered token is a 404 and an expired one a 410, each a plain sentence that says
 * nothing of any case. Each download is recorded for the case's audit trail (recipient and time, never the
 * token); nothing here logs the path.
 */
@RestController
class NoticeController {

  static final String UNKNOWN = "This link does not open a notice. If you were sent it, ask the LSCB that sent the"
      + " notice for a new link.\n";
  static final String EXPIRED = "This link has expired. Ask the LSCB that sent the notice for a new link.\n";

  private final NoticeLinks links;
  private final DocumentStore documents;

  NoticeController(NoticeLinks links, DocumentStore documents) {
    this.links = links;
    this.documents = documents;
  }

  @GetMapping(NoticeLinks.PATH + "{token}")
  ResponseEntity<?> notice(@PathVariable String token) {
    var link = links.find(token);
    if (link.isEmpty()) {
      return refusal(HttpStatus.NOT_FOUND, UNKNOWN);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (!now.isBefore(link.get().expiresAt())) {
      return refusal(HttpStatus.GONE, EXPIRED);
    }
    var document = documents.find(link.get().documentId())
        .filter(found -> found.caseKey().equals(link.get().caseKey()));
    if (document.isEmpty()) {
      return refusal(HttpStatus.NOT_FOUND, UNKNOWN);
    }
    links.recordDownload(link.get(), now);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header("Referrer-Policy", "no-referrer")
        .header("X-Robots-Tag", "noindex")
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.get().fileName()).build().toString())
        .body(documents.content(document.get().id()));
  }

  private static ResponseEntity<String> refusal(HttpStatus status, String sentence) {
    return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer").body(sentence);
  }
}
