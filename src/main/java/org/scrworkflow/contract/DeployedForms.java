package org.scrworkflow.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * The forms of a deployment, read once per deployment from the engine's own copy (what Modeler deployed is what is
 * checked): Camunda Forms by their id, embedded HTML forms by their resource name. Read inside an engine command,
 * without the caller's authorizations (a business manager may not read deployments, yet their forms apply).
 */
@Component
public class DeployedForms {

  private final Map<String, Map<String, StepForm>> byDeployment = new ConcurrentHashMap<>();

  /** The form a step names ({@code camunda:formRef}, or the resource of an embedded form), or null. */
  public StepForm form(String deploymentId, String formName) {
    return byDeployment.computeIfAbsent(deploymentId, DeployedForms::read).get(formName);
  }

  /** Every form of the deployment, by name. */
  public Map<String, StepForm> all(String deploymentId) {
    return byDeployment.computeIfAbsent(deploymentId, DeployedForms::read);
  }

  private static Map<String, StepForm> read(String deploymentId) {
    Map<String, StepForm> forms = new HashMap<>();
    for (ResourceEntity resource : Context.getCommandContext().getResourceManager()
        .findResourcesByDeploymentId(deploymentId)) {
      String name = resource.getName();
      try {
        if (name.endsWith(".form")) {
          StepForm form = StepForm.ofCamundaForm(resource.getBytes());
          forms.put(form.id(), form);
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
          String file = name.substring(name.lastIndexOf('/') + 1);
          forms.put(file, StepForm.ofEmbeddedForm(file, resource.getBytes()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the form " + name, e);
      }
    }
    return Map.copyOf(forms);
  }
}
