package org.scrworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Who calls the application's own API (/api/*): a person already logged in to Tasklist or Cockpit (the
 * webapps' session), for reading only, so that a link in a task form opens a document and a Cockpit plugin
 * reads its figures without a second login; anyone else, and every change, with HTTP Basic. Changes never
 * ride on the session cookie, so a page on another site cannot make them (no CSRF). The engine's
 * authentication filter then loads the user's current groups and tenants, so a group taken away applies at
 * the next request, not at the next login.
 */
public class SessionOrBasicAuthenticationProvider implements AuthenticationProvider {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && READING.contains(request.getMethod())) {
      String user = sessionUser(request, engine.getName());
      if (user != null) {
        return AuthenticationResult.successful(user);
      }
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }

  private static String sessionUser(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null || !authentications.hasAuthenticationForProcessEngine(engineName)) {
      return null;
    }
    return authentications.getAuthenticationForProcessEngine(engineName).getName();
  }
}
