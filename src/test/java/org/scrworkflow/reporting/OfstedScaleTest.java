package org.scrworkflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Input;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The timeliness report counts every answer Ofsted can give, as the decision table lists them. */
class OfstedScaleTest {

  @Test
  @DisplayName("G-15 The report's Ofsted scale is the Input values of ofsted-evaluation.dmn, in its order")
  void reportCountsEveryGradeTheTableAccepts() {
    Input grade = Dmn.readModelFromFile(new File("processes/ofsted-evaluation.dmn"))
        .getModelElementsByType(Input.class).iterator().next();
    List<String> accepted = new ArrayList<>();
    Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(grade.getInputValues().getText().getTextContent());
    while (quoted.find()) {
      accepted.add(quoted.group(1));
    }
    assertThat(TimelinessFigures.OFSTED_SCALE).containsExactlyElementsOf(accepted);
  }
}
