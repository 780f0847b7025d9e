package org.scrworkflow.notification;

import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.REGION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.calendar.CalendarProperties;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.review.Agencies;
import org.scrworkflow.review.CaseKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the notification a service task names in its inputs {@code template} and {@code recipients}, and
 * records it (case, template, recipients, time, message id). Runs as an asynchronous job with retries.
 */
@Component("sendNotification")
class SendNotificationDelegate implements JavaDelegate {

  static final String TEMPLATE_INPUT = "template";
  static final String RECIPIENTS_INPUT = "recipients";
  /** Optional input: a due date to show in the message. */
  static final String DUE_DATE_INPUT = "dueDate";
  /**
   * Optional input: the day the notification is sent. A day before today is a notification sent before the referral
   * was entered (S-02): recorded with the recipients G-5 gives for that day, and not sent again.
   */
  static final String SENT_ON_INPUT = "sentOn";
  private static final DateTimeFormatter LINK_EXPIRY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
  private static final Logger LOG = LoggerFactory.getLogger(SendNotificationDelegate.class);

  private final RecipientResolver resolver;
  private final NotificationSender sender;
  private final NotificationLog log;
  private final Deadlines deadlines;
  private final Agencies agencies;
  private final NotificationLetters letters;
  private final StatutoryNotices notices;
  private final NoticeLinks links;
  private final CalendarProperties calendar;

  SendNotificationDelegate(RecipientResolver resolver, NotificationSender sender, NotificationLog log,
      Deadlines deadlines, Agencies agencies, NotificationLetters letters, StatutoryNotices notices,
      NoticeLinks links, CalendarProperties calendar) {
    this.letters = letters;
    this.notices = notices;
    this.links = links;
    this.calendar = calendar;
    this.resolver = resolver;
    this.sender = sender;
    this.log = log;
    this.deadlines = deadlines;
    this.agencies = agencies;
  }

  /** The partner LSCBs the review records, comma-separated ids, as a list. */
  static List<String> partners(String recorded) {
    if (recorded == null || recorded.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(recorded.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct()
        .toList();
  }

  @Override
  public void execute(DelegateExecution execution) {
    NotificationTemplate template = NotificationTemplate.byId((String) execution.getVariableLocal(TEMPLATE_INPUT));
    List<RecipientRole> roles = RecipientRole.parseList((String) execution.getVariableLocal(RECIPIENTS_INPUT));
    // the case is read from the engine (tenant and business key), never from a variable a caller can change
    CaseKey caseKey = CaseKey.of(execution);
    String caseReference = caseKey.reference();
    LocalDate today = deadlines.currentDate();
    Object sentOn = execution.getVariableLocal(SENT_ON_INPUT);
    LocalDate sendDate = sentOn == null || sentOn.toString().isBlank() ? today : deadlines.toLocalDate(sentOn);
    if (sendDate.isAfter(today)) {
      throw new IllegalStateException("A notification cannot be sent on a day still to come (" + sendDate + ")");
    }
    var context = new RecipientResolver.CaseContext(
        caseReference,
        // the review's LSCB is the tenant the engine gave this instance, never a variable a caller could send
        caseKey.lscb(),
        sendDate,
        REGION.from(execution),
        AGENCY_ID.from(execution),
        agencies.ids(execution.getVariable(AGENCIES_INVOLVED.name())),
        partners(PARTNER_LSCBS.from(execution)));
    String key = sendingKey(execution);
    if (log.alreadySent(key)) {
      // a retry of a step whose mail already went out (its transaction rolled back afterwards): not again
      LOG.info("Notification {} for case {} already sent ({}); not sent again", template.id(), caseReference, key);
      return;
    }
    var resolution = resolver.resolve(roles, context);
    Instant sentAt = ClockUtil.getCurrentTime().toInstant();
    var outgoing = new OutgoingNotification(key, template.id(), caseReference + ": " + template.subject(),
        caseReference, CHILD_PSEUDONYM.from(execution),
        (String) execution.getVariableLocal(DUE_DATE_INPUT), resolution.addresses());
    var notice = notices.of(template, execution, caseKey, sendDate);
    if (notice.isPresent()) {
      // the notice in full is a document of the case; the mail carries a link per recipient to it
      boolean mailed = !sendDate.isBefore(today) && !resolution.addresses().isEmpty();
      String fileName = caseReference + "-" + template.id() + "-notice-" + key.substring(key.lastIndexOf(':') + 1)
          + ".pdf";
      var issued = links.issue(caseKey, execution.getProcessInstanceId(), template.id(),
          () -> notices.store(notice.get(), caseKey, execution.getProcessInstanceId(), fileName, sentAt),
          mailed ? resolution.addresses() : List.of(), sentAt);
      if (mailed) {
        outgoing = new OutgoingNotification(key, template.id(), outgoing.subject(), caseReference,
            outgoing.childPseudonym(), outgoing.dueDate(), outgoing.to(), issued.urls(),
            LINK_EXPIRY.format(issued.validUntil().atZone(calendar.zone())));
      }
    }
    letters.store(outgoing, caseKey, execution.getProcessInstanceId());
    if (sendDate.isBefore(today)) {
      // S-02: notified before the referral was entered here; the record says to whom, by that day's route (G-5)
      log.record(key, caseKey, execution.getProcessInstanceId(), template.id(), resolution.addresses(),
          resolution.governmentRecipient(), deadlines.startOf(sendDate), null, "SENT_BEFORE_ENTRY");
      return;
    }
    if (resolution.addresses().isEmpty()) {
      // a review outside every LSCB, or an LSCB with nobody in the role: recorded, so the record shows who was
      // not told, instead of a mail server refusing a mail without recipients and the step failing for good
      LOG.warn("Notification {} for case {} has no recipient (no member of {} in its LSCB); recorded, not sent",
          template.id(), caseReference, roles);
      log.record(key, caseKey, execution.getProcessInstanceId(), template.id(), List.of(),
          resolution.governmentRecipient(), sentAt, null, "NO_RECIPIENTS");
      return;
    }
    String messageId = sender.send(outgoing);
    log.record(key, caseKey, execution.getProcessInstanceId(), template.id(), resolution.addresses(),
        resolution.governmentRecipient(), sentAt, messageId, "SENT");
  }

  /**
   * The same for every attempt of one visit of this step (the finished visits before it are counted in the
   * history), and different for the next visit of the same step (a second slippage consultation, say).
   */
  private static String sendingKey(DelegateExecution execution) {
    long finishedVisits = execution.getProcessEngineServices().getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .finished()
        .count();
    return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + finishedVisits;
  }
}
