package org.scrworkflow.testsupport;

import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS_KNOWN;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.SCREENING_ANSWERS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;

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
    return driver.start(SeriousCaseReview.KEY, caseReference, vars(
        CASE_REFERENCE.name(), caseReference, CHILD_PSEUDONYM.name(), pseudonym, CHILD_AGE_YEARS.name(), 3,
        INCIDENT_DATE.name(), awareness.minusDays(1).toString(), INCIDENT_TYPE.name(), "DEATH",
        ABUSE_OR_NEGLECT.name(), true, INTERAGENCY_CONCERN.name(), true, RESIDENCE_LSCB.name(), "lscb-x",
        REGION.name(), "WEST_MIDLANDS", LOOKED_AFTER.name(), false, AGENCIES_INVOLVED.name(), new ArrayList<>(agencies),
        PARALLEL_PROCEEDINGS_KNOWN.name(), false, AWARENESS_DATE.name(), awareness.toString()));
  }

  /** From the referral to the chair's decision to review, as {@link #decidedToReview} describes. */
  public static ProcessInstance decided(ReviewDriver driver, ProcessInstance review, String pseudonym,
      LocalDate awareness) {
    driver.today(awareness.plusDays(1));
    driver.complete(review, TASK_APPROVE_INCIDENT_NOTIFICATION,
        vars(NOTIFICATION_REASON.name(), "SCR_POSSIBLE", NOTIFICATION_SUMMARY.name(),
            pseudonym + " died; neglect suspected."));
    driver.today(awareness.plusDays(8));
    driver.complete(review, TASK_CONFIRM_LSCBS, vars(PARTNER_LSCBS.name(), ""));
    driver.complete(review, TASK_SCREEN_CASE, vars(SCREENING_ANSWERS.name(), "Answers to 8.12."));
    driver.complete(review, TASK_RECOMMEND_TO_CHAIR,
        vars(RECOMMENDATION.name(), "INITIATE", RECOMMENDATION_REASONS.name(), "As screened."));
    driver.today(awareness.plusDays(22));
    driver.complete(review, TASK_DECIDE_INITIATION, vars(INITIATE_REVIEW.name(), true,
        DECISION_DATE.name(), awareness.plusDays(21).toString(), DECISION_REASONS.name(), "Criteria met."));
    return review;
  }
}
