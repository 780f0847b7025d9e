package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrworkflow.policy.DecisionRules;
import org.scrworkflow.policy.ExpressionRules;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The house rules every {@code processes/*.dmn} must keep (STYLE.md, Models), so that a table a policy officer
 * edits in Camunda Modeler still deploys and still explains itself.
 */
class DecisionTablesConventionTest {

  static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  static final String DMNDI_13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  /** Hit policies that state intent and that Camunda 7 runs; ANY hides which row decided. */
  static final Set<HitPolicy> INTENT_STATING =
      Set.of(HitPolicy.UNIQUE, HitPolicy.FIRST, HitPolicy.COLLECT, HitPolicy.RULE_ORDER);

  /** A domain ID from the Chapter 8 specification: R-4.1, G-2, S-13, T-15, AT-03. */
  static final Pattern DOMAIN_ID = Pattern.compile("\\b(?:R|S|G|T|AT)-\\d+");

  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  static List<String> dmnFiles() {
    return DecisionTableUnderTest.dmnFiles();
  }

  @Test
  @DisplayName("processes/ holds the decision tables, and no decision id is used twice")
  void decisionIdsAreUniqueAcrossFiles() {
    Map<String, List<String>> filesByDecisionId = new HashMap<>();
    for (String file : dmnFiles()) {
      for (Decision decision : model(file).getModelElementsByType(Decision.class)) {
        filesByDecisionId.computeIfAbsent(decision.getId(), id -> new ArrayList<>()).add(file);
      }
    }
    assertThat(filesByDecisionId).containsKeys("scr-criteria", "notification-route", "lead-lscb",
        "publication-scope", "ofsted-evaluation", "imr-author-independence", "reviewer-independence");
    assertThat(filesByDecisionId).allSatisfy((id, files) -> assertThat(files).as(id).hasSize(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dmnFiles")
  @DisplayName("DMN 1.3, parsed by the engine, with a diagram shape for every decision")
  void parsesAsDmn13WithADiagram(String file) throws Exception {
    SoftAssertions softly = new SoftAssertions();
    Document xml = xml(file);
    softly.assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(DMN_13);
    List<String> shapes = new ArrayList<>();
    NodeList shapeElements = xml.getElementsByTagNameNS(DMNDI_13, "DMNShape");
    for (int i = 0; i < shapeElements.getLength(); i++) {
      shapes.add(((Element) shapeElements.item(i)).getAttribute("dmnElementRef"));
    }

    List<DmnDecision> parsed;
    try (InputStream in = Files.newInputStream(DecisionTableUnderTest.PROCESSES.resolve(file))) {
      parsed = ENGINE.parseDecisions(in);
    }
    softly.assertThat(parsed).as("decisions the engine parses").isNotEmpty();
    for (DmnDecision decision : parsed) {
      softly.assertThat(shapes)
          .as("DMNDI shape for %s (Modeler needs it to open the table)", decision.getKey())
          .contains(decision.getKey());
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dmnFiles")
  @DisplayName("Every decision has a name, a history time-to-live and an id matching its file")
  void decisionsAreNamedAndKeptForTheirHistoryTimeToLive(String file) {
    SoftAssertions softly = new SoftAssertions();
    Collection<Decision> decisions = model(file).getModelElementsByType(Decision.class);
    String fileKey = file.substring(0, file.length() - ".dmn".length());

    softly.assertThat(decisions).isNotEmpty();
    if (decisions.size() == 1) {
      softly.assertThat(decisions.iterator().next().getId())
          .as("decision id of a one-decision file")
          .isEqualTo(fileKey);
    } else {
      softly.assertThat(decisions)
          .extracting(Decision::getId)
          .as("one decision named after the file")
          .contains(fileKey);
    }
    for (Decision decision : decisions) {
      softly.assertThat(decision.getName()).as("name of %s", decision.getId()).isNotBlank();
      // The engine refuses a deployment without it (enforce-history-time-to-live in application.yaml).
      softly.assertThat(decision.getCamundaHistoryTimeToLiveString())
          .as("historyTimeToLive of %s", decision.getId())
          .matches("[1-9][0-9]*");
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dmnFiles")
  @DisplayName("Every table states its hit policy's intent and every rule cites the guidance")
  void tablesStateTheirIntentAndEveryRuleCitesADomainId(String file) {
    SoftAssertions softly = new SoftAssertions();
    for (DecisionTable table : model(file).getModelElementsByType(DecisionTable.class)) {
      String decision = ((Decision) table.getParentElement()).getId();
      softly.assertThat(table.getHitPolicy()).as("hit policy of %s", decision).isIn(INTENT_STATING);
      if (table.getHitPolicy() == HitPolicy.FIRST) {
        softly.assertThat(text(((Decision) table.getParentElement()).getDescription()))
            .as("%s is FIRST: its description must say why the order matters", decision)
            .containsIgnoringCase("order");
      }
      softly.assertThat(table.getRules()).as("rules of %s", decision).isNotEmpty();
      for (Rule rule : table.getRules()) {
        softly.assertThat(text(rule.getDescription()))
            .as("annotation of rule %s in %s", rule.getId(), decision)
            .containsPattern(DOMAIN_ID);
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dmnFiles")
  @DisplayName("Columns have plain-English labels and use only names from ReviewVariables")
  void columnsUseTheOneListOfVariableNames(String file) {
    SoftAssertions softly = new SoftAssertions();
    Set<String> known = ExpressionRules.reviewVariables();
    for (DecisionTable table : model(file).getModelElementsByType(DecisionTable.class)) {
      String decision = ((Decision) table.getParentElement()).getId();
      for (Input input : table.getInputs()) {
        softly.assertThat(input.getLabel())
            .as("label of input %s in %s", input.getId(), decision)
            .isNotBlank();
        String expression = input.getInputExpression().getText().getTextContent();
        softly.assertThat(DecisionRules.feelNames(expression))
            .as("variables read by input %s in %s", input.getId(), decision)
            .isNotEmpty()
            .isSubsetOf(known);
      }
      for (Output output : table.getOutputs()) {
        softly.assertThat(output.getLabel())
            .as("label of output %s in %s", output.getId(), decision)
            .isNotBlank();
        softly.assertThat(output.getName())
            .as("name of output %s in %s", output.getId(), decision)
            .isIn(known);
      }
    }
    softly.assertAll();
  }

  private static String text(Description description) {
    return description == null ? "" : description.getTextContent();
  }

  private static DmnModelInstance model(String file) {
    // Reading validates the file against the DMN 1.3 schema.
    return Dmn.readModelFromFile(DecisionTableUnderTest.PROCESSES.resolve(file).toFile());
  }

  private static Document xml(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Path path = DecisionTableUnderTest.PROCESSES.resolve(file);
    return factory.newDocumentBuilder().parse(path.toFile());
  }
}
