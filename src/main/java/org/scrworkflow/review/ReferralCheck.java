package org.scrworkflow.review;

import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Checks the referral record before a review starts (S-01; ): a case reference, an incident
 * type, and incident and awareness dates that are real dates, not in the future, awareness not before the
 * incident. A date typed the wrong way round usually lands in the future and is caught here. A refusal is
 * a 400 with the reason; nothing is started. A reference the LSCB already uses is a 409 naming that review.
 */
@Component("referralCheck")
class ReferralCheck implements ExecutionListener {

  private final Deadlines deadlines;
  private final CaseRegister cases;

  ReferralCheck(Deadlines deadlines, CaseRegister cases) {
    this.deadlines = deadlines;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object reference = execution.getVariable(CASE_REFERENCE.name());
    if (reference == null || !reference.toString().matches("CR-[0-9]{3,8}")) {
      throw new BadUserRequestException("The case reference '" + reference + "' is not of the form CR-1101.");
    }
    if (execution.getVariable(INCIDENT_TYPE.name()) == null) {
      throw new BadUserRequestException("Say what happened: the incident type is missing.");
    }
    LocalDate today = deadlines.currentDate();
    LocalDate aware = date(execution.getVariable(AWARENESS_DATE.name()), "The date the authority became aware");
    if (aware.isAfter(today)) {
      throw new BadUserRequestException("The date the authority became aware, " + aware + ", is in the future."
          + " Check the day and month.");
    }
    Object incidentValue = execution.getVariable(INCIDENT_DATE.name());
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
    // A case is (LSCB, reference): the reference becomes the business key (the start event's end listener) and
    // must not already name a review of this LSCB, or two cases would share a vault and documents.
    cases.register(new CaseKey(execution.getTenantId(), reference.toString()), execution.getProcessInstanceId(),
        ClockUtil.getCurrentTime().toInstant());
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
