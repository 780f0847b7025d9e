package org.scrworkflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The links to full notices (a notice that holds identifying details or reasons is not in the mail: each recipient
 * gets a link of their own to it).
 *
 * @param linkValidFor how long a recipient's link opens the notice (default 14 days)
 * @param baseUrl the address at which recipients reach this application (the links start with it)
 */
@ConfigurationProperties(prefix = "scr.notices")
public record NoticeProperties(Duration linkValidFor, String baseUrl) {

  public NoticeProperties {
    linkValidFor = linkValidFor == null ? Duration.ofDays(14) : linkValidFor;
    if (linkValidFor.isNegative() || linkValidFor.isZero()) {
      throw new IllegalArgumentException("scr.notices.link-valid-for must be a positive period, e.g. 14d");
    }
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
    while (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }
}
