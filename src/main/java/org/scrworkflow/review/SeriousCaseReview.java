package org.scrworkflow.review;

/** The serious-case-review process: its key and the ids code and tests refer to. */
public final class SeriousCaseReview {

  public static final String PROCESS_KEY = "serious-case-review";

  private SeriousCaseReview() {}

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_INCIDENT_NOTIFIED = "StartEvent_IncidentNotified";
    public static final String TASK_SCREEN_REFERRAL = "Task_ScreenReferral";
    public static final String END_REFERRAL_SCREENED = "EndEvent_ReferralScreened";

    private Elements() {}
  }
}
