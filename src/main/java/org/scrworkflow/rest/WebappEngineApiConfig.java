package org.scrworkflow.rest;

import jakarta.servlet.ServletContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tasklist and Cockpit call the engine through the webapps' own Jersey application ({@code /camunda/api/engine},
 * {@link EngineRestApplication}), not through /engine-rest, so {@link RestApiConfig}'s exception mapping does not
 * reach them: a race on a task submitted from Tasklist would still be a 500 naming an engine entity. Camunda's
 * webapp initializer registers that application as the servlet "Engine Api" only when no servlet of that name
 * exists yet; this initializer runs first and registers the same application with the mapping added.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApiConfig {

  /** The servlet name CamundaBpmWebappInitializer (7.24.0) gives the webapps' engine API. */
  static final String SERVLET_NAME = "Engine Api";

  @Bean
  ServletContextInitializer webappEngineApiWithPlainAnswers(CamundaBpmProperties camunda) {
    return new Registration(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
  }

  /** Ordered first, so that it runs before Camunda's initializer (which has no order, that is the last). */
  record Registration(String mapping) implements ServletContextInitializer, Ordered {

    @Override
    public void onStartup(ServletContext servletContext) {
      var servlet = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
      if (servlet == null) {
        throw new IllegalStateException("The servlet \"" + SERVLET_NAME + "\" exists already: the webapps' engine"
            + " API would answer races on a task with an engine error.");
      }
      servlet.addMapping(mapping);
      servlet.setInitParameters(Map.of("jakarta.ws.rs.Application", WebappEngineApplication.class.getName()));
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /** The webapps' engine API with this application's exception mapping, as /engine-rest has it. */
  public static class WebappEngineApplication extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.add(RuleViolationExceptionMapper.class);
      classes.add(RuleViolationExceptionMapper.FromRestException.class);
      classes.add(RuleViolationExceptionMapper.FromEngineFault.class);
      classes.add(RuleViolationExceptionMapper.FromRequestTooLarge.class);
      return classes;
    }
  }
}
