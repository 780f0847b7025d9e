package org.scrworkflow.versions;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a deployment changed ({@code GET /api/policy/deployments/{id}/changes}, JSON; {@code .../changes.md}, the
 * same as Markdown): for the policy team, administrators and managers. 401 without a login, 403 for others, 404
 * for an unknown deployment.
 */
@RestController
class DeploymentChangesController {

  static final Set<String> READERS = Set.of(Role.POLICY_TEAM.groupId(), Groups.CAMUNDA_ADMIN, Role.MANAGER.groupId());
  static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown; charset=UTF-8");

  private final ModelChangeReports reports;
  private final Caller caller;

  DeploymentChangesController(ModelChangeReports reports, Caller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @GetMapping("/api/policy/deployments/{deploymentId}/changes")
  ResponseEntity<?> changes(@PathVariable String deploymentId) {
    ResponseEntity<?> refused = refused();
    if (refused != null) {
      return refused;
    }
    return reports.of(deploymentId).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> notFound(deploymentId));
  }

  @GetMapping("/api/policy/deployments/{deploymentId}/changes.md")
  ResponseEntity<?> markdown(@PathVariable String deploymentId) {
    ResponseEntity<?> refused = refused();
    if (refused != null) {
      return refused;
    }
    return reports.of(deploymentId).<ResponseEntity<?>>map(report -> ResponseEntity.ok().contentType(MARKDOWN)
            .body(ChangeReportMarkdown.render("Deployment \"" + report.deploymentName() + "\" (" + report.deploymentId()
                + ", " + report.deployedAt() + ")", report.models())))
        .orElseGet(() -> notFound(deploymentId));
  }

  private ResponseEntity<?> refused() {
    if (!caller.authenticated()) {
      return message(HttpStatus.UNAUTHORIZED, "Log in to read what a deployment changed.");
    }
    if (!caller.inAnyOf(READERS)) {
      return message(HttpStatus.FORBIDDEN,
          "Only the policy team, managers and administrators may read what a deployment changed.");
    }
    return null;
  }

  private static ResponseEntity<?> notFound(String deploymentId) {
    return message(HttpStatus.NOT_FOUND, "No deployment " + deploymentId + ".");
  }

  private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
