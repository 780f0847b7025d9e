package org.scrworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrworkflow.publication.AnonymisationScanner.Finding;
import org.scrworkflow.publication.AnonymisationScanner.Level;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;

/**
 * G-11: the ways people write a detail that the check must find (docs/anonymisation.md, "Matching"), and the
 * look-alikes it must not.
 */
class DetailMatcherTest {

  private final AnonymisationScanner scanner = new AnonymisationScanner();
  private final List<IdentifyingDetail> vault = List.of(
      new IdentifyingDetail(IdentifierKind.NAME, "Kylie Anaïs Brennan"),
      new IdentifyingDetail(IdentifierKind.NAME, "Tamsin Okonedo-Vale"),
      new IdentifyingDetail(IdentifierKind.NAME, "Jack Price"),
      new IdentifyingDetail(IdentifierKind.ALIAS, "Kiki"),
      new IdentifyingDetail(IdentifierKind.DATE_OF_BIRTH, "2008-03-01"),
      new IdentifyingDetail(IdentifierKind.DATE_OF_BIRTH, "15/09/2006"),
      new IdentifyingDetail(IdentifierKind.ADDRESS, "14 Larch Close, Northmoor, NM4 7QT"),
      new IdentifyingDetail(IdentifierKind.ADDRESS, "Flat 3, 27 Station Road, Eastmarsh EM2 1AB"),
      new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"),
      new IdentifyingDetail(IdentifierKind.SCHOOL, "Northmoor High School"),
      new IdentifyingDetail(IdentifierKind.PRACTITIONER_NAME, "Dr Priya Raman"));

  private List<Finding> findings(String text) {
    return scanner.check(Map.of("Overview report", text), vault);
  }

