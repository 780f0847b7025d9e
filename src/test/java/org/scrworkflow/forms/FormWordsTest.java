package org.scrworkflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ProcessVariable.Kind;
import org.scrworkflow.process.ProcessVariables;
import org.scrworkflow.process.SeriousCaseReview;

/**
 * Issue #26, words not codes: what a person reads in a Tasklist form is English. The rule ids stay in the models'
 * documentation; the codes the engine holds are shown by their words.
 */
class FormWordsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A rule id of the requirements (S-05, R-4.4, G-9, T-18, AT-24) or a Working Together paragraph in short. */
  static final Pattern RULE_ID = Pattern.compile("\\b(S|R|G|T|AT)-\\d|WT2010");
  /** A code written the way the engine holds it: REQUIRED, NOT_MET, DEATH_ABUSE_NEGLECT. */
  static final Pattern SHOUTY = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  /** A template that prints one variable as it is held: {{criteriaOutcome}}. */
  private static final Pattern BARE_TEMPLATE = Pattern.compile("(?<![/=])\\{\\{\\s*([a-z][A-Za-z0-9]*)\\s*}}");
  /** Forms left out of the rule-id and displayed-code checks: none now (kept so a form can be excused by name). */
  static final Set<String> IN_HAND_ELSEWHERE = Set.of();

  @Test
  @DisplayName("Every choice of a select, radio or checklist has words for its label, never its code")
  void choicesHaveWords() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    eachComponent(false, (file, component) -> component.path("values").forEach(choice -> {
      String label = choice.path("label").asText();
      softly.assertThat(label.equals(choice.path("value").asText()) || SHOUTY.matcher(label).matches())
          .as(file + " " + component.path("key").asText() + ": the choice " + choice.path("value")
              + " is labelled with a code (\"" + label + "\")").isFalse();
    }));
    softly.assertAll();
  }

  @Test
  @DisplayName("No title, label, help text or text of a form names a rule id (S-05, R-4.4, T-18, AT-24, WT2010)")
  void noRuleIdsWhereAPersonReads() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    eachComponent(true, (file, component) -> {
      for (String property : List.of("label", "dateLabel", "timeLabel", "description", "text")) {
        String text = component.path(property).asText("");
        Matcher id = RULE_ID.matcher(text);
        softly.assertThat(id.find()).as(file + " " + where(component) + " " + property + " names a rule id: "
            + text.lines().findFirst().orElse("")).isFalse();
      }
      component.path("values").forEach(choice -> softly.assertThat(RULE_ID.matcher(choice.path("label").asText())
          .find()).as(file + " " + where(component) + " choice " + choice.path("label")).isFalse());
    });
    softly.assertAll();
  }

  @Test
  @DisplayName("A field a form only shows is never a code or a date as the engine holds it: the form shows words")
  void shownValuesAreWords() throws Exception {
    Set<String> codes = codeVariables();
    SoftAssertions softly = new SoftAssertions();
    eachComponent(true, (file, component) -> {
      String key = component.path("key").asText("");
      boolean shown = component.path("readonly").asBoolean(false) && !component.has("conditional");
      // a field with choicesFrom shows the name its list gives the id (scr-tasklist.js: Northmoor Police)
      if (shown && !component.has("values") && !component.path("properties").has("choicesFrom")) {
        softly.assertThat(codes).as(file + ": the shown field " + key + " holds a code or a date; show it in words"
            + " (a text with its words, the field hidden)").doesNotContain(key);
      }
      Matcher template = BARE_TEMPLATE.matcher(component.path("text").asText(""));
      while (template.find()) {
        softly.assertThat(codes).as(file + " " + where(component) + " prints " + template.group(1)
            + " as the engine holds it").doesNotContain(template.group(1));
      }
    });
    softly.assertAll();
    assertThat(codes).contains(SeriousCaseReview.CRITERIA_OUTCOME.name(), SeriousCaseReview.CRITERIA_REASON.name(),
        SeriousCaseReview.RECOMMENDATION.name(), IndividualManagementReview.AGENCY_ID.name(),
        SeriousCaseReview.PROPOSED_LEAD_LSCB.name(), SeriousCaseReview.SIX_MONTH_TARGET.name());
  }

  @Test
  @DisplayName("Issue #23: a form shows an agency by the name the one agency list gives it (choicesFrom: agencies),"
      + " never by its id nor by names spelled again in the form")
  void agenciesByTheirNamesFromTheList() throws Exception {
    String agency = IndividualManagementReview.AGENCY_ID.name();
    Pattern spelled = Pattern.compile("\\b" + agency + "\\s*=");
    List<String> shown = new ArrayList<>();
    SoftAssertions softly = new SoftAssertions();
    eachComponent(false, (file, component) -> {
      if (agency.equals(component.path("key").asText())) {
        shown.add(file);
        softly.assertThat(component.path("properties").path("choicesFrom").asText())
            .as(file + ": the agency field takes its names from the agency list").isEqualTo("agencies");
        softly.assertThat(component.has("conditional")).as(file + ": the agency field is shown").isFalse();
      }
      for (String property : List.of("text", "label", "description")) {
        softly.assertThat(spelled.matcher(component.path(property).asText("")).find())
            .as(file + " " + where(component) + " spells agencies' names by their ids").isFalse();
      }
    });
    softly.assertAll();
    assertThat(shown).containsExactlyInAnyOrder("appoint-imr-author.form", "scrutinise-imr.form",
        "sign-off-imr.form");
  }

  /**
   * The variables that hold a code or a date: a choice of some form, an enumerated output of a decision table, a
   * date, or an id (of an agency, an LSCB, a document).
   */
  static Set<String> codeVariables() throws Exception {
    Set<String> codes = new HashSet<>();
    eachComponent(false, (file, component) -> {
      if (component.has("values") && component.has("key")) {
        codes.add(component.get("key").asText());
      }
    });
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".dmn"))) {
      Dmn.readModelFromFile(file).getModelElementsByType(Output.class).stream()
          .filter(output -> output.getOutputValues() != null && output.getName() != null)
          .forEach(output -> codes.add(output.getName()));
    }
    ProcessVariables.all().forEach((name, variable) -> {
      if (variable.kind() == Kind.DATE || variable.kind() == Kind.DOCUMENT_ID || name.endsWith("Id")
          || name.endsWith("Lscb") || name.endsWith("Lscbs")) {
        codes.add(name);
      }
    });
    return codes;
  }

  private static String where(JsonNode component) {
    return component.path("key").asText(component.path("id").asText(component.path("type").asText()));
  }

  /** Each component of each Camunda Form, nested ones too; with {@code own}, only the forms issue #26 changes. */
  private static void eachComponent(boolean own, ComponentCheck check) throws Exception {
    List<File> files = new ArrayList<>(List.of(new File("forms").listFiles((dir, name) -> name.endsWith(".form"))));
    assertThat(files).isNotEmpty();
    for (File file : files) {
      if (own && IN_HAND_ELSEWHERE.contains(file.getName())) {
        continue;
      }
      walk(JSON.readTree(file), component -> check.accept(file.getName(), component));
    }
  }

  private static void walk(JsonNode node, Consumer<JsonNode> each) {
    for (JsonNode component : node.path("components")) {
      each.accept(component);
      walk(component, each);
    }
  }

  @FunctionalInterface
  private interface ComponentCheck {
    void accept(String file, JsonNode component);
  }
}
