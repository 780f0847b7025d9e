package org.scrworkflow.security;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * The LSCBs this deployment serves, each a Camunda tenant. Creating one is idempotent: the tenant, and the
 * membership of whichever users are named. Roles (chair, business manager...) stay global groups: a user is a
 * business manager and a member of one LSCB, and sees that LSCB's reviews only.
 */
@Component
public class Lscbs {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  private final ProcessEngine engine;

  Lscbs(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Creates the LSCB's tenant unless it exists; true when it was created now. */
  public boolean ensure(String id, String name) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("An LSCB id is 2 to 63 lower-case letters, digits and hyphens, e.g."
          + " \"lscb-northmoor\"; not \"" + id + "\"");
    }
    if (name == null || name.isBlank() || name.length() > 255) {
      throw new IllegalArgumentException("Give the LSCB a name (at most 255 characters)");
    }
    return system(() -> {
      IdentityService identity = engine.getIdentityService();
      if (identity.createTenantQuery().tenantId(id).count() > 0) {
        return false;
      }
      var tenant = identity.newTenant(id);
      tenant.setName(name);
      identity.saveTenant(tenant);
      return true;
    });
  }

  /** The LSCBs of this system by id, with their names, in id order. */
  public java.util.Map<String, String> all() {
    return system(() -> {
      java.util.Map<String, String> byId = new java.util.LinkedHashMap<>();
      engine.getIdentityService().createTenantQuery().orderByTenantId().asc().list()
          .forEach(tenant -> byId.put(tenant.getId(), tenant.getName()));
      return byId;
    });
  }

  /** Makes the user a member of the LSCB (idempotent). */
  public void addMember(String lscbId, String userId) {
    system(() -> {
      IdentityService identity = engine.getIdentityService();
      if (identity.createUserQuery().userId(userId).memberOfTenant(lscbId).count() == 0) {
        identity.createTenantUserMembership(lscbId, userId);
      }
      return null;
    });
  }

  private <T> T system(java.util.function.Supplier<T> work) {
    return AsTheApplication.run(engine, work);
  }
}
