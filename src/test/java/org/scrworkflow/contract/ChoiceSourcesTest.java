package org.scrworkflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.SeriousCaseReview;

/** A policy officer who names a list for a field in Modeler names one the system has; a typo fails the build. */
class ChoiceSourcesTest {

  @Test
  @DisplayName("Every list a form field names in choicesFrom is one the engine checks against, and such a field"
      + " offers no options of its own; the LSCB fields of the referral and of Confirm the LSCBs name the LSCB list,"
      + " the referral's agencies the agency list")
  void formsNameKnownLists() throws Exception {
    int named = 0;
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      StepForm form = StepForm.ofCamundaForm(Files.readAllBytes(file.toPath()));
      for (FormField field : form.fields().values()) {
        if (field.choicesFrom() != null) {
          named++;
          assertThat(ChoiceSources.KNOWN).as(file.getName() + " " + field.key()).contains(field.choicesFrom());
          // the list is the one source: options spelled in the form as well would drift from it
          assertThat(field.values()).as(file.getName() + " " + field.key()).isEmpty();
        }
      }
      if (form.id().equals("confirm-lscbs") || form.id().equals("incident-notified")) {
        // every LSCB a person enters (a field only shown, as the rule's proposal, is not entered)
        assertThat(form.fields().values()).filteredOn(field -> !field.readonly() && (field.key().endsWith("Lscb")
            || field.key().endsWith("Lscbs"))).isNotEmpty().allMatch(field -> ChoiceSources.LSCBS.equals(
                field.choicesFrom()));
      }
      if (form.id().equals("incident-notified")) {
        assertThat(form.field(SeriousCaseReview.AGENCIES_INVOLVED.name()).choicesFrom())
            .isEqualTo(ChoiceSources.AGENCIES);
      }
    }
    assertThat(named).isGreaterThanOrEqualTo(6);
  }
}
