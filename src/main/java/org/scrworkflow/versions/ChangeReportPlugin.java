package org.scrworkflow.versions;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the change report of every deployment once it has committed (a refused deployment has none): a
 * post-deployer, after the engine's own deployers, registers the report for after the commit; it is computed and
 * stored in a new transaction. The deployment at start-up comes before the application's tables exist on a new
 * database; its report is then written the first time someone reads it.
 */
@Component
class ChangeReportPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeReportPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> postDeployers = new ArrayList<>();
    if (configuration.getCustomPostDeployers() != null) {
      postDeployers.addAll(configuration.getCustomPostDeployers());
    }
    postDeployers.add(deployment -> afterCommit(configuration, deployment));
    configuration.setCustomPostDeployers(postDeployers);
  }

  private static void afterCommit(ProcessEngineConfigurationImpl configuration, DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    String deploymentId = deployment.getId();
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        committed -> record(configuration, deploymentId));
  }

  static void record(ProcessEngineConfigurationImpl configuration, String deploymentId) {
    try {
      configuration.getCommandExecutorTxRequiresNew().execute((Command<Void>) context -> {
        context.disableAuthorizationCheck();
        context.disableTenantCheck();
        var jdbc = new JdbcTemplate(configuration.getDataSource());
        if (!ModelChangeLog.tableExists(jdbc)) {
          LOG.debug("Change report of deployment {} is written when first read (no table yet)", deploymentId);
          return null;
        }
        var log = new ModelChangeLog(jdbc);
        if (!log.recorded(deploymentId)) {
          log.record(deploymentId, DeploymentChanges.of(configuration.getRepositoryService(), deploymentId));
        }
        return null;
      });
    } catch (RuntimeException e) {
      LOG.info("Change report of deployment {} not stored now ({}); it is written when first read", deploymentId,
          e.getMessage());
    }
  }
}
