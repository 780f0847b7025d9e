package org.scrworkflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.AUTHOR_INDEPENDENT;
import static org.scrworkflow.process.ScrPublication.ANONYMISATION_PASSED;
import static org.scrworkflow.process.ScrPublication.PUBLISH_OVERVIEW_REPORT;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_RESPONSE;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFIABLE;
import static org.scrworkflow.process.SeriousCaseReview.RE_REVIEW_REQUIRED;

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
import org.scrworkflow.process.ProcessVariables;

/** The forms in forms/ (Camunda Forms and the embedded HTML forms for uploads) and the models that link them agree. */
class FormFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMBEDDED = "embedded:deployment:";
  private static final java.util.regex.Pattern CAM_VARIABLE =
      java.util.regex.Pattern.compile("cam-variable-name=\"([^\"]+)\"");

  /** The variable names a form's fields submit or show: form-js keys, or cam-variable-name attributes. */
  static List<String> fieldKeys(File file) throws Exception {
    List<String> keys = new ArrayList<>();
    if (file.getName().endsWith(".form")) {
      JSON.readTree(file).path("components").forEach(c -> {
        if (c.has("key")) {
          keys.add(c.get("key").asText());
        }
      });
    } else {
      var matcher = CAM_VARIABLE.matcher(java.nio.file.Files.readString(file.toPath()));
      while (matcher.find()) {
        keys.add(matcher.group(1));
      }
    }
    return keys;
  }

  static File[] allForms() {
    return new File("forms").listFiles((dir, name) -> name.endsWith(".form") || name.endsWith(".html"));
  }

  /** The form a user task or start event links: a Camunda Form id, or an embedded form's file name. */
  static String formOf(String formRef, String formKey) {
    if (formRef != null) {
      return formRef;
    }
    assertThat(formKey).as("form key").startsWith(EMBEDDED);
    return formKey.substring(EMBEDDED.length());
  }

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
    for (File file : allForms()) {
      files.add(file.getName().replace(".form", ""));
    }
    List<String> refs = new ArrayList<>();
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      var model = Bpmn.readModelFromFile(file);
      model.getModelElementsByType(UserTask.class).forEach(t -> refs.add(formOf(t.getCamundaFormRef(),
          t.getCamundaFormKey())));
      model.getModelElementsByType(StartEvent.class).stream()
          .filter(s -> s.getCamundaFormRef() != null || s.getCamundaFormKey() != null)
          .forEach(s -> refs.add(formOf(s.getCamundaFormRef(), s.getCamundaFormKey())));
      // a message start event names the form of what its message carries
      model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class).stream()
          .filter(p -> "messageForm".equals(p.getCamundaName())).forEach(p -> refs.add(p.getCamundaValue()));
    }
    assertThat(files).containsAll(refs);
    assertThat(refs).containsAll(files);
  }

  @Test
  @DisplayName("Every variable a gateway of a model reads is a field of some form or set by the model itself")
  void gatewayVariablesHaveAForm() throws Exception {
    Set<String> fields = new HashSet<>();
    for (File file : allForms()) {
      fields.addAll(fieldKeys(file));
    }
    // set by decision tables, service tasks or the engine, not by a person
    Set<String> computed = Set.of(NOTIFIABLE.name(), "reviewersIndependent", AUTHOR_INDEPENDENT.name(),
        RE_REVIEW_REQUIRED.name(),
        ANONYMISATION_PASSED.name(), PUBLISH_OVERVIEW_REPORT.name(), FAMILY_RESPONSE.name());
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      var model = Bpmn.readModelFromFile(file);
      for (var flow : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)) {
        if (flow.getConditionExpression() == null) {
          continue;
        }
        // execution.getVariable('x') reads x (a variable that may be unset)
        String condition = flow.getConditionExpression().getTextContent()
            .replaceAll("execution\\.getVariable\\('([A-Za-z]+)'\\)", "$1")
            // a call on a bean the models may use (policy/ExpressionAllowList) reads only its arguments
            .replaceAll("\\b[a-z][A-Za-z]+\\.[a-z][A-Za-z]+\\(", "(");
        var matcher = java.util.regex.Pattern.compile("([a-z][A-Za-z]+)")
            .matcher(condition.replaceAll("'[^']*'", ""));
        while (matcher.find()) {
          String name = matcher.group(1);
          if (!Set.of("not", "or", "and", "true", "false").contains(name)) {
            assertThat(fields.contains(name) || computed.contains(name))
                .as(file.getName() + " " + flow.getId() + " reads " + name).isTrue();
          }
        }
      }
    }
  }

  @Test
  @DisplayName("Every user task has a due date, or its form says why it has no deadline of its own (#26)")
  void everyTaskHasADeadlineOrSaysWhy() throws Exception {
    List<String> silent = new ArrayList<>();
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      for (UserTask task : Bpmn.readModelFromFile(file).getModelElementsByType(UserTask.class)) {
        if (task.getCamundaDueDate() != null && !task.getCamundaDueDate().isBlank()) {
          continue;
        }
        String form = task.getCamundaFormRef() != null ? task.getCamundaFormRef() + ".form"
            : task.getCamundaFormKey().substring(task.getCamundaFormKey().lastIndexOf(':') + 1);
        String text = java.nio.file.Files.readString(new File("forms", form).toPath());
        if (!text.contains("No deadline of its own: ")) {
          silent.add(file.getName() + " " + task.getId() + " (" + form + ")");
        }
      }
    }
    assertThat(silent).as("tasks with neither a due date nor a word on why").isEmpty();
  }

  @Test
  @DisplayName("Every form field key is a variable of the process classes")
  void fieldKeysAreTheVariableNames() throws Exception {
    Set<String> names = ProcessVariables.all().keySet();
    for (File file : allForms()) {
      for (String key : fieldKeys(file)) {
        assertThat(names).as(file.getName() + " field " + key).contains(key);
      }
    }
  }

  @Test
  @DisplayName("The upload forms share one script: after each form's settings line, byte for byte the same")
  void uploadFormsShareOneScript() throws Exception {
    Set<String> scripts = new HashSet<>();
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".html"))) {
      String html = java.nio.file.Files.readString(file.toPath());
      int from = html.indexOf("// ---- the same in every upload form from here");
      int to = html.indexOf("</script>");
      assertThat(from).as(file.getName()).isPositive();
      scripts.add(html.substring(from, to));
    }
    assertThat(scripts).as("copy a change to the script into every upload form").hasSize(1);
  }

  @Test
  @DisplayName("Each embedded form's file fields are the uploads its task declares (upload:<field>), no more, no less")
  void fileFieldsMatchTheDeclaredUploads() throws Exception {
    int checked = 0;
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      var model = Bpmn.readModelFromFile(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        Set<String> declared = new HashSet<>();
        org.scrworkflow.document.UploadSlot.of(task).forEach(slot -> declared.add(slot.variable()));
        if (task.getCamundaFormKey() == null) {
          assertThat(declared).as(task.getId() + ": uploads need an embedded form").isEmpty();
          continue;
        }
        String html = java.nio.file.Files.readString(new File("forms", formOf(null,
            task.getCamundaFormKey())).toPath());
        Set<String> fileFields = new HashSet<>();
        var matcher = java.util.regex.Pattern.compile("cam-variable-name=\"([^\"]+)\" cam-variable-type=\"File\"")
            .matcher(html);
        while (matcher.find()) {
          fileFields.add(matcher.group(1));
        }
        assertThat(fileFields).as(task.getId()).isEqualTo(declared);
        assertThat(task.getExtensionElements().getChildElementsByType(
                org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)).as(task.getId() + " stores its uploads")
            .anyMatch(l -> "${receiveUploads}".equals(l.getCamundaDelegateExpression())
                && "complete".equals(l.getCamundaEvent()));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(4);
  }
}
