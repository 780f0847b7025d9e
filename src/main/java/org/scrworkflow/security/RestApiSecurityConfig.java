package org.scrworkflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API is open by default. Every call to it must authenticate with HTTP Basic against
 * Camunda's identity service, so that the engine's authorizations apply to the caller. The application's own
 * API (/api/*) also accepts a Tasklist or Cockpit login for reading.
 */
@Configuration(proxyBeanMethods = false)
class RestApiSecurityConfig {

  static final String REST_API_PATTERN = "/engine-rest/*";
  /** The application's own API (identity vault, later documents and reports). */
  static final String APP_API_PATTERN = "/api/*";
  static final String METRICS_PATTERN = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("scr-rest-api-authentication");
    registration.addUrlPatterns(REST_API_PATTERN);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
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
    registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<jakarta.servlet.Filter> metricsForAdministratorsOnly(
      org.camunda.bpm.engine.IdentityService identity) {
    jakarta.servlet.Filter onlyAdministrators = (request, response, chain) -> {
      var caller = identity.getCurrentAuthentication();
      if (caller == null || caller.getGroupIds() == null
          || !caller.getGroupIds().contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)) {
        ((jakarta.servlet.http.HttpServletResponse) response).sendError(403, "Metrics are for administrators.");
        return;
      }
      chain.doFilter(request, response);
    };
    var registration = new FilterRegistrationBean<>(onlyAdministrators);
    registration.setName("scr-metrics-administrators");
    registration.addUrlPatterns(METRICS_PATTERN);
    registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 5);
    return registration;
  }
}
