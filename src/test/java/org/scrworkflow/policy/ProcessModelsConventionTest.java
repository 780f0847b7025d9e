package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The convention gate for the real models: every file in {@code processes/} meets {@link ModelRules} or
 * {@link DecisionRules}, and every Camunda Form a model links to is in {@code forms/}. A failure lists every
 * violation with what to change in Modeler.
 */
class ProcessModelsConventionTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("Every BPMN model in processes/ meets the model rules")
  void bpmnModelsMeetTheRules() throws IOException {
    List<Path> models = files(PROCESSES, ".bpmn");
    assertThat(models).as("BPMN models in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
    var rules = new ModelRules();
    var violations = new ArrayList<ModelViolation>();
    for (Path model : models) {
      violations.addAll(rules.check(Bpmn.readModelFromFile(model.toFile()), name(model)));
    }
    assertThat(violations).withFailMessage(() -> report(violations)).isEmpty();
  }

  @Test
  @DisplayName("Every DMN model in processes/ meets the decision rules")
  void dmnModelsMeetTheRules() throws IOException {
    var rules = new DecisionRules();
    var violations = new ArrayList<ModelViolation>();
    for (Path model : files(PROCESSES, ".dmn")) {
      violations.addAll(rules.check(Dmn.readModelFromFile(model.toFile()), name(model)));
    }
    assertThat(violations).withFailMessage(() -> report(violations)).isEmpty();
  }

  @Test
  @DisplayName("Every form in forms/ has its file name as id, and every form a model links to is there")
  void linkedFormsExist() throws IOException {
    Map<String, Path> forms = new TreeMap<>();
    var problems = new ArrayList<String>();
    for (Path form : files(FORMS, ".form")) {
      JsonNode schema = JSON.readTree(form.toFile());
      String id = schema.path("id").asText("");
      String expected = form.getFileName().toString().replaceFirst("\\.form$", "");
      if (!expected.equals(id)) {
        problems.add(name(form) + ": the form's id is \"" + id + "\"; set it to \"" + expected
            + "\" (Form Editor, select the form, General > ID) or rename the file.");
      }
      forms.put(id, form);
    }
    for (Path model : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
      var links = new ArrayList<String[]>();
      instance.getModelElementsByType(UserTask.class)
          .forEach(task -> links.add(new String[] {task.getId(), task.getCamundaFormRef()}));
      instance.getModelElementsByType(StartEvent.class)
          .forEach(start -> links.add(new String[] {start.getId(), start.getCamundaFormRef()}));
      for (String[] link : links) {
        if (link[1] != null && !link[1].isBlank() && !forms.containsKey(link[1])) {
          problems.add(name(model) + " " + link[0] + ": Form reference \"" + link[1] + "\" names no form in"
              + " forms/ (forms there: " + forms.keySet() + ").");
        }
      }
    }
    assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
  }

  private static List<Path> files(Path folder, String extension) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> path.getFileName().toString().endsWith(extension))
          .sorted()
          .toList();
    }
  }

  /** The path as the officer sees it in the repository, e.g. {@code processes/serious-case-review.bpmn}. */
  private static String name(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static String report(List<ModelViolation> violations) {
    return violations.size() + " violation(s) of the model rules; fix them in Camunda Modeler:\n"
        + violations.stream().map(ModelViolation::toString).collect(Collectors.joining("\n"));
  }
}
