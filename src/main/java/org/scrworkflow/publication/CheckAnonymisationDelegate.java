package org.scrworkflow.publication;

import static org.scrworkflow.process.ScrPublication.ANONYMISATION_FINDINGS;
import static org.scrworkflow.process.ScrPublication.ANONYMISATION_PASSED;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrworkflow.document.Classification;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentReader;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.document.StoredDocument;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.stereotype.Component;

/**
 * G-11: searches everything a reader can reach in the publication bundle (each page, text under a black box,
 * annotations, properties: {@link DocumentReader}) for every identifying detail in the vault. Sets
 * {@code anonymisationPassed} (no finding blocks) and {@code anonymisationFindings} (part and masked snippet, warnings
 * too) for the person redacting. The pack holds no uploaded file today (PublicationPack renders the typed
 * publication versions), so the bundle is the one document to read.
 */
@Component("anonymisationCheck")
class CheckAnonymisationDelegate implements JavaDelegate {

  /** The engine stores a text variable in at most 4,000 characters. */
  static final int MAX_TEXT = 4000;

  private final AnonymisationScanner scanner;
  private final IdentityVault vault;
  private final DocumentStore documents;
  private final DocumentReader reader;

  CheckAnonymisationDelegate(AnonymisationScanner scanner, IdentityVault vault, DocumentStore documents,
      DocumentReader reader) {
    this.scanner = scanner;
    this.vault = vault;
    this.documents = documents;
    this.reader = reader;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StoredDocument bundle = assembledPack(execution);
    var text = reader.read(DocumentKind.PUBLICATION_BUNDLE.title(), documents.content(bundle.id()));
    var findings = scanner.check(text, vault.detailsOf(CaseKey.of(execution)));
    ANONYMISATION_PASSED.on(execution, findings.stream().noneMatch(AnonymisationScanner.Finding::blocks));
    ANONYMISATION_FINDINGS.on(execution, listed(findings));
  }

  /**
   * The pack this publication assembled, read from the document store, not from a variable: the latest publication
   * bundle of this case made by this process instance, which {@link PublicationPack} built from PUBLISHABLE documents
   * of the case alone. Where the review's record names another document (an IMR, say, put there by any
   * means), nothing is checked: the step fails and an incident tells the administrator, and nothing moves on to
   * sign-off or publication.
   */
  private StoredDocument assembledPack(DelegateExecution execution) {
    CaseKey caseKey = CaseKey.of(execution);
    StoredDocument bundle = documents.ofCase(caseKey).stream()
        .filter(document -> document.kind() == DocumentKind.PUBLICATION_BUNDLE)
        .filter(document -> execution.getProcessInstanceId().equals(document.processInstanceId()))
        .max(Comparator.comparing(StoredDocument::createdAt).thenComparing(StoredDocument::id))
        .orElseThrow(() -> new IllegalStateException("The publication of " + caseKey.reference()
            + " has no assembled pack to check: nothing was checked or published."));
    Long named = PUBLICATION_BUNDLE_DOCUMENT_ID.from(execution);
    if (named == null || named != bundle.id() || bundle.classification() != Classification.PUBLISHABLE) {
      throw new IllegalStateException("The review's record names document " + named + " as the publication pack of "
          + caseKey.reference() + ", but the pack this publication assembled is document " + bundle.id()
          + ": nothing was checked or published. Find out how the record changed before retrying.");
    }
    return bundle;
  }

  /**
   * The findings, one a line, those that block first, kept within the 4,000 characters a text variable holds.
   */
  static String listed(List<AnonymisationScanner.Finding> findings) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    List<AnonymisationScanner.Finding> ordered = findings.stream()
        .sorted(Comparator.comparing(AnonymisationScanner.Finding::level)).toList();
    for (AnonymisationScanner.Finding finding : ordered) {
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
