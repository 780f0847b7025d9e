package org.scrworkflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.SeriousCaseReview.RULES_IN_FORCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.scenario.StandardAnswers.referral;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;

/**
 * Each review keeps the rules it began under (issue "Chapter 8 as written", point 18): a period, a decision table
 * or a called process deployed while a review runs applies to the reviews started afterwards, not to it.
 */
@ScenarioTest
class RulesInForceScenarioTest extends ScenarioSupport {

  static final LocalDate AWARE = LocalDate.of(2011, 2, 14);
  static final String TIMESCALES = "statutory-timescale";

  ProcessInstance start(String ref) {
    driver.today(AWARE);
    return driver.start(SeriousCaseReview.KEY, ref,
        new HashMap<>(referral(ref, "Child R", "lscb-x", "WEST_MIDLANDS", AWARE, List.of("police"))));
  }

  Map<String, Integer> recorded(ProcessInstance review) {
    return RULES_IN_FORCE.from(driver.engine().getRuntimeService().getVariables(review.getId()));
  }

  @Test
  @DisplayName("A review records the version of every decision table and process in force when it starts; a caller"
      + " cannot send that record")
  void reviewRecordsItsRules() {
    String ref = newCase();
    ProcessInstance review = start(ref);
    assertThat(recorded(review)).containsKeys(TIMESCALES, "scr-criteria", "lead-lscb", "publication-scope",
        SeriousCaseReview.KEY, IndividualManagementReview.KEY, ScrPublication.KEY);
    String other = newCase();
    Map<String, Object> sent = new HashMap<>(referral(other, "Child S", "lscb-x", "WEST_MIDLANDS", AWARE,
        List.of("police")));
    sent.put(RULES_IN_FORCE.name(), Map.of(TIMESCALES, 1));
    assertThatThrownBy(() -> driver.start(SeriousCaseReview.KEY, other, sent))
        .hasMessageContaining(RULES_IN_FORCE.name());
  }

  @Test
  @DisplayName("Point 18: T-2 lengthened to two months and the IMR process changed while a review runs: the review"
      + " keeps a month and its IMR version, a review started afterwards takes both; no period lookup writes"
      + " decision history")
  void reviewKeepsTheRulesItBeganUnder() throws Exception {
    ProcessInstance older = start(newCase());
    long lookupsBefore = timescaleHistory();
    Deployment changed = deployChangedRules();
    try {
      ProcessInstance newer = start(newCase());
      assertThat(recorded(newer).get(TIMESCALES)).isEqualTo(recorded(older).get(TIMESCALES) + 1);
      assertThat(recorded(newer).get(IndividualManagementReview.KEY))
          .isEqualTo(recorded(older).get(IndividualManagementReview.KEY) + 1);

      walk(older).on(AWARE).until(TASK_DECIDE_INITIATION);
      walk(newer).on(AWARE).until(TASK_DECIDE_INITIATION);
      assertThat(dueDay(older)).as("T-2 as the older review began: a month").isEqualTo(LocalDate.of(2011, 3, 14));
      assertThat(dueDay(newer)).as("T-2 as deployed since: two months").isEqualTo(LocalDate.of(2011, 4, 14));

      walk(older).until(TASK_APPOINT_IMR_AUTHOR);
      walk(newer).until(TASK_APPOINT_IMR_AUTHOR);
      assertThat(imrVersion(older)).isEqualTo(recorded(older).get(IndividualManagementReview.KEY));
      assertThat(imrVersion(newer)).isEqualTo(recorded(newer).get(IndividualManagementReview.KEY));
      assertThat(imrVersion(newer)).isEqualTo(imrVersion(older) + 1);
      assertThat(timescaleHistory()).as("period lookups write no decision history").isEqualTo(lookupsBefore);
    } finally {
      driver.engine().getRepositoryService().deleteDeployment(changed.getId(), true);
    }
  }

  LocalDate dueDay(ProcessInstance review) {
    return ReviewDriver.london(driver.task(review, TASK_DECIDE_INITIATION).getDueDate()).toLocalDate();
  }

  int imrVersion(ProcessInstance review) {
    var imr = driver.engine().getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(review.getId()).singleResult();
    return driver.engine().getRepositoryService().getProcessDefinition(imr.getProcessDefinitionId()).getVersion();
  }

  long timescaleHistory() {
    return driver.engine().getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(TIMESCALES).count();
  }

  /** What a policy officer deploys from Modeler: T-2 of two months, and the IMR model with a revised note. */
  Deployment deployChangedRules() throws Exception {
    String table = Files.readString(Path.of("processes", TIMESCALES + ".dmn"));
    String longer = table.replaceFirst("(<outputEntry id=\"LiteralExpression_T2_Amount\">\\s*<text>)1(</text>)",
        "$12$2");
    assertThat(longer).isNotEqualTo(table);
    BpmnModelInstance imr = Bpmn.readModelFromFile(new File("processes/" + IndividualManagementReview.KEY + ".bpmn"));
    FlowNode appoint = imr.getModelElementById(TASK_APPOINT_IMR_AUTHOR);
    appoint.getDocumentations().iterator().next().setTextContent("S-12; G-17 (policy note revised).");
    var deployment = driver.engine().getRepositoryService().createDeployment().name("T-2 two months, IMR note")
        .addInputStream(TIMESCALES + ".dmn", new ByteArrayInputStream(longer.getBytes(StandardCharsets.UTF_8)))
        .addModelInstance(IndividualManagementReview.KEY + ".bpmn", imr);
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        deployment.addInputStream(form.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(form)));
      }
    }
    return deployment.deploy();
  }
}
