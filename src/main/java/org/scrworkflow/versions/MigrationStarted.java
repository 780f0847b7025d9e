package org.scrworkflow.versions;

import java.util.List;

/** A migration started as a batch: the engine's batch id, the instances it moves and those it leaves where they are. */
public record MigrationStarted(String batchId, String processDefinitionKey, int fromVersion, int toVersion,
    List<String> moving, List<MigrationDryRun.Instance> leftOnTheirVersion) {}
