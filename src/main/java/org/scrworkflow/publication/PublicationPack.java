package org.scrworkflow.publication;

import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.scrworkflow.document.Classification;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.document.PdfRenderer;
import org.scrworkflow.document.StoredDocument;
import org.scrworkflow.review.CaseKey;
import org.springframework.stereotype.Service;

/**
 * The publication pack (§6.13): only PUBLISHABLE documents enter it. An IMR, a chronology or any
 * CONFIDENTIAL document is refused, whatever a user does (R-7.6, AT-24).
 */
@Service
public class PublicationPack {

  private final DocumentStore store;
  private final PdfRenderer renderer;

  PublicationPack(DocumentStore store, PdfRenderer renderer) {
    this.store = store;
    this.renderer = renderer;
  }

  /** Thrown when something that may never be published is offered to the pack. */
  public static class NotPublishableException extends IllegalArgumentException {
    NotPublishableException(String message) {
      super(message);
    }
  }

  /**
   * Stores the publishable texts as documents and bundles them: the executive summary, and the overview report when
   * given.
   */
  public StoredDocument assemble(CaseKey caseKey, String processInstanceId, String executiveSummary,
      String overviewReport, Instant at) {
    List<StoredDocument> parts = new ArrayList<>();
    parts.add(textDocument(caseKey, processInstanceId, DocumentKind.EXECUTIVE_SUMMARY, executiveSummary, at));
    if (overviewReport != null && !overviewReport.isBlank()) {
      parts.add(textDocument(caseKey, processInstanceId, DocumentKind.OVERVIEW_REPORT, overviewReport, at));
    }
    return bundle(caseKey, processInstanceId, parts.stream().map(StoredDocument::id).toList(), at);
  }

  /** Bundles stored documents; any that is not PUBLISHABLE is refused and nothing is stored. */
  public StoredDocument bundle(CaseKey caseKey, String processInstanceId, List<Long> documentIds, Instant at) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Map<String, Object>> sections = new ArrayList<>();
    for (long id : documentIds) {
      StoredDocument document = store.find(id)
          .orElseThrow(() -> new IllegalArgumentException("No document " + id));
      if (document.classification() != Classification.PUBLISHABLE || !document.caseKey().equals(caseKey)) {
        throw new NotPublishableException(document.kind().title() + " (" + document.fileName() + ") is "
            + document.classification() + " and can never enter the publication pack (R-7.6)");
      }
      sections.add(Map.of("title", document.kind().title(), "pages", pagesOf(store.content(id))));
    }
    values.put(CASE_REFERENCE.name(), caseKey.reference());
    values.put("title", DocumentKind.PUBLICATION_BUNDLE.title());
    values.put("sections", sections);
    byte[] pdf = renderer.render(DocumentKind.PUBLICATION_BUNDLE.template(), values);
    return store.store(caseKey, processInstanceId, DocumentKind.PUBLICATION_BUNDLE,
        caseKey.reference() + "-publication-bundle.pdf", "application/pdf", pdf, "scr-workflow", at);
  }

  private StoredDocument textDocument(CaseKey caseKey, String processInstanceId, DocumentKind kind, String text,
      Instant at) {
    byte[] pdf = renderer.render("text-document",
        Map.of("caseReference", caseKey.reference(), "title", kind.title(), "text", text));
    return store.store(caseKey, processInstanceId, kind,
        caseKey.reference() + "-" + kind.name().toLowerCase().replace('_', '-') + ".pdf", "application/pdf", pdf,
        "scr-workflow", at);
  }

  /** The text of each page of a PDF, in order. */
  public static List<String> pagesOf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the PDF", e);
    }
  }
}
