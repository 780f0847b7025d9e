package org.scrworkflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;

/** Creates an agency's groups (IMR author, senior manager) and lets them into Tasklist; idempotent. */
@Service
public class AgencyGroups {

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public AgencyGroups(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  public void ensure(String agencyId, String agencyName) {
    var grants = new AuthorizationGrants(authorizations);
    for (AgencyRole role : AgencyRole.values()) {
      String groupId = role.groupId(agencyId);
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        var group = identity.newGroup(groupId);
        group.setName(role.displayName(agencyName));
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
      grants.grant(groupId, APPLICATION, RoleGroupsPlugin.TASKLIST, ACCESS);
    }
  }
}
