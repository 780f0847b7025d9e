package org.scrworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries, set before anything else runs so that refusals (401, 403, 404, 413) carry
 * them too.
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser never runs an uploaded document or a JSON answer as
 *       script or HTML.
 *   <li>Framing refused ({@code X-Frame-Options: DENY}, CSP {@code frame-ancestors 'none'}): no other site can
 *       show a review under a transparent frame and steer a click. It is the value the webapps' own
 *       Content-Security-Policy already says (camunda.bpm.webapp.header-security), so no response says two
 *       things; the webapps replace this CSP with their fuller one on their own paths.
 *   <li>{@code Cache-Control: no-store} and {@code Pragma: no-cache} on every answer that carries case data (the
 *       application's API, the engine's REST API and the webapps' API): no browser, shared machine or proxy keeps
 *       a copy. The webapps' static assets keep their caching. Camunda's CacheControlFilter would weaken this to
 *       {@code no-cache} on the webapps' API, so later writers cannot change these two headers there.
 * </ul>
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String FRAME_OPTIONS = "DENY";
  static final String FRAME_POLICY = "frame-ancestors 'none'";
  private static final Set<String> PINNED = Set.of("cache-control", "pragma", "expires");

  /** Path prefixes (after the context path) whose answers carry case data. */
  private final List<String> caseDataPaths;

  SecurityHeadersFilter(List<String> caseDataPaths) {
    this.caseDataPaths = List.copyOf(caseDataPaths);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", FRAME_OPTIONS);
    response.setHeader("Content-Security-Policy", FRAME_POLICY);
    if (!carriesCaseData(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    chain.doFilter(request, new NotCached(response));
  }

  private boolean carriesCaseData(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return caseDataPaths.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  /** The response with its caching headers fixed: later filters and resources cannot loosen them. */
  private static final class NotCached extends HttpServletResponseWrapper {

    NotCached(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!pinned(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!pinned(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!pinned(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!pinned(name)) {
        super.addDateHeader(name, date);
      }
    }

    private static boolean pinned(String name) {
      return name != null && PINNED.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
  }
}
