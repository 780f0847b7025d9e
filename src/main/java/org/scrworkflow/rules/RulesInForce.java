package org.scrworkflow.rules;

import static org.scrworkflow.process.SeriousCaseReview.RULES_IN_FORCE;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Each review keeps the rules it began under.
 * When a review starts, the version of every deployed decision table and process is recorded in the review
 * ({@code rulesInForce}); the models call them in that version, e.g.
 * {@code camunda:decisionRefVersion="${rules.version('scr-criteria')}"}, and every statutory period of the review
 * is read from its own version of statutory-timescale. A later deployment applies to reviews started afterwards;
 * a running review takes it up only when the policy team moves it (a migration records the rules anew).
 *
 * <p>A review started before reviews recorded their rules has no record: it reads the latest version, as it did.
 */
@Component("rules")
public class RulesInForce {

  private final RepositoryService repository;
  private final DeployedDecisions decisions;

  RulesInForce(RepositoryService repository, DeployedDecisions decisions) {
    this.repository = repository;
    this.decisions = decisions;
  }

  /**
   * The version of a decision table or called process that the current review began under; the latest deployed
   * version where the review has no record of it. Called by the models inside the engine.
   */
  public int version(String key) {
    Integer recorded = recorded().map(rules -> rules.get(key)).orElse(null);
    return recorded != null ? recorded : now().getOrDefault(key, 0);
  }

  /** The statutory-timescale (or another table) in the version the current review began under. */
  public DeployedDecisions.Table table(String decisionKey) {
    Integer recorded = recorded().map(rules -> rules.get(decisionKey)).orElse(null);
    return recorded != null ? decisions.version(decisionKey, recorded) : decisions.latest(decisionKey);
  }

  /** The rules in force now: the latest shared version of each deployed decision table and process, by key. */
  public Map<String, Integer> now() {
    Map<String, Integer> rules = new TreeMap<>();
    DeployedDecisions.asEngine(() -> repository.createDecisionDefinitionQuery().latestVersion().list()).stream()
        .sorted(Comparator.comparing((DecisionDefinition d) -> d.getTenantId() == null))
        .forEach(d -> rules.put(d.getKey(), d.getVersion()));
    DeployedDecisions.asEngine(() -> repository.createProcessDefinitionQuery().latestVersion().list()).stream()
        .sorted(Comparator.comparing((ProcessDefinition d) -> d.getTenantId() == null))
        .forEach(d -> rules.put(d.getKey(), d.getVersion()));
    return rules;
  }

  /** The record of the review the engine is working on now (the review itself, not its IMR or publication). */
  Optional<Map<String, Integer>> recorded() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || context.getExecution() == null) {
      return Optional.empty();
    }
    ExecutionEntity review = context.getExecution().getProcessInstance();
    while (review.getSuperExecution() != null) {
      review = review.getSuperExecution().getProcessInstance();
    }
    return Optional.ofNullable(RULES_IN_FORCE.from(review));
  }
}
