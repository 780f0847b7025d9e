package org.scrworkflow.publication;

import static org.scrworkflow.process.ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_EXECUTIVE_SUMMARY;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.PUBLISH_OVERVIEW_REPORT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.review.CaseKey;
import org.springframework.stereotype.Component;

/**
 * S-26: assembles the publication pack from the publication versions: the executive summary, and the
 * overview report where publication-scope says it is published (G-8, G-9), which it then must be. Sets
 * {@code publicationBundleDocumentId}.
 */
@Component("assemblePublicationPack")
class AssemblePublicationPackDelegate implements JavaDelegate {

  private final PublicationPack pack;

  AssemblePublicationPackDelegate(PublicationPack pack) {
    this.pack = pack;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean overview = Boolean.TRUE.equals(PUBLISH_OVERVIEW_REPORT.from(execution));
    String overviewReport = PUBLISHABLE_OVERVIEW_REPORT.from(execution);
    if (overview && (overviewReport == null || overviewReport.isBlank())) {
      // the step's contract already refuses this (CrossFieldRules); a pack without it would publish less than
      throw new IllegalStateException("The overview report must be published with the executive summary (R-7.1)"
          + " but no publication version of it was prepared: nothing was assembled or published.");
    }
    var bundle = pack.assemble(
        CaseKey.of(execution),
        execution.getProcessInstanceId(),
        PUBLISHABLE_EXECUTIVE_SUMMARY.from(execution),
        overview ? overviewReport : null,
        ClockUtil.getCurrentTime().toInstant());
    PUBLICATION_BUNDLE_DOCUMENT_ID.on(execution, bundle.id());
  }
}
