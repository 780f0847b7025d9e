package org.scrworkflow.notification;

import java.util.Arrays;

/**
 * Every notification the models send, by the template id a service task names in its {@code template}
 * input. Subjects carry the case reference and never a child's identifying details.
 */
public enum NotificationTemplate {
  SERIOUS_INCIDENT_NOTIFICATION("serious-incident-notification", "Notification of a serious incident"),
  INCIDENT_NOTIFICATION_OVERDUE("incident-notification-overdue", "Serious incident notification overdue"),
  SECURE_RECORDS_REQUEST("secure-records-request", "Please secure your records"),
  DECISION_REMINDER("decision-reminder", "Decision on a Serious Case Review due in ten working days"),
  DECISION_OVERDUE("decision-overdue", "Decision on a Serious Case Review overdue"),
  DECISION_NOTIFICATION("decision-notification", "Decision on a Serious Case Review"),
  SLIPPAGE_CONSULTATION("slippage-consultation", "Serious Case Review will not finish within six months"),
  ACCEPTANCE_REQUEST("acceptance-request", "Serious Case Review reports ready for the LSCB's acceptance"),
  REPORT_SUBMISSION("report-submission", "Serious Case Review reports"),
  REPORT_RESUBMISSION("report-resubmission", "Serious Case Review reports resubmitted"),
  OFSTED_CHASE("ofsted-chase", "Evaluation of a Serious Case Review awaited"),
  OVERVIEW_REPORT_WITHHELD("overview-report-withheld", "Overview report withheld: reasons"),
  NOT_PUBLISHED("not-published", "Serious Case Review not published: reasons"),
  REVIEW_STOOD_DOWN("review-stood-down", "Serious Case Review stood down"),
  SIX_MONTHS_PASSED("six-months-passed", "Serious Case Review not completed within six months"),
  PUBLICATION_NOTICE("publication-notice", "Serious Case Review published"),
  IMR_COMMISSION("imr-commission", "Individual Management Review commissioned"),
  IMR_REMINDER("imr-reminder", "Individual Management Review due in five working days"),
  IMR_OVERDUE("imr-overdue", "Individual Management Review overdue"),
  IMR_REVISION_OVERDUE("imr-revision-overdue", "Revised Individual Management Review overdue"),
  IMR_ESCALATION_SENIOR_MANAGER("imr-escalation-senior-manager", "Individual Management Review five working days late"),
  IMR_ESCALATION_LSCB("imr-escalation-lscb", "Individual Management Review ten working days late"),
  IMR_AUTHOR_NOT_APPOINTED("imr-author-not-appointed", "Individual Management Review: no author appointed"),
  IMR_AUTHOR_NOT_APPOINTED_LSCB("imr-author-not-appointed-lscb",
      "Individual Management Review late: the agency has appointed no author");

  private final String id;
  private final String subject;

  NotificationTemplate(String id, String subject) {
    this.id = id;
    this.subject = subject;
  }

  public String id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  /** The template with this id; an unknown id is a modelling error and says which ids exist. */
  public static NotificationTemplate byId(String id) {
    return Arrays.stream(values())
        .filter(t -> t.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unknown notification template '" + id + "'; known templates: "
                + Arrays.stream(values()).map(NotificationTemplate::id).toList()));
  }
}
