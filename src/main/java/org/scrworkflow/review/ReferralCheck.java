package org.scrworkflow.review;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.scrworkflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Checks the referral record before a review starts (S-01; ): a case reference, an incident
 * type, and incident and awareness dates that are real dates, not in the future, awareness not before the
 * incident. A date typed the wrong way round usually lands in the future and is caught here. A refusal is
 * a 400 with the reason; nothing is started.
 */
@Component("referralCheck")
class ReferralCheck implements ExecutionListener {

  private final Deadlines deadlines;

  ReferralCheck(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object reference = execution.getVariable(ReviewVariables.CASE_REFERENCE);
    if (reference == null || !reference.toString().matches("CR-[0-9]{3,8}")) {
      throw new BadUserRequestException("The case reference '" + reference + "' is not of the form CR-1101.");
    }
    if (execution.getVariable(ReviewVariables.INCIDENT_TYPE) == null) {
      throw new BadUserRequestException("Say what happened: the incident type is missing.");
    }
    LocalDate today = deadlines.currentDate();
    LocalDate aware = date(execution.getVariable(ReviewVariables.AWARENESS_DATE), "The date the authority became aware");
    if (aware.isAfter(today)) {
      throw new BadUserRequestException("The date the authority became aware, " + aware + ", is in the future."
          + " Check the day and month.");
    }
    Object incidentValue = execution.getVariable(ReviewVariables.INCIDENT_DATE);
    if (incidentValue != null && !incidentValue.toString().isBlank()) {
      LocalDate incident = date(incidentValue, "The date of the incident");
      if (incident.isAfter(today)) {
        throw new BadUserRequestException("The date of the incident, " + incident + ", is in the future."
            + " Check the day and month.");
      }
      if (aware.isBefore(incident)) {
        throw new BadUserRequestException("The authority cannot have become aware (" + aware + ") before the"
            + " incident (" + incident + "). Check the day and month.");
      }
    }
  }

  private LocalDate date(Object value, String what) {
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(what + " is missing.");
    }
    try {
      return deadlines.toLocalDate(value);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(what + " '" + value + "' is not a date.");
    }
  }
}
