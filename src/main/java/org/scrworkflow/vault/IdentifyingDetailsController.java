package org.scrworkflow.vault;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.scrworkflow.security.CaseAccess;
import org.scrworkflow.security.CaseAccess.Lookup;
import org.scrworkflow.security.CaseAccess.Reach;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-2.2: the only way identifying details enter the system. Callers authenticate with HTTP Basic (the
 * filter on /api/*); only the LSCB business manager, the chair and administrators may record or read them, and
 * only for a review of their own LSCB that exists (another LSCB's case, or a reference without a review, is 404).
 * Values are never logged.
 */
@RestController
@RequestMapping({"/api/cases/{caseReference}/identifying-details",
    "/api/lscbs/{lscb}/cases/{caseReference}/identifying-details"})
class IdentifyingDetailsController {

  private static final Pattern CASE_REFERENCE = Pattern.compile("CR-[0-9]{3,8}");
  private static final int MAX_LENGTH = 500;

  private final IdentityVault vault;
  private final Caller caller;
  private final CaseAccess cases;

  IdentifyingDetailsController(IdentityVault vault, Caller caller, CaseAccess cases) {
    this.vault = vault;
    this.caller = caller;
    this.cases = cases;
  }

  /** The body of a POST: {"kind": "NAME", "value": "..."}. */
  record NewDetail(String kind, String value) {}

  @PostMapping
  ResponseEntity<Map<String, Object>> add(@PathVariable(required = false) String lscb,
      @PathVariable String caseReference, @RequestBody NewDetail detail) {
    if (!CASE_REFERENCE.matcher(caseReference).matches()) {
      return bad("The case reference '" + caseReference + "' is not of the form CR-1101.");
    }
    // a detail is recorded for a review that exists in the caller's LSCB, never for a reference alone
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    if (!(lookup instanceof Lookup.Found found)) {
      return CaseAccess.refusal(lookup, caseReference);
    }
    if (!caller.inAnyOf(Role.CASE_LEADS)) {
      return forbidden();
    }
    IdentifierKind kind;
    try {
      kind = IdentifierKind.valueOf(String.valueOf(detail.kind()).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return bad("The kind '" + detail.kind() + "' is not one of " + List.of(IdentifierKind.values()) + ".");
    }
    if (detail.value() == null || detail.value().isBlank()) {
      return bad("The value is empty.");
    }
    if (detail.value().length() > MAX_LENGTH) {
      return bad("The value is longer than " + MAX_LENGTH + " characters.");
    }
    vault.add(found.key(), new IdentifyingDetail(kind, detail.value()), caller.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseReference", caseReference, "kind", kind.name()));
  }

  @GetMapping
  ResponseEntity<?> list(@PathVariable(required = false) String lscb, @PathVariable String caseReference) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    if (!(lookup instanceof Lookup.Found found)) {
      return CaseAccess.refusal(lookup, caseReference);
    }
    if (!caller.inAnyOf(Role.CASE_LEADS)) {
      return forbidden();
    }
    return ResponseEntity.ok(vault.detailsOf(found.key()));
  }

  private static ResponseEntity<Map<String, Object>> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Map.of("message", "Only the LSCB business manager and chair may use the identity vault."));
  }

  private static ResponseEntity<Map<String, Object>> bad(String message) {
    return ResponseEntity.badRequest().body(Map.of("message", message));
  }
}
