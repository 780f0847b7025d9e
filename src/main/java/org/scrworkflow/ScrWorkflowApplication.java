package org.scrworkflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SCR Workflow: Serious Case Reviews under Working Together 2010, Chapter 8, on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScrWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(ScrWorkflowApplication.class, args);
  }
}
