package org.scrworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrworkflow.document.DocumentReader;
import org.scrworkflow.document.DocumentText;
import org.scrworkflow.publication.AnonymisationScanner.Finding;
import org.scrworkflow.publication.AnonymisationScanner.Level;
import org.scrworkflow.testsupport.TestDocuments;
import org.scrworkflow.testsupport.TestDocuments.OdfPart;
import org.scrworkflow.testsupport.TestDocuments.WordPart;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;

/**
 * G-11: the check reads every part of a real DOCX, ODT and PDF that a reader can reach; a detail planted in
 * one part is found there and named by its part; a clean document passes; a document it cannot read never passes.
 */
class DocumentAnonymisationTest {

  private static final String PLANTED = "Report of Kylie Brennan";
  private final DocumentReader reader = new DocumentReader();
  private final AnonymisationScanner scanner = new AnonymisationScanner();
  private final List<IdentifyingDetail> vault = List.of(
      new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"),
      new IdentifyingDetail(IdentifierKind.DATE_OF_BIRTH, "2008-03-01"),
      new IdentifyingDetail(IdentifierKind.ADDRESS, "14 Larch Close, Northmoor, NM4 7QT"),
      new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"));

  private List<Finding> check(String document, byte[] content) {
    DocumentText text = reader.read(document, content);
    List<Finding> findings = scanner.check(text, vault);
    for (Finding finding : findings) {
      // shown to people and logged: never the detail itself
      assertThat(finding.describe()).doesNotContain("Kylie", "Brennan", "Larch", "Hilda", "7QT");
    }
    return findings;
  }

  private static List<String> blockingParts(List<Finding> findings) {
    return findings.stream().filter(Finding::blocks).map(Finding::part).distinct().toList();
  }

  @ParameterizedTest(name = "DOCX: a name in {0} is found there")
  @EnumSource(WordPart.class)
  void docxPartsAreRead(WordPart part) {
    var findings = check("Overview report.docx", TestDocuments.docx(Map.of(part, PLANTED)));
    String expected = switch (part) {
      case BODY -> "body";
      case HEADER -> "header 1";
      case FOOTER -> "footer 1";
      case FOOTNOTE -> "footnote 1";
      case ENDNOTE -> "endnote 1";
      case COMMENT -> "comment 1";
      case COMMENT_AUTHOR -> "comment 1, author";
      case TRACKED_DELETION -> "body, deleted text (tracked change)";
      case TRACKED_CHANGE_AUTHOR -> "body, author of a tracked change";
      case HIDDEN_TEXT, STYLE_HIDDEN_TEXT -> "body, hidden text";
      case IMAGE_ALT_TEXT -> "body, alternative text of an image";
      case AUTHOR -> "property \"author\"";
      case TITLE -> "property \"title\"";
      case SUBJECT -> "property \"subject\"";
      case KEYWORDS -> "property \"keywords\"";
      case CUSTOM_PROPERTY -> "property \"Reviewed child\"";
    };
    assertThat(blockingParts(findings)).containsExactly(expected);
    Finding found = findings.stream().filter(Finding::blocks).findFirst().orElseThrow();
    assertThat(found.kind()).isEqualTo(IdentifierKind.NAME);
    assertThat(found.describe()).startsWith("Overview report.docx, " + expected + ": name at character")
        .contains("Report of [name]").contains("(written \"K**** B******\")");
  }

  @ParameterizedTest(name = "ODT: a name in {0} is found there")
  @EnumSource(OdfPart.class)
  void odtPartsAreRead(OdfPart part) {
    var findings = check("Overview report.odt", TestDocuments.odt(Map.of(part, PLANTED)));
    String expected = switch (part) {
      case BODY -> "body";
      case HEADER -> "header";
      case FOOTER -> "footer";
      case FOOTNOTE -> "footnote 1";
      case COMMENT -> "comment 1";
      case COMMENT_AUTHOR -> "comment 1, author";
      case TRACKED_DELETION -> "deleted text (tracked change)";
      case HIDDEN_TEXT -> "body, hidden text";
      case IMAGE_ALT_TEXT -> "body, alternative text of an image";
      case AUTHOR -> "property \"author\"";
      case TITLE -> "property \"title\"";
      case CUSTOM_PROPERTY -> "property \"Reviewed child\"";
    };
    assertThat(blockingParts(findings)).containsExactly(expected);
  }

  @Test
  @DisplayName("A clean DOCX and a clean ODT, every part pseudonymised, pass with no finding at all")
  void cleanDocumentsPass() {
    assertThat(check("Overview report.docx", TestDocuments.docx(Map.of()))).isEmpty();
    assertThat(check("Overview report.odt", TestDocuments.odt(Map.of()))).isEmpty();
    assertThat(check("Executive summary.pdf", TestDocuments.pdfOf(List.of("Child A lived with Mother.",
        "The panel met in September 2010.")))).isEmpty();
  }

  @Test
  @DisplayName("PDF: a name under a black box is found and named as such; a note's text and the author property are"
      + " found; a page that is only an image is reported for a person to confirm")
  void pdfPartsAreRead() {
    var findings = check("Overview report.pdf", TestDocuments.pdf("Child A was seen by the health visitor.",
        "Kylie Brennan", "Ask about Kylie Brennan's school", "Kylie Brennan"));
    assertThat(blockingParts(findings)).containsExactlyInAnyOrder("page 1, under a black box", "page 2, annotation 1",
        "property \"author\"");
    assertThat(findings).filteredOn(f -> f.level() == Level.TO_CONFIRM).extracting(Finding::part)
        .containsExactlyInAnyOrder("page 1, under a black box", "page 3");
    assertThat(findings).filteredOn(f -> "page 3".equals(f.part())).singleElement()
        .satisfies(f -> assertThat(f.describe()).contains("only an image"));
  }

  @Test
  @DisplayName("PDF: a name in the page's visible text is found on that page; text without a box over it is not"
      + " reported as covered")
  void pdfPageText() {
    var findings = check("Overview report.pdf", TestDocuments.pdfOf(List.of("Introduction.",
        "Child A attended\nSt Hilda's Primary School until 2010.")));
    assertThat(blockingParts(findings)).containsExactly("page 2");
    assertThat(findings).singleElement().extracting(Finding::kind).isEqualTo(IdentifierKind.SCHOOL);
  }

  @Test
  @DisplayName("A damaged PDF, a password-protected PDF, a zip that is no document, a zip bomb and a file of"
      + " another type are findings that block, never a pass")
  void unreadableDocumentsNeverPass() throws Exception {
    byte[] encrypted;
    try (PDDocument pdf = Loader.loadPDF(TestDocuments.pdfOf(List.of("Kylie Brennan")));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
          new AccessPermission());
      pdf.protect(policy);
      pdf.save(out);
      encrypted = out.toByteArray();
    }
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 40; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    Map<String, byte[]> unreadable = Map.of(
        "damaged.pdf", "%PDF-1.7\nthis is not a PDF at all".getBytes(),
        "encrypted.pdf", encrypted,
        "not-a-document.docx", TestDocuments.zip(Map.of("readme.txt", "hello"), null),
        "bomb.docx", bomb.toByteArray(),
        "picture.png", TestDocuments.png());
    unreadable.forEach((name, content) -> {
      var findings = check(name, content);
      assertThat(findings).as(name).singleElement().satisfies(finding -> {
        assertThat(finding.blocks()).isTrue();
        assertThat(finding.describe()).startsWith(name + ": the file").contains("never taken as anonymised");
      });
    });
    assertThat(check("encrypted.pdf", encrypted).get(0).describe()).contains("encrypted with a password");
    assertThat(check("bomb.docx", bomb.toByteArray()).get(0).describe()).contains("unpacks to more than");
  }
}
