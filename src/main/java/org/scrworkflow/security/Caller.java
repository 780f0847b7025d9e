package org.scrworkflow.security;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is calling the application's own API (/api/*), as the authentication filter established it. */
@Component
public class Caller {

  private final IdentityService identity;

  Caller(IdentityService identity) {
    this.identity = identity;
  }

  public boolean authenticated() {
    return identity.getCurrentAuthentication() != null;
  }

  public String userId() {
    Authentication caller = identity.getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }

  /** Whether the caller belongs to at least one of these groups. */
  public boolean inAnyOf(Set<String> groups) {
    Authentication caller = identity.getCurrentAuthentication();
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(groups::contains);
  }
}
