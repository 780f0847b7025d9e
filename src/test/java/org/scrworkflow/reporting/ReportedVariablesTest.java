package org.scrworkflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ProcessVariables;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;

/** What the reports may read: no free text, no names of people; and the steps they read still exist. */
class ReportedVariablesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Every variable a form lets a person type freely (text areas, text fields other than the case's keys). */
  static Set<String> freeText() throws Exception {
    Set<String> names = new HashSet<>();
    for (File form : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      for (JsonNode component : JSON.readTree(form).path("components")) {
        String type = component.path("type").asText();
        if (component.has("key") && (type.equals("textarea") || type.equals("textfield"))
            && !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false)) {
          names.add(component.path("key").asText());
        }
      }
    }
    return names;
  }

  @Test
  @DisplayName("R-2.2 The reports read no free text and no person's name: only ids, dates, yes/no and codes")
  void allowListHasNoFreeTextNorNames() throws Exception {
    Set<String> read = new HashSet<>();
    read.addAll(ReportedVariables.REVIEW);
    read.addAll(ReportedVariables.IMR);
    read.addAll(ReportedVariables.PUBLICATION);
    Set<String> typed = freeText();
    // typed, but the keys the reports go by: the case reference and pseudonym and LSCB ids (G-4)
    typed.removeAll(Set.of(CASE_REFERENCE.name(), CHILD_PSEUDONYM.name(), RESIDENCE_LSCB.name(), LEAD_LSCB.name()));
    assertThat(read).doesNotContainAnyElementsOf(typed);
    // compellingWelfareReasons is the yes/no of G-9, not the reasons
    assertThat(read).filteredOn(name -> !name.equals(COMPELLING_WELFARE_REASONS.name()))
        .noneMatch(name -> name.endsWith("Name") || name.endsWith("Reasons") || name.endsWith("Notes")
        || name.endsWith("Summary") || name.endsWith("SignedOffBy"));
    assertThat(read).doesNotContainAnyElementsOf(ReportedVariables.PRESENCE_ONLY);
  }

  @Test
  @DisplayName("Every variable the reports read is a variable of the process classes")
  void allowListUsesTheOneList() {
    Set<String> known = ProcessVariables.all().keySet();
    for (Set<String> names : List.of(ReportedVariables.REVIEW, ReportedVariables.IMR, ReportedVariables.PUBLICATION,
        ReportedVariables.PRESENCE_ONLY)) {
      assertThat(known).containsAll(names);
    }
  }

  @Test
  @DisplayName("Every step whose completer the timeline names still exists in its model")
  void decidingStepsExist() {
    Set<String> steps = new HashSet<>();
    for (String file : List.of(SeriousCaseReview.KEY, IndividualManagementReview.KEY, ScrPublication.KEY)) {
      Bpmn.readModelFromFile(new File("processes/" + file + ".bpmn")).getModelElementsByType(FlowNode.class)
          .forEach(n -> steps.add(n.getId()));
    }
    assertThat(steps).containsAll(DecidingSteps.TASKS);
  }
}
