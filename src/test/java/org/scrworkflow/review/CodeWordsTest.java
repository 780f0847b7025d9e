package org.scrworkflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_REASON;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The words a notice states a code in are the words the forms show for it (issue #24: never a code). */
class CodeWordsTest {

  final CodeWords words = new CodeWords();

  @Test
  @DisplayName("Every reason the criteria table can give has the words the chair's form shows for it")
  void everyCriteriaReasonIsWorded() {
    Output reason = Dmn.readModelFromFile(new File("processes/scr-criteria.dmn")).getModelElementsByType(Output.class)
        .stream().filter(output -> CRITERIA_REASON.name().equals(output.getName())).findFirst().orElseThrow();
    List<String> codes = Arrays.stream(reason.getOutputValues().getTextContent().split(","))
        .map(code -> code.strip().replace("\"", "")).toList();
    assertThat(codes).isNotEmpty().allSatisfy(code ->
        assertThat(words.worded(CRITERIA_REASON.name(), code)).as(code + " has words").isTrue());
    assertThat(words.of(CRITERIA_REASON.name(), "DEATH_ABUSE_NEGLECT"))
        .isEqualTo("The child died, and abuse or neglect is known or suspected.");
  }

  @Test
  @DisplayName("A choice reads as its label; a code no form words reads as words, an empty one as not recorded")
  void choicesReadAsTheirLabels() {
    assertThat(words.of(NOTIFICATION_REASON.name(), "SCR_CONFIRMED")).isEqualTo("SCR confirmed");
    assertThat(words.of(NOTIFICATION_REASON.name(), "SCR_POSSIBLE")).isEqualTo("SCR possible, not yet confirmed");
    assertThat(words.of(RECOMMENDATION.name(), "INITIATE")).isEqualTo("Initiate a Serious Case Review");
    assertThat(words.of(LEGAL_ADVICE_OUTCOME.name(), "NOT_AT_ALL")).isEqualTo("Do not publish");
    assertThat(words.of(INCIDENT_TYPE.name(), "DEATH")).isEqualTo("The child died");
    assertThat(words.of(INCIDENT_TYPE.name(), "SOMETHING_NEW")).isEqualTo("Something new");
    assertThat(words.of(INCIDENT_TYPE.name(), " ")).isEqualTo("Not recorded");
  }
}
