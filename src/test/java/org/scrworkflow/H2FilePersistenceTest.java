package org.scrworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.REGION;

import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrworkflow.process.SeriousCaseReview;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its state in an H2 file: a review started before a restart is there after it. */
class H2FilePersistenceTest {

  @TempDir Path dataDir;

  @Test
  @DisplayName("A review started before a restart is still running after it")
  void reviewSurvivesRestart() {
    String processInstanceId;
    try (ConfigurableApplicationContext first = start()) {
      processInstanceId = first.getBean(ProcessEngine.class).getRuntimeService()
          .startProcessInstanceByKey(SeriousCaseReview.KEY, "CR-7777", java.util.Map.of(
              CASE_REFERENCE.name(), "CR-7777", INCIDENT_TYPE.name(), "DEATH", ABUSE_OR_NEGLECT.name(), false,
              AWARENESS_DATE.name(), "2011-03-14", REGION.name(), "LONDON")).getId();
    }
    try (ConfigurableApplicationContext second = start()) {
      var runtime = second.getBean(ProcessEngine.class).getRuntimeService();
      var review = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
      assertThat(review).isNotNull();
      assertThat(review.getBusinessKey()).isEqualTo("CR-7777");
      // start-up set-up is idempotent: one filter of each name, one administrator, after two starts
      var engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getFilterService().createFilterQuery().filterName("My tasks").count()).isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().userId("admin").count()).isEqualTo(1);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(SeriousCaseReview.KEY).count())
          .as("unchanged models are not redeployed").isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ScrWorkflowApplication.class)
        .profiles("demo")
        .run(
            "--server.port=0",
            // an engine name of its own: Camunda registers engines JVM-wide by name
            "--camunda.bpm.process-engine-name=restartCheck",
            // the demo's sample reviews take half a minute; DemoReviewsTest covers them (and their restart)
            "--scr.demo.seed-reviews=false",
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("scr-workflow").toAbsolutePath());
  }
}
