package org.scrworkflow.document;

import java.util.Map;
import org.scrworkflow.security.CaseAccess;
import org.scrworkflow.security.CaseAccess.Lookup;
import org.scrworkflow.security.CaseAccess.Reach;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of documents and the list of a case's documents, for callers authenticated by the filter
 * on /api/*. A case is named by its reference within the caller's LSCB, or by LSCB and reference
 * (/api/lscbs/{lscb}/cases/{ref}/...); another LSCB's case, or a document of one, is a 404 for every role. Who may read what follows the classification (docs/security.md will hold the full matrix):
 * IDENTIFYING for the business manager and chair; CONFIDENTIAL also for the panel and the authors;
 * PUBLISHABLE for every role.
 */
@RestController
class DocumentController {

  private final DocumentStore store;
  private final ReadableDocuments readable;
  private final UploadRules uploadRules;
  private final CaseAccess cases;

  DocumentController(DocumentStore store, ReadableDocuments readable, UploadRules uploadRules, CaseAccess cases) {
    this.store = store;
    this.readable = readable;
    this.uploadRules = uploadRules;
    this.cases = cases;
  }

  /** What an upload may be, for the forms to check a file before it travels (scr.documents.upload). */
  @GetMapping("/api/documents/upload-rules")
  Map<String, Object> uploadRules() {
    UploadProperties rules = uploadRules.properties();
    return Map.of("maxBytes", rules.maxBytes(), "allowedTypes", rules.allowedTypes().stream()
        .map(t -> Map.of("name", t.name(), "extension", t.extension(), "mediaType", t.mediaType())).toList());
  }

  @GetMapping("/api/documents/{id}")
  ResponseEntity<?> download(@PathVariable long id) {
    var document = store.find(id);
    if (document.isEmpty() || !cases.mayReach(document.get().caseKey(), Reach.DOCUMENTS)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "No document " + id));
    }
    if (!readable.mayRead(document.get())) {
      return forbidden("Your role may not read this " + document.get().classification() + " document.");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.get().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.get().fileName()).build().toString())
        .header("X-Content-SHA256", document.get().sha256())
        .body(store.content(id));
  }

  @GetMapping({"/api/cases/{caseReference}/documents", "/api/lscbs/{lscb}/cases/{caseReference}/documents"})
  ResponseEntity<?> documents(@PathVariable(required = false) String lscb, @PathVariable String caseReference) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.DOCUMENTS);
    if (!(lookup instanceof Lookup.Found found)) {
      return CaseAccess.refusal(lookup, caseReference);
    }
    return ResponseEntity.ok(readable.of(found.key()));
  }

  private static ResponseEntity<Map<String, String>> forbidden(String message) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", message));
  }
}
