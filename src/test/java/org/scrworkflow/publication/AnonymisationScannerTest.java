package org.scrworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;

/** G-11: planted identifiers are found however they are written; a clean report passes. */
class AnonymisationScannerTest {

  private final AnonymisationScanner scanner = new AnonymisationScanner();
  private final List<IdentifyingDetail> vault = List.of(
      new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"),
      new IdentifyingDetail(IdentifierKind.ALIAS, "Kiki"),
      new IdentifyingDetail(IdentifierKind.DATE_OF_BIRTH, "2008-03-01"),
      new IdentifyingDetail(IdentifierKind.ADDRESS, "14 Larch Close"),
      new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"));

  @ParameterizedTest(name = "found: \"{0}\"")
  @ValueSource(strings = {
    "The report names Kylie Brennan in full.",
    "KYLIE BRENNAN was known to the school nurse.",
    "kylie\nbrennan (line break inside the name)",
    "Kylie Brennan's health visitor moved post.",
    "Kylie Brennan’s mother (curly apostrophe)",
    "K. Brennan attended clinic.",
    "K Brennan attended clinic.",
    "Seen by the GP as K.B. in 2010.",
    "Her nickname Kiki was used at nursery.",
    "Born on 1 March 2008.",
    "Born 01/03/2008.",
    "Born 1/3/2008.",
    "Born on 1st March 2008.",
    "The family lived at 14 Larch Close.",
    "She attended St Hilda's\nPrimary School until 2010."
  })
  void plantedIdentifiersAreFound(String text) {
    assertThat(scanner.check(Map.of("Executive summary", text), vault)).isNotEmpty();
  }

  @Test
  @DisplayName("A clean, pseudonymised report passes, including words that merely contain a name")
  void cleanReportPasses() {
    String clean = "Child A lived with Mother and a sibling. The health visitor's concerns about Child A were not "
        + "passed on to children's social care. Brennanshire is not a place in the vault; nor is Kikipedia.";
    assertThat(scanner.check(Map.of("Overview report", clean), vault)).isEmpty();
  }

  @Test
  @DisplayName("A finding names the document, the kind of detail and a snippet around it, on one line")
  void findingSaysWhereAndWhat() {
    var findings = scanner.check(Map.of("Publication bundle, page 2", "Intro.\nShe attended St Hilda's Primary School."),
        vault);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).describe()).startsWith("Publication bundle, page 2: school at character")
        .contains("She attended [school].").doesNotContain("St Hilda").doesNotContain("\n");
  }

  @Test
  @DisplayName("A snippet never repeats a detail: the one found and any other near it are masked by their kind")
  void snippetsMaskEveryDetail() {
    var findings = scanner.check(Map.of("Publication bundle, page 1",
        "Kylie Brennan went to St Hilda's Primary School, near 14 Larch Close."), vault);
    assertThat(findings).isNotEmpty();
    for (var finding : findings) {
      assertThat(finding.snippet()).doesNotContain("Kylie", "Brennan", "Hilda", "Larch").contains("[");
    }
    assertThat(CheckAnonymisationDelegate.listed(findings)).doesNotContain("Kylie", "Brennan", "Hilda", "Larch")
        .contains("[name]", "[school]", "[address]");
  }

  @Test
  @DisplayName("Hundreds of findings are listed within the 4,000 characters a text variable holds, with a count of the rest")
  void manyFindingsFitAVariable() {
    String text = "Kylie Brennan ".repeat(500);
    var findings = scanner.check(Map.of("Publication bundle, page 1", text), vault);
    String listed = CheckAnonymisationDelegate.listed(findings);
    assertThat(findings).hasSizeGreaterThan(100);
    assertThat(listed.length()).isLessThanOrEqualTo(CheckAnonymisationDelegate.MAX_TEXT);
    assertThat(listed).contains("more: redact these and check again");
  }
}
