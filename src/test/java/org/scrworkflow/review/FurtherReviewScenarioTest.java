package org.scrworkflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.scenario.StandardAnswers.referral;
import static org.scrworkflow.scenario.StandardAnswers.values;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.ScrFurtherReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;

/** S-30, AT-25: a further review by the Secretary of State of a review that has closed. */
@ScenarioTest
class FurtherReviewScenarioTest extends ScenarioSupport {

  static final LocalDate AWARE = LocalDate.of(2011, 3, 14);

  /** A Northmoor review walked from its referral to its close with the standard answers. */
  ProcessInstance closedReview(String ref) {
    driver.today(AWARE);
    ProcessInstance review = driver.start(SeriousCaseReview.KEY, ref, new HashMap<>(referral(ref, "Child F",
        "lscb-northmoor", "YORKSHIRE_AND_THE_HUMBER", AWARE, List.of("police"))));
    walk(review).toTheEnd();
    assertThat(review).isEnded().hasPassed(SeriousCaseReview.END_REVIEW_CLOSED);
    return review;
  }

  Map<String, Object> publicationRecord(ProcessInstance review) {
    Map<String, Object> record = new HashMap<>();
    driver.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review.getId())
        .variableNameIn(SeriousCaseReview.PUBLICATION_OUTCOME.name(), SeriousCaseReview.PUBLISHED_ON.name(),
            ScrPublication.PUBLICATION_URL.name()).list()
        .forEach(variable -> record.put(variable.getName(), variable.getValue()));
    return record;
  }

  @Test
  @DisplayName("S-30, AT-25 A closed review's further review: recorded, its findings added to the action plan, the"
      + " plan reviewed every three months until every action is complete; in the review's LSCB; the review's own"
      + " publication record unchanged; a person cannot start one on its own")
  void furtherReviewOfAClosedReview() {
    String ref = newCase();
    ProcessInstance review = closedReview(ref);
    Map<String, Object> published = publicationRecord(review);
    assertThat(published).containsKeys(SeriousCaseReview.PUBLICATION_OUTCOME.name(), SeriousCaseReview.PUBLISHED_ON.name());

    assertThatThrownBy(() -> driver.startAs("businessmanager", "lscb-business-manager", ScrFurtherReview.KEY, ref,
        Map.of())).isInstanceOf(BadUserRequestException.class).hasMessageContaining("not on its own");

    // what POST /api/cases/{ref}/further-review does for the review's business manager (FurtherReviewController)
    driver.today(LocalDate.of(2012, 3, 29));
    ProcessInstance further = driver.start(ScrFurtherReview.KEY, ref, values()
        .with(ScrFurtherReview.REVIEW_FOLLOWED, review.getId()).with(SeriousCaseReview.CASE_REFERENCE, ref)
        .with(SeriousCaseReview.CHILD_PSEUDONYM, "Child F"));
    assertThat(further.getTenantId()).as("the review's LSCB").isEqualTo(review.getTenantId())
        .isEqualTo("lscb-northmoor");
    assertThat(driver.task(further, ScrFurtherReview.TASK_RECORD_FURTHER_REVIEW))
        .hasCandidateGroup("lscb-business-manager");
    walk(further).step(ScrFurtherReview.TASK_RECORD_FURTHER_REVIEW).step(ScrFurtherReview.TASK_REOPEN_ACTION_PLAN);
    assertThat(further).isWaitingAt(ScrFurtherReview.TIMER_ACTION_PLAN_REVIEW_DUE);
    assertThat(driver.local(driver.timer(further, ScrFurtherReview.TIMER_ACTION_PLAN_REVIEW_DUE).getDuedate()))
        .as("T-14: three calendar months from the commissioning").isEqualTo(LocalDate.of(2012, 6, 29).atTime(NINE));

    driver.fireTimer(further, ScrFurtherReview.TIMER_ACTION_PLAN_REVIEW_DUE);
    walk(further).step(ScrFurtherReview.TASK_REVIEW_ACTION_PLAN, values()
        .with(SeriousCaseReview.ALL_ACTIONS_COMPLETE, false)
        .with(SeriousCaseReview.ACTION_PLAN_PROGRESS, "Two of three actions done."));
    assertThat(driver.local(driver.timer(further, ScrFurtherReview.TIMER_ACTION_PLAN_REVIEW_DUE).getDuedate()))
        .as("the next review three months after the last").isEqualTo(LocalDate.of(2012, 9, 29).atTime(NINE));
    driver.fireTimer(further, ScrFurtherReview.TIMER_ACTION_PLAN_REVIEW_DUE);
    walk(further).step(ScrFurtherReview.TASK_REVIEW_ACTION_PLAN);

    assertThat(further).isEnded().hasPassed(ScrFurtherReview.END_FURTHER_REVIEW_ACTIONS_COMPLETE);
    assertThat(publicationRecord(review)).as("the LSCB's own publication record").isEqualTo(published);
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(further.getId()).variableName(SeriousCaseReview.FURTHER_REVIEW_COMMISSIONER.name())
        .singleResult().getValue()).isEqualTo("Department for Education");
  }
}
