package org.scrworkflow.security;

import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRegister.RegisteredCase;
import org.scrworkflow.review.CaseRegister;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Which case a caller of /api means, and whether the caller may see it. A case is (LSCB, reference) and belongs
 * to the LSCB that holds its review: that LSCB's members and administrators see it. The partner LSCBs recorded at
 * S-02 (Confirm the lead and partner LSCBs) read its documents too ({@link Reach#DOCUMENTS}), but not its
 * identifying details, notification record or audit trail ({@link Reach#LEAD}). Nothing is granted for a
 * reference that names no registered review. A case the caller may not see is answered as if it did not exist
 * (404 for every role), so a reference never confirms that another LSCB holds a review.
 */
@Component
public class CaseAccess {

  /** How far into a case the caller needs to reach. */
  public enum Reach {
    /** Identifying details, notifications, the audit trail: the lead LSCB only. */
    LEAD,
    /** Documents: the lead LSCB and the partner LSCBs. */
    DOCUMENTS
  }

  /** The outcome of finding the case a caller names. */
  public sealed interface Lookup {
    /** The one case the caller may see. */
    record Found(CaseKey key) implements Lookup {}

    /** No case the caller may see: answer 404. */
    record NotFound() implements Lookup {}

    /** The reference names cases of several LSCBs the caller belongs to: the caller must name the LSCB. */
    record Ambiguous(List<String> lscbs) implements Lookup {}
  }

  private final ProcessEngine engine;
  private final IdentityService identity;
  private final CaseRegister register;

  CaseAccess(ProcessEngine engine, IdentityService identity, CaseRegister register) {
    this.engine = engine;
    this.identity = identity;
    this.register = register;
  }

  /**
   * The case with this reference that the caller may reach: in the LSCB named (the canonical URL
   * /api/lscbs/{lscb}/cases/{ref}), or, where no LSCB is named, among the caller's own LSCBs (and for
   * {@link Reach#DOCUMENTS} those it is a partner of).
   */
  public Lookup find(String lscb, String reference, Reach reach) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || reference == null) {
      return new Lookup.NotFound();
    }
    List<CaseKey> reachable = register.withReference(reference).stream().map(RegisteredCase::key)
        .filter(key -> lscb == null || lscb.equals(key.lscb()))
        .filter(key -> mayReach(caller, key, reach)).toList();
    if (reachable.isEmpty()) {
      return new Lookup.NotFound();
    }
    if (reachable.size() > 1) {
      List<CaseKey> own = reachable.stream().filter(key -> isMember(caller, key)).toList();
      if (own.size() == 1) {
        return new Lookup.Found(own.get(0));
      }
      return new Lookup.Ambiguous(reachable.stream().map(CaseKey::lscb).toList());
    }
    return new Lookup.Found(reachable.get(0));
  }

  /** Whether the caller may reach this case (a document's, say), which must be a registered review. */
  public boolean mayReach(CaseKey key, Reach reach) {
    Authentication caller = identity.getCurrentAuthentication();
    return caller != null && key != null && register.find(key).isPresent() && mayReach(caller, key, reach);
  }

  /** The answer to a caller whose case was not found (404) or is ambiguous (409 naming the LSCBs to choose from). */
  public static ResponseEntity<Map<String, Object>> refusal(Lookup lookup, String reference) {
    if (lookup instanceof Lookup.Ambiguous ambiguous) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "More than one of your LSCBs has a"
          + " case " + reference + " (" + String.join(", ", ambiguous.lscbs()) + "): name the LSCB, as in /api/lscbs/"
          + ambiguous.lscbs().get(0) + "/cases/" + reference + "/...", "lscbs", ambiguous.lscbs()));
    }
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "No case " + reference
        + " that you may read."));
  }

  private boolean mayReach(Authentication caller, CaseKey key, Reach reach) {
    if (isAdministrator(caller) || isMember(caller, key)) {
      return true;
    }
    return reach == Reach.DOCUMENTS && caller.getTenantIds() != null
        && partnersOf(key).stream().anyMatch(caller.getTenantIds()::contains);
  }

  private static boolean isMember(Authentication caller, CaseKey key) {
    return key.lscb() != null && caller.getTenantIds() != null && caller.getTenantIds().contains(key.lscb());
  }

  private static boolean isAdministrator(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  /**
   * The partner LSCBs the case's review records (comma-separated ids), and the lead LSCB where another LSCB leads
   * (a referral handed or sent to its lead: the lead may read what this LSCB recorded of it, G-4).
   */
  private List<String> partnersOf(CaseKey key) {
    return register.find(key).map(registered -> AsTheApplication.run(engine, () -> engine.getHistoryService()
            .createHistoricVariableInstanceQuery().processInstanceId(registered.processInstanceId())
            .variableNameIn(PARTNER_LSCBS.name(), LEAD_LSCB.name()).list().stream()
            .map(variable -> variable.getValue())
            .filter(String.class::isInstance)
            .flatMap(value -> Arrays.stream(((String) value).split(",")))
            .map(String::strip).filter(id -> !id.isEmpty()).toList()))
        .orElse(List.of());
  }
}
