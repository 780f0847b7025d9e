package org.scrworkflow.notification;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * When no mail server is configured (spring.mail.host empty), writes each notification to the log with its
 * full text instead of sending it. The text holds the case reference and pseudonym, never a child's name.
 */
@Component
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class LoggingNotificationSender implements NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationSender.class);

  private final MailTemplates templates;

  LoggingNotificationSender(MailTemplates templates) {
    this.templates = templates;
  }

  @Override
  public String send(OutgoingNotification notification) {
    String messageId = "<" + UUID.randomUUID() + "@scr-workflow.local>";
    LOG.info("Notification {} for case {} to {} ({}), not sent: no mail server configured.\n{}",
        notification.template(), notification.caseReference(), notification.to(), messageId,
        templates.render(notification).text());
    return messageId;
  }
}
