package org.scrworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine checks on a real PostgreSQL with the production profile: no demo users, the administrator
 * from configuration.
 */
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "scr.admin.user-id=opsadmin",
      "scr.admin.password=Ops-Admin-Pass-2010",
      "scr.admin.email=opsadmin@example.invalid"
    })
@ActiveProfiles("postgres")
class PostgresEngineIntegrationTest extends EngineIntegrationChecks {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "scr_engine_checks");
  }

  @Override
  protected String[] adminCredentials() {
    return new String[] {"opsadmin", "Ops-Admin-Pass-2010"};
  }

  @Test
  @DisplayName("The production profile creates no demo users, only the configured administrator")
  void productionHasNoDemoUsers() {
    var users = engine.getIdentityService().createUserQuery().list();
    assertThat(users).extracting(User::getId).containsExactly("opsadmin");
    assertThat(engine.getIdentityService().createUserQuery().userId("opsadmin")
            .memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .isEqualTo(1);
  }
}
