package org.scrworkflow.review;

import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a case is: the LSCB that holds the review (its Camunda tenant) and the case reference that LSCB gave it.
 * References are each LSCB's own numbering, so two LSCBs may both have a CR-1101; the two never meet. The vault,
 * the documents, the notification record and the audit trail are all keyed by both. Inside the engine a case is
 * read from the engine itself (the instance's tenant and business key), never from a variable a caller can send.
 *
 * @param lscb the LSCB's tenant id; null only for a review outside every LSCB (an administrator's test)
 * @param reference the case reference, e.g. CR-1101
 */
public record CaseKey(String lscb, String reference) {

  public CaseKey {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("A case needs its reference");
    }
  }

  /** The case of the process instance this execution belongs to (a review, one of its IMRs, its publication). */
  public static CaseKey of(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (reference == null) {
      // the start event of a review, before its business key is set from the checked case reference
      reference = CASE_REFERENCE.from(execution);
    }
    return new CaseKey(execution.getTenantId(), reference);
  }

  /** The case of the process instance this task belongs to. */
  public static CaseKey of(DelegateTask task) {
    return of(task.getExecution());
  }

  @Override
  public String toString() {
    return (lscb == null ? "(no LSCB)" : lscb) + "/" + reference;
  }
}
