package org.scrworkflow.security;

import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_HANDED_OVER_BY;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.scrworkflow.process.ScrFurtherReview;
import org.scrworkflow.process.SeriousCaseReview;
import org.springframework.stereotype.Component;

/**
 * One Camunda tenant per LSCB; a review and everything it starts (its IMRs, its publication, its decisions)
 * belongs to the tenant of the LSCB that opened it. The models are shared by every LSCB (deployed without a
 * tenant); each instance gets its tenant here, so the engine's tenant check keeps one LSCB's reviews out of
 * another's Tasklist, Cockpit and REST answers.
 *
 * <p>The tenant of a new instance, in order: the calling instance's (an IMR of a review); the single LSCB of the
 * user who opens it; of a user in several LSCBs, the one named as the child's home LSCB; with no user (a system
 * start), the home LSCB if it is a tenant. A referral handed over to its lead LSCB by the system starts the lead's
 * review in the lead's LSCB (G-4, R-1.3). A further review of a closed review takes the tenant of that review.
 * Otherwise none, which only administrators and users outside every LSCB
 * see. A case reference never chooses the tenant: references are each LSCB's own and may name another LSCB's case.
 */
@Component
class ReviewTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    DelegateExecution caller = context.getSuperExecution();
    if (caller != null) {
      return caller.getTenantId();
    }
    // a further review of a closed review (only the product starts one): the tenant of the review it follows, as the
    // engine recorded it
    Object followed = context.getVariables().get(ScrFurtherReview.REVIEW_FOLLOWED.name());
    if (followed instanceof String reviewId && ScrFurtherReview.KEY.equals(context.getProcessDefinition().getKey())) {
      return tenantOf(reviewId);
    }
    Object home = context.getVariables().get(RESIDENCE_LSCB.name());
    Authentication user = Context.getCommandContext().getAuthentication();
    // a referral handed to the lead LSCB by the LSCB that notified it (only the system hands over, G-4, R-1.3):
    // the lead's review belongs to the lead
    Object lead = context.getVariables().get(LEAD_LSCB.name());
    if ((user == null || user.getUserId() == null) && SeriousCaseReview.KEY.equals(context.getProcessDefinition()
        .getKey()) && context.getVariables().get(REFERRAL_HANDED_OVER_BY.name()) != null
        && lead instanceof String leadLscb && isTenant(leadLscb)) {
      return leadLscb;
    }
    if (user != null && user.getTenantIds() != null && !user.getTenantIds().isEmpty()) {
      List<String> tenants = user.getTenantIds();
      if (tenants.size() == 1) {
        return tenants.get(0);
      }
      return tenants.contains(home) ? (String) home : null;
    }
    if (home instanceof String lscb && isTenant(lscb)) {
      return lscb;
    }
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() == null ? null : context.getExecution().getTenantId();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  private static String tenantOf(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    return command.runWithoutAuthorization(() -> {
      var review = Context.getProcessEngineConfiguration().getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      return review == null ? null : review.getTenantId();
    });
  }

  private static boolean isTenant(String id) {
    CommandContext command = Context.getCommandContext();
    return command.runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getIdentityService().createTenantQuery().tenantId(id).count() > 0);
  }
}
