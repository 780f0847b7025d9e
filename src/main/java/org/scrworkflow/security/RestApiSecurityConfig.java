package org.scrworkflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API is open by default. Every call to it must authenticate with HTTP Basic against
 * Camunda's identity service, so that the engine's authorizations apply to the caller. The application's own
 * API (/api/*) also accepts a Tasklist or Cockpit login for reading. Two filters close holes that the community
 * edition 7.24.0 leaves open: a published advisory and an or-query gap (docs/security.md, "Known engine
 * advisories"); a third keeps variable values out of the queries of roles that may not read them (docs/security.md,
 * "Engine history and variables").
 */
@Configuration(proxyBeanMethods = false)
class RestApiSecurityConfig {

  static final String REST_API_PATTERN = "/engine-rest/*";
  /** The application's own API (identity vault, later documents and reports). */
  static final String APP_API_PATTERN = "/api/*";
  static final String METRICS_PATTERN = "/actuator/prometheus";
  /** One mapper for the refusals and the or-query guard: thread-safe once configured. */
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("scr-rest-api-authentication");
    registration.addUrlPatterns(REST_API_PATTERN);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // before the filters that need the caller (variableConditionGuard)
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /**
   * A variable's value as a query condition, from a caller who sees the instances but may not read their variables
   * (the managers), is refused: see {@link VariableConditionGuard}.
   */
  @Bean
  FilterRegistrationBean<Filter> variableConditionGuard(org.camunda.bpm.engine.ProcessEngine engine,
      CamundaBpmProperties camunda) {
    var registration = new FilterRegistrationBean<Filter>(new VariableConditionGuard(engine));
    registration.setName("scr-variable-condition-guard");
    String webapps = camunda.getWebapp().getApplicationPath();
    registration.addUrlPatterns(REST_API_PATTERN, webapps + "/api/engine/*", webapps + "/api/cockpit/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
    return registration;
  }

  /** The application's own API also reads the webapps' login, for GET only (see the provider). */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> appApiAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("scr-app-api-authentication");
    registration.addUrlPatterns(APP_API_PATTERN);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SessionOrBasicAuthenticationProvider.class.getName());
    return registration;
  }

  /** The host's metrics: HTTP Basic, administrators only (401 anonymous, 403 anyone else). */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> metricsAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("scr-metrics-authentication");
    registration.addUrlPatterns(METRICS_PATTERN);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> metricsForAdministratorsOnly(
      org.camunda.bpm.engine.IdentityService identity) {
    Filter onlyAdministrators = (request, response, chain) -> {
      var caller = identity.getCurrentAuthentication();
      if (caller == null || caller.getGroupIds() == null
          || !caller.getGroupIds().contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)) {
        ((HttpServletResponse) response).sendError(403, "Metrics are for administrators.");
        return;
      }
      chain.doFilter(request, response);
    };
    var registration = new FilterRegistrationBean<>(onlyAdministrators);
    registration.setName("scr-metrics-administrators");
    registration.addUrlPatterns(METRICS_PATTERN);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
    return registration;
  }

  /**
   * CVE-2026-77226 (NVD: "Camunda 7.24.0 before 7.24.15"; patches after 7.24.0 are enterprise releases): the Admin
   * webapp's first-run setup creates an administrator for anyone, without a login, whenever no user is a direct
   * member of camunda-admin (7.24.0's SetupResource counts memberOfGroup("camunda-admin") users). This product
   * creates its administrator from configuration (AdminAccountPlugin), so the setup endpoint is closed for good.
   */
  @Bean
  FilterRegistrationBean<Filter> webappSetupClosed(CamundaBpmProperties camunda) {
    Filter closed = (request, response, chain) -> refuse((HttpServletResponse) response, 403, "Forbidden",
        "The first-run setup is closed: the administrator is created from SCR_ADMIN_USER and SCR_ADMIN_PASSWORD.");
    var registration = new FilterRegistrationBean<>(closed);
    registration.setName("scr-webapp-setup-closed");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Or-query expressions slip past the ad-hoc check in 7.24.0: the engine refuses expressions in a task query sent
   * over REST (enable-expressions-in-adhoc-queries: false), but its check (QueryValidators.AdhocQueryValidator)
   * reads only the top-level query's expressions, not those of its "orQueries", so any logged-in user could run an
   * expression, that is code, on the server. No published advisory for this was found (docs/security.md, "Known
   * engine advisories"). This filter refuses such a query on the REST API and on the webapps' engine API before
   * the engine reads it.
   */
  @Bean
  FilterRegistrationBean<Filter> orQueryExpressionGuard(CamundaBpmProperties camunda) {
    var registration = new FilterRegistrationBean<Filter>(new OrQueryExpressionGuard());
    registration.setName("scr-or-query-expression-guard");
    registration.addUrlPatterns(REST_API_PATTERN, camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  private static void refuse(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.createObjectNode().put("type", type).put("message", message).toString());
  }

  /** Reads the JSON body of a task query or filter request and refuses an expression inside "orQueries". */
  static final class OrQueryExpressionGuard implements Filter {

    /** Task queries (/task, /task/count, /history/task) and filters (/filter/create, /filter/{id}[/list|...]). */
    private static final Pattern QUERY_PATH =
        Pattern.compile(".*/(task(/count)?|filter/[^/]+(/(list|count|singleResult))?)");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      var http = (HttpServletRequest) request;
      boolean carriesQuery = ("POST".equals(http.getMethod()) || "PUT".equals(http.getMethod()))
          && QUERY_PATH.matcher(http.getRequestURI()).matches();
      if (!carriesQuery) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = http.getInputStream().readAllBytes();
      if (hasOrQueryExpression(body)) {
        refuse((HttpServletResponse) response, 400, "InvalidRequestException",
            "Expressions are not accepted in orQueries.");
        return;
      }
      chain.doFilter(new ReplayedBody(http, body), response);
    }

    static boolean hasOrQueryExpression(byte[] body) {
      try {
        return body.length > 0 && hasOrQueryExpression(JSON.readTree(body), false);
      } catch (IOException notJson) {
        return false; // the REST API answers a body it cannot read itself
      }
    }

    private static boolean hasOrQueryExpression(JsonNode node, boolean insideOrQueries) {
      if (node == null) {
        return false;
      }
      if (node.isArray()) {
        for (JsonNode element : node) {
          if (hasOrQueryExpression(element, insideOrQueries)) {
            return true;
          }
        }
        return false;
      }
      var fields = node.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        if (insideOrQueries && field.getKey().endsWith("Expression") && !field.getValue().isNull()) {
          return true;
        }
        if (hasOrQueryExpression(field.getValue(), insideOrQueries || "orQueries".equals(field.getKey()))) {
          return true;
        }
      }
      return false;
    }
  }
}
