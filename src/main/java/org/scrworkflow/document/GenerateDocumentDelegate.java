package org.scrworkflow.document;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.review.CaseKey;
import org.springframework.stereotype.Component;

/**
 * Generates the document a service task names in its input {@code document} (a {@link DocumentKind}) from
 * its template and the review's variables, stores it, and sets the local variable {@code documentId} for
 * the task's output mapping. Variables never hold identifying details, so neither do these documents.
 */
@Component("generateDocument")
class GenerateDocumentDelegate implements JavaDelegate {

  static final String DOCUMENT_INPUT = "document";
  static final String DOCUMENT_ID = "documentId";

  private final PdfRenderer renderer;
  private final DocumentStore store;

  GenerateDocumentDelegate(PdfRenderer renderer, DocumentStore store) {
    this.renderer = renderer;
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DocumentKind kind = DocumentKind.valueOf((String) execution.getVariableLocal(DOCUMENT_INPUT));
    if (kind.template() == null) {
      throw new IllegalArgumentException("Documents of kind " + kind + " are uploaded, not generated");
    }
    Map<String, Object> values = new HashMap<>(execution.getVariables());
    values.put("title", kind.title());
    CaseKey caseKey = CaseKey.of(execution);
    byte[] pdf = renderer.render(kind.template(), values);
    StoredDocument document = store.store(caseKey, execution.getProcessInstanceId(), kind,
        caseKey.reference() + "-" + kind.template() + ".pdf", "application/pdf", pdf, "scr-workflow",
        ClockUtil.getCurrentTime().toInstant());
    execution.setVariableLocal(DOCUMENT_ID, document.id());
  }
}
