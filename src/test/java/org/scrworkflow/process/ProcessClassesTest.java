package org.scrworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrworkflow.process.ProcessVariable.Kind;

/**
 * The process classes say what the models and forms have: each constant names an element of its model or a
 * variable that a model, a form or the product's code uses, and each variable's type is what its form fields submit.
 * (That code names elements and variables only through these classes is {@link NoStringNamesTest}.)
 */
class ProcessClassesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Map<Class<?>, String> PROCESS_CLASSES = Map.of(SeriousCaseReview.class, SeriousCaseReview.KEY,
      IndividualManagementReview.class, IndividualManagementReview.KEY, ScrPublication.class, ScrPublication.KEY,
      ScrFurtherReview.class, ScrFurtherReview.KEY);
  static final Pattern CAM_VARIABLE =
      Pattern.compile("cam-variable-name=\"([^\"]+)\"[^>]*cam-variable-type=\"([^\"]+)\"");

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {SeriousCaseReview.class, IndividualManagementReview.class, ScrPublication.class,
      ScrFurtherReview.class})
  @DisplayName("A process class's key is its model's process id and file name, and each element constant is in it")
  void elementConstantsAreInTheModel(Class<?> processClass) throws Exception {
    String key = PROCESS_CLASSES.get(processClass);
    BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve(key + ".bpmn").toFile());
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly(key);
    Set<String> ids = new HashSet<>();
    model.getModelElementsByType(FlowElement.class).forEach(e -> ids.add(e.getId()));
    SoftAssertions softly = new SoftAssertions();
    for (Field field : processClass.getDeclaredFields()) {
      if (isConstant(field) && field.getType() == String.class && !field.getName().equals("KEY")) {
        softly.assertThat(ids).as("%s.%s", processClass.getSimpleName(), field.getName())
            .contains((String) field.get(null));
      }
    }
    softly.assertAll();
  }

  @Test
  @DisplayName("Each variable is used by a model, a decision table, a form, an upload slot or the product's code")
  void everyVariableIsUsed() throws Exception {
    StringBuilder models = new StringBuilder();
    for (Path file : list(PROCESSES)) {
      models.append(Files.readString(file));
    }
    for (Path file : list(FORMS)) {
      models.append(Files.readString(file));
    }
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/scrworkflow"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(
          Path.of("src/main/java/org/scrworkflow/process"))).toList()) {
        code.append(Files.readString(file));
      }
    }
    SoftAssertions softly = new SoftAssertions();
    for (Class<?> type : ProcessVariables.DECLARING_CLASSES) {
      for (Field field : type.getDeclaredFields()) {
        if (isConstant(field) && field.getType() == ProcessVariable.class) {
          String name = ((ProcessVariable<?>) field.get(null)).name();
          boolean inModels = Pattern.compile("\\b" + name + "\\b").matcher(models).find();
          boolean inCode = Pattern.compile("\\b" + field.getName() + "\\b").matcher(code).find();
          // the id of a stored upload: the model declares the file (upload:imrFile), the id follows (imrDocumentId)
          boolean uploadId = name.endsWith("DocumentId")
              && models.indexOf("upload:" + name.replace("DocumentId", "File")) >= 0;
          softly.assertThat(inModels || inCode || uploadId).as("%s.%s (%s) is used", type.getSimpleName(),
              field.getName(), name)
              .isTrue();
        }
      }
    }
    softly.assertAll();
  }

  @Test
  @DisplayName("Each form field's variable has the kind the field submits (a checkbox a flag, a date field a date...)")
  void formFieldsSubmitTheVariablesKind() throws Exception {
    ObjectMapper json = new ObjectMapper();
    SoftAssertions softly = new SoftAssertions();
    List<String> checked = new ArrayList<>();
    for (Path file : list(FORMS)) {
      if (file.toString().endsWith(".form")) {
        for (JsonNode field : json.readTree(file.toFile()).path("components")) {
          if (!field.has("key") || field.path("readonly").asBoolean(false)
              || field.path("disabled").asBoolean(false)) {
            continue;
          }
          Kind expected = switch (field.path("type").asText()) {
            case "checkbox" -> Kind.FLAG;
            case "datetime" -> Kind.DATE;
            case "number" -> Kind.NUMBER;
            case "checklist", "taglist" -> Kind.LIST;
            default -> Kind.TEXT;
          };
          check(softly, file, field.get("key").asText(), expected);
          checked.add(field.get("key").asText());
        }
      } else {
        Matcher matcher = CAM_VARIABLE.matcher(Files.readString(file));
        while (matcher.find()) {
          check(softly, file, matcher.group(1), matcher.group(2).equals("File") ? Kind.FILE : Kind.TEXT);
          checked.add(matcher.group(1));
        }
      }
    }
    softly.assertAll();
    assertThat(checked).as("form fields checked").hasSizeGreaterThan(100);
  }

  private static void check(SoftAssertions softly, Path file, String key, Kind expected) {
    ProcessVariable<?> variable = ProcessVariables.named(key);
    softly.assertThat(variable).as("%s: field %s is a known variable", file.getFileName(), key).isNotNull();
    if (variable != null) {
      softly.assertThat(variable.kind()).as("%s: kind of %s", file.getFileName(), key).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("A variable reads back what it stores: a date as yyyy-MM-dd, a number of any width as a Long")
  void typedReadsAndWrites() {
    assertThat(SeriousCaseReview.DECISION_DATE.stored(java.time.LocalDate.of(2010, 6, 10))).isEqualTo("2010-06-10");
    assertThat(SeriousCaseReview.DECISION_DATE.from(Map.of("decisionDate", "2010-06-10")))
        .isEqualTo(java.time.LocalDate.of(2010, 6, 10));
    assertThat(SeriousCaseReview.CHILD_AGE_YEARS.from(Map.of("childAgeYears", 4))).isEqualTo(4L);
    assertThat(SeriousCaseReview.INITIATE_REVIEW.from(Map.of())).isNull();
    assertThat(SeriousCaseReview.AGENCIES_INVOLVED.from(Map.of("agenciesInvolved", List.of("police", "health"))))
        .containsExactly("police", "health");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> SeriousCaseReview.DECISION_DATE.from(Map.of("decisionDate", "10/06/2010")))
        .hasMessage("decisionDate is not a date written as yyyy-MM-dd");
  }

  static boolean isConstant(Field field) {
    return Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
        && Modifier.isPublic(field.getModifiers());
  }

  static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
