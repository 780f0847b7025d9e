package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' login over real HTTP, as the login page posts it, for a user made here (not a demo user other
 * tests log in as). The engine's clock is held still, and moved past each delay, so the delays (3, 6, 12... up
 * to 60 seconds) are exact and the test does not wait for them.
 */
@H2DemoApplicationTest
class AccountLockoutTest {

  private static final String PASSWORD = "Fictional-Pass-2012";
  private static final String WRONG = "Not-The-Pass-2012";
  private static final String LOCKED = "This account is locked after too many wrong passwords. Ask your LSCB's system"
      + " administrator to unlock it (Admin > Users > the user > Account > Unlock User).";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger USERS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  String user;
  Instant clock = Instant.parse("2012-03-05T10:00:00Z");

  @BeforeEach
  void aFreshPanelMember() {
    user = "lockouttest" + USERS.incrementAndGet();
    User account = identity.newUser(user);
    account.setFirstName("Lockout");
    account.setLastName("Test");
    account.setEmail(user + "@test.scr-workflow.invalid");
    account.setPassword(PASSWORD);
    identity.saveUser(account);
    identity.createMembership(user, "scr-panel");
    identity.createTenantUserMembership("lscb-northmoor", user);
    ClockUtil.setCurrentTime(Date.from(clock));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    identity.deleteUser(user);
  }

  @Test
  @DisplayName("A wrong password, then the right one inside the delay: 'wait 3 seconds', never 'Login failed' alone")
  void theRightPasswordInsideTheDelayIsToldToWait() throws Exception {
    var wrong = login(user, WRONG);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).as("a wrong password is only a failed login").doesNotContain("wrong passwords");

    var right = login(user, PASSWORD);
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(message(right)).isEqualTo("Too many wrong passwords: wait 3 seconds and try again.");
    var wrongAgain = login(user, WRONG);
    assertThat(message(wrongAgain)).as("the same answer whatever the password").isEqualTo(message(right));

    advance(2);
    assertThat(message(login(user, PASSWORD))).isEqualTo("Too many wrong passwords: wait 1 second and try again.");
    advance(2);
    assertThat(login(user, PASSWORD).statusCode()).as("after the delay the right password logs in").isEqualTo(200);
  }

  @Test
  @DisplayName("Ten wrong passwords lock the account: the right one is told 'locked, ask your administrator'")
  void tenWrongPasswordsLockTheAccount() throws Exception {
    for (int attempt = 1; attempt <= 10; attempt++) {
      var wrong = login(user, WRONG);
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).as("attempt " + attempt + " is refused for its password").doesNotContain("wrong passwords");
      advance(61); // past the longest delay (login-delay-max-time: 60)
    }
    var right = login(user, PASSWORD);
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(message(right)).isEqualTo(LOCKED);
    advance(24 * 3600);
    assertThat(message(login(user, PASSWORD))).as("still locked a day later").isEqualTo(LOCKED);
    assertThat(message(login(user, WRONG))).as("the same answer whatever the password").isEqualTo(LOCKED);
  }

  @Test
  @DisplayName("Administrators see locked and delayed accounts and unlock one; the user then logs in")
  void administratorsSeeAndUnlock() throws Exception {
    String delayed = user;
    login(delayed, WRONG);
    aFreshPanelMember();
    String locked = user;
    for (int attempt = 1; attempt <= 10; attempt++) {
      login(locked, WRONG);
      advance(61);
    }
    login(delayed, WRONG); // its delay began 10 minutes ago and ended: a new one, now 6 seconds

    var list = get("admin", "/api/admin/locked-accounts");
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode accounts = JSON.readTree(list.body());
    JsonNode lockedOne = find(accounts, locked);
    assertThat(lockedOne.path("locked").asBoolean()).isTrue();
    assertThat(lockedOne.path("until").isNull()).isTrue();
    assertThat(lockedOne.path("failedAttempts").asInt()).isEqualTo(10);
    JsonNode delayedOne = find(accounts, delayed);
    assertThat(delayedOne.path("locked").asBoolean()).isFalse();
    assertThat(delayedOne.path("until").asText()).isEqualTo(clock.plusSeconds(6).toString());
    assertThat(accounts.findValuesAsText("userId")).doesNotContain("admin", "chair");

    var unlock = post("admin", "/api/admin/locked-accounts/" + locked + "/unlock");
    assertThat(unlock.statusCode()).as(unlock.body()).isEqualTo(200);
    assertThat(login(locked, PASSWORD).statusCode()).as("unlocked, the right password logs in").isEqualTo(200);
    assertThat(JSON.readTree(get("admin", "/api/admin/locked-accounts").body()).findValuesAsText("userId"))
        .doesNotContain(locked).contains(delayed);
    assertThat(post("admin", "/api/admin/locked-accounts/nosuchuser/unlock").statusCode()).isEqualTo(404);
    identity.deleteUser(delayed);
  }

  @Test
  @DisplayName("Only administrators: 401 without a login, 403 for anyone else, and the account stays locked")
  void othersAreRefused() throws Exception {
    for (int attempt = 1; attempt <= 10; attempt++) {
      login(user, WRONG);
      advance(61);
    }
    assertThat(get(null, "/api/admin/locked-accounts").statusCode()).isEqualTo(401);
    assertThat(get("businessmanager", "/api/admin/locked-accounts").statusCode()).isEqualTo(403);
    assertThat(get("manager", "/api/admin/locked-accounts").body()).doesNotContain(user);
    assertThat(post(null, "/api/admin/locked-accounts/" + user + "/unlock").statusCode()).isEqualTo(401);
    var refused = post("chair", "/api/admin/locked-accounts/" + user + "/unlock");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Only an administrator");
    assertThat(message(login(user, PASSWORD))).isEqualTo(LOCKED);
  }

  @Test
  @DisplayName("An unknown user id is only ever 'Login failed': no lock is told for an account that does not exist")
  void unknownUsersAreNeverToldOfALock() throws Exception {
    for (int attempt = 1; attempt <= 3; attempt++) {
      var refused = login("nosuchperson", WRONG);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).doesNotContain("wrong passwords").doesNotContain("locked");
    }
  }

  void advance(long seconds) {
    clock = clock.plusSeconds(seconds);
    ClockUtil.setCurrentTime(Date.from(clock));
  }

  /** Posts the login form as the Tasklist login page does (its XSRF token first). */
  HttpResponse<String> login(String userId, String password) throws Exception {
    return Http.tasklistLogin(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), port, userId,
        password);
  }


  /** The message the login page shows under "Login Failed". */
  static String message(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(response.body()).path("message").asText();
  }

  static JsonNode find(JsonNode accounts, String userId) {
    for (JsonNode account : accounts) {
      if (userId.equals(account.path("userId").asText())) {
        return account;
      }
    }
    throw new AssertionError(userId + " is not listed in " + accounts);
  }

  HttpResponse<String> get(String caller, String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (caller != null) {
      request.header("Authorization", Http.basic(caller, "Demo-Pass-2010"));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String caller, String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .POST(HttpRequest.BodyPublishers.noBody());
    if (caller != null) {
      request.header("Authorization", Http.basic(caller, "Demo-Pass-2010"));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
