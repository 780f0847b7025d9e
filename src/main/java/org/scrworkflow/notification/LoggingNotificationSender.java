package org.scrworkflow.notification;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * When no mail server is configured (spring.mail.host empty), logs each notification instead of sending it: one
 * INFO line (template, case reference, recipients) and, at DEBUG, its full text. The text holds the case
 * reference and pseudonym, never a child's name, but also what people typed into the review's free-text fields,
 * so it is logged only where DEBUG is switched on for this class (the demo profile does).
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
    LOG.info("Notification {} for case {} to {} ({}), not sent: no mail server configured",
        notification.template(), notification.caseReference(), notification.to(), messageId);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Text of notification {}:\n{}", messageId, templates.render(notification).text());
    }
    return messageId;
  }
}
