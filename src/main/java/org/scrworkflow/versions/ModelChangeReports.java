package org.scrworkflow.versions;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.scrworkflow.security.AsTheApplication;
import org.springframework.stereotype.Service;

/** The change report of a deployment: stored after the deployment, or computed and stored when first read. */
@Service
public class ModelChangeReports {

  private final ProcessEngine engine;
  private final ModelChangeLog log;

  ModelChangeReports(ProcessEngine engine, ModelChangeLog log) {
    this.engine = engine;
    this.log = log;
  }

  /** Empty when there is no such deployment. */
  public Optional<DeploymentReport> of(String deploymentId) {
    Deployment deployment = AsTheApplication.run(engine, () -> engine.getRepositoryService().createDeploymentQuery()
        .deploymentId(deploymentId).singleResult());
    if (deployment == null) {
      return Optional.empty();
    }
    List<VersionChanges> models = log.find(deploymentId);
    if (models.isEmpty()) {
      models = AsTheApplication.run(engine, () -> DeploymentChanges.of(engine.getRepositoryService(), deploymentId));
      if (!models.isEmpty()) {
        log.record(deploymentId, models);
      }
    }
    return Optional.of(new DeploymentReport(deployment.getId(), deployment.getName(),
        deployment.getDeploymentTime().toInstant().toString(), models));
  }

  /** A deployment and the changes of each model it deployed. */
  public record DeploymentReport(String deploymentId, String deploymentName, String deployedAt,
      List<VersionChanges> models) {}
}
