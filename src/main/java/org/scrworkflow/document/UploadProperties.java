package org.scrworkflow.document;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an upload on a task may be (scr.documents.upload): its largest size in bytes and the types allowed.
 * The Tasklist forms read the same values from GET /api/documents/upload-rules, so the person is told before
 * the file travels, and the server refuses whatever gets past the form.
 */
@ConfigurationProperties(prefix = "scr.documents.upload")
public record UploadProperties(
    @DefaultValue("10485760") long maxBytes,
    @DefaultValue({"PDF", "DOCX", "ODT"}) List<UploadType> allowedTypes) {

  public UploadProperties {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("scr.documents.upload.max-bytes must be positive, was " + maxBytes);
    }
    if (allowedTypes == null || allowedTypes.isEmpty()) {
      throw new IllegalArgumentException("scr.documents.upload.allowed-types must name at least one of PDF, DOCX, ODT");
    }
    allowedTypes = List.copyOf(allowedTypes);
  }
}
