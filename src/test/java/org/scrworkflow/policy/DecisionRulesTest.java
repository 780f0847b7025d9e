package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.SEND_DATE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link DecisionRules} against {@code models/initiation-criteria.dmn}, which meets them. */
class DecisionRulesTest {

  private static final String CLEAN = read("/models/initiation-criteria.dmn");

  private final DecisionRules rules = new DecisionRules();

  @Test
  @DisplayName("A decision with a history time-to-live has no violation")
  void cleanDecisionPasses() {
    assertThat(check(CLEAN)).isEmpty();
  }

  @Test
  @DisplayName("history-time-to-live: a decision without one")
  void historyTimeToLiveMissing() {
    String broken = CLEAN.replace(" camunda:historyTimeToLive=\"9125\"", "");
    assertThat(broken).isNotEqualTo(CLEAN);
    var violations = check(broken);
    assertThat(violations)
        .extracting(ModelViolation::resource, ModelViolation::rule, ModelViolation::elementId,
            ModelViolation::elementName)
        .containsExactly(tuple("processes/initiation-criteria.dmn", ModelRule.HISTORY_TIME_TO_LIVE,
            "initiation-criteria", "Criteria for a serious case review met?"));
    assertThat(violations.get(0).message()).contains("History cleanup > Time to live");
  }

  @Test
  @DisplayName("known-variable: an input reading a name that is not in the one variable list")
  void inputReadsUnknownVariable() {
    var violations = check(edited("<text>incidentType</text>", "<text>incidentKind</text>"));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId, ModelViolation::elementName)
        .containsExactly(tuple(ModelRule.KNOWN_VARIABLE, "Input_IncidentType", "Incident type"));
    assertThat(violations.get(0).message()).contains("\"incidentKind\"", "the list of variables the product knows");
  }

  @Test
  @DisplayName("known-variable: an output no model, form or delegate reads (not in the one variable list)")
  void outputReadByNoOne() {
    var violations = check(edited("name=\"notifiable\"", "name=\"criteriaMet\""));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.KNOWN_VARIABLE, "Output_Notifiable"));
    assertThat(violations.get(0).message()).contains("\"criteriaMet\"", "no model, form or delegate reads it");
  }

  @Test
  @DisplayName("default-expression-language: JUEL or a script in a decision table")
  void expressionLanguageOtherThanFeel() {
    var violations = check(edited("<inputExpression id=\"InputExpression_IncidentType\" typeRef=\"string\">",
        "<inputExpression id=\"InputExpression_IncidentType\" typeRef=\"string\" expressionLanguage=\"juel\">")
        .replace("<outputEntry id=\"OutputEntry_Death\">",
            "<outputEntry id=\"OutputEntry_Death\" expressionLanguage=\"groovy\">"));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.DEFAULT_EXPRESSION_LANGUAGE, "InputExpression_IncidentType"),
            tuple(ModelRule.DEFAULT_EXPRESSION_LANGUAGE, "OutputEntry_Death"));
    assertThat(violations.get(1).message()).contains("\"groovy\"");
  }

  @Test
  @DisplayName("FEEL by its DMN namespace is FEEL")
  void feelByNamespace() {
    assertThat(check(edited("<inputExpression id=\"InputExpression_IncidentType\" typeRef=\"string\">",
        "<inputExpression id=\"InputExpression_IncidentType\" typeRef=\"string\""
            + " expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\">"))).isEmpty();
  }

  @Test
  @DisplayName("allowed-expression: a FEEL function calling Java")
  void externalFunction() {
    var violations = check(edited("<text>true</text>",
        "<text>function(x) external {java: {class: \"java.lang.System\", method signature: \"exit(int)\"}}</text>"));
    assertThat(violations)
        .extracting(ModelViolation::rule, ModelViolation::elementId)
        .containsExactly(tuple(ModelRule.ALLOWED_EXPRESSION, "OutputEntry_Death"));
  }

  @Test
  @DisplayName("feelNames: the variables a FEEL expression reads, not its words, strings or functions")
  void feelNames() {
    assertThat(DecisionRules.feelNames("if date(sendDate) < date(\"2011-04-01\") and not(lookedAfter) then region"
        + " else null")).containsExactly(SEND_DATE.name(), LOOKED_AFTER.name(), REGION.name());
  }

  private static String edited(String from, String to) {
    assertThat(CLEAN).contains(from);
    return CLEAN.replace(from, to);
  }

  private List<ModelViolation> check(String xml) {
    return rules.check(Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
        "processes/initiation-criteria.dmn");
  }

  private static String read(String resource) {
    try (InputStream in = DecisionRulesTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
