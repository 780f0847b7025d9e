package org.scrworkflow.review;

import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_REASON;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrworkflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Checks the chair's decision before the task completes (S-07): a decision date that is a real date, not
 * before the incident was notified and not in the future; reasons always; and no "no" where the criteria
 * make a review required. A refusal is a 400 with the reason, and nothing is saved.
 */
@Component("initiationDecisionCheck")
class InitiationDecisionCheck implements TaskListener {

  private final Deadlines deadlines;

  InitiationDecisionCheck(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    Object initiate = task.getVariable(INITIATE_REVIEW.name());
    if (!(initiate instanceof Boolean)) {
      throw refuse("Say whether a Serious Case Review is to be initiated.");
    }
    LocalDate decisionDate = date(task.getVariable(DECISION_DATE.name()), "The decision date");
    LocalDate notifiedOn = date(task.getVariable(INCIDENT_NOTIFIED_ON.name()), "The notification date");
    if (decisionDate.isBefore(notifiedOn)) {
      throw refuse("The decision date " + decisionDate + " is before the incident was notified on " + notifiedOn
          + ": a decision cannot precede the notification. Check the day and month.");
    }
    if (decisionDate.isAfter(deadlines.currentDate())) {
      throw refuse("The decision date " + decisionDate + " is in the future. Record the date the decision was made.");
    }
    Object reasons = task.getVariable(DECISION_REASONS.name());
    if (reasons == null || reasons.toString().isBlank()) {
      throw refuse("Record the reasons for the decision: they are sent with it (R-3.2).");
    }
    if (Boolean.FALSE.equals(initiate) && "REQUIRED".equals(task.getVariable(CRITERIA_OUTCOME.name()))) {
      throw refuse("The criteria make a Serious Case Review required ("
          + task.getVariable(CRITERIA_REASON.name()) + "): the review must be initiated. "
          + "If the screening facts are wrong, correct them before deciding.");
    }
  }

  private static LocalDate date(Object value, String what) {
    if (value == null || value.toString().isBlank()) {
      throw refuse(what + " is missing.");
    }
    try {
      return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
    } catch (DateTimeParseException e) {
      throw refuse(what + " '" + value + "' is not a date: use the form's date picker (day, month, year).");
    }
  }

  private static BadUserRequestException refuse(String message) {
    return new BadUserRequestException(message);
  }
}
