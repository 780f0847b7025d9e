package org.scrworkflow.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The start-up deployment names each model and form by its file name ("write-imr.html"), however the
 * application runs. Camunda's Spring integration names a resource read from a folder by its absolute path
 * (under {@code ./mvnw spring-boot:run} and in tests) but one read from the jar by its file name; Tasklist finds
 * an embedded form ({@code embedded:deployment:write-imr.html}) by that name, so it must not depend on how the
 * application was started. The names equal those a Modeler deployment of the same files gets.
 */
@Component
class DeploymentResourceNames extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
      spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
          .map(resource -> (Resource) new Named(resource)).toArray(Resource[]::new));
    }
  }

  /** A deployment resource whose name in the deployment is its file name. */
  static final class Named extends AbstractResource implements ContextResource {

    private final Resource resource;

    Named(Resource resource) {
      this.resource = resource;
    }

    @Override
    public String getPathWithinContext() {
      return resource.getFilename();
    }

    @Override
    public String getFilename() {
      return resource.getFilename();
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return resource.getInputStream();
    }

    @Override
    public boolean exists() {
      return resource.exists();
    }

    @Override
    public String getDescription() {
      return resource.getDescription();
    }
  }
}
