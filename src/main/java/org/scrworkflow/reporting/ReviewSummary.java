package org.scrworkflow.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * One review on the managers' dashboard: where it is, its key dates planned and actual, and whether it is on
 * time. Case reference and pseudonym only: no identifying detail, no free text (see {@link ReportedVariables}).
 *
 * @param lscb the lead LSCB (G-4), or the LSCB where the child lives until the lead is determined
 * @param notificationDue T-1: one working day from awareness (the due date of the notification task)
 * @param decisionDue T-2: one calendar month from the notification (the due date of the chair's decision)
 * @param sixMonthTarget T-3: six calendar months from the decision; revised targets never replace it
 * @param revisedTarget S-22: the latest revised target, when GO/DfE were consulted about slippage
 * @param completedOn S-24: the date the LSCB accepted the reports
 * @param daysSinceDecision days from the decision to completion, or to today while the review is open
 * @param daysToSixMonthTarget days left until T-3 (negative when passed); empty once completed
 * @param slippageConsultations how many times S-22 consulted GO/DfE
 * @param withholdingReasonsRecorded for a publication that withheld something: whether the reasons were recorded
 * @param late what is late, in words, of a review still open: every open step past its due date, every IMR not
 *     received by its due date, a statutory date passed with its work undone (the reason for LATE and OVERDUE)
 */
public record ReviewSummary(
    String caseReference,
    String childPseudonym,
    String processInstanceId,
    String lscb,
    String region,
    ReviewStage stage,
    String stageLabel,
    ReviewStatus status,
    String statusLabel,
    boolean closed,
    LocalDate startedOn,
    LocalDate awarenessDate,
    LocalDate notificationDue,
    LocalDate notifiedOn,
    LocalDate decisionDue,
    LocalDate decisionDate,
    Boolean initiated,
    LocalDate sixMonthTarget,
    LocalDate revisedTarget,
    LocalDate completedOn,
    Boolean sixMonthTargetMet,
    Long daysSinceDecision,
    Long daysToSixMonthTarget,
    boolean slipped,
    int slippageConsultations,
    List<OpenImr> openImrs,
    int overdueImrs,
    int openIncidents,
    LocalDate submittedOn,
    PublicationOutcome publication,
    String publicationLabel,
    LocalDate publishedOn,
    LocalDate publicationClosedOn,
    Boolean withholdingReasonsRecorded,
    String ofstedGrade,
    LocalDate ofstedLetterDate,
    LocalDate closedOn,
    List<LateStep> late) {

  /**
   * An IMR still open (S-12 to S-20).
   *
   * @param waitingFor the name of the task open in it, e.g. "Write the chronology and the IMR"
   * @param overdue not received by its due date (T-5), or its open task is past its own due date
   */
  public record OpenImr(String agencyId, LocalDate dueDate, LocalDate receivedOn, String waitingFor, LocalDate taskDue,
      boolean overdue, Long daysOverdue) {}

  /**
   * A step past its due date, in words a manager reads.
   *
   * @param step what is late, e.g. "Northmoor Police's IMR not received" or "Decide whether to initiate a Serious Case Review"
   * @param words the whole sentence, e.g. "Northmoor Police's IMR not received: due 30 June 2011, 9 days late"
   */
  public record LateStep(String step, LocalDate dueDate, long daysLate, String words) {}
}
