package org.scrworkflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.review.Agencies;
import org.scrworkflow.review.ReviewVariables;
import org.springframework.stereotype.Component;

/**
 * Sends the notification a service task names in its inputs {@code template} and {@code recipients}, and
 * records it (case, template, recipients, time, message id). Runs as an asynchronous job with retries.
 */
@Component("sendNotification")
class SendNotificationDelegate implements JavaDelegate {

  static final String TEMPLATE_INPUT = "template";
  static final String RECIPIENTS_INPUT = "recipients";

  private final RecipientResolver resolver;
  private final NotificationSender sender;
  private final NotificationLog log;
  private final Deadlines deadlines;
  private final Agencies agencies;

  SendNotificationDelegate(RecipientResolver resolver, NotificationSender sender, NotificationLog log,
      Deadlines deadlines, Agencies agencies) {
    this.resolver = resolver;
    this.sender = sender;
    this.log = log;
    this.deadlines = deadlines;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NotificationTemplate template = NotificationTemplate.byId((String) execution.getVariableLocal(TEMPLATE_INPUT));
    List<RecipientRole> roles = RecipientRole.parseList((String) execution.getVariableLocal(RECIPIENTS_INPUT));
    String caseReference = (String) execution.getVariable(ReviewVariables.CASE_REFERENCE);
    LocalDate sendDate = deadlines.currentDate();
    var context = new RecipientResolver.CaseContext(
        sendDate,
        (String) execution.getVariable(ReviewVariables.REGION),
        (String) execution.getVariable(ReviewVariables.AGENCY_ID),
        agencies.ids(execution.getVariable(ReviewVariables.AGENCIES_INVOLVED)));
    var resolution = resolver.resolve(roles, context);
    var outgoing = new OutgoingNotification(template.id(), caseReference + ": " + template.subject(),
        caseReference, resolution.addresses());
    String messageId = sender.send(outgoing);
    Instant sentAt = ClockUtil.getCurrentTime().toInstant();
    log.record(caseReference, execution.getProcessInstanceId(), template.id(), resolution.addresses(),
        resolution.governmentRecipient(), sentAt, messageId, "SENT");
  }
}
