package org.scrworkflow.document;

import java.time.Instant;
import org.scrworkflow.review.CaseKey;

/**
 * A document's record in the store, without its content. {@code uploadedAs} is the name of the file the author
 * uploaded (null for generated documents); {@code fileName} is the name the application gave it; {@code agencyId}
 * the agency whose document it is (IMRs and chronologies), null for the LSCB's own documents.
 */
public record StoredDocument(long id, String lscb, String caseReference, String processInstanceId, DocumentKind kind,
    Classification classification, int version, String fileName, String mediaType, long size, String sha256,
    String author, Instant createdAt, String uploadedAs, String agencyId) {

  /** The case the document belongs to. */
  public CaseKey caseKey() {
    return new CaseKey(lscb, caseReference);
  }
}
