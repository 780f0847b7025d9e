package org.scrworkflow.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.ReviewVariables;
import org.springframework.stereotype.Component;

/**
 * S-26: assembles the publication pack from the publication versions: the executive summary, and the
 * overview report only where publication-scope allows it (G-8, G-9). Sets {@code publicationBundleDocumentId}.
 */
@Component("assemblePublicationPack")
class AssemblePublicationPackDelegate implements JavaDelegate {

  private final PublicationPack pack;

  AssemblePublicationPackDelegate(PublicationPack pack) {
    this.pack = pack;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean overview = Boolean.TRUE.equals(execution.getVariable(ReviewVariables.PUBLISH_OVERVIEW_REPORT));
    var bundle = pack.assemble(
        CaseKey.of(execution),
        execution.getProcessInstanceId(),
        (String) execution.getVariable(ReviewVariables.PUBLISHABLE_EXECUTIVE_SUMMARY),
        overview ? (String) execution.getVariable(ReviewVariables.PUBLISHABLE_OVERVIEW_REPORT) : null,
        ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(ReviewVariables.PUBLICATION_BUNDLE_DOCUMENT_ID, bundle.id());
  }
}
