package org.scrworkflow.document;

/** The documents of a review (domain §6) and the classification each has (§6.14). */
public enum DocumentKind {
  DECISION_RECORD(Classification.CONFIDENTIAL, "decision-record", "Decision record"),
  TERMS_OF_REFERENCE(Classification.CONFIDENTIAL, "terms-of-reference", "Terms of reference"),
  SUBMISSION_COVER(Classification.CONFIDENTIAL, "submission-cover", "Submission to Ofsted and GO/DfE"),
  /** A notification as sent (§6.12): pseudonymised, so CONFIDENTIAL rather than IDENTIFYING. */
  NOTIFICATION_LETTER(Classification.CONFIDENTIAL, "notification-letter", "Notification letter"),
  /**
   * The serious-incident notification in full (§6.2): the child's and family's details from the identity vault, the
   * summary; IDENTIFYING. Its recipients fetch it through their own time-limited link (notification/NoticeLinks).
   */
  INCIDENT_NOTIFICATION(Classification.IDENTIFYING, "statutory-notice", "Serious incident notification"),
  /** A statutory notice with its reasons in full (decision §6.3, stand-down, withholding, not published). */
  STATUTORY_NOTICE(Classification.CONFIDENTIAL, "statutory-notice", "Statutory notice"),
  IMR(Classification.CONFIDENTIAL, null, "Individual Management Review"),
  CHRONOLOGY(Classification.IDENTIFYING, null, "Chronology"),
  HEALTH_OVERVIEW(Classification.CONFIDENTIAL, null, "Health overview report"),
  ACTION_PLAN(Classification.CONFIDENTIAL, null, "Action plan"),
  /** S-23: the overview author's drafts, before the LSCB accepts them and before any anonymisation. */
  DRAFT_OVERVIEW_REPORT(Classification.CONFIDENTIAL, null, "Overview report (draft)"),
  DRAFT_EXECUTIVE_SUMMARY(Classification.CONFIDENTIAL, null, "Executive summary (draft)"),
  EXECUTIVE_SUMMARY(Classification.PUBLISHABLE, null, "Executive summary"),
  OVERVIEW_REPORT(Classification.PUBLISHABLE, null, "Overview report (publishable version)"),
  PUBLICATION_BUNDLE(Classification.PUBLISHABLE, "publication-bundle", "Publication bundle");

  private final Classification classification;
  private final String template;
  private final String title;

  DocumentKind(Classification classification, String template, String title) {
    this.classification = classification;
    this.template = template;
    this.title = title;
  }

  public Classification classification() {
    return classification;
  }

  /** The template in resources/document that generates it, or null for uploaded documents. */
  public String template() {
    return template;
  }

  public String title() {
    return title;
  }

  /** How the kind reads in a file name the application gives: "draft-overview-report". */
  public String fileStem() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
