package org.scrworkflow.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.rules.RulesInForce;
import org.scrworkflow.security.AsTheApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running reviews from one version of a process to another with Camunda's process instance migration.
 * The plan maps every activity whose id is the same in both versions ({@code mapEqualActivities}) and moves
 * timers and messages with them ({@code updateEventTriggers}: the engine sets a moved timer again from the target
 * version's definition, so a period read from the decision table is the table's current one; a task keeps its
 * due date); a new activity before an instance's position is not executed, a removed activity where an instance
 * waits keeps that instance on its version.
 *
 * <p>The dry run is the engine's own migration, run on each instance in a transaction that is always rolled
 * back: what it reports is what the batch will meet. Migrations run as the application (policy officers belong
 * to no LSCB and see no review); the controller has checked the caller's role. Listeners and input mappings are
 * skipped: moving a review sends nothing. A moved review records the rules in force at the move (the version of every
 * decision table and process deployed then): moving is how a running review takes up new rules.
 */
@Service
public class ReviewMigrations {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewMigrations.class);

  private final ProcessEngine engine;
  private final TransactionTemplate rolledBack;
  private final RulesInForce rules;

  ReviewMigrations(ProcessEngine engine, PlatformTransactionManager transactions, RulesInForce rules) {
    this.engine = engine;
    this.rules = rules;
    this.rolledBack = new TransactionTemplate(transactions);
    this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Which running instances of the source version would move, and why the others cannot. Changes nothing. */
  public MigrationDryRun plan(MigrationRequest request) {
    request.validate();
    return dryRun(request);
  }

  /** Runs the migration as a batch (the job executor moves the instances), for the instances that can move. */
  public MigrationStarted run(MigrationRequest request, String byUser) {
    request.validate();
    MigrationDryRun dryRun = plan(request);
    List<String> moving = dryRun.wouldMove().stream().map(MigrationDryRun.Instance::processInstanceId).toList();
    if (moving.isEmpty()) {
      throw new IllegalArgumentException("No running instance of " + request.processDefinitionKey() + " version "
          + request.fromVersion() + " can move to version " + request.toVersion() + " (" + dryRun.cannotMove().size()
          + " cannot: see the dry run at /api/policy/migrations/plan).");
    }
    Batch batch = AsTheApplication.run(engine, () -> engine.getRuntimeService()
        .newMigration(migrationPlan(dryRun.fromProcessDefinitionId(), dryRun.toProcessDefinitionId()))
        .processInstanceIds(moving).skipCustomListeners().skipIoMappings().executeAsync());
    LOG.info("Migration of {} v{} -> v{} started by {}: batch {}, {} instances, {} left on their version",
        request.processDefinitionKey(), request.fromVersion(), request.toVersion(), byUser, batch.getId(),
        moving.size(), dryRun.cannotMove().size());
    return new MigrationStarted(batch.getId(), request.processDefinitionKey(), request.fromVersion(),
        request.toVersion(), moving, dryRun.cannotMove());
  }

  private MigrationDryRun dryRun(MigrationRequest request) {
    // each engine call is its own command: the dry run of an instance must not join an outer one, or its
    // changes would be flushed with that command instead of rolled back
    ProcessDefinition from = definition(request.processDefinitionKey(), request.fromVersion());
    ProcessDefinition to = definition(request.processDefinitionKey(), request.toVersion());
    MigrationPlan plan = AsTheApplication.run(engine, () -> migrationPlan(from.getId(), to.getId()));
    List<MigrationDryRun.Mapping> mapped = plan.getInstructions().stream()
        .map(i -> new MigrationDryRun.Mapping(i.getSourceActivityId(), i.getTargetActivityId())).toList();
    List<MigrationDryRun.Instance> wouldMove = new ArrayList<>();
    List<MigrationDryRun.Instance> cannotMove = new ArrayList<>();
    List<ProcessInstance> running = AsTheApplication.run(engine, () -> engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionId(from.getId()).orderByProcessInstanceId().asc().list());
    for (ProcessInstance instance : running) {
      List<String> reasons = tryAndRollBack(plan, instance.getId());
      var row = new MigrationDryRun.Instance(instance.getId(), instance.getBusinessKey(), instance.getTenantId(),
          reasons);
      (reasons.isEmpty() ? wouldMove : cannotMove).add(row);
    }
    return new MigrationDryRun(request.processDefinitionKey(), from.getVersion(), to.getVersion(), from.getId(),
        to.getId(), mapped, wouldMove, cannotMove);
  }

  /** The engine's migration of one instance, always rolled back; its validation failures, if any. */
  private List<String> tryAndRollBack(MigrationPlan plan, String processInstanceId) {
    return rolledBack.execute(status -> {
      status.setRollbackOnly();
      try {
        AsTheApplication.run(engine, () -> {
          engine.getRuntimeService().newMigration(plan).processInstanceIds(processInstanceId)
              .skipCustomListeners().skipIoMappings().execute();
          return null;
        });
        return List.of();
      } catch (MigratingProcessInstanceValidationException e) {
        return reasons(e.getValidationReport());
      } catch (RuntimeException e) {
        return List.of(e.getMessage());
      }
    });
  }

  static List<String> reasons(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
        .forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
    report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
        .forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
    return reasons;
  }

  // A review moved to a new version runs from then on under the rules in force at the move (rules/RulesInForce).
  private MigrationPlan migrationPlan(String fromId, String toId) {
    try {
      var plan = engine.getRuntimeService().createMigrationPlan(fromId, toId).mapEqualActivities()
          .updateEventTriggers();
      if (toId.startsWith(SeriousCaseReview.KEY + ":")) {
        plan.setVariables(Map.of(SeriousCaseReview.RULES_IN_FORCE.name(), rules.now()));
      }
      return plan.build();
    } catch (MigrationPlanValidationException e) {
      List<String> failures = new ArrayList<>();
      e.getValidationReport().getInstructionReports().forEach(r -> failures.add(
          r.getMigrationInstruction().getSourceActivityId() + " -> "
              + r.getMigrationInstruction().getTargetActivityId() + ": " + String.join("; ", r.getFailures())));
      throw new IllegalArgumentException("No migration plan from " + fromId + " to " + toId + ": "
          + String.join(" | ", failures), e);
    }
  }

  private ProcessDefinition definition(String key, int version) {
    ProcessDefinition definition = AsTheApplication.run(engine, () -> engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
        .withoutTenantId().singleResult());
    if (definition == null) {
      throw new IllegalArgumentException("No process " + key + " version " + version + " is deployed.");
    }
    return definition;
  }
}
