package org.scrworkflow.review;

/** The serious-case-review process: its key and the ids code and tests refer to. */
public final class SeriousCaseReview {

  public static final String PROCESS_KEY = "serious-case-review";

  private SeriousCaseReview() {}

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_INCIDENT_NOTIFIED = "StartEvent_IncidentNotified";
    public static final String TASK_CLOSE_REFERRAL = "Task_CloseReferral";
    public static final String END_REFERRAL_CLOSED = "EndEvent_ReferralClosed";

    private Elements() {}
  }
}
