package org.scrworkflow.audit;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.security.CaseAccess;
import org.scrworkflow.security.CaseAccess.Lookup;
import org.scrworkflow.security.CaseAccess.Reach;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of a case as JSON or CSV: the LSCB's business manager and chair, and administrators. */
@RestController
class AuditTrailController {

  private final AuditTrail trail;
  private final Caller caller;
  private final CaseAccess cases;

  AuditTrailController(AuditTrail trail, Caller caller, CaseAccess cases) {
    this.trail = trail;
    this.caller = caller;
    this.cases = cases;
  }

  @GetMapping({"/api/cases/{caseReference}/audit", "/api/lscbs/{lscb}/cases/{caseReference}/audit"})
  ResponseEntity<?> json(@PathVariable(required = false) String lscb, @PathVariable String caseReference) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    ResponseEntity<?> refusal = refusal(lookup, caseReference);
    return refusal != null ? refusal : ResponseEntity.ok(trail.of(((Lookup.Found) lookup).key()));
  }

  @GetMapping({"/api/cases/{caseReference}/audit.csv", "/api/lscbs/{lscb}/cases/{caseReference}/audit.csv"})
  ResponseEntity<?> csv(@PathVariable(required = false) String lscb, @PathVariable String caseReference) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    ResponseEntity<?> refusal = refusal(lookup, caseReference);
    if (refusal != null) {
      return refusal;
    }
    CaseKey key = ((Lookup.Found) lookup).key();
    String body = Stream.concat(
            Stream.of("at,user,kind,what,detail,process,process_instance_id"),
            trail.of(key).stream().map(e -> Stream.of(e.at().toString(), e.user(), e.kind(), e.what(),
                e.detail(), e.process(), e.processInstanceId()).map(AuditTrailController::cell)
                .collect(Collectors.joining(","))))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(caseReference + "-audit.csv").build().toString())
        .body(body);
  }

  /** Another LSCB's case is a 404 for every role; a role of the case's own LSCB that may not read it, a 403. */
  private ResponseEntity<?> refusal(Lookup lookup, String caseReference) {
    if (!(lookup instanceof Lookup.Found)) {
      return CaseAccess.refusal(lookup, caseReference);
    }
    if (!caller.inAnyOf(Role.CASE_LEADS)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Only the LSCB business manager and chair may read a case's audit trail."));
    }
    return null;
  }

  /** RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

}
