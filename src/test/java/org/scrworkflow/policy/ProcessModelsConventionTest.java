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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The convention gate for the real models: {@code processes/} and {@code forms/} pass the deployment check
 * ({@link DeploymentCheck}: {@link ModelRules}, {@link ExpressionRules}, {@link DecisionRules}, forms) as the one
 * deployment the engine makes of them at start-up, and every form's id is its file name. A failure lists every
 * violation with what to change in Modeler.
 */
class ProcessModelsConventionTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("processes/ and forms/ pass the deployment check together, as the engine runs it at start-up")
  void modelsAndFormsPassTheDeploymentCheck() throws IOException {
    Map<String, byte[]> resources = new TreeMap<>();
    for (Path folder : List.of(PROCESSES, FORMS)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
            .toList()) {
          resources.put(name(file), Files.readAllBytes(file));
        }
      }
    }
    assertThat(resources.keySet()).as("models in %s", PROCESSES.toAbsolutePath())
        .anyMatch(name -> name.endsWith(".bpmn")).anyMatch(name -> name.endsWith(".dmn"));
    var check = new DeploymentCheck(EmbeddedFormRules.shippedOnClasspath(getClass().getClassLoader()));
    List<ModelViolation> violations = check.check(resources, DeploymentCheck.DeployedForms.NONE);
    assertThat(violations).withFailMessage(() -> report(violations)).isEmpty();
  }

  @Test
  @DisplayName("Every form in forms/ has its file name as id")
  void formIdsAreFileNames() throws IOException {
    var problems = new ArrayList<String>();
    for (Path form : files(FORMS, ".form")) {
      JsonNode schema = JSON.readTree(form.toFile());
      String id = schema.path("id").asText("");
      String expected = form.getFileName().toString().replaceFirst("\\.form$", "");
      if (!expected.equals(id)) {
        problems.add(name(form) + ": the form's id is \"" + id + "\"; set it to \"" + expected
            + "\" (Form Editor, select the form, General > ID) or rename the file.");
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
