package org.scrworkflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrworkflow.process.IndividualManagementReview.CHRONOLOGY_FILE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_DOCUMENT_ID;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.IndividualManagementReview.TASK_REVISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.testsupport.Uploads;

/** The checks on an uploaded file and the model's upload declarations, without the engine. */
class UploadRulesTest {

  final UploadRules rules = new UploadRules(new UploadProperties(1000, List.of(UploadType.PDF, UploadType.DOCX)));

  @Test
  @DisplayName("A PDF under the limit passes; type, emptiness, size and first bytes are each named")
  void eachProblemIsNamed() {
    assertThat(rules.problems("IMR", "imr.pdf", Uploads.pdfBytes("x"))).isEmpty();
    assertThat(rules.problems("IMR", "imr.odt", new byte[] {'P', 'K', 3, 4}))
        .containsExactly("IMR: \"imr.odt\" is not one of the types allowed (PDF, DOCX).");
    assertThat(rules.problems("IMR", "imr", Uploads.pdfBytes("x"))).hasSize(1);
    assertThat(rules.problems("IMR", "imr.pdf", new byte[0])).containsExactly("IMR: the file \"imr.pdf\" is empty.");
    byte[] large = new byte[1001];
    System.arraycopy(Uploads.pdfBytes("x"), 0, large, 0, 5);
    assertThat(rules.problems("IMR", "imr.PDF", large)).containsExactly(
        "IMR: the file is 0.0 MB; the largest allowed is 0.0 MB.");
    assertThat(rules.problems("IMR", "report.docx", Uploads.pdfBytes("x")))
        .containsExactly("IMR: \"report.docx\" is not a DOCX document inside, although its name says so.");
  }

  @Test
  @DisplayName("A browser's file name is reduced to its last part, without control characters")
  void fileNamesAreCleaned() {
    assertThat(UploadRules.displayName("C:\\Users\\x\\IMR final.pdf")).isEqualTo("IMR final.pdf");
    assertThat(UploadRules.displayName("../../etc/imr\u0007.pdf")).isEqualTo("imr.pdf");
  }

  @Test
  @DisplayName("Upload declarations: kind and optional read; a generated kind or a typo is refused with the element named")
  void declarationsAreRead() {
    assertThat(UploadSlot.parse(TASK_WRITE_IMR, IMR_FILE.name(), "IMR"))
        .isEqualTo(new UploadSlot(IMR_FILE.name(), DocumentKind.IMR, true));
    assertThat(UploadSlot.parse(TASK_REVISE_IMR, CHRONOLOGY_FILE.name(), "chronology, optional").required()).isFalse();
    assertThat(new UploadSlot(IMR_FILE.name(), DocumentKind.IMR,
        true).documentIdVariable()).isEqualTo(IMR_DOCUMENT_ID.name());
    assertThatThrownBy(() -> UploadSlot.parse("Task_X", "f", "DECISION_RECORD"))
        .hasMessageContaining("Task_X").hasMessageContaining("generated, not uploaded");
    assertThatThrownBy(() -> UploadSlot.parse("Task_X", "f", "IMRR")).hasMessageContaining("not a document kind");
    assertThatThrownBy(() -> UploadSlot.parse("Task_X", "f", "IMR, maybe")).hasMessageContaining("only \"optional\"");
  }
}
