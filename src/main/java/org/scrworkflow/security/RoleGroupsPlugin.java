package org.scrworkflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and the baseline authorizations each role needs to reach its web application,
 * idempotently at every start. Task access follows the candidate groups on each user task; the full
 * per-LSCB matrix is in docs/security.md.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RoleGroupsPlugin extends AbstractProcessEnginePlugin {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (Role role : Role.values()) {
      if (identity.createGroupQuery().groupId(role.groupId()).count() == 0) {
        var group = identity.newGroup(role.groupId());
        group.setName(role.displayName());
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
    }
    var grants = new AuthorizationGrants(engine.getAuthorizationService());
    for (Role role : Role.values()) {
      grants.grant(role.groupId(), APPLICATION, TASKLIST, ACCESS);
    }
    for (Role role : new Role[] {Role.LSCB_CHAIR, Role.BUSINESS_MANAGER, Role.MANAGER}) {
      grants.grant(role.groupId(), APPLICATION, COCKPIT, ACCESS);
      grants.grant(role.groupId(), PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY);
      grants.grant(role.groupId(), DECISION_DEFINITION, Authorization.ANY, READ);
    }
    // The business manager and the chair see every task of their reviews (domain §2: "sees everything").
    grants.grant(Role.BUSINESS_MANAGER.groupId(), TASK, Authorization.ANY, READ);
    grants.grant(Role.LSCB_CHAIR.groupId(), TASK, Authorization.ANY, READ);
    // S-01: the business manager opens the referral, i.e. starts a review.
    grants.grant(Role.BUSINESS_MANAGER.groupId(), PROCESS_DEFINITION, Authorization.ANY, CREATE_INSTANCE);
    grants.grant(Role.BUSINESS_MANAGER.groupId(), PROCESS_INSTANCE, Authorization.ANY, CREATE);
    // The policy team deploys models (the only role besides the administrators that may: each deployment passes
    // policy/DeploymentCheckPlugin); it reads definitions, never case data, and deletes no deployment.
    grants.grant(Role.POLICY_TEAM.groupId(), APPLICATION, COCKPIT, ACCESS);
    grants.grant(Role.POLICY_TEAM.groupId(), DEPLOYMENT, Authorization.ANY, CREATE, READ);
    grants.grant(Role.POLICY_TEAM.groupId(), PROCESS_DEFINITION, Authorization.ANY, READ);
    grants.grant(Role.POLICY_TEAM.groupId(), DECISION_DEFINITION, Authorization.ANY, READ);
    grants.grant(Role.POLICY_TEAM.groupId(), DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, READ);
  }
}
