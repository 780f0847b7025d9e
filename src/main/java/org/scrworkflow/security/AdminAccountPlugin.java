package org.scrworkflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator account and the camunda-admin group once the engine is built. As an engine
 * plugin it forces the validation of {@link AdminAccountProperties} before the engine touches the database,
 * so a production start without SCR_ADMIN_* fails at once with a message naming the missing variable.
 */
@Component
class AdminAccountPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AdminAccountPlugin.class);

  private final AdminAccountProperties admin;

  AdminAccountPlugin(AdminAccountProperties admin) {
    this.admin = admin;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      var group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    // Administrators hold every permission on every resource, as Camunda's own first-user set-up grants.
    var grants = new AuthorizationGrants(engine.getAuthorizationService());
    for (Resource resource : Resources.values()) {
      grants.grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    if (identity.createUserQuery().userId(admin.userId()).count() == 0) {
      User user = identity.newUser(admin.userId());
      user.setFirstName("SCR Workflow");
      user.setLastName("Administrator");
      user.setEmail(admin.email());
      user.setPassword(admin.password());
      try {
        identity.saveUser(user);
      } catch (ProcessEngineException e) {
        throw new IllegalStateException(
            "The administrator password in SCR_ADMIN_PASSWORD does not meet the password policy "
                + "(at least 10 characters with upper- and lower-case letters, a digit and a symbol, "
                + "not containing the user id)",
            e);
      }
      LOG.info("Created the administrator account '{}'", admin.userId());
    }
    if (identity.createUserQuery().userId(admin.userId()).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(admin.userId(), Groups.CAMUNDA_ADMIN);
    }
  }
}
