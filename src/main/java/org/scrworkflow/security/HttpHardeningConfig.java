package org.scrworkflow.security;

import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP hardening of every response and request (docs/security.md, "HTTP hardening"): security headers, and the
 * request size limit. Both run first, ahead of authentication and of the or-query guard (which reads a body),
 * so that every refusal carries the headers and no body is read past the limit.
 */
@Configuration(proxyBeanMethods = false)
class HttpHardeningConfig {

  /** How much base64 adds to a file sent inside Tasklist's JSON, plus room for the form's other fields. */
  private static final long FORM_FIELDS_ALLOWANCE = 512 * 1024;

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(CamundaBpmProperties camunda) {
    String webapps = camunda.getWebapp().getApplicationPath();
    var registration = new FilterRegistrationBean<>(
        new SecurityHeadersFilter(List.of("/api", "/engine-rest", webapps + "/api")));
    registration.setName("scr-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(HttpProperties http,
      // the upload limit of document/UploadProperties, read by name so that security does not depend on document
      @Value("${scr.documents.upload.max-bytes}") long maxUploadBytes) {
    requireRoomForUploads(http.maxRequestBytes(), maxUploadBytes);
    var registration = new FilterRegistrationBean<>(
        new RequestSizeLimitFilter(http.maxRequestBytes(), maxUploadBytes));
    registration.setName("scr-request-size-limit");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * A limit below what the largest allowed upload needs once Tasklist has base64-encoded it would refuse files
   * the form accepts: start-up fails and says which property to change.
   */
  static void requireRoomForUploads(long maxRequestBytes, long maxUploadBytes) {
    long needed = base64Length(maxUploadBytes) + FORM_FIELDS_ALLOWANCE;
    if (maxRequestBytes < needed) {
      throw new IllegalStateException("scr.http.max-request-bytes (" + maxRequestBytes + ") is too small for an"
          + " upload of scr.documents.upload.max-bytes (" + maxUploadBytes + "): Tasklist sends a file"
          + " base64-encoded in JSON, which needs at least " + needed + " bytes. Raise the first or lower the second.");
    }
  }

  static long base64Length(long bytes) {
    return (bytes + 2) / 3 * 4;
  }
}
