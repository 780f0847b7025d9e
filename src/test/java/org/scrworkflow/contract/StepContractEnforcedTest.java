package org.scrworkflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_OVERRIDE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_TO;
import static org.scrworkflow.process.SeriousCaseReview.PLACEMENT_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESPONSIBLE_AUTHORITY_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.scenario.StandardAnswers.referral;
import static org.scrworkflow.scenario.StandardAnswers.values;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewWalk;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;

/**
 * The contract of the start and of each step, as the engine enforces it for a Java API caller (REST and Tasklist
 * reach the same engine command): the deployed form's rules, nothing it does not ask for, the process's own values
 * unchanged; every problem listed, nothing saved.
 */
@ScenarioTest
class StepContractEnforcedTest extends ScenarioSupport {

  static final LocalDate AWARE = LocalDate.of(2011, 3, 14);

  Map<String, Object> referralOf(String ref) {
    return new HashMap<>(referral(ref, "Child K", "lscb-x", "NORTH_WEST", AWARE, List.of("police", "health")));
  }

  ProcessInstance start(String ref, Map<String, Object> variables) {
    driver.today(AWARE);
    return driver.start(SeriousCaseReview.KEY, ref, variables);
  }

  List<Problem> refusedStart(String ref, Map<String, Object> variables) {
    driver.today(AWARE);
    Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(
        () -> driver.engine().getRuntimeService().startProcessInstanceByKey(SeriousCaseReview.KEY, ref, variables));
    assertThat(refusal).isInstanceOf(ContractViolation.class);
    // nothing saved: no instance, no history of one
    assertThat(driver.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ref).count()).isZero();
    return ((ContractViolation) refusal).problems();
  }

  @Test
  @DisplayName("A referral without a required field, with an unknown region, a child aged 42 and a word for a"
      + " number is refused with every problem named by field, and nothing starts")
  void badReferralListsEveryProblem() {
    String ref = newCase();
    Map<String, Object> referral = referralOf(ref);
    referral.remove(INCIDENT_TYPE.name());
    referral.put(REGION.name(), "NOWHERE");
    referral.put(CHILD_AGE_YEARS.name(), 42L);
    referral.put(AWARENESS_DATE.name(), "14/03/2011");
    List<Problem> problems = refusedStart(ref, referral);
    assertThat(problems).extracting(Problem::field)
        .containsExactlyInAnyOrder(INCIDENT_TYPE.name(), REGION.name(), CHILD_AGE_YEARS.name(), AWARENESS_DATE.name());
    assertThat(problems).extracting(Problem::message).allSatisfy(message -> assertThat(message)
        .doesNotContain("ENGINE-", "Exception", "{3,8}"));
    assertThat(problems).filteredOn(p -> p.field().equals(CHILD_AGE_YEARS.name())).singleElement()
        .extracting(Problem::message).asString().contains("between 0 and 17");
    assertThat(problems).filteredOn(p -> p.field().equals(REGION.name())).singleElement()
        .extracting(Problem::message).asString().contains("\"NOWHERE\"", "NORTH_WEST");
  }

  @Test
  @DisplayName("A variable the referral does not ask for is refused, naming it and the fields it has")
  void unknownVariableIsRefused() {
    String ref = newCase();
    Map<String, Object> referral = referralOf(ref);
    referral.put("favouriteColour", "blue");
    assertThat(refusedStart(ref, referral)).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("favouriteColour");
      assertThat(problem.message()).contains("not a field", CASE_REFERENCE.name(), REGION.name());
    });
  }

  @Test
  @DisplayName("A date of something that happened cannot be in the future")
  void futureDateIsRefused() {
    String ref = newCase();
    Map<String, Object> referral = referralOf(ref);
    referral.put(AWARENESS_DATE.name(), AWARE.plusDays(3).toString());
    assertThat(refusedStart(ref, referral)).extracting(Problem::field).containsExactly(AWARENESS_DATE.name());
  }

  @Test
  @DisplayName("A choice that is not one of the step's is refused; the task stays open and nothing of it is saved")
  void unknownChoiceLeavesTheTaskOpen() {
    String ref = newCase();
    ProcessInstance review = start(ref, referralOf(ref));
    Task approve = driver.task(review, TASK_APPROVE_INCIDENT_NOTIFICATION);
    assertThatThrownBy(() -> driver.complete(review, approve, values().with(NOTIFICATION_REASON, "MAYBE")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(ContractViolation.class)
        .hasMessageContaining("\"MAYBE\"").hasMessageContaining("SCR_POSSIBLE");
    assertThat(driver.task(review, TASK_APPROVE_INCIDENT_NOTIFICATION).getId()).isEqualTo(approve.getId());
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), NOTIFICATION_REASON.name())).isNull();
  }

  @Test
  @DisplayName("The date the process recorded (the notification) cannot be sent with the chair's decision to let an"
      + " earlier decision through; sent back unchanged, as the form shows it, it passes")
  void processValuesCannotBeChangedByTheCaller() {
    String ref = newCase();
    ProcessInstance review = start(ref, referralOf(ref));
    ReviewWalk walk = walk(review).on(AWARE.plusDays(1));
    walk.until(TASK_DECIDE_INITIATION);
    Object notifiedOn = driver.engine().getRuntimeService().getVariable(review.getId(), INCIDENT_NOTIFIED_ON.name());
    Task decide = driver.task(review, TASK_DECIDE_INITIATION);
    assertThatThrownBy(() -> driver.complete(review, decide, values().with(INCIDENT_NOTIFIED_ON, AWARE.minusDays(9))
        .with(DECISION_DATE, AWARE.minusDays(5))))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining(INCIDENT_NOTIFIED_ON.name());
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), INCIDENT_NOTIFIED_ON.name()))
        .isEqualTo(notifiedOn);
    Map<String, Object> unchanged = new HashMap<>(StandardAnswers.of(TASK_DECIDE_INITIATION).values()
        .on(driver.day(), name -> null));
    unchanged.put(INCIDENT_NOTIFIED_ON.name(), notifiedOn);
    driver.complete(review, decide, unchanged);
    assertThat(driver.tasks(review, TASK_DECIDE_INITIATION)).isEmpty();
  }

  @Test
  @DisplayName("A period under review entered the wrong way round is refused, naming its end")
  void periodTheWrongWayRoundIsRefused() {
    String ref = newCase();
    ProcessInstance review = start(ref, referralOf(ref));
    ReviewWalk walk = walk(review).on(AWARE.plusDays(1));
    walk.until(TASK_AGREE_TERMS_OF_REFERENCE);
    assertThatThrownBy(() -> walk.step(TASK_AGREE_TERMS_OF_REFERENCE, values()
        .with(PERIOD_UNDER_REVIEW_FROM, AWARE.minusMonths(1)).with(PERIOD_UNDER_REVIEW_TO, AWARE.minusYears(2))))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining(PERIOD_UNDER_REVIEW_TO.name())
        .hasMessageContaining("a period ends after it starts");
    assertThat(driver.tasks(review, TASK_AGREE_TERMS_OF_REFERENCE)).hasSize(1);
  }

  @Test
  @DisplayName("The lead and partner LSCBs come from the LSCB list: free text such as \"Northmoor\" is refused"
      + " naming the field and listing the LSCBs; their ids are accepted")
  void lscbsComeFromTheLscbList() {
    String ref = newCase();
    ProcessInstance review = start(ref, referralOf(ref));
    ReviewWalk walk = walk(review).on(AWARE.plusDays(1));
    walk.until(TASK_CONFIRM_LSCBS);
    assertThatThrownBy(() -> walk.step(TASK_CONFIRM_LSCBS, values().with(LEAD_LSCB, "Northmoor")
        .with(PARTNER_LSCBS, "lscb-southvale, Eastmarsh").with(LEAD_OVERRIDE_REASONS, "The child lived there.")))
        .hasRootCauseInstanceOf(ContractViolation.class)
        .hasMessageContaining("\"Northmoor\", which is not an LSCB of the LSCB list")
        .hasMessageContaining("\"Eastmarsh\"").hasMessageNotContaining("\"lscb-southvale\",")
        .hasMessageContaining("lscb-northmoor (");
    assertThat(driver.tasks(review, TASK_CONFIRM_LSCBS)).hasSize(1);
    walk.step(TASK_CONFIRM_LSCBS, values().with(LEAD_LSCB, "lscb-northmoor").with(PARTNER_LSCBS, "lscb-southvale")
        .with(LEAD_OVERRIDE_REASONS, "The child lived there.").with(SeriousCaseReview.BOTH_CHAIRS_AGREE_LEAD, true));
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), LEAD_LSCB.name()))
        .isEqualTo("lscb-northmoor");
  }

  @Test
  @DisplayName("The LSCBs of a referral come from the LSCB list: this system's LSCBs and the configured others;"
      + " a name typed for an id is refused and no review starts")
  void referralLscbsComeFromTheLscbList() {
    String ref = newCase();
    Map<String, Object> typed = referralOf(ref);
    typed.put(RESIDENCE_LSCB.name(), "Northmoor");
    typed.put(LOOKED_AFTER.name(), true);
    typed.put(RESPONSIBLE_AUTHORITY_LSCB.name(), "lscb-southvale");
    typed.put(PLACEMENT_LSCB.name(), "Eastmarsh LSCB");
    assertThatThrownBy(() -> start(ref, typed)).isInstanceOf(ContractViolation.class)
        .hasMessageContaining(RESIDENCE_LSCB.name()).hasMessageContaining("\"Northmoor\", which is not an LSCB")
        .hasMessageContaining(PLACEMENT_LSCB.name()).hasMessageContaining("\"Eastmarsh LSCB\"")
        .hasMessageNotContaining("\"lscb-southvale\", which");
    assertThat(driver.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ref).count()).isZero();
    // an LSCB of this system, and one outside it that the configuration lists (the demo's Eastmarsh)
    typed.put(RESIDENCE_LSCB.name(), "lscb-northmoor");
    typed.put(PLACEMENT_LSCB.name(), "lscb-eastmarsh");
    ProcessInstance review = start(ref, typed);
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), PLACEMENT_LSCB.name()))
        .isEqualTo("lscb-eastmarsh");
  }

  @Test
  @DisplayName("G-4, AT-06 The lead proposed by the rule stands unless reasons are given and both chairs agree; the"
      + " proposal stays on record beside the lead confirmed")
  void leadOverrideNeedsReasonsAndBothChairs() {
    String ref = newCase();
    ProcessInstance review = start(ref, referralOf(ref));
    ReviewWalk walk = walk(review).on(AWARE.plusDays(1));
    walk.until(TASK_CONFIRM_LSCBS);
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        SeriousCaseReview.PROPOSED_LEAD_LSCB.name())).isEqualTo("lscb-x");
    assertThatThrownBy(() -> walk.step(TASK_CONFIRM_LSCBS, values().with(LEAD_LSCB, "lscb-southvale")))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining(LEAD_OVERRIDE_REASONS.name())
        .hasMessageContaining(SeriousCaseReview.BOTH_CHAIRS_AGREE_LEAD.name()).hasMessageContaining("AT-06");
    assertThatThrownBy(() -> walk.step(TASK_CONFIRM_LSCBS, values().with(LEAD_LSCB, "lscb-southvale")
        .with(LEAD_OVERRIDE_REASONS, "The family moved there.").with(SeriousCaseReview.BOTH_CHAIRS_AGREE_LEAD, false)))
        .hasRootCauseInstanceOf(ContractViolation.class)
        .hasMessageContaining("needs both chairs' agreement on record");
    assertThat(driver.tasks(review, TASK_CONFIRM_LSCBS)).hasSize(1);
    walk.step(TASK_CONFIRM_LSCBS, values().with(LEAD_LSCB, "lscb-southvale")
        .with(LEAD_OVERRIDE_REASONS, "The family moved there.").with(SeriousCaseReview.BOTH_CHAIRS_AGREE_LEAD, true));
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(), LEAD_LSCB.name()))
        .isEqualTo("lscb-southvale");
    assertThat(driver.engine().getRuntimeService().getVariable(review.getId(),
        SeriousCaseReview.PROPOSED_LEAD_LSCB.name())).isEqualTo("lscb-x");
  }

  @Test
  @DisplayName("A value written after a contract checked the instance, in the same command, is refused: a start"
      + " whose second instruction carries a decision's result")
  void writeAfterTheCheckIsRefused() {
    String ref = newCase();
    driver.today(AWARE);
    Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> driver.engine().getRuntimeService()
        .createProcessInstanceByKey(SeriousCaseReview.KEY).businessKey(ref)
        .startBeforeActivity(SeriousCaseReview.START_INCIDENT_NOTIFIED).setVariables(referralOf(ref))
        .startBeforeActivity(SeriousCaseReview.SUB_PROCESS_DECIDE_WHETHER_TO_REVIEW)
        .setVariable(SeriousCaseReview.NOTIFIABLE.name(), false)
        .setVariable(INCIDENT_NOTIFIED_ON.name(), AWARE.minusMonths(2).toString())
        .execute());
    assertThat(refusal).hasMessageContaining(SeriousCaseReview.NOTIFIABLE.name())
        .hasMessageContaining("belongs to the review");
    assertThat(driver.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  @DisplayName("A person cannot start the publication (or an IMR) on its own: only its review starts it")
  void subProcessesAreStartedByTheirReview() {
    String ref = newCase();
    assertThatThrownBy(() -> driver.startAs("businessmanager", "lscb-business-manager", ScrPublication.KEY, ref,
        Map.of())).isInstanceOf(BadUserRequestException.class).hasMessageContaining("not on its own: start a review");
    assertThat(driver.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ref).count()).isZero();
  }
}
