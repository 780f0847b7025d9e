package org.scrworkflow.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.scrworkflow.scenario.ReviewDriver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The product's one review driver as a bean of the test context ({@code @Import(Drivers.class)}). */
@TestConfiguration(proxyBeanMethods = false)
public class Drivers {

  @Bean
  ReviewDriver reviewDriver(ProcessEngine engine) {
    return new ReviewDriver(engine);
  }
}
