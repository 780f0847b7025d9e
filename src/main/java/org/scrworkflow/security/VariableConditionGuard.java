package org.scrworkflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * A variable's value used as a query condition answers "is it this?" without showing the value: a role that sees
 * reviews but not their variables (the managers) could read a decision's reasons letter by letter with
 * {@code decisionReasons_like_...}, since the engine checks the variable permissions when it returns variables,
 * not when it filters by them. This filter refuses such a condition (or a sorting by a variable) from a caller who
 * reads the instances or history of some process without reading its variables, on /engine-rest, the webapps'
 * engine API and Cockpit's own queries. Everyone else, administrators, chairs and business managers among them,
 * keeps searching by variables.
 */
final class VariableConditionGuard implements Filter {

  /** Query parameters and JSON members that hold variable conditions (in a query they are lists). */
  private static final Set<String> CONDITIONS =
      Set.of("variables", "processVariables", "taskVariables", "caseInstanceVariables");
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String REFUSAL = "Your role does not read the variables of these processes, so it cannot search or "
      + "sort by them.";

  private final ProcessEngine engine;

  VariableConditionGuard(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var http = (HttpServletRequest) request;
    boolean condition = inQueryString(http.getQueryString());
    ServletRequest forward = request;
    boolean json = http.getContentType() != null && http.getContentType().contains("json");
    if (!condition && json && ("POST".equals(http.getMethod()) || "PUT".equals(http.getMethod()))) {
      byte[] body = http.getInputStream().readAllBytes();
      condition = hasCondition(body);
      forward = new ReplayedBody(http, body);
    }
    if (condition && readsInstancesWithoutVariables(caller(http))) {
      var refusal = (HttpServletResponse) response;
      refusal.setStatus(403);
      refusal.setContentType("application/json");
      refusal.setCharacterEncoding(StandardCharsets.UTF_8.name());
      refusal.getWriter().write(JSON.createObjectNode().put("type", "AuthorizationException")
          .put("message", REFUSAL).toString());
      return;
    }
    chain.doFilter(forward, response);
  }

  /** Read from the query string itself: getParameter would consume a form body the API must still read. */
  static boolean inQueryString(String query) {
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String raw = equals < 0 ? pair : pair.substring(0, equals);
      String name;
      try {
        name = URLDecoder.decode(raw, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        name = raw; // the API answers a malformed query itself
      }
      if (CONDITIONS.contains(name) && equals >= 0 && !pair.substring(equals + 1).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A non-empty list of conditions, or a sorting by a variable, anywhere in the body (orQueries included). */
  static boolean hasCondition(byte[] body) {
    try {
      return body.length > 0 && hasCondition(JSON.readTree(body));
    } catch (IOException notJson) {
      return false; // the API answers a body it cannot read itself
    }
  }

  private static boolean hasCondition(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasCondition(element)) {
          return true;
        }
      }
      return false;
    }
    var fields = node.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      JsonNode value = field.getValue();
      // a list is a query's conditions; an object (start, complete, correlate) is a set of values to write
      if (CONDITIONS.contains(field.getKey()) && value.isArray() && !value.isEmpty()) {
        return true;
      }
      if ("sortBy".equals(field.getKey()) && value.asText().toLowerCase().contains("variable")) {
        return true;
      }
      if (hasCondition(value)) {
        return true;
      }
    }
    return false;
  }

  /** The caller: authenticated by the REST API's filter before this one, or logged in to the webapps. */
  private Authentication caller(HttpServletRequest request) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null) {
      return current;
    }
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (logins == null || !logins.hasAuthenticationForProcessEngine(engine.getName())) {
      return null;
    }
    if (!(logins.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication login)) {
      return null;
    }
    return new Authentication(login.getName(),
        login.getGroupIds() == null ? List.of() : List.copyOf(login.getGroupIds()),
        login.getTenantIds() == null ? List.of() : List.copyOf(login.getTenantIds()));
  }

  /** Whether the caller sees some process's instances or history without its variables. */
  private boolean readsInstancesWithoutVariables(Authentication caller) {
    if (caller == null || caller.getUserId() == null) {
      return false; // the API itself answers 401
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return false;
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> keys = AsTheApplication.run(engine, () -> engine.getRepositoryService()
        .createProcessDefinitionQuery().latestVersion().list().stream().map(ProcessDefinition::getKey).distinct()
        .toList());
    for (String key : keys) {
      if (lacks(authorizations, caller, groups, key, READ_INSTANCE, READ_INSTANCE_VARIABLE)
          || lacks(authorizations, caller, groups, key, READ_HISTORY, READ_HISTORY_VARIABLE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lacks(AuthorizationService authorizations, Authentication caller, List<String> groups,
      String key, Permission instances, Permission variables) {
    return authorizations.isUserAuthorized(caller.getUserId(), groups, instances, PROCESS_DEFINITION, key)
        && !authorizations.isUserAuthorized(caller.getUserId(), groups, variables, PROCESS_DEFINITION, key);
  }
}
