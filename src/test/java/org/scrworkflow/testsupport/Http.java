package org.scrworkflow.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The HTTP Basic header the tests send as a user, as Camunda's REST API and /api/* expect. */
public final class Http {

  private Http() {}

  /** The value of the Authorization header for that user and password. */
  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
