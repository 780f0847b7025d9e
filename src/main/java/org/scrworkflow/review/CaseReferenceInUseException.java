package org.scrworkflow.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A review was started with a case reference that its LSCB already uses: answered 409 (the REST API's mapper),
 * naming the review that holds the reference, so the person can go to it or choose a new reference.
 */
public class CaseReferenceInUseException extends BadUserRequestException {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public CaseReferenceInUseException(CaseKey key, Instant existingStartedAt) {
    super("The case reference " + key.reference() + " is already used by a review of your LSCB, started on "
        + DAY.format(existingStartedAt.atZone(ZoneId.of("Europe/London"))) + ". Open that review, or give this"
        + " referral a new reference.");
  }
}
