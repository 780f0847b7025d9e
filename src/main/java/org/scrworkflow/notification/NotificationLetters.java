package org.scrworkflow.notification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.document.PdfRenderer;
import org.scrworkflow.review.CaseKey;
import org.springframework.stereotype.Component;

/** Keeps each notification as a letter (PDF) in the case's documents (§6.12), beside the mail itself. */
@Component
class NotificationLetters {

  private final MailTemplates templates;
  private final PdfRenderer renderer;
  private final DocumentStore documents;

  NotificationLetters(MailTemplates templates, PdfRenderer renderer, DocumentStore documents) {
    this.templates = templates;
    this.renderer = renderer;
    this.documents = documents;
  }

  void store(OutgoingNotification notification, CaseKey caseKey, String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    values.put("title", notification.subject());
    values.put("caseReference", notification.caseReference());
    values.put("to", String.join(", ", notification.to()));
    values.put("text", templates.render(notification).text());
    byte[] pdf = renderer.render("notification-letter", values);
    documents.store(caseKey, processInstanceId, DocumentKind.NOTIFICATION_LETTER,
        notification.caseReference() + "-" + notification.template() + "-"
            + notification.key().substring(notification.key().lastIndexOf(':') + 1) + "-"
            + Integer.toHexString(notification.key().hashCode()) + ".pdf", "application/pdf", pdf,
        "scr-workflow", ClockUtil.getCurrentTime().toInstant());
  }
}
