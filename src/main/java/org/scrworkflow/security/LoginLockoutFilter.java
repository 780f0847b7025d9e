package org.scrworkflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tells a person why the Tasklist, Cockpit or Admin login refuses them when the engine throttles their account:
 * "wait N seconds", or "locked, ask your administrator". Camunda's login answers a bare 401 whatever the reason,
 * and the login page then shows "Login Failed: Wrong credentials, locked user or missing access rights"; it
 * shows the "message" of a JSON body instead, when there is one (webapps' login controller), so no page script
 * changes.
 *
 * <p>Least revealing: the message is given only when the login just failed <em>and</em> the account was already
 * locked or delayed before this attempt, that is, when the engine refused it without checking the password. A
 * wrong password itself still gets the bare "Login Failed"; a locked account gets the same message whether the
 * password typed was right or wrong. docs/security.md "Account lockout" states what it still reveals.
 */
class LoginLockoutFilter implements Filter {

  /** The webapps' login: POST {app path}/api/admin/auth/user/{engine}/login/{tasklist|cockpit|admin|welcome}. */
  private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");
  /** A login form is two short fields; more than this is not read here and passes on untouched. */
  private static final int FORM_LIMIT = 8 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AccountLockout lockout;

  LoginLockoutFilter(AccountLockout lockout) {
    this.lockout = lockout;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var http = (HttpServletRequest) request;
    if (!"POST".equals(http.getMethod()) || !LOGIN.matcher(http.getRequestURI()).matches()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] form = http.getInputStream().readNBytes(FORM_LIMIT);
    var replayed = new ReplayedBody(http, form);
    // the state before the attempt: a refusal now is the engine's throttling, not a verdict on the password
    Optional<AccountLockout.Lock> before = lockout.lockOf(username(form));
    if (before.isEmpty()) {
      chain.doFilter(replayed, response);
      return;
    }
    var answer = new RefusalHeld((HttpServletResponse) response);
    chain.doFilter(replayed, answer);
    if (!answer.refused || response.isCommitted()) {
      return;
    }
    var refused = (HttpServletResponse) response;
    refused.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    refused.setContentType("application/json");
    refused.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] body = JSON.createObjectNode()
        .put("type", before.get().permanent() ? "AccountLocked" : "LoginDelayed")
        .put("message", before.get().message(lockout.now()))
        .toString().getBytes(StandardCharsets.UTF_8);
    refused.setContentLength(body.length);
    refused.getOutputStream().write(body);
  }

  /**
   * Holds back the login's bare 401: Jersey answers a 401 without a body with sendError, which would commit the
   * response and render Spring Boot's error page (no message for the login page to show).
   */
  private static final class RefusalHeld extends HttpServletResponseWrapper {

    private boolean refused;

    RefusalHeld(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (status == SC_UNAUTHORIZED) {
        refused = true;
      } else if (message == null) {
        super.sendError(status);
      } else {
        super.sendError(status, message);
      }
    }

    @Override
    public void setStatus(int status) {
      refused = status == SC_UNAUTHORIZED;
      super.setStatus(status);
    }
  }

  /** The username field of the urlencoded login form, or null. */
  static String username(byte[] form) {
    for (String field : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
      int equals = field.indexOf('=');
      if (equals > 0 && "username".equals(field.substring(0, equals))) {
        try {
          return URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
          return null; // the login itself answers a form it cannot read
        }
      }
    }
    return null;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<Filter> loginLockoutMessages(AccountLockout lockout, CamundaBpmProperties camunda) {
      var registration = new FilterRegistrationBean<Filter>(new LoginLockoutFilter(lockout));
      registration.setName("scr-login-lockout-messages");
      registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
      return registration;
    }
  }
}
