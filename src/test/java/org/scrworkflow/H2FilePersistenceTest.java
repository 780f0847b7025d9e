package org.scrworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;

import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
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
          .startProcessInstanceByKey(SeriousCaseReview.KEY, "CR-7777", StandardAnswers.referral("CR-7777",
              "Child H", "lscb-x", "LONDON", java.time.LocalDate.of(2011, 3, 14), java.util.List.of("police"))
              .with(ABUSE_OR_NEGLECT, false)).getId();
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
