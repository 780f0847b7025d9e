package org.scrworkflow.versions;

import java.util.List;

/**
 * What a migration would do, found by the engine's own migration run on each instance and rolled back: the
 * activities mapped (same id in both versions), the instances that would move and those that cannot, with the
 * engine's reasons.
 */
public record MigrationDryRun(String processDefinitionKey, int fromVersion, int toVersion,
    String fromProcessDefinitionId, String toProcessDefinitionId, List<Mapping> mappedActivities,
    List<Instance> wouldMove, List<Instance> cannotMove) {

  /** One instruction of the plan: an activity of the old version and the one of the new version it becomes. */
  public record Mapping(String sourceActivityId, String targetActivityId) {}

  /** A running review; reasons are empty for one that would move. */
  public record Instance(String processInstanceId, String businessKey, String tenantId, List<String> reasons) {}
}
