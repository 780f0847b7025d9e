package org.scrworkflow.notification;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * External recipients of notifications.
 *
 * @param ofstedAddress where Ofsted receives notifications
 * @param governmentAddresses address per G-5 recipient code: {@code GO_<REGION>} and {@code DFE_SAFEGUARDING_GROUP}
 * @param from the sender address of every notification
 * @param agencyAddresses an agency's own address (by agency id), copied on its letters beside its people
 */
@ConfigurationProperties(prefix = "scr.notification")
public record NotificationProperties(String ofstedAddress, Map<String, String> governmentAddresses, String from,
    Map<String, String> agencyAddresses) {

  public NotificationProperties {
    governmentAddresses = governmentAddresses == null ? Map.of() : Map.copyOf(governmentAddresses);
    agencyAddresses = agencyAddresses == null ? Map.of() : Map.copyOf(agencyAddresses);
  }
}
