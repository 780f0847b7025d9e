package org.scrworkflow.notification;

import java.util.List;
import java.util.Map;
import org.scrworkflow.security.CaseAccess;
import org.scrworkflow.security.CaseAccess.Lookup;
import org.scrworkflow.security.CaseAccess.Reach;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of a case's notifications (R-3.4: who was told what, when, through which G-5 recipient): the LSCB's
 * business manager and chair and administrators, for a case of their own LSCB; another LSCB's case is a 404.
 */
@RestController
class NotificationRecordController {

  private final NotificationLog notifications;
  private final Caller caller;
  private final CaseAccess cases;

  NotificationRecordController(NotificationLog notifications, Caller caller, CaseAccess cases) {
    this.notifications = notifications;
    this.caller = caller;
    this.cases = cases;
  }

  @GetMapping({"/api/cases/{caseReference}/notifications", "/api/lscbs/{lscb}/cases/{caseReference}/notifications"})
  ResponseEntity<?> notifications(@PathVariable(required = false) String lscb, @PathVariable String caseReference) {
    Lookup lookup = cases.find(lscb, caseReference, Reach.LEAD);
    if (!(lookup instanceof Lookup.Found found)) {
      return CaseAccess.refusal(lookup, caseReference);
    }
    if (!caller.inAnyOf(Role.CASE_LEADS)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(
          Map.of("message", "Only the LSCB business manager and chair may read the notification record."));
    }
    List<NotificationRecord> sent = notifications.forCase(found.key());
    return ResponseEntity.ok(sent);
  }
}
