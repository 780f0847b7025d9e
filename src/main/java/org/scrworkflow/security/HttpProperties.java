package org.scrworkflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what a caller may send over HTTP (scr.http).
 *
 * @param maxRequestBytes the largest request body accepted on any path (16 MiB): an upload of
 *     scr.documents.upload.max-bytes (10 MiB) grows by a third when Tasklist base64-encodes it into the JSON of a
 *     form submission (13.3 MiB), plus the form's other fields. Anything larger is refused with 413 before it is
 *     read, because Camunda's REST API reads a whole body into memory with no limit of its own.
 */
@ConfigurationProperties(prefix = "scr.http")
public record HttpProperties(@DefaultValue("16777216") long maxRequestBytes) {

  public HttpProperties {
    if (maxRequestBytes <= 0) {
      throw new IllegalArgumentException("scr.http.max-request-bytes must be positive, was " + maxRequestBytes);
    }
  }
}
