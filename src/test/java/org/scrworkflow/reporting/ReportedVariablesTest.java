package org.scrworkflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

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
    typed.removeAll(Set.of("caseReference", "childPseudonym", "residenceLscb", "leadLscb"));
    assertThat(read).doesNotContainAnyElementsOf(typed);
    // compellingWelfareReasons is the yes/no of G-9, not the reasons
    assertThat(read).filteredOn(name -> !name.equals("compellingWelfareReasons"))
        .noneMatch(name -> name.endsWith("Name") || name.endsWith("Reasons") || name.endsWith("Notes")
        || name.endsWith("Summary") || name.endsWith("SignedOffBy"));
    assertThat(read).doesNotContainAnyElementsOf(ReportedVariables.PRESENCE_ONLY);
  }

  @Test
  @DisplayName("Every variable the reports read is a name of the one list (ReviewVariables)")
  void allowListUsesTheOneList() throws Exception {
    Set<String> known = new HashSet<>();
    for (Field field : org.scrworkflow.review.ReviewVariables.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        known.add((String) field.get(null));
      }
    }
    for (Set<String> names : List.of(ReportedVariables.REVIEW, ReportedVariables.IMR, ReportedVariables.PUBLICATION,
        ReportedVariables.PRESENCE_ONLY)) {
      assertThat(known).containsAll(names);
    }
  }

  @Test
  @DisplayName("Every step the reports read milestones from still exists in its model")
  void milestoneStepsExist() throws Exception {
    Map<String, BpmnModelInstance> models = Map.of(
        ReviewActivities.REVIEW, Bpmn.readModelFromFile(new File("processes/serious-case-review.bpmn")),
        ReviewActivities.IMR, Bpmn.readModelFromFile(new File("processes/individual-management-review.bpmn")),
        ReviewActivities.PUBLICATION, Bpmn.readModelFromFile(new File("processes/scr-publication.bpmn")));
    models.forEach((key, model) -> assertThat((Object) model.getModelElementById(key)).as(key).isNotNull());
    Set<String> steps = new HashSet<>();
    models.values().forEach(model -> model.getModelElementsByType(FlowNode.class).forEach(n -> steps.add(n.getId())));
    for (Field field : ReviewActivities.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String value = (String) field.get(null);
        if (!models.containsKey(value)) {
          assertThat(steps).as(field.getName()).contains(value);
        }
      }
    }
    assertThat(steps).containsAll(ReviewActivities.DECIDING_TASKS);
  }
}
