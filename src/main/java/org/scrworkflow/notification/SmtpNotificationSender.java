package org.scrworkflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
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

  /**
   * One message to every recipient; or, for a notice behind links, one message to each recipient with their own
   * link, numbered after the sending's id ({@code <key.1@scr-workflow>}), and the sending's id is returned.
   */
  @Override
  public String send(OutgoingNotification notification) {
    String messageId = "<" + notification.key().replaceAll("[^A-Za-z0-9._:-]", "-") + "@scr-workflow>";
    if (!notification.linked()) {
      mail.send(message(notification, templates.render(notification), messageId));
      return messageId;
    }
    List<String> recipients = notification.to();
    for (int i = 0; i < recipients.size(); i++) {
      OutgoingNotification one = notification.to(recipients.get(i));
      mail.send(message(one, templates.renderFor(one, recipients.get(i)),
          messageId.replace("@scr-workflow>", "." + (i + 1) + "@scr-workflow>")));
    }
    return messageId;
  }

  private MimeMessage message(OutgoingNotification notification, MailTemplates.Rendered rendered, String messageId) {
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(notification.to().toArray(String[]::new));
      helper.setSubject(notification.subject());
      helper.setText(rendered.text(), rendered.html());
      message.saveChanges();
      message.setHeader("Message-ID", messageId);
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not build the " + notification.template() + " message for case "
          + notification.caseReference() + ": " + e.getMessage(), e);
    }
  }
}
