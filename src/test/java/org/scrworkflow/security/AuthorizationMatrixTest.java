package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** docs/security.md's authorization matrix is what the engine grants: each row, nothing more, and the "never" rows. */
@H2DemoApplicationTest
class AuthorizationMatrixTest {

  @Autowired ProcessEngine engine;

  record Row(String group, Resources resource, String id, List<String> permissions) {

    Permission permission(String name, ProcessEngineConfigurationImpl configuration) {
      return configuration.getPermissionProvider().getPermissionForName(name, resource.resourceType());
    }
  }

  static List<Row> table(String marker) throws Exception {
    String doc = Files.readString(Path.of("docs", "security.md"));
    int start = doc.indexOf("<!-- matrix:" + marker + " -->");
    String block = doc.substring(start, doc.indexOf("<!-- matrix:end -->", start));
    List<Row> rows = new ArrayList<>();
    for (String line : block.split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length < 5 || cells[1].isBlank() || cells[1].contains("group") || cells[1].contains("---")) {
        continue;
      }
      rows.add(new Row(cells[1].strip(), Resources.valueOf(cells[2].strip()), cells[3].strip(),
          List.of(cells[4].strip().split(",\\s*"))));
    }
    assertThat(rows).as(marker + " rows").isNotEmpty();
    return rows;
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  @DisplayName("Every granted row of docs/security.md holds in the engine")
  void grantedRowsHold() throws Exception {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Row row : table("granted")) {
      for (String name : row.permissions()) {
        Permission permission = row.permission(name, configuration());
        String resourceId = row.id().equals("*") ? "any-" + row.resource().name().toLowerCase() : row.id();
        assertThat(authorizations.isUserAuthorized(null, List.of(row.group()), permission, row.resource(), resourceId))
            .as(row.group() + " " + name + " on " + row.resource() + " " + row.id()).isTrue();
      }
    }
  }

  @Test
  @DisplayName("Every 'never' row of docs/security.md is refused by the engine")
  void neverRowsAreRefused() throws Exception {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Row row : table("never")) {
      for (String name : row.permissions()) {
        Permission permission = row.permission(name, configuration());
        // "*": refused on any id; a named id (a process key): refused on that one
        String resourceId = row.id().equals("*") ? "some-id" : row.id();
        assertThat(authorizations.isUserAuthorized(null, List.of(row.group()), permission, row.resource(), resourceId))
            .as(row.group() + " must not have " + name + " on " + row.resource() + " " + row.id()).isFalse();
      }
    }
  }

  @Test
  @DisplayName("Nothing is granted to a role or agency group that docs/security.md does not list (filters, per-task grants and reading its own group aside)")
  void nothingGrantedBeyondTheMatrix() throws Exception {
    Set<String> documented = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (Row row : table("granted")) {
      groups.add(row.group());
      row.permissions().forEach(p -> documented.add(row.group() + " " + row.resource().name() + " " + row.id() + " " + p));
    }
    List<String> undocumented = new ArrayList<>();
    for (Authorization grant : engine.getAuthorizationService().createAuthorizationQuery()
        .groupIdIn(groups.toArray(String[]::new)).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
      Resources resource = resourceOf(grant.getResourceType());
      if (resource == Resources.FILTER || (resource == Resources.TASK && !"*".equals(grant.getResourceId()))
          || (resource == Resources.GROUP && grant.getGroupId().equals(grant.getResourceId()))) {
        continue;
      }
      for (Permission permission : grant.getPermissions(configuration().getPermissionProvider().getPermissionsForResource(grant.getResourceType()))) {
        if (permission.getName().equals("NONE") || permission.getName().equals("ALL")) {
          continue;
        }
        String key = grant.getGroupId() + " " + resource.name() + " " + grant.getResourceId() + " " + permission.getName();
        if (!documented.contains(key)) {
          undocumented.add(key);
        }
      }
    }
    assertThat(undocumented).as("grants missing from docs/security.md").isEmpty();
  }

  @Test
  @DisplayName("A database an earlier version set up (case data on every definition, tasks without READ_VARIABLE) is narrowed at the next start")
  void earlierGrantsAreNarrowedAtStart() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    var grants = new AuthorizationGrants(authorizations);
    grants.grant("scr-manager", Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY);
    Authorization openTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    openTask.setGroupId("imr-author-police");
    openTask.setResource(Resources.TASK);
    openTask.setResourceId("task-opened-before-the-upgrade");
    openTask.addPermission(Permissions.READ);
    openTask.addPermission(Permissions.UPDATE);
    String taskGrant = authorizations.saveAuthorization(openTask).getId();
    try {
      assertThat(authorizations.isUserAuthorized(null, List.of("scr-manager"), Permissions.READ_HISTORY,
          Resources.PROCESS_DEFINITION, RoleGroupsPlugin.IMR)).as("the earlier grant").isTrue();

      new RoleGroupsPlugin().postProcessEngineBuild(engine);

      for (String key : RoleGroupsPlugin.PROCESS_KEYS) {
        boolean follows = !key.equals(RoleGroupsPlugin.IMR);
        assertThat(authorizations.isUserAuthorized(null, List.of("scr-manager"), Permissions.READ_HISTORY,
            Resources.PROCESS_DEFINITION, key)).as("manager's history of " + key).isEqualTo(follows);
        assertThat(authorizations.isUserAuthorized(null, List.of("scr-manager"), Permissions.READ_INSTANCE,
            Resources.PROCESS_DEFINITION, key)).as("manager's instances of " + key).isEqualTo(follows);
      }
      assertThat(authorizations.isUserAuthorized(null, List.of("scr-manager"), Permissions.READ,
          Resources.PROCESS_DEFINITION, RoleGroupsPlugin.IMR)).as("the model itself").isTrue();
      Authorization upgraded = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId("task-opened-before-the-upgrade").singleResult();
      assertThat(upgraded.isPermissionGranted(TaskPermissions.READ_VARIABLE)).as("its candidates keep the form").isTrue();
    } finally {
      authorizations.deleteAuthorization(taskGrant);
    }
  }

  private static Resources resourceOf(int type) {
    for (Resources resource : Resources.values()) {
      if (resource.resourceType() == type) {
        return resource;
      }
    }
    throw new IllegalArgumentException("resource type " + type);
  }

}
