package org.scrworkflow.contract;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.review.CaseRegister;
import org.scrworkflow.security.AsTheApplication;
import org.scrworkflow.security.CaseAccess;
import org.scrworkflow.security.CaseAccess.Lookup;
import org.scrworkflow.security.CaseAccess.Reach;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A proposal to stand a review down, for people and systems that cannot send the engine's message themselves (Tasklist
 * has no way to): {@code POST /api/cases/{ref}/stand-down-proposal} with {@code {"standDownProposal": "..."}}. The
 * LSCB's business manager or chair, or an administrator, for a case of the caller's own LSCB (another LSCB's case is
 * a 404). The review's own contract checks what the proposal carries (propose-stand-down.form): a refusal is a 400
 * listing the problems by field. The chair then decides at "Decide whether to stand the review down".
 */
@RestController
class StandDownController {

  /** Who may propose: the LSCB's business manager and chair, and administrators. */
  static final Set<String> PROPOSERS = Set.of(Role.BUSINESS_MANAGER.groupId(), Role.LSCB_CHAIR.groupId(),
      Groups.CAMUNDA_ADMIN);
  /** The message the review's event sub-process starts on. */
  static final String MESSAGE = "StandDownProposed";

  private final ProcessEngine engine;
  private final CaseRegister register;
  private final Caller caller;
  private final CaseAccess cases;

  StandDownController(ProcessEngine engine, CaseRegister register, Caller caller, CaseAccess cases) {
    this.engine = engine;
    this.register = register;
    this.caller = caller;
    this.cases = cases;
  }

  @PostMapping({"/api/cases/{caseReference}/stand-down-proposal",
      "/api/lscbs/{lscb}/cases/{caseReference}/stand-down-proposal"})
  ResponseEntity<?> propose(@PathVariable(required = false) String lscb, @PathVariable String caseReference,
      @RequestBody(required = false) Map<String, Object> body) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    if (!(lookup instanceof Lookup.Found found)) {
      return CaseAccess.refusal(lookup, caseReference);
    }
    if (!caller.inAnyOf(PROPOSERS)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
          "Only the LSCB business manager or chair proposes to stand a review down."));
    }
    Object proposal = body == null ? null : body.get(SeriousCaseReview.STAND_DOWN_PROPOSAL.name());
    String processInstanceId = register.find(found.key()).map(CaseRegister.RegisteredCase::processInstanceId)
        .orElse(null);
    if (processInstanceId == null) {
      // never a message correlated by name alone: it could reach any LSCB's review
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "There is no review "
          + found.key().reference() + " in your LSCB."));
    }
    try {
      // who may propose was checked above, for this LSCB's case; the review's contract checks what it carries
      AsTheApplication.run(engine, () -> {
        var correlation = engine.getRuntimeService().createMessageCorrelation(MESSAGE)
            .processInstanceId(processInstanceId);
        if (proposal != null) {
          correlation.setVariableLocal(SeriousCaseReview.STAND_DOWN_PROPOSAL.name(), proposal);
        }
        return correlation.correlateWithResult();
      });
    } catch (MismatchingMessageCorrelationException ended) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "The review "
          + found.key().reference() + " has ended: there is nothing to stand down."));
    } catch (RuntimeException failed) {
      // the review's contract refused what the proposal carried (the engine may wrap it on the way out)
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        if (cause instanceof ContractViolation refused) {
          return ResponseEntity.badRequest().body(refused.body());
        }
      }
      throw failed;
    }
    return ResponseEntity.ok(Map.of("message", "The proposal to stand down " + found.key().reference()
        + " is with the LSCB chair, who decides at \"Decide whether to stand the review down\"."));
  }
}