  @ParameterizedTest(name = "blocks, as {1}: \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Kylie Anaïs Brennan was seen.                      | NAME
      KYLIE ANAIS BRENNAN was seen.                      | NAME
      Kylie Brennan was seen.                          | NAME
      kylie  -  brennan (punctuation between)          | NAME
      Kylie Bren-\\nnan (hyphenated at a line's end)   | NAME
      St Hil-\\nda's School                            | SCHOOL
      Kylie\\nBrennan (a line break)                   | NAME
      Ms Brennan declined.                             | NAME
      brennan's mother                                 | NAME
      Brennan’s mother (curly apostrophe)              | NAME
      the Brennans' house                              | NAME
      K. Brennan attended.                             | NAME
      K Brennan attended.                              | NAME
      K.A. Brennan attended.                           | NAME
      Seen as K.A.B. in 2010.                          | NAME
      Seen as K. A. B. in 2010.                        | NAME
      Anais said nothing.                              | NAME
      Anaïs's sister                                   | NAME
      Tamsin Okonedo-Vale was seen.                    | NAME
      Okonedo Vale was seen.                           | NAME
      Tamsin was seen.                                 | NAME
      Mrs Price was present.                           | NAME
      PRICE said so.                                   | NAME
      J. Price                                         | NAME
      Her nickname Kiki was used.                      | ALIAS
      KIKI'S toys                                      | ALIAS
      Born 01/03/2008.                                 | DATE_OF_BIRTH
      Born 1/3/2008.                                   | DATE_OF_BIRTH
      Born 1.3.08.                                     | DATE_OF_BIRTH
      Born 01-03-08.                                   | DATE_OF_BIRTH
      Born 2008-03-01.                                 | DATE_OF_BIRTH
      Born on 1 March 2008.                            | DATE_OF_BIRTH
      Born on 1st March 2008.                          | DATE_OF_BIRTH
      Born on the 1st of March 2008.                   | DATE_OF_BIRTH
      Born on March 1, 2008.                           | DATE_OF_BIRTH
      Born on 1 Mar 2008.                              | DATE_OF_BIRTH
      Born 1 March '08.                                | DATE_OF_BIRTH
      Born 15 Sept 2006.                               | DATE_OF_BIRTH
      Born 15th September 06.                          | DATE_OF_BIRTH
      The family lived at 14 Larch Close.              | ADDRESS
      The family lived at 14, Larch Close.             | ADDRESS
      The family lived at 14 Larch Cl.                 | ADDRESS
      The family lived on Larch Close.                 | ADDRESS
      Postcode NM4 7QT.                                | ADDRESS
      Postcode nm47qt.                                 | ADDRESS
      27 Station Rd                                    | ADDRESS
      Station Road                                     | ADDRESS
      EM21AB                                           | ADDRESS
      She attended St Hilda's Primary School.          | SCHOOL
      She attended St Hilda's Primary.                 | SCHOOL
      She attended St Hilda's.                         | SCHOOL
      She attended St. Hildas School.                  | SCHOOL
      She attended Saint Hilda's.                      | SCHOOL
      She attended Northmoor High.                     | SCHOOL
      Dr Raman saw her.                                | PRACTITIONER_NAME
      Priya Raman saw her.                             | PRACTITIONER_NAME
      """)
  void variantsBlock(String text, IdentifierKind kind) {
    var findings = findings(text.replace("\\n", "\n"));
    assertThat(findings).as(text).filteredOn(Finding::blocks).extracting(Finding::kind).contains(kind);
  }

  @ParameterizedTest(name = "passes: \"{0}\"")
  @ValueSource(strings = {
    "Child A lived with Mother and a sibling.",
    "Brennanshire is no place in the vault; nor is Kikipedia.",
    "The price of placements rose in 2008.",
    "Vitamins K and B.",
    "KB was written on the file.",
    "Section 1.3.8 of the procedures.",
    "On 1/3/2009 the panel met; on 2/3/2008 the GP saw Child A.",
    "March 2008 was when the referral came.",
    "In 2008 the child was 3.",
    "The school was a local primary school.",
    "Close working between agencies; the road to improvement.",
    "Larch trees lined the close.",
    "14 Birch Close",
    "Northmoor is a town in the north.",
    "Flat 3 of the report's appendix.",
    "NM4 is the area's postcode district.",
    "The High School inspection.",
    "A station on the line; a road nearby.",
    "Jacket and price list.",
    "Vale of Northmoor.",
    "Kyliesworth Road",
    "Her friend Bren-\nda visited; a well-\nknown family."
  })
  void lookAlikesPass(String text) {
    assertThat(findings(text)).as(text).filteredOn(Finding::blocks).isEmpty();
  }

  @Test
  @DisplayName("A common first name alone only warns (it may be anyone's); with the surname or an initial it blocks")
  void commonFirstNameAloneWarns() {
    assertThat(findings("Jack was seen by the health visitor.")).singleElement()
        .satisfies(finding -> {
          assertThat(finding.level()).isEqualTo(Level.WARNS);
          assertThat(finding.describe()).contains("a common first name alone only warns").doesNotContain("Jack");
        });
    assertThat(findings("Kylie was seen by the health visitor.")).singleElement()
        .extracting(Finding::level).isEqualTo(Level.WARNS);
    assertThat(findings("Jack P. was seen, as was Jack Price.")).filteredOn(Finding::blocks)
        .extracting(Finding::written).contains("J*** P****");
  }

  @Test
  @DisplayName("The full name is one finding, not a finding for each of its parts")
  void oneFindingForOnePlace() {
    assertThat(findings("Kylie Anaïs Brennan was seen.")).singleElement()
        .satisfies(finding -> assertThat(finding.written()).isEqualTo("K**** A**** B******"));
  }

  @Test
  @DisplayName("A finding's text shows the form written, masked, and the text around it, every detail masked")
  void findingsAreMasked() {
    var findings = findings("On 1st March 2008 Kylie went to St Hilda's; she lived at 14 Larch Close (NM4 7QT).");
    assertThat(findings).extracting(Finding::written)
        .containsExactly("*** M**** ****", "K****", "S* H****'s", "** L**** C****", "N** ***");
    for (Finding finding : findings) {
      assertThat(finding.describe()).doesNotContain("Kylie", "Hilda", "Larch", "7QT", "2008");
    }
  }
}
