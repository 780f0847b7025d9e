package org.scrworkflow.contract;

import java.util.Map;
import java.util.Set;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRegister;
import org.scrworkflow.security.CaseAccess;
import org.scrworkflow.security.CaseAccess.Lookup;
import org.scrworkflow.security.CaseAccess.Reach;
import org.scrworkflow.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every action on a case through the application checks first, in this order: the case is one of the caller's
 * own LSCB (another LSCB's case is a 404, as if it did not exist), the caller has one of the roles the action needs
 * (403, in one sentence), and the case has a registered review (404). The review is then the engine's own record for
 * (LSCB, reference), never one found by a value the caller sent.
 */
@Component
public class CaseActions {

  private final CaseAccess cases;
  private final Caller caller;
  private final CaseRegister register;

  CaseActions(CaseAccess cases, Caller caller, CaseRegister register) {
    this.cases = cases;
    this.caller = caller;
    this.register = register;
  }

  /** The outcome of the checks: the review to act on, or the answer that refuses the action. */
  public sealed interface Reached {
    /** The caller may act on this review. */
    record Review(CaseKey key, String processInstanceId) implements Reached {}

    /** The answer to give instead. */
    record Refused(ResponseEntity<?> response) implements Reached {}
  }

  /**
   * @param roles the groups that may take the action
   * @param whoMay the refusal's sentence for anyone else, e.g. "Only the LSCB business manager or chair ..."
   */
  public Reached reach(String lscb, String caseReference, Set<String> roles, String whoMay) {
    return reach(lscb, caseReference, roles, whoMay, true);
  }

  /**
   * The same for an action open to every member of the case's LSCB, whatever their role (reading the review's page):
   * what each role then sees is for the caller of this method to narrow.
   */
  public Reached reachAsMember(String lscb, String caseReference) {
    return reach(lscb, caseReference, Set.of(), null, false);
  }

  private Reached reach(String lscb, String caseReference, Set<String> roles, String whoMay, boolean checkRole) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    if (!(lookup instanceof Lookup.Found found)) {
      return new Reached.Refused(CaseAccess.refusal(lookup, caseReference));
    }
    if (checkRole && !caller.inAnyOf(roles)) {
      return new Reached.Refused(ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", whoMay)));
    }
    return register.find(found.key())
        .<Reached>map(registered -> new Reached.Review(found.key(), registered.processInstanceId()))
        .orElseGet(() -> new Reached.Refused(ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
            "There is no review " + found.key().reference() + " in your LSCB."))));
  }
}
