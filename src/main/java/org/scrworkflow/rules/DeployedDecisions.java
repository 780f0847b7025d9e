package org.scrworkflow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Deployed decision tables read as tables (the statutory periods, the review stages), evaluated by a standalone DMN
 * engine: looking a period up neither needs the right to evaluate decisions nor writes decision history. Each
 * deployed version is parsed once. Outside the engine (a report) the caller's permissions apply (READ on decision
 * definitions, which every role that sees the figures holds); inside it (a due date of a step) the engine's own.
 */
@Component
public class DeployedDecisions {

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** Parsed tables by decision definition id: a new deployment is a new id. */
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  DeployedDecisions(RepositoryService repository) {
    this.repository = repository;
  }

  /** One deployed version of a table. */
  public record Table(String definitionId, int version, DmnDecision decision, DmnEngine dmn) {

    public DmnDecisionTableResult evaluate(Map<String, Object> variables) {
      return dmn.evaluateDecisionTable(decision, variables);
    }
  }

  /** The latest deployed version (a shared one before a tenant's own). */
  public Table latest(String decisionKey) {
    DecisionDefinition definition = shared(asEngine(() ->
        repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion().list()),
        decisionKey, "is not deployed");
    return table(definition.getId(), definition.getVersion(), decisionKey);
  }

  /** One version of a table, e.g. the one a review began under. */
  public Table version(String decisionKey, int version) {
    // Looked up each time, not cached: a deployment deleted by an administrator frees its version number.
    String id = shared(asEngine(() -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .decisionDefinitionVersion(version).list()), decisionKey, "has no version " + version).getId();
    return table(id, version, decisionKey);
  }

  private Table table(String definitionId, int version, String decisionKey) {
    DmnDecision decision = parsed.computeIfAbsent(definitionId, id -> parse(id, decisionKey));
    return new Table(definitionId, version, decision, dmn);
  }

  private static DecisionDefinition shared(List<DecisionDefinition> found, String decisionKey, String problem) {
    return found.stream()
        .min(Comparator.comparing((DecisionDefinition d) -> d.getTenantId() != null))
        .orElseThrow(() -> new IllegalStateException("The decision table " + decisionKey + " " + problem
            + ", or this user may not read decision definitions"));
  }

  private DmnDecision parse(String decisionDefinitionId, String decisionKey) {
    try (InputStream model = asEngine(() -> repository.getDecisionModel(decisionDefinitionId))) {
      return dmn.parseDecision(decisionKey, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Inside the engine (a step's due date), read as the engine; outside, as the caller. */
  static <T> T asEngine(Supplier<T> read) {
    CommandContext command = Context.getCommandContext();
    return command == null ? read.get() : command.runWithoutAuthorization(read::get);
  }
}
