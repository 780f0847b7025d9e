package org.scrworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Code names a model's elements, its key and its variables only through the process classes: a string literal equal
 * to one of them anywhere in main, test or bench code (outside this package) fails, so a renamed element or variable
 * breaks the build where it is used rather than a scenario at run time. The few kept are listed with their reason.
 */
class NoStringNamesTest {

  static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
      Path.of("bench/src"));
  static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*[\\s\\S]*?\\*/");
  static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /** A literal kept in one file, and why it stays a string. */
  record Kept(String file, Set<String> literals, String why) {
    Kept(String file, String literals, String why) {
      this(file, Set.of(literals.split(" ")), why);
    }
  }

  static final List<Kept> KEPT = List.of(
      new Kept("reporting/ReportsController.java", "caseReference childPseudonym region awarenessDate decisionDate"
          + " sixMonthTarget revisedTarget sixMonthTargetMet publishedOn ofstedGrade ofstedLetterDate",
          "column names of the published CSV report: the report's own contract, which must not change when a"
          + " variable is renamed"),
      new Kept("notification/MailTemplates.java", "caseReference", "a placeholder of the mail templates (templates/)"),
      new Kept("notification/NotificationLetters.java", "caseReference", "a placeholder of the letter templates"),
      new Kept("publication/PublicationPack.java", "caseReference", "a placeholder of the document templates"),
      new Kept("demo/DemoReviews.java", "caseReference", "a placeholder of the document templates"),
      new Kept("vault/IdentifyingDetailsController.java", "caseReference", "a field of the vault API's JSON answer"),
      new Kept("tasklist/TasklistFilters.java", "description", "a property of a Tasklist filter, not the DMN column"),
      new Kept("contract/StepForm.java", "description", "a property of a form-js field (its help text), not the DMN"
          + " column"),
      new Kept("forms/FormWordsTest.java", "description", "a property of a form-js field (its help text), not the"
          + " DMN column"),
      new Kept("document/OdfText.java", "description", "an element of an OpenDocument file's properties"
          + " (dc:description), not the DMN column"));

  @Test
  @DisplayName("No string literal names a model element, process key or variable outside the process classes")
  void namesGoThroughTheProcessClasses() throws Exception {
    Set<String> names = new HashSet<>(ProcessVariables.all().keySet());
    for (String key : List.of(SeriousCaseReview.KEY, IndividualManagementReview.KEY, ScrPublication.KEY,
        ScrFurtherReview.KEY)) {
      names.add(key);
      Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile()).getModelElementsByType(FlowElement.class)
          .forEach(e -> names.add(e.getId()));
    }
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path root : SOURCE_ROOTS) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          String path = file.toString().replace('\\', '/');
          if (path.contains("/org/scrworkflow/process/")) {
            continue;
          }
          files++;
          String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
          Matcher literal = LITERAL.matcher(code);
          while (literal.find()) {
            String text = literal.group(1);
            if (names.contains(text) && !isKept(path, text)) {
              found.add(path + ": \"" + text + "\"");
            }
          }
        }
      }
    }
    assertThat(files).as("source files read").isGreaterThan(200);
    assertThat(found).as("string literals that should be a constant of a process class").isEmpty();
  }

  private static boolean isKept(String path, String literal) {
    return KEPT.stream().anyMatch(k -> path.endsWith(k.file()) && k.literals().contains(literal));
  }
}
