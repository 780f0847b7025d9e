package org.scrworkflow.lead;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.scrworkflow.security.Lscbs;
import org.springframework.stereotype.Component;

/**
 * What the models ask about the lead LSCB, e.g. {@code ${leadLscbs.leadsHere(leadLscb)}}: whether the review's own
 * LSCB (its tenant, as the engine holds it) is the lead, and whether the lead uses this system.
 */
@Component("leadLscbs")
public class LeadLscbs {

  private final Lscbs lscbs;

  LeadLscbs(Lscbs lscbs) {
    this.lscbs = lscbs;
  }

  /**
   * Whether the LSCB that holds the running review leads it. A review no LSCB holds (started by an
   * administrator) and a review with no lead recorded are decided where they are.
   */
  public boolean leadsHere(String leadLscb) {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    String tenant = context == null ? null : context.getExecution().getTenantId();
    return tenant == null || leadLscb == null || leadLscb.isBlank() || tenant.equals(leadLscb);
  }

  /** Whether the LSCB is one of this system's (a tenant), rather than one of the other LSCBs of the LSCB list. */
  public boolean usesThisSystem(String lscb) {
    return lscb != null && lscbs.all().containsKey(lscb);
  }
}
