package org.scrworkflow.contract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
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
 * Corrections of a review's values ({@link Corrections}): the LSCB's business manager, or an administrator, for a
 * case of the caller's own LSCB; another LSCB's case is a 404. The body is {@code {"field", "value", "reason"}};
 * a refusal is a 400 listing every problem by field, and nothing is changed.
 */
@RestController
class CorrectionController {

  /** Who corrects a review's record: its LSCB's business manager, and administrators. */
  static final Set<String> CORRECTORS = Set.of(Role.BUSINESS_MANAGER.groupId(), Groups.CAMUNDA_ADMIN);

  private final Corrections corrections;
  private final Caller caller;
  private final CaseAccess cases;

  CorrectionController(Corrections corrections, Caller caller, CaseAccess cases) {
    this.corrections = corrections;
    this.caller = caller;
    this.cases = cases;
  }

  @PostMapping({"/api/cases/{caseReference}/corrections", "/api/lscbs/{lscb}/cases/{caseReference}/corrections"})
  ResponseEntity<?> correct(@PathVariable(required = false) String lscb, @PathVariable String caseReference,
      @RequestBody(required = false) Map<String, Object> body) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    if (!(lookup instanceof Lookup.Found found)) {
      return CaseAccess.refusal(lookup, caseReference);
    }
    if (!caller.inAnyOf(CORRECTORS)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
          "Only the LSCB business manager corrects a review's record."));
    }
    Corrections.Request request = Corrections.Request.of(body == null ? Map.of() : body);
    try {
      corrections.correct(found.key(), request.field(), request.value(), request.reason());
    } catch (ContractViolation refused) {
      return ResponseEntity.badRequest().body(refused.body());
    }
    return ResponseEntity.ok(Map.of("message", "Corrected " + request.field() + " in " + found.key().reference()
        + "; the correction and its reason are in the case's audit trail.", "field", request.field(),
        "problems", List.of()));
  }
}
