package org.scrworkflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's login throttling, as people see it. Camunda counts a user's wrong passwords: after each it refuses
 * every login for a growing delay (login-delay-*), and after login-max-attempts it refuses them for good, until an
 * administrator unlocks the account. While it refuses, it does not check the password at all, so telling the
 * person so says nothing about the password they typed.
 *
 * <p>Reads the engine's user entity (attempts and lock expiry are not on the public User interface) with the
 * engine's own rule (DbIdentityServiceProvider.isUserLocked) and the engine's clock.
 */
@Component
public class AccountLockout {

  private final ProcessEngine engine;

  AccountLockout(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * A refused account.
   *
   * @param userId the account
   * @param permanent locked until an administrator unlocks it
   * @param until the end of the delay; null when permanent
   * @param failedAttempts wrong passwords since the last successful login
   */
  public record Lock(String userId, boolean permanent, Instant until, int failedAttempts) {

    /** What the person trying to log in is told, in plain English. */
    public String message(Instant now) {
      if (permanent) {
        return "This account is locked after too many wrong passwords. Ask your LSCB's system administrator to"
            + " unlock it (Admin > Users > the user > Account > Unlock User).";
      }
      long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
      return "Too many wrong passwords: wait " + seconds + (seconds == 1 ? " second" : " seconds")
          + " and try again.";
    }
  }

  /** The account's lock or delay now, if the engine would refuse its login now; empty for an unknown user. */
  public Optional<Lock> lockOf(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return AsTheApplication.run(engine, () -> Optional.ofNullable(
        engine.getIdentityService().createUserQuery().userId(userId).singleResult()).flatMap(this::lockOf));
  }

  /** Every account the engine refuses now, by user id. */
  public List<Lock> locked() {
    return AsTheApplication.run(engine, () -> engine.getIdentityService().createUserQuery().list().stream()
        .map(this::lockOf).flatMap(Optional::stream).sorted(Comparator.comparing(Lock::userId)).toList());
  }

  /** Lifts the lock or delay and forgets the wrong passwords; false for an unknown user. */
  public boolean unlock(String userId) {
    return AsTheApplication.run(engine, () -> {
      if (engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
        return false;
      }
      engine.getIdentityService().unlockUser(userId);
      return true;
    });
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private Optional<Lock> lockOf(User user) {
    if (!(user instanceof UserEntity entity)) {
      return Optional.empty(); // an identity provider without throttling (none in this product)
    }
    int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
    if (entity.getAttempts() >= maxAttempts) {
      return Optional.of(new Lock(entity.getId(), true, null, entity.getAttempts()));
    }
    var expiry = entity.getLockExpirationTime();
    if (expiry != null && expiry.after(ClockUtil.getCurrentTime())) {
      return Optional.of(new Lock(entity.getId(), false, expiry.toInstant(), entity.getAttempts()));
    }
    return Optional.empty();
  }
}
