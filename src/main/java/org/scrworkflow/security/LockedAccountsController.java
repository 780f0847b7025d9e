package org.scrworkflow.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts the engine refuses after wrong passwords, and unlocking one (administrators only). Anyone who knows
 * a user id can lock that account by typing wrong passwords, so the administrators need to see who is locked out
 * and let them back in without waiting for a call (docs/security.md "Account lockout").
 */
@RestController
class LockedAccountsController {

  private final AccountLockout lockout;
  private final Caller caller;

  LockedAccountsController(AccountLockout lockout, Caller caller) {
    this.lockout = lockout;
    this.caller = caller;
  }

  /** [{"userId":"chair","locked":true,"until":null,"failedAttempts":10}, ...]; until is when a delay ends. */
  @GetMapping("/api/admin/locked-accounts")
  ResponseEntity<?> list() {
    if (!caller.inAnyOf(Set.of(Groups.CAMUNDA_ADMIN))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Only an administrator may see locked accounts."));
    }
    List<Map<String, Object>> accounts = lockout.locked().stream().map(lock -> {
      Map<String, Object> account = new LinkedHashMap<>();
      account.put("userId", lock.userId());
      account.put("locked", lock.permanent());
      account.put("until", lock.until() == null ? null : lock.until().toString());
      account.put("failedAttempts", lock.failedAttempts());
      return account;
    }).toList();
    return ResponseEntity.ok(accounts);
  }

  @PostMapping("/api/admin/locked-accounts/{userId}/unlock")
  ResponseEntity<Map<String, Object>> unlock(@PathVariable String userId) {
    if (!caller.inAnyOf(Set.of(Groups.CAMUNDA_ADMIN))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Only an administrator may unlock an account."));
    }
    if (!lockout.unlock(userId)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "No user " + userId + "."));
    }
    return ResponseEntity.ok(Map.of("userId", userId, "unlocked", true));
  }
}
