package org.scrworkflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether the caller of /api may see a case at all: the case belongs to an LSCB (the tenant of its review) and
 * only that LSCB's members and administrators see it. A case the caller may not see answers as if it did not
 * exist (404), so its reference does not confirm that a review is held.
 */
@Component
public class CaseAccess {

  private final ProcessEngine engine;
  private final IdentityService identity;

  CaseAccess(ProcessEngine engine, IdentityService identity) {
    this.engine = engine;
    this.identity = identity;
  }

  public boolean maySee(String caseReference) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return false;
    }
    if (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    List<String> tenants = tenantsOfCase(caseReference);
    if (tenants.isEmpty() || tenants.contains(null)) {
      return true;
    }
    return caller.getTenantIds() != null && caller.getTenantIds().stream().anyMatch(tenants::contains);
  }

  /** The tenants of the process instances carrying the case reference, looked up without the caller's limits. */
  private List<String> tenantsOfCase(String caseReference) {
    return AsTheApplication.run(engine, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list().stream().map(instance -> instance.getTenantId())
        .distinct().toList());
  }
}
