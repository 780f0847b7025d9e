package org.scrworkflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The forms in forms/ and the models that link them agree. */
class FormFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("Every form is a Camunda Form whose id is its file name, with unique field keys")
  void formsAreWellFormed() throws Exception {
    File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    assertThat(forms).isNotEmpty();
    for (File file : forms) {
      JsonNode form = JSON.readTree(file);
      String id = file.getName().replace(".form", "");
      assertThat(form.path("id").asText()).as(file.getName()).isEqualTo(id);
      assertThat(form.path("type").asText()).as(file.getName()).isEqualTo("default");
      assertThat(form.path("schemaVersion").asInt()).as(file.getName()).isEqualTo(16);
      Set<String> keys = new HashSet<>();
      for (JsonNode component : form.path("components")) {
        if (component.has("key")) {
          assertThat(keys.add(component.get("key").asText())).as(id + " key " + component.get("key")).isTrue();
          assertThat(component.get("key").asText()).as(id).matches("[a-z][A-Za-z0-9]*");
        }
      }
    }
  }

  @Test
  @DisplayName("Every formRef resolves to a form, and every form is used by a model")
  void formRefsResolveBothWays() throws Exception {
    Set<String> files = new HashSet<>();
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      files.add(file.getName().replace(".form", ""));
    }
    List<String> refs = new ArrayList<>();
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      var model = Bpmn.readModelFromFile(file);
      model.getModelElementsByType(UserTask.class).forEach(t -> refs.add(t.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).stream()
          .filter(s -> s.getCamundaFormRef() != null).forEach(s -> refs.add(s.getCamundaFormRef()));
    }
    assertThat(files).containsAll(refs);
    assertThat(refs).containsAll(files);
  }

  @Test
  @DisplayName("Every variable a gateway of a model reads is a field of some form or set by the model itself")
  void gatewayVariablesHaveAForm() throws Exception {
    Set<String> fields = new HashSet<>();
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      JSON.readTree(file).path("components").forEach(c -> fields.add(c.path("key").asText()));
    }
    // set by decision tables, service tasks or the engine, not by a person
    Set<String> computed = Set.of("notifiable", "reviewersIndependent", "authorIndependent", "reReviewRequired",
        "anonymisationPassed", "publishOverviewReport", "familyResponse");
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      var model = Bpmn.readModelFromFile(file);
      for (var flow : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)) {
        if (flow.getConditionExpression() == null) {
          continue;
        }
        var matcher = java.util.regex.Pattern.compile("([a-z][A-Za-z]+)")
            .matcher(flow.getConditionExpression().getTextContent().replaceAll("'[^']*'", ""));
        while (matcher.find()) {
          String name = matcher.group(1);
          if (!name.equals("not") && !name.equals("or") && !name.equals("and")) {
            assertThat(fields.contains(name) || computed.contains(name))
                .as(file.getName() + " " + flow.getId() + " reads " + name).isTrue();
          }
        }
      }
    }
  }

  @Test
  @DisplayName("Every form field key is a variable name of the one list (ReviewVariables)")
  void fieldKeysAreTheVariableNames() throws Exception {
    Set<String> names = new HashSet<>();
    for (var field : org.scrworkflow.review.ReviewVariables.class.getDeclaredFields()) {
      names.add((String) field.get(null));
    }
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      for (JsonNode component : JSON.readTree(file).path("components")) {
        if (component.has("key")) {
          assertThat(names).as(file.getName() + " field " + component.get("key").asText())
              .contains(component.get("key").asText());
        }
      }
    }
  }
}
