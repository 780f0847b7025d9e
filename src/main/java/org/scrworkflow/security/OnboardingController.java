package org.scrworkflow.security;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Adds an LSCB or an agency to the deployment in one call each (administrators only). An LSCB: its tenant, and
 * its first members. An agency: its IMR-author and senior-manager groups, with Tasklist and the agency filters.
 * Roles are global groups, so a new LSCB's business manager is a user in the business-manager group and a
 * member of the new LSCB; the Tasklist filters are shared with the roles and show each user their LSCB only.
 */
@RestController
class OnboardingController {

  private static final java.util.regex.Pattern AGENCY_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  private final Lscbs lscbs;
  private final Caller caller;
  private final AgencyGroups agencies;
  private final ApplicationEventPublisher events;

  OnboardingController(Lscbs lscbs, Caller caller, AgencyGroups agencies, ApplicationEventPublisher events) {
    this.lscbs = lscbs;
    this.caller = caller;
    this.agencies = agencies;
    this.events = events;
  }

  /** {"id": "probation", "name": "Northmoor Probation Trust"}. */
  record NewAgency(String id, String name) {}

  @PostMapping("/api/admin/agencies")
  ResponseEntity<Map<String, Object>> createAgency(@RequestBody NewAgency agency) {
    if (!caller.inAnyOf(Set.of(Groups.CAMUNDA_ADMIN))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Only an administrator may add an agency."));
    }
    if (agency.id() == null || !AGENCY_ID.matcher(agency.id()).matches()) {
      return ResponseEntity.badRequest().body(Map.of("message", "An agency id is 2 to 40 lower-case letters,"
          + " digits and hyphens, e.g. \"probation\"; not \"" + agency.id() + "\""));
    }
    if (agency.name() == null || agency.name().isBlank() || agency.name().length() > 200) {
      return ResponseEntity.badRequest().body(Map.of("message", "Give the agency a name (at most 200 characters)"));
    }
    agencies.ensure(agency.id(), agency.name());
    java.util.List<String> groups = new java.util.ArrayList<>();
    for (AgencyRole role : AgencyRole.values()) {
      groups.add(role.groupId(agency.id()));
    }
    // the Tasklist filters are shared with the new groups by their owner (tasklist/TasklistFilters), in this call
    events.publishEvent(new AgencyAdded(agency.id()));
    return ResponseEntity.ok(Map.of("id", agency.id(), "groups", groups));
  }

  /** {"id": "lscb-southvale", "name": "Southvale LSCB", "members": ["southbusinessmanager"]}. */
  record NewLscb(String id, String name, java.util.List<String> members) {}

  @PostMapping("/api/admin/lscbs")
  ResponseEntity<Map<String, Object>> create(@RequestBody NewLscb lscb) {
    if (!caller.inAnyOf(Set.of(Groups.CAMUNDA_ADMIN))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Only an administrator may add an LSCB."));
    }
    boolean created;
    try {
      created = lscbs.ensure(lscb.id(), lscb.name());
      if (lscb.members() != null) {
        lscb.members().forEach(user -> lscbs.addMember(lscb.id(), user));
      }
    } catch (IllegalArgumentException | org.camunda.bpm.engine.ProcessEngineException e) {
      return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Map.of("id", lscb.id(), "created", created));
  }
}
