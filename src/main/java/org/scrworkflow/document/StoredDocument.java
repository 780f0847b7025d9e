package org.scrworkflow.document;

import java.time.Instant;

/** A document's record in the store, without its content. */
public record StoredDocument(long id, String caseReference, String processInstanceId, DocumentKind kind,
    Classification classification, int version, String fileName, String mediaType, long size, String sha256,
    String author, Instant createdAt) {}
