package org.scrworkflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

@H2DemoApplicationTest
class DemoIdentityTest {

  @Autowired DemoIdentity demoIdentity;
  @Autowired DemoProperties demo;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @Test
  @DisplayName("Every demo user logs in with the README's password and may open Tasklist")
  void everyDemoUserCanLogInToTasklist() {
    for (DemoIdentity.DemoUser user : demoIdentity.users()) {
      assertThat(identity.checkPassword(user.id(), demo.password())).as(user.id()).isTrue();
      List<String> groups =
          identity.createGroupQuery().groupMember(user.id()).list().stream().map(Group::getId).toList();
      assertThat(groups).as(user.id()).contains(user.groupId());
      assertThat(authorizations.isUserAuthorized(user.id(), groups, ACCESS, APPLICATION, "tasklist"))
          .as(user.id() + " may open Tasklist")
          .isTrue();
    }
  }

  @Test
  @DisplayName("Managers and the LSCB chair may open Cockpit; IMR authors may not")
  void cockpitIsForManagersNotAgencies() {
    assertThat(mayOpen("manager", "cockpit")).isTrue();
    assertThat(mayOpen("chair", "cockpit")).isTrue();
    assertThat(mayOpen("policeimr", "cockpit")).isFalse();
    assertThat(mayOpen("healthsenior", "cockpit")).isFalse();
  }

  @Test
  @DisplayName("README.md lists every demo user and the demo password")
  void readmeListsEveryDemoUser() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains(demo.password());
    for (DemoIdentity.DemoUser user : demoIdentity.users()) {
      assertThat(readme).as("README lists " + user.id()).contains("`" + user.id() + "`");
    }
  }

  private boolean mayOpen(String userId, String application) {
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return authorizations.isUserAuthorized(userId, groups, ACCESS, APPLICATION, application);
  }
}
