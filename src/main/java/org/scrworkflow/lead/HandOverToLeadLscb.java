package org.scrworkflow.lead;

import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_HANDED_OVER_BY;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_HANDED_OVER_ON;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_HANDED_OVER_TO;
import static org.scrworkflow.process.SeriousCaseReview.RULES_IN_FORCE;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.stereotype.Component;

/**
 * "Hand the referral to the lead LSCB" (S-03, G-4, R-1.3; AT-05, AT-06): starts the lead LSCB's review with the
 * referral as this LSCB recorded it (message {@value #MESSAGE}, in the lead's LSCB, under the same case reference), with this LSCB among its partners, and copies the case's
 * identifying details to the lead's case in the identity vault, recorded as handed over by this LSCB. It runs as the
 * system (an asynchronous step), never as the person who confirmed the lead. The lead's review refuses a case
 * reference the lead already uses: the step then stops with an incident naming it, and nothing is handed over.
 */
@Component("handOverToLeadLscb")
class HandOverToLeadLscb implements JavaDelegate {

  /** The message of the start event "Referral handed over by another LSCB"; only this step sends it. */
  static final String MESSAGE = "ReferralHandedOver";

  private final IdentityVault vault;
  private final Deadlines deadlines;

  HandOverToLeadLscb(IdentityVault vault, Deadlines deadlines) {
    this.vault = vault;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String from = execution.getTenantId();
    String lead = LEAD_LSCB.from(execution);
    String reference = execution.getProcessBusinessKey();
    if (from == null || lead == null || lead.equals(from)) {
      throw new IllegalStateException("Only a referral held by one LSCB and led by another is handed over");
    }
    Map<String, Object> referral = new HashMap<>(execution.getVariables());
    // the lead's review records the rules in force when it starts, and who handed it over
    referral.remove(RULES_IN_FORCE.name());
    referral.remove(REFERRAL_HANDED_OVER_TO.name());
    referral.remove(REFERRAL_HANDED_OVER_ON.name());
    referral.put(REFERRAL_HANDED_OVER_BY.name(), from);
    referral.put(PARTNER_LSCBS.name(), partnersWith(PARTNER_LSCBS.from(execution), from, lead));
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByMessage(MESSAGE, reference, referral);
    CaseKey here = new CaseKey(from, reference);
    CaseKey there = new CaseKey(lead, reference);
    vault.detailsOf(here).forEach(detail -> vault.add(there, detail, "handed over by " + from));
    REFERRAL_HANDED_OVER_TO.on(execution, lead);
    REFERRAL_HANDED_OVER_ON.on(execution, deadlines.currentDate());
  }

  /** The partners as recorded, with the LSCB that hands over and without the lead, comma-separated. */
  static String partnersWith(String recorded, String handingOver, String lead) {
    Set<String> partners = new LinkedHashSet<>();
    if (recorded != null) {
      Arrays.stream(recorded.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(partners::add);
    }
    partners.add(handingOver);
    partners.remove(lead);
    return String.join(",", partners);
  }
}
