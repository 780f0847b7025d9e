package org.scrworkflow.reporting;

import static org.scrworkflow.review.ReviewVariables.ACCEPTANCE_DATE;
import static org.scrworkflow.review.ReviewVariables.AGENCY_ID;
import static org.scrworkflow.review.ReviewVariables.AWARENESS_DATE;
import static org.scrworkflow.review.ReviewVariables.AWARENESS_RECORDED_BY;
import static org.scrworkflow.review.ReviewVariables.CASE_REFERENCE;
import static org.scrworkflow.review.ReviewVariables.CHILD_PSEUDONYM;
import static org.scrworkflow.review.ReviewVariables.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.review.ReviewVariables.DECISION_DATE;
import static org.scrworkflow.review.ReviewVariables.DECISION_NOTIFIED_ON;
import static org.scrworkflow.review.ReviewVariables.IMR_DUE_DATE;
import static org.scrworkflow.review.ReviewVariables.IMR_RECEIVED_ON;
import static org.scrworkflow.review.ReviewVariables.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.review.ReviewVariables.INITIATE_REVIEW;
import static org.scrworkflow.review.ReviewVariables.LEAD_LSCB;
import static org.scrworkflow.review.ReviewVariables.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.review.ReviewVariables.LEGAL_ADVICE_REASONS;
import static org.scrworkflow.review.ReviewVariables.OFSTED_GRADE;
import static org.scrworkflow.review.ReviewVariables.OFSTED_LETTER_DATE;
import static org.scrworkflow.review.ReviewVariables.PUBLICATION_OUTCOME;
import static org.scrworkflow.review.ReviewVariables.PUBLISHED_ON;
import static org.scrworkflow.review.ReviewVariables.RECOMMENDATION;
import static org.scrworkflow.review.ReviewVariables.REGION;
import static org.scrworkflow.review.ReviewVariables.REPORTS_SUBMITTED_ON;
import static org.scrworkflow.review.ReviewVariables.RESIDENCE_LSCB;
import static org.scrworkflow.review.ReviewVariables.REVISED_TARGET;
import static org.scrworkflow.review.ReviewVariables.REVIEW_WILL_SLIP;
import static org.scrworkflow.review.ReviewVariables.SIX_MONTH_TARGET;
import static org.scrworkflow.review.ReviewVariables.SIX_MONTH_TARGET_MET;
import static org.scrworkflow.review.ReviewVariables.WELFARE_REASONS;

import java.util.Set;

/**
 * The allow-list: the only process variables the reports read. Each is a case reference, a pseudonym, an LSCB or
 * region id, a user id, a date, a yes/no or a code (domain §7: none is identifying). Names of people (panel chair,
 * authors, signatories) and every free-text field (summaries, reasons, notes), which could carry a child's
 * details, are never read; identifying details live in the vault and never were variables.
 */
final class ReportedVariables {

  private ReportedVariables() {}

  /** Of a serious-case-review instance. */
  static final Set<String> REVIEW = Set.of(CASE_REFERENCE, CHILD_PSEUDONYM, LEAD_LSCB, RESIDENCE_LSCB, REGION,
      AWARENESS_DATE, AWARENESS_RECORDED_BY, INCIDENT_NOTIFIED_ON, RECOMMENDATION, INITIATE_REVIEW, DECISION_DATE,
      DECISION_NOTIFIED_ON, SIX_MONTH_TARGET, REVISED_TARGET, REVIEW_WILL_SLIP, ACCEPTANCE_DATE, SIX_MONTH_TARGET_MET,
      REPORTS_SUBMITTED_ON, PUBLICATION_OUTCOME, PUBLISHED_ON, OFSTED_GRADE, OFSTED_LETTER_DATE);

  /** Of an individual-management-review instance. */
  static final Set<String> IMR = Set.of(AGENCY_ID, IMR_DUE_DATE, IMR_RECEIVED_ON);

  /** Of an scr-publication instance. */
  static final Set<String> PUBLICATION = Set.of(COMPELLING_WELFARE_REASONS, LEGAL_ADVICE_OUTCOME, PUBLICATION_OUTCOME,
      PUBLISHED_ON);

  /**
   * Free text read only to tell whether the reasons for withholding were recorded (R-7.2, G-12); the reader turns
   * each into yes or no at once and the text goes no further.
   */
  static final Set<String> PRESENCE_ONLY = Set.of(WELFARE_REASONS, LEGAL_ADVICE_REASONS);
}
