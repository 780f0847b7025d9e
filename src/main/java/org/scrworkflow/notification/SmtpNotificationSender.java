package org.scrworkflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends notifications over SMTP (spring.mail.*) as text and HTML. A failure propagates so that the
 * asynchronous job retries and, when the retries are spent, raises an incident in Cockpit.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isEmpty()")
class SmtpNotificationSender implements NotificationSender {

  private final JavaMailSender mail;
  private final MailTemplates templates;
  private final NotificationProperties properties;

  SmtpNotificationSender(JavaMailSender mail, MailTemplates templates, NotificationProperties properties) {
    this.mail = mail;
    this.templates = templates;
    this.properties = properties;
  }

  @Override
  public String send(OutgoingNotification notification) {
    MailTemplates.Rendered rendered = templates.render(notification);
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(notification.to().toArray(String[]::new));
      helper.setSubject(notification.subject());
      helper.setText(rendered.text(), rendered.html());
      message.saveChanges();
      String messageId = "<" + notification.key().replaceAll("[^A-Za-z0-9._:-]", "-") + "@scr-workflow>";
      message.setHeader("Message-ID", messageId);
      mail.send(message);
      return messageId;
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not build the " + notification.template() + " message for case "
          + notification.caseReference() + ": " + e.getMessage(), e);
    }
  }
}
