package org.scrworkflow.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST resources plus the application's exception mapping. */
@Component
class RestApiConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(RuleViolationExceptionMapper.class);
    register(RuleViolationExceptionMapper.FromRestException.class);
    register(RuleViolationExceptionMapper.FromEngineFault.class);
    register(RuleViolationExceptionMapper.FromRequestTooLarge.class);
  }
}
