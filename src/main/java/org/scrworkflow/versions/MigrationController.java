package org.scrworkflow.versions;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Groups;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving running reviews to a new process version: a dry run ({@code /plan}) and the run itself ({@code /run},
 * a batch). Only the policy team and administrators; 401 without a login, 403 for anyone else.
 */
@RestController
class MigrationController {

  static final Set<String> MIGRATORS = Set.of(Role.POLICY_TEAM.groupId(), Groups.CAMUNDA_ADMIN);

  private final ReviewMigrations migrations;
  private final Caller caller;

  MigrationController(ReviewMigrations migrations, Caller caller) {
    this.migrations = migrations;
    this.caller = caller;
  }

  @PostMapping("/api/policy/migrations/plan")
  ResponseEntity<?> plan(@RequestBody MigrationRequest request) {
    return asMigrator(() -> ResponseEntity.ok(migrations.plan(request)));
  }

  @PostMapping("/api/policy/migrations/run")
  ResponseEntity<?> run(@RequestBody MigrationRequest request) {
    return asMigrator(() -> ResponseEntity.ok(migrations.run(request, caller.userId())));
  }

  private ResponseEntity<?> asMigrator(Supplier<ResponseEntity<?>> answer) {
    if (!caller.authenticated()) {
      return message(HttpStatus.UNAUTHORIZED, "Log in to migrate reviews.");
    }
    if (!caller.inAnyOf(MIGRATORS)) {
      return message(HttpStatus.FORBIDDEN, "Only the policy team and administrators may migrate reviews.");
    }
    try {
      return answer.get();
    } catch (IllegalArgumentException e) {
      return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
