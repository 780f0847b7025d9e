package org.scrworkflow.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;

/**
 * One decision table from {@code processes/}, evaluated by Camunda's standalone DMN engine with its default FEEL
 * (Scala) engine: no Spring, no database. It records which rule fired, so a test can say which row of the table
 * it proves and {@link EveryRuleFired} can check that every row was reached.
 */
final class DecisionTableUnderTest {

  static final Path PROCESSES = Path.of("processes");

  private final String decisionKey;
  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<String> ruleIds;
  private final Set<String> firedRuleIds = new LinkedHashSet<>();
  private List<String> lastMatchingRuleIds = List.of();

  private DecisionTableUnderTest(String fileName, String decisionKey) {
    this.decisionKey = decisionKey;
    DmnDecisionTableEvaluationListener recordMatches =
        event -> lastMatchingRuleIds = event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
    this.engine =
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .customPostDecisionTableEvaluationListeners(List.of(recordMatches))
            .buildEngine();
    Path file = PROCESSES.resolve(fileName);
    try (InputStream in = Files.newInputStream(file)) {
      this.decision = engine.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Decision model = Dmn.readModelFromFile(file.toFile()).getModelElementById(decisionKey);
    this.ruleIds = ((DecisionTable) model.getExpression()).getRules().stream().map(r -> r.getId()).toList();
  }

  /** The table in {@code processes/<decisionKey>.dmn}. */
  static DecisionTableUnderTest load(String decisionKey) {
    return new DecisionTableUnderTest(decisionKey + ".dmn", decisionKey);
  }

  /** Evaluates the table; absent keys and {@code null} values both mean "not recorded". */
  Outcome evaluate(Map<String, ?> variables) {
    lastMatchingRuleIds = List.of();
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, new HashMap<>(variables));
    List<String> matched = lastMatchingRuleIds;
    firedRuleIds.addAll(matched);
    if (result.isEmpty()) {
      return new Outcome(null, Map.of());
    }
    // UNIQUE and FIRST tables give one result; the engine itself rejects a second match under UNIQUE.
    return new Outcome(matched.get(0), result.getSingleResult().getEntryMap());
  }

  String decisionKey() {
    return decisionKey;
  }

  /** The ids of the table's rules, top to bottom. */
  List<String> ruleIds() {
    return ruleIds;
  }

  Set<String> firedRuleIds() {
    return firedRuleIds;
  }

  /** The rule that decided, and the outputs it gave ({@code null} rule and no outputs when no rule fitted). */
  record Outcome(String ruleId, Map<String, Object> outputs) {

    Object get(String outputName) {
      return outputs.get(outputName);
    }
  }

  /** A variables map that keeps {@code null} values, written as name, value, name, value, ... */
  static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }

  static List<String> dmnFiles() {
    try (var files = Files.list(PROCESSES)) {
      return new ArrayList<>(
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dmn")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
