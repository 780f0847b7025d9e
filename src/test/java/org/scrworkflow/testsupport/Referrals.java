package org.scrworkflow.testsupport;

import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A real review in progress for tests that are about something else (backups, logs): a child's death with
 * neglect suspected, worked from the referral to the chair's decision to hold a review (S-01 to S-05).
 */
public final class Referrals {

  private Referrals() {}

  /**
   * Starts the referral on the day of awareness (a Monday), approves the notification the next day, screens a
   * week later and records the decision two weeks after that; the review then waits at "Set up the panel".
   * The engine clock is left at the decision day.
   */
  public static ProcessInstance decidedToReview(ReviewDriver driver, String caseReference, String pseudonym,
      LocalDate awareness, List<String> agencies) {
    return decided(driver, referred(driver, caseReference, pseudonym, awareness, agencies), pseudonym, awareness);
  }

  /** Starts the referral on the day of awareness; it waits at "Approve the serious incident notification". */
  public static ProcessInstance referred(ReviewDriver driver, String caseReference, String pseudonym,
      LocalDate awareness, List<String> agencies) {
    driver.today(awareness);
    return driver.start("serious-case-review", caseReference, vars(
        "caseReference", caseReference, "childPseudonym", pseudonym, "childAgeYears", 3,
        "incidentDate", awareness.minusDays(1).toString(), "incidentType", "DEATH",
        "abuseOrNeglectKnownOrSuspected", true, "interagencyConcern", true, "residenceLscb", "lscb-x",
        "region", "WEST_MIDLANDS", "lookedAfter", false, "agenciesInvolved", new ArrayList<>(agencies),
        "parallelProceedingsKnown", false, "awarenessDate", awareness.toString()));
  }

  /** From the referral to the chair's decision to review, as {@link #decidedToReview} describes. */
  public static ProcessInstance decided(ReviewDriver driver, ProcessInstance review, String pseudonym,
      LocalDate awareness) {
    driver.today(awareness.plusDays(1));
    driver.complete(review, "Task_ApproveIncidentNotification",
        vars("notificationReason", "SCR_POSSIBLE", "notificationSummary", pseudonym + " died; neglect suspected."));
    driver.today(awareness.plusDays(8));
    driver.complete(review, "Task_ConfirmLscbs", vars("partnerLscbs", ""));
    driver.complete(review, "Task_ScreenCase", vars("screeningAnswers", "Answers to 8.12."));
    driver.complete(review, "Task_RecommendToChair",
        vars("recommendation", "INITIATE", "recommendationReasons", "As screened."));
    driver.today(awareness.plusDays(22));
    driver.complete(review, "Task_DecideInitiation", vars("initiateReview", true,
        "decisionDate", awareness.plusDays(21).toString(), "decisionReasons", "Criteria met."));
    return review;
  }
}
