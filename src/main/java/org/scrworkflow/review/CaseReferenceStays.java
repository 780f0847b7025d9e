package org.scrworkflow.review;

import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The case reference of a running review is its business key, given at its start: no caller may change it (R-2.1;
 * a case is its LSCB and reference, and documents are filed under it). A write of {@code caseReference} that
 * differs from the instance's business key is refused; the same value, as a form sends it back, passes.
 */
@Component
class CaseReferenceStays implements VariableWriteRule {

  @Override
  public List<String> problems(List<VariableWrite> writes) {
    return writes.stream()
        .filter(w -> CASE_REFERENCE.name().equals(w.name()) && w.caseKey() != null)
        .filter(w -> w.removed() || !w.caseKey().reference().equals(w.text()))
        .map(w -> "The case reference (caseReference) of a review cannot be changed or removed: this review is "
            + w.caseKey().reference() + ".")
        .distinct().toList();
  }
}
