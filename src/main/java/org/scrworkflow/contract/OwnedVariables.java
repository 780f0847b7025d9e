package org.scrworkflow.contract;

import java.util.List;
import org.scrworkflow.review.VariableWrite;
import org.scrworkflow.review.VariableWriteRule;
import org.springframework.stereotype.Component;

/**
 * A review's variables belong to it. A caller puts values in only through a step's contract (starting the review,
 * completing a task, a message that starts part of the review), each checked against its form; everything else a
 * caller writes to a process instance is refused, whoever calls and however: setting or deleting a variable over
 * REST (process instance, execution or task, local or not), Cockpit's variable editing, a modification with
 * variables, the Java API. An administrator is refused too. A value entered wrongly is put right by a
 * {@link Corrections correction}: named, with a reason, and audited. The process's own writes (its delegates,
 * listeners, decision tables, mappings) are not the caller's and pass.
 */
@Component
class OwnedVariables implements VariableWriteRule {

  private final ContractPlugin contracts;

  OwnedVariables(ContractPlugin contracts) {
    this.contracts = contracts;
  }

  @Override
  public List<String> problems(List<VariableWrite> writes) {
    if (Corrections.inProgress()) {
      return List.of();
    }
    return writes.stream()
        .filter(write -> write.byCaller() && write.changed() && write.processInstanceId() != null)
        .filter(write -> !contracts.checkedInThisCommand(write))
        .map(write -> "\"" + write.name() + "\" belongs to the review: it is entered on the step that asks for it"
            + " (by completing that task), or, where it was entered wrongly, put right by a correction with a reason"
            + " (POST /api/cases/{case reference}/corrections). It cannot be " + (write.removed() ? "deleted" : "set")
            + " directly.")
        .distinct().toList();
  }
}
