package org.scrworkflow.testsupport;

import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.security.AgencyGroups;

/**
 * A real review in progress for tests that are about something else (backups, logs): a child's death with
 * neglect suspected, worked from the referral to the chair's decision to hold a review (S-01 to S-05).
 */
public final class Referrals {

  private Referrals() {}

  /**
   * The agencies a referral names must be on the agency list (the agencies onboarded here, security/AgencyList):
   * onboards each that is not, named after its id, as an administrator would (POST /api/admin/agencies).
   */
  public static void onboard(ProcessEngine engine, List<String> agencies) {
    var groups = new AgencyGroups(engine.getIdentityService(), engine.getAuthorizationService());
    for (String agency : agencies) {
      groups.ensure(agency, Character.toUpperCase(agency.charAt(0)) + agency.substring(1));
    }
  }

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
    onboard(driver.engine(), agencies);
    driver.today(awareness);
    return driver.start(SeriousCaseReview.KEY, caseReference,
        StandardAnswers.referral(caseReference, pseudonym, "lscb-x", "WEST_MIDLANDS", awareness, agencies));
  }

  /** From the referral to the chair's decision to review, as {@link #decidedToReview} describes. */
  public static ProcessInstance decided(ReviewDriver driver, ProcessInstance review, String pseudonym,
      LocalDate awareness) {
    driver.today(awareness.plusDays(1));
    step(driver, review, TASK_APPROVE_INCIDENT_NOTIFICATION,
        vars(NOTIFICATION_SUMMARY.name(), pseudonym + " died; neglect suspected."));
    driver.today(awareness.plusDays(8));
    step(driver, review, TASK_CONFIRM_LSCBS, vars());
    step(driver, review, TASK_SCREEN_CASE, vars());
    step(driver, review, TASK_RECOMMEND_TO_CHAIR, vars());
    driver.today(awareness.plusDays(22));
    step(driver, review, TASK_DECIDE_INITIATION, vars(DECISION_DATE.name(), awareness.plusDays(21).toString()));
    return review;
  }

  /** Completes the step with its standard answer on the engine's day and these values over it. */
  private static void step(ReviewDriver driver, ProcessInstance review, String taskKey,
      java.util.Map<String, Object> overrides) {
    driver.complete(review, taskKey, StandardAnswers.answer(taskKey, driver.day(), Uploads::pdf, overrides));
  }
}
