package org.scrworkflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ScrFurtherReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and the baseline authorizations each role needs to reach its web application,
 * idempotently at every start. Task access follows the candidate groups on each user task; the full
 * per-LSCB matrix is in docs/security.md.
 *
 * <p>Case data in the engine is granted per process key, never on every definition, so that a role reads
 * through /engine-rest and Cockpit no more than /api shows it (docs/security.md, "Engine history and
 * variables"): an agency's IMR (the individual-management-review instances, their notes, feedback and author
 * names) is read by the LSCB's chair and business manager, and by its own agency through its tasks; never by a
 * manager. Variables need permissions of their own (enforceSpecificVariablePermission), so that a manager sees
 * a review's steps, dates and incidents in Cockpit without its free text.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RoleGroupsPlugin extends AbstractProcessEnginePlugin {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  static final String REVIEW = SeriousCaseReview.KEY;
  static final String IMR = IndividualManagementReview.KEY;
  static final String PUBLICATION = ScrPublication.KEY;
  static final String FURTHER_REVIEW = ScrFurtherReview.KEY;
  static final List<String> PROCESS_KEYS = List.of(REVIEW, IMR, PUBLICATION, FURTHER_REVIEW);

  /** Reading every instance, its history and its variables, runtime, historic and of its tasks. */
  private static final Permission[] CASE_READER = {
      READ_INSTANCE, READ_HISTORY, READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE, READ_TASK_VARIABLE};

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Without it READ_INSTANCE and READ_HISTORY would carry every variable (IMR notes, decision reasons) with them.
    configuration.setEnforceSpecificVariablePermission(true);
  }

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
      // the models themselves (no case data), so that Cockpit lists every process
      grants.grant(role.groupId(), PROCESS_DEFINITION, Authorization.ANY, READ);
      grants.grant(role.groupId(), DECISION_DEFINITION, Authorization.ANY, READ);
      // earlier versions granted case data on every definition: narrowed to the keys below
      grants.revoke(role.groupId(), PROCESS_DEFINITION, Authorization.ANY, READ_INSTANCE, READ_HISTORY,
          READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE, READ_TASK_VARIABLE);
    }
    // The chair and the business manager read every document of their LSCB's reviews, IMRs included (CONFIDENTIAL
    // and IDENTIFYING readers): the same of every process in the engine.
    for (Role role : new Role[] {Role.LSCB_CHAIR, Role.BUSINESS_MANAGER}) {
      for (String key : PROCESS_KEYS) {
        grants.grant(role.groupId(), PROCESS_DEFINITION, key, CASE_READER);
      }
    }
    // Managers follow the reviews and publications (steps, dates, incidents; the figures come from /api/reports)
    // and read no variable and nothing of an IMR: they read only publishable documents through /api.
    for (String key : List.of(REVIEW, PUBLICATION, FURTHER_REVIEW)) {
      grants.grant(Role.MANAGER.groupId(), PROCESS_DEFINITION, key, READ_INSTANCE, READ_HISTORY);
    }
    keepTaskVariablesReadable(engine.getAuthorizationService());
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

  /**
   * The engine grants a task's candidates READ_VARIABLE on it when it creates the task (variables enforced); a
   * task opened before this version has only READ. Its candidates keep reading the task's form and variables.
   */
  private static void keepTaskVariablesReadable(AuthorizationService authorizations) {
    for (Authorization taskGrant : authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(TASK).hasPermission(READ).list()) {
      if (!Authorization.ANY.equals(taskGrant.getResourceId())
          && !taskGrant.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
        taskGrant.addPermission(TaskPermissions.READ_VARIABLE);
        authorizations.saveAuthorization(taskGrant);
      }
    }
  }
}
