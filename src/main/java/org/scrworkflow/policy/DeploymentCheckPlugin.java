package org.scrworkflow.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link DeploymentCheck} into the engine, before every other deployer: every new deployment (from
 * Camunda Modeler over the REST API, from Cockpit, and the start-up deployment of {@code processes/} and
 * {@code forms/}) is checked as a whole and refused whole, in the same transaction, when anything breaks the
 * rules. Deploying a model is running code, so the check is the gate, not a convenience.
 */
@Component
class DeploymentCheckPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentCheckPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var check = new DeploymentCheck(EmbeddedFormRules.shippedOnClasspath(DeploymentCheckPlugin.class.getClassLoader()));
    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(new CheckingDeployer(check));
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);
  }

  /** Runs the check on a new deployment; deployments read back from the database were checked when they came. */
  static final class CheckingDeployer implements Deployer {
    private final DeploymentCheck check;

    CheckingDeployer(DeploymentCheck check) {
      this.check = check;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew()) {
        return;
      }
      Map<String, byte[]> resources = new TreeMap<>();
      Map<String, ResourceEntity> entities = deployment.getResources();
      if (entities != null) {
        entities.forEach((name, resource) -> resources.put(name, resource.getBytes()));
      }
      CommandContext context = Context.getCommandContext();
      String tenantId = deployment.getTenantId();
      List<ModelViolation> violations = check.check(resources, formId ->
          context.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(formId, tenantId) != null);
      if (!violations.isEmpty()) {
        var refusal = new DeploymentRefusedException(deployment.getName(), violations);
        LOG.warn("Deployment by {} refused: {}", context.getAuthenticatedUserId(), refusal.getMessage());
        throw refusal;
      }
      LOG.info("Deployment \"{}\" by {} passed the model rules ({} resources)", deployment.getName(),
          context.getAuthenticatedUserId(), resources.size());
    }
  }
}
