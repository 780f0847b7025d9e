package org.scrworkflow.contract;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.security.AsTheApplication;
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
  private final CaseActions actions;

  StandDownController(ProcessEngine engine, CaseActions actions) {
    this.engine = engine;
    this.actions = actions;
  }

  @PostMapping({"/api/cases/{caseReference}/stand-down-proposal",
      "/api/lscbs/{lscb}/cases/{caseReference}/stand-down-proposal"})
  ResponseEntity<?> propose(@PathVariable(required = false) String lscb, @PathVariable String caseReference,
      @RequestBody(required = false) Map<String, Object> body) {
    // never a message correlated by name alone: it could reach any LSCB's review
    CaseActions.Reached reached = actions.reach(lscb, caseReference, PROPOSERS,
        "Only the LSCB business manager or chair proposes to stand a review down.");
    if (!(reached instanceof CaseActions.Reached.Review review)) {
      return ((CaseActions.Reached.Refused) reached).response();
    }
    Object proposal = body == null ? null : body.get(SeriousCaseReview.STAND_DOWN_PROPOSAL.name());
    String processInstanceId = review.processInstanceId();
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
          + review.key().reference() + " has ended: there is nothing to stand down."));
    } catch (RuntimeException failed) {
      // the review's contract refused what the proposal carried (the engine may wrap it on the way out)
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        if (cause instanceof ContractViolation refused) {
          return ResponseEntity.badRequest().body(refused.body());
        }
      }
      throw failed;
    }
    return ResponseEntity.ok(Map.of("message", "The proposal to stand down " + review.key().reference()
        + " is with the LSCB chair, who decides at \"Decide whether to stand the review down\"."));
  }
}
