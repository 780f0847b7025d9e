package org.scrworkflow.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.scrworkflow.ScrWorkflowApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A scenario test: the whole application on in-memory H2 with the demo users, the job executor off so the
 * test executes each job and timer itself, and process coverage recorded. Classes carrying it share one
 * Spring context; each scenario uses its own case reference.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scr-scenarios;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "scr.demo.seed-reviews=false"
    })
@ActiveProfiles("demo")
@Import({ProcessCoverageRecorder.class, Drivers.class})
public @interface ScenarioTest {}
