package org.scrworkflow.notification;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * Records what would be sent, in the log, when no mail server is configured. The log line names the case
 * reference, the template and the recipients' addresses, never a child's details.
 */
@Component
@ConditionalOnMissingBean(value = NotificationSender.class, ignored = LoggingNotificationSender.class)
class LoggingNotificationSender implements NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationSender.class);

  @Override
  public String send(OutgoingNotification notification) {
    String messageId = "<" + UUID.randomUUID() + "@scr-workflow.local>";
    LOG.info("Notification {} for case {} to {}: \"{}\" ({})", notification.template(),
        notification.caseReference(), notification.to(), notification.subject(), messageId);
    return messageId;
  }
}
