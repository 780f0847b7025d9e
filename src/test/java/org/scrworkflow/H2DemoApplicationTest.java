package org.scrworkflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with its demo profile on an in-memory H2 database and a random port, without the
 * sample reviews (each test starts its own). Test classes carrying it share one Spring context.
 *
 * <p>Spring Boot tests switch metrics export off; this context keeps it on, as the host has it, so that
 * LscbIsolationTest checks the Prometheus endpoint without a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:scr-workflow-test;DB_CLOSE_DELAY=-1",
        "scr.demo.seed-reviews=false"})
@ActiveProfiles("demo")
@AutoConfigureObservability(tracing = false)
public @interface H2DemoApplicationTest {}
