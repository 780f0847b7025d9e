package org.scrworkflow.publication;

import static org.scrworkflow.process.ScrPublication.ANONYMISATION_FINDINGS;
import static org.scrworkflow.process.ScrPublication.ANONYMISATION_PASSED;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.stereotype.Component;

/**
 * G-11: searches every page of the publication bundle for every identifying detail in the vault. Sets
 * {@code anonymisationPassed} and, when it fails, {@code anonymisationFindings} (page and snippet) for the
 * person redacting.
 */
@Component("anonymisationCheck")
class CheckAnonymisationDelegate implements JavaDelegate {

  /** The engine stores a text variable in at most 4,000 characters. */
  static final int MAX_TEXT = 4000;

  private final AnonymisationScanner scanner;
  private final IdentityVault vault;
  private final DocumentStore documents;

  CheckAnonymisationDelegate(AnonymisationScanner scanner, IdentityVault vault, DocumentStore documents) {
    this.scanner = scanner;
    this.vault = vault;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long bundleId = PUBLICATION_BUNDLE_DOCUMENT_ID.from(execution);
    List<String> pages = PublicationPack.pagesOf(documents.content(bundleId));
    Map<String, String> byPage = new LinkedHashMap<>();
    for (int page = 0; page < pages.size(); page++) {
      byPage.put("Publication bundle, page " + (page + 1), pages.get(page));
    }
    var findings = scanner.check(byPage, vault.detailsOf(CaseKey.of(execution)));
    ANONYMISATION_PASSED.on(execution, findings.isEmpty());
    ANONYMISATION_FINDINGS.on(execution, listed(findings));
  }

  /** The findings, one a line, kept within the 4,000 characters a text variable holds. */
  static String listed(List<AnonymisationScanner.Finding> findings) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (AnonymisationScanner.Finding finding : findings) {
      String line = finding.describe();
      if (text.length() + line.length() + 60 > MAX_TEXT) {
        break;
      }
      text.append(shown == 0 ? "" : "\n").append(line);
      shown++;
    }
    if (shown < findings.size()) {
      text.append("\n... and ").append(findings.size() - shown).append(" more: redact these and check again.");
    }
    return text.toString();
  }
}
