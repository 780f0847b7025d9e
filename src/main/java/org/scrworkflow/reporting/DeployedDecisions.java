package org.scrworkflow.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The decision tables the reports consult (review-stage, statutory-timescale), as deployed now. The latest version
 * is read with the caller's permissions (READ on decision definitions, which every role that sees the figures
 * holds) and evaluated by a standalone DMN engine, so that reading a report neither needs the right to evaluate
 * decisions nor writes decision history.
 */
@Component
class DeployedDecisions {

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** Parsed tables by decision definition id: a new deployment is a new id. */
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  DeployedDecisions(RepositoryService repository) {
    this.repository = repository;
  }

  /** One deployed version of a table. */
  record Table(String definitionId, DmnDecision decision, DmnEngine dmn) {

    DmnDecisionTableResult evaluate(Map<String, Object> variables) {
      return dmn.evaluateDecisionTable(decision, variables);
    }
  }

  /** The latest deployed version (a shared one before a tenant's own). */
  Table latest(String decisionKey) {
    List<DecisionDefinition> latest =
        repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion().list();
    DecisionDefinition definition = latest.stream()
        .min(Comparator.comparing((DecisionDefinition d) -> d.getTenantId() != null))
        .orElseThrow(() -> new IllegalStateException("The decision table " + decisionKey
            + " is not deployed, or this user may not read decision definitions"));
    DmnDecision decision = parsed.computeIfAbsent(definition.getId(), id -> parse(id, decisionKey));
    return new Table(definition.getId(), decision, dmn);
  }

  private DmnDecision parse(String decisionDefinitionId, String decisionKey) {
    try (InputStream model = repository.getDecisionModel(decisionDefinitionId)) {
      return dmn.parseDecision(decisionKey, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
