package org.scrworkflow.versions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;

/**
 * The change report of a deployment, computed from the engine's repository: for every process and decision it
 * deployed, the model's resource against the resource of the version before (same key, same tenant).
 */
final class DeploymentChanges {

  private DeploymentChanges() {}

  /** Empty when the deployment holds no process or decision (forms only), or does not exist. */
  static List<VersionChanges> of(RepositoryService repository, String deploymentId) {
    List<VersionChanges> report = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().deploymentId(deploymentId)
        .orderByProcessDefinitionKey().asc().list()) {
      ProcessDefinition before = null;
      if (definition.getVersion() > 1) {
        ProcessDefinitionQuery previous = repository.createProcessDefinitionQuery()
            .processDefinitionKey(definition.getKey()).processDefinitionVersion(definition.getVersion() - 1);
        before = (definition.getTenantId() == null ? previous.withoutTenantId()
            : previous.tenantIdIn(definition.getTenantId())).singleResult();
      }
      report.add(compare(repository, definition.getResourceName(), definition.getKey(), definition.getDeploymentId(),
          definition.getVersion(), before == null ? null : before.getDeploymentId(),
          before == null ? null : before.getResourceName(), before == null ? null : before.getVersion()));
    }
    // one .dmn file may hold several decisions: one entry per file, named by its decisions' keys
    Map<String, List<DecisionDefinition>> byResource = repository.createDecisionDefinitionQuery()
        .deploymentId(deploymentId).orderByDecisionDefinitionKey().asc().list().stream()
        .collect(Collectors.groupingBy(DecisionDefinition::getResourceName, LinkedHashMap::new, Collectors.toList()));
    byResource.forEach((resource, decisions) -> {
      DecisionDefinition first = decisions.get(0);
      DecisionDefinition before = null;
      if (first.getVersion() > 1) {
        DecisionDefinitionQuery previous = repository.createDecisionDefinitionQuery()
            .decisionDefinitionKey(first.getKey()).decisionDefinitionVersion(first.getVersion() - 1);
        before = (first.getTenantId() == null ? previous.withoutTenantId() : previous.tenantIdIn(first.getTenantId()))
            .singleResult();
      }
      String keys = decisions.stream().map(DecisionDefinition::getKey).collect(Collectors.joining(", "));
      report.add(compare(repository, resource, keys, first.getDeploymentId(), first.getVersion(),
          before == null ? null : before.getDeploymentId(), before == null ? null : before.getResourceName(),
          before == null ? null : before.getVersion()));
    });
    return report;
  }

  private static VersionChanges compare(RepositoryService repository, String resource, String key,
      String deploymentId, int version, String previousDeploymentId, String previousResource, Integer previousVersion) {
    byte[] now = read(repository, deploymentId, resource);
    byte[] before = previousDeploymentId == null ? null : read(repository, previousDeploymentId, previousResource);
    return new VersionChanges(resource, key, previousVersion, version, ModelDiff.between(resource, before, now));
  }

  private static byte[] read(RepositoryService repository, String deploymentId, String resource) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
