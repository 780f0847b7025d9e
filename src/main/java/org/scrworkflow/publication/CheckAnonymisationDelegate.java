package org.scrworkflow.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrworkflow.review.ReviewVariables;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.stereotype.Component;

/**
 * G-11: checks the publication versions against every identifying detail in the vault. Sets
 * {@code anonymisationPassed} and, when it fails, {@code anonymisationFindings} for the person redacting.
 */
@Component("anonymisationCheck")
class CheckAnonymisationDelegate implements JavaDelegate {

  private final AnonymisationScanner check;
  private final IdentityVault vault;

  CheckAnonymisationDelegate(AnonymisationScanner check, IdentityVault vault) {
    this.check = check;
    this.vault = vault;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseReference = (String) execution.getVariable(ReviewVariables.CASE_REFERENCE);
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("Executive summary", (String) execution.getVariable(ReviewVariables.PUBLISHABLE_EXECUTIVE_SUMMARY));
    if (Boolean.TRUE.equals(execution.getVariable(ReviewVariables.PUBLISH_OVERVIEW_REPORT))) {
      documents.put("Overview report", (String) execution.getVariable(ReviewVariables.PUBLISHABLE_OVERVIEW_REPORT));
    }
    var findings = check.check(documents, vault.detailsOf(caseReference));
    execution.setVariable(ReviewVariables.ANONYMISATION_PASSED, findings.isEmpty());
    execution.setVariable(ReviewVariables.ANONYMISATION_FINDINGS,
        String.join("\n", findings.stream().map(AnonymisationScanner.Finding::describe).toList()));
  }
}
