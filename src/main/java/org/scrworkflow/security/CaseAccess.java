package org.scrworkflow.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrworkflow.review.ReviewVariables;
import org.scrworkflow.review.SeriousCaseReview;
import org.springframework.stereotype.Component;

/**
 * Whether the caller of /api may see a case at all. A case belongs to its lead LSCB (the tenant of its review):
 * that LSCB's members and administrators see it. The partner LSCBs recorded at S-02 (Confirm the lead and
 * partner LSCBs) read its documents too ({@link #maySee}), but not its identifying details, notification record
 * or audit trail ({@link #isLeadLscbOf}); in Tasklist and Cockpit the engine's tenant check shows the review
 * to the lead LSCB only. A case the caller may not see answers as if it did not exist (404), so its reference
 * does not confirm that a review is held.
 */
@Component
public class CaseAccess {

  private final ProcessEngine engine;
  private final IdentityService identity;

  CaseAccess(ProcessEngine engine, IdentityService identity) {
    this.engine = engine;
    this.identity = identity;
  }

  /** The caller is an administrator or a member of the case's lead LSCB. */
  public boolean isLeadLscbOf(String caseReference) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return false;
    }
    if (isAdministrator(caller)) {
      return true;
    }
    List<String> tenants = tenantsOfCase(caseReference);
    if (tenants.isEmpty() || tenants.contains(null)) {
      return true;
    }
    return caller.getTenantIds() != null && caller.getTenantIds().stream().anyMatch(tenants::contains);
  }

  /** The caller's LSCB leads the case or is one of its partner LSCBs. */
  public boolean maySee(String caseReference) {
    if (isLeadLscbOf(caseReference)) {
      return true;
    }
    Authentication caller = identity.getCurrentAuthentication();
    return caller != null && caller.getTenantIds() != null
        && partnersOf(caseReference).stream().anyMatch(caller.getTenantIds()::contains);
  }

  private static boolean isAdministrator(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  /** The tenants of the process instances carrying the case reference, looked up without the caller's limits. */
  private List<String> tenantsOfCase(String caseReference) {
    return AsTheApplication.run(engine, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list().stream().map(instance -> instance.getTenantId())
        .distinct().toList());
  }

  /** The partner LSCBs the review records (comma-separated ids). */
  private List<String> partnersOf(String caseReference) {
    return AsTheApplication.run(engine, () -> {
      var history = engine.getHistoryService();
      var reviews = history.createHistoricProcessInstanceQuery().processDefinitionKey(SeriousCaseReview.PROCESS_KEY)
          .processInstanceBusinessKey(caseReference).list();
      return reviews.stream()
          .flatMap(review -> history.createHistoricVariableInstanceQuery().processInstanceId(review.getId())
              .variableName(ReviewVariables.PARTNER_LSCBS).list().stream())
          .map(variable -> variable.getValue())
          .filter(String.class::isInstance)
          .flatMap(value -> Arrays.stream(((String) value).split(",")))
          .map(String::strip).filter(id -> !id.isEmpty()).toList();
    });
  }
}
