package org.scrworkflow.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ScrFurtherReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;

/** The standard answers cover every wait for a person in the three models, as their forms ask. */
class StandardAnswersTest {

  static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name=\"([^\"]+)\"");

  /** Required fields the process fills before the task opens, so the person (and the answer) may leave them. */
  static final Map<String, Set<String>> FILLED_BY_THE_PROCESS = Map.of(
      // proposed by the lead-LSCB rule (G-4, Task_DetermineLeadLscb) and only confirmed here
      SeriousCaseReview.TASK_CONFIRM_LSCBS, Set.of(SeriousCaseReview.LEAD_LSCB.name()));

  /** Every user task of the models, with the form it shows. */
  static Map<String, String> userTasks() {
    Map<String, String> tasks = new HashMap<>();
    for (String key : List.of(SeriousCaseReview.KEY, IndividualManagementReview.KEY, ScrPublication.KEY,
        ScrFurtherReview.KEY)) {
      for (UserTask task : Bpmn.readModelFromFile(new File("processes/" + key + ".bpmn"))
          .getModelElementsByType(UserTask.class)) {
        String form = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        tasks.put(task.getId(),
            form != null ? form + ".form" : task.getCamundaFormKey().replace("embedded:deployment:", ""));
      }
    }
    return tasks;
  }

  @Test
  @DisplayName("Every user task of the models has a standard answer, and every answer is a user task")
  void everyWaitStateHasADefault() {
    assertThat(StandardAnswers.all().keySet()).containsExactlyInAnyOrderElementsOf(userTasks().keySet());
  }

  @Test
  @DisplayName("Each standard answer fills every required field of its form and nothing the form does not have")
  void answersFillTheirForms() throws Exception {
    ObjectMapper json = new ObjectMapper();
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, String> task : userTasks().entrySet()) {
      File file = new File("forms/" + task.getValue());
      Set<String> fields = new HashSet<>();
      Set<String> required = new HashSet<>();
      if (file.getName().endsWith(".form")) {
        for (JsonNode field : json.readTree(file).path("components")) {
          boolean editable = !field.path("readonly").asBoolean(false) && !field.path("disabled").asBoolean(false);
          if (field.has("key") && editable) {
            fields.add(field.get("key").asText());
            if (field.path("validate").path("required").asBoolean(false)) {
              required.add(field.get("key").asText());
            }
          }
        }
      } else {
        Matcher matcher = CAM_VARIABLE.matcher(Files.readString(file.toPath()));
        while (matcher.find()) {
          fields.add(matcher.group(1));
        }
      }
      StandardAnswers.Answer answer = StandardAnswers.of(task.getKey());
      Map<String, Object> values = answer.values().on(LocalDate.of(2011, 3, 1), name -> "file " + name);
      softly.assertThat(fields).as("fields of %s that its answer fills", task.getKey()).containsAll(values.keySet());
      required.removeAll(FILLED_BY_THE_PROCESS.getOrDefault(task.getKey(), Set.of()));
      softly.assertThat(values.keySet()).as("required fields of %s", task.getKey()).containsAll(required);
      softly.assertThat(answer.user()).as("user of %s", task.getKey()).isNotBlank();
    }
    softly.assertAll();
  }
}
