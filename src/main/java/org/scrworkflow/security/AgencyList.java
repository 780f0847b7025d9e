package org.scrworkflow.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The agency list: every agency a review may name as involved, each commissioned to write an IMR.
 * Its one source is the agencies onboarded in this system: an agency is on the list once it has its IMR-author and
 * senior-manager groups ({@link AgencyGroups#ensure}, through {@code POST /api/admin/agencies} or the demo set-up),
 * with the name it was given there. Not a configured list: an agency named in a review must have those groups, or
 * its IMR (candidate groups {@code senior-manager-<id>}, {@code imr-author-<id>}) would wait for nobody; a second
 * list would drift from the groups. A newly onboarded agency is on the list at once, without a form or a restart.
 */
@Component
public class AgencyList {

  private final ProcessEngine engine;

  AgencyList(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The agencies by id, with their names, in id order, whoever asks. */
  public Map<String, String> all() {
    return AsTheApplication.run(engine, () -> of(engine.getIdentityService()));
  }

  /**
   * The agencies the identity service holds: the agencies that have a group of every agency role. For code already
   * inside an engine command (the contract of a step), which reads it without the caller's authorizations.
   */
  public static Map<String, String> of(IdentityService identity) {
    Map<String, String> names = new TreeMap<>();
    Map<AgencyRole, Set<String>> byRole = new java.util.EnumMap<>(AgencyRole.class);
    for (AgencyRole role : AgencyRole.values()) {
      byRole.put(role, new java.util.HashSet<>());
    }
    for (Group group : identity.createGroupQuery().list()) {
      for (AgencyRole role : AgencyRole.values()) {
        String agency = role.agencyId(group.getId());
        if (agency != null) {
          byRole.get(role).add(agency);
          if (role == AgencyRole.IMR_AUTHOR) {
            names.put(agency, role.agencyName(group.getName()));
          }
        }
      }
    }
    return names.entrySet().stream().filter(agency -> byRole.values().stream().allMatch(ids ->
            ids.contains(agency.getKey())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }
}
