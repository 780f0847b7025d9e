package org.scrworkflow.reporting;

import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.IndividualManagementReview.IMR_RECEIVED_ON;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_REASONS;
import static org.scrworkflow.process.ScrPublication.WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.ACCEPTANCE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_RECORDED_BY;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_GRADE;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_LETTER_DATE;
import static org.scrworkflow.process.SeriousCaseReview.PUBLICATION_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.PUBLISHED_ON;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.REPORTS_SUBMITTED_ON;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.REVIEW_WILL_SLIP;
import static org.scrworkflow.process.SeriousCaseReview.REVISED_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SIX_MONTH_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SIX_MONTH_TARGET_MET;

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
  static final Set<String> REVIEW = Set.of(CASE_REFERENCE.name(), CHILD_PSEUDONYM.name(), LEAD_LSCB.name(),
      RESIDENCE_LSCB.name(), REGION.name(),
      AWARENESS_DATE.name(), AWARENESS_RECORDED_BY.name(), INCIDENT_NOTIFIED_ON.name(), RECOMMENDATION.name(),
          INITIATE_REVIEW.name(), DECISION_DATE.name(),
      DECISION_NOTIFIED_ON.name(), SIX_MONTH_TARGET.name(), REVISED_TARGET.name(), REVIEW_WILL_SLIP.name(),
          ACCEPTANCE_DATE.name(), SIX_MONTH_TARGET_MET.name(),
      REPORTS_SUBMITTED_ON.name(), PUBLICATION_OUTCOME.name(), PUBLISHED_ON.name(), OFSTED_GRADE.name(),
          OFSTED_LETTER_DATE.name());

  /** Of an individual-management-review instance. */
  static final Set<String> IMR = Set.of(AGENCY_ID.name(), IMR_DUE_DATE.name(), IMR_RECEIVED_ON.name());

  /** Of an scr-publication instance. */
  static final Set<String> PUBLICATION = Set.of(COMPELLING_WELFARE_REASONS.name(), LEGAL_ADVICE_OUTCOME.name(),
      PUBLICATION_OUTCOME.name(),
      PUBLISHED_ON.name());

  /**
   * Free text read only to tell whether the reasons for withholding were recorded (R-7.2, G-12); the reader turns
   * each into yes or no at once and the text goes no further.
   */
  static final Set<String> PRESENCE_ONLY = Set.of(WELFARE_REASONS.name(), LEGAL_ADVICE_REASONS.name());
}
