package org.scrworkflow.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP as the tests' users send it: the Basic header of REST callers, or a webapp login's session. */
public final class Http {

  private Http() {}

  /** The value of the Authorization header for that user and password. */
  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A client holding the session of a user who logged in to Tasklist as a browser does: it fetches the page
   * (which sets the XSRF-TOKEN cookie), then posts the login form with that token.
   */
  public static HttpClient loggedInToTasklist(int port, String user, String password) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> login = tasklistLogin(client, port, user, password);
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " answered " + login.statusCode() + ": "
          + login.body());
    }
    return client;
  }

  /**
   * The Tasklist login page's answer to that user and password, as a browser gets it: the page first (which sets
   * the XSRF-TOKEN cookie in the client's cookie handler, a {@link CookieManager}), then the login form.
   */
  public static HttpResponse<String> tasklistLogin(HttpClient client, int port, String user, String password)
      throws Exception {
    String base = "http://localhost:" + port;
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    var cookies = (CookieManager) client.cookieHandler().orElseThrow();
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(c -> c.getValue()).findFirst().orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
            .header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Starts a review over REST as that demo user would (awareness and incident today), with the case reference as
   * business key; returns the engine's answer (200 with the instance, or the refusal).
   */
  public static HttpResponse<String> startReview(int port, String user, String caseReference) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/process-definition/key/serious-case-review/start"))
        .header("Authorization", basic(user, "Demo-Pass-2010")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(startBody(user, caseReference, ""))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Where the child of a test referral lives: the LSCB of the user who opens it, so that this LSCB leads (G-4) and
   * decides; an administrator, in no LSCB, names an LSCB that is none of this system's and so holds the review itself.
   */
  static String homeOf(String user) {
    if (user.startsWith("south")) {
      return "lscb-southvale";
    }
    return "admin".equals(user) ? "lscb-x" : "lscb-northmoor";
  }

  /**
   * The JSON of a review's start as {@link #startReview} sends it; {@code extraVariables} is appended to the
   * variables as is (",\"name\":{...}"), for a test that sends something more.
   */
  public static String startBody(String user, String caseReference, String extraVariables) {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    return "{\"businessKey\":\"" + caseReference + "\",\"variables\":{\"caseReference\":{\"value\":\""
        + caseReference + "\"},\"childPseudonym\":{\"value\":\"Child A\"},\"incidentType\":{\"value\":\"DEATH\"},"
        + "\"abuseOrNeglectKnownOrSuspected\":{\"value\":true},\"interagencyConcern\":{\"value\":true},"
        + "\"incidentDate\":{\"value\":\"" + today + "\"},\"awarenessDate\":{\"value\":\"" + today + "\"},"
        + "\"region\":{\"value\":\"LONDON\"},\"residenceLscb\":{\"value\":\"" + homeOf(user) + "\"},"
        + "\"lookedAfter\":{\"value\":false},"
        + "\"parallelProceedingsKnown\":{\"value\":false},"
        + "\"agenciesInvolved\":{\"value\":\"[\\\"police\\\",\\\"health\\\"]\",\"type\":\"Json\"},"
        + "\"referralSummary\":{\"value\":\"A child died at home; neglect is suspected.\"},"
        + "\"awarenessRecordedBy\":{\"value\":\"" + user + "\"}" + extraVariables + "}}";
  }
}
