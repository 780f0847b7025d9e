package org.scrworkflow.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.BOTH_CHAIRS_AGREE_LEAD;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.END_REVIEW_LED_ELSEWHERE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_OVERRIDE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.PROPOSED_LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_HANDED_OVER_BY;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_HANDED_OVER_TO;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SENT_TO_LEAD_ON;
import static org.scrworkflow.process.SeriousCaseReview.RESPONSIBLE_AUTHORITY_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SEND_REFERRAL_TO_LEAD;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SET_UP_PANEL;
import static org.scrworkflow.process.SeriousCaseReview.TIMER_DECISION_REMINDER;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.contract.ContractViolation;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRegister;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Referrals;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lead LSCB decides (issue "Chapter 8 as written", point 1; S-03, G-4, R-1.3, AT-05, AT-06): a referral opened
 * by the LSCB where the child was harmed, led by another, is handed to the lead's review on this system; only the
 * lead's chair can decide; the LSCB that handed it over is a partner; a lead outside this system is sent it.
 */
@ScenarioTest
class LeadLscbScenarioTest extends ScenarioSupport {

  private static final String NORTHMOOR = "lscb-northmoor";
  private static final String SOUTHVALE = "lscb-southvale";
  private static final String EASTMARSH = "lscb-eastmarsh";
  private static final LocalDate AWARE = LocalDate.of(2011, 5, 9);

  @Autowired IdentityVault vault;
  @Autowired CaseRegister register;
  @Autowired org.scrworkflow.reporting.ReviewReports reports;

  @Test
  @DisplayName("AT-05, R-1.3, G-4 A child who lives in Southvale is harmed in Northmoor: Northmoor's referral is handed"
      + " to Southvale's review with its vault details; Northmoor's chair cannot decide, Southvale's chair does;"
      + " Northmoor is a partner and T-2 still runs from Northmoor's notification")
  void crossBoundaryLeadDecides() {
    String ref = newCase();
    ProcessInstance north = openAsNorthmoor(ref, SOUTHVALE, false, null);
    asProcessCode(() -> vault.add(new CaseKey(NORTHMOOR, ref),
        new IdentifyingDetail(IdentifierKind.NAME, "Jo Fictional"), "businessmanager"));
    driver.today(AWARE.plusDays(1));
    answer(north, TASK_APPROVE_INCIDENT_NOTIFICATION, vars());
    assertThat(variable(north, PROPOSED_LEAD_LSCB.name())).isEqualTo(SOUTHVALE);

    answer(north, TASK_CONFIRM_LSCBS, vars(PARTNER_LSCBS.name(), ""));

    assertThat(north).isEnded().hasPassed(SeriousCaseReview.TASK_HAND_OVER_TO_LEAD_LSCB, END_REVIEW_LED_ELSEWHERE)
        .hasNotPassed(SeriousCaseReview.TASK_REQUEST_RECORDS_SECURED);
    assertThat(historic(north, REFERRAL_HANDED_OVER_TO.name())).isEqualTo(SOUTHVALE);
    assertThat(reports.reviews()).filteredOn(review -> ref.equals(review.caseReference()))
        .extracting(review -> review.status().name())
        .as("Northmoor's referral is reported as led by another LSCB; Southvale's review is the review")
        .hasSize(2).containsOnlyOnce("LED_ELSEWHERE");
    ProcessInstance south = driver.engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.KEY).processInstanceBusinessKey(ref).tenantIdIn(SOUTHVALE)
        .singleResult();
    assertThat(south).as("the lead's review").isNotNull();
    assertThat(south).isWaitingAt(TASK_CONFIRM_LSCBS).hasPassed(SeriousCaseReview.START_REFERRAL_HANDED_OVER);
    assertThat(variable(south, REFERRAL_HANDED_OVER_BY.name())).isEqualTo(NORTHMOOR);
    assertThat(variable(south, PARTNER_LSCBS.name())).isEqualTo(NORTHMOOR);
    assertThat(variable(south, INCIDENT_NOTIFIED_ON.name())).isEqualTo(historic(north, INCIDENT_NOTIFIED_ON.name()));
    assertThat(register.find(new CaseKey(SOUTHVALE, ref))).isPresent();
    assertThat(vault.detailsOf(new CaseKey(SOUTHVALE, ref))).extracting(IdentifyingDetail::value)
        .containsExactly("Jo Fictional");
    assertThat(templates(ref)).as("notified once, by Northmoor").containsOnlyOnce("serious-incident-notification");
    assertThat(driver.local(driver.timer(south, TIMER_DECISION_REMINDER).getDuedate()).toLocalDate())
        .as("T-2 reminder: ten working days before 10 June, a month from Northmoor's notification (Mon 30 May is"
            + " a bank holiday)").isEqualTo(LocalDate.of(2011, 5, 26));

    // the lead cannot hand it back by naming the LSCB that handed it over
    driver.today(AWARE.plusDays(3));
    assertThatThrownBy(() -> answer(south, TASK_CONFIRM_LSCBS, vars(LEAD_LSCB.name(), NORTHMOOR,
        LEAD_OVERRIDE_REASONS.name(), "Harmed there.", BOTH_CHAIRS_AGREE_LEAD.name(), true)))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining("handed this referral over");
    answer(south, TASK_CONFIRM_LSCBS, vars(PARTNER_LSCBS.name(), NORTHMOOR));
    answer(south, TASK_SCREEN_CASE, vars());
    answer(south, TASK_RECOMMEND_TO_CHAIR, vars());

    assertThat(decisionTasksSeenBy("chair", NORTHMOOR, ref)).as("Northmoor's chair").isEmpty();
    List<Task> southvale = decisionTasksSeenBy("southchair", SOUTHVALE, ref);
    assertThat(southvale).as("Southvale's chair").hasSize(1);
    driver.today(AWARE.plusDays(14));
    answer(south, southvale.get(0), vars(DECISION_DATE.name(), AWARE.plusDays(14).toString()));
    assertThat(south).isWaitingAt(TASK_SET_UP_PANEL);
    var decisionNotice = notifications.forCase(new CaseKey(SOUTHVALE, ref)).stream()
        .filter(sent -> "decision-notification".equals(sent.template())).toList();
    assertThat(decisionNotice).hasSize(1);
    assertThat(decisionNotice.get(0).recipients()).as("Ofsted, and the partner Northmoor's chair and manager")
        .contains("chair@demo.scr-workflow.invalid", "businessmanager@demo.scr-workflow.invalid")
        .doesNotContain("southchair@demo.scr-workflow.invalid");
    assertThat(driver.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .tenantIdIn(NORTHMOOR).count()).as("nothing runs in Northmoor").isZero();
  }

  @Test
  @DisplayName("AT-06, G-4 A looked-after child of Southvale placed in Northmoor: Southvale is proposed; Northmoor keeps"
      + " the lead only with reasons and both chairs' agreement, and then decides itself")
  void lookedAfterChildLeadKeptWithBothChairs() {
    String ref = newCase();
    ProcessInstance north = openAsNorthmoor(ref, NORTHMOOR, true, SOUTHVALE);
    driver.today(AWARE.plusDays(1));
    answer(north, TASK_APPROVE_INCIDENT_NOTIFICATION, vars());
    assertThat(variable(north, PROPOSED_LEAD_LSCB.name())).isEqualTo(SOUTHVALE);
    assertThatThrownBy(() -> answer(north, TASK_CONFIRM_LSCBS, vars(LEAD_LSCB.name(), NORTHMOOR)))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining(LEAD_OVERRIDE_REASONS.name());
    answer(north, TASK_CONFIRM_LSCBS, vars(LEAD_LSCB.name(), NORTHMOOR, PARTNER_LSCBS.name(), SOUTHVALE,
        LEAD_OVERRIDE_REASONS.name(), "The family and the professionals are all in Northmoor.",
        BOTH_CHAIRS_AGREE_LEAD.name(), true));
    assertThat(north).isWaitingAt(TASK_SCREEN_CASE).hasPassed(SeriousCaseReview.TASK_REQUEST_RECORDS_SECURED);
    assertThat(driver.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .tenantIdIn(SOUTHVALE).count()).isZero();
    answer(north, TASK_SCREEN_CASE, vars());
    answer(north, TASK_RECOMMEND_TO_CHAIR, vars());
    assertThat(decisionTasksSeenBy("southchair", SOUTHVALE, ref)).isEmpty();
    assertThat(decisionTasksSeenBy("chair", NORTHMOOR, ref)).hasSize(1);
  }

  @Test
  @DisplayName("G-4, R-1.3 A lead outside this system (Eastmarsh): the business manager is asked to send it the"
      + " referral and records the day, not before the notification; the referral then ends, nothing is decided here")
  void leadOutsideThisSystemIsSentTheReferral() {
    String ref = newCase();
    ProcessInstance north = openAsNorthmoor(ref, EASTMARSH, false, null);
    driver.today(AWARE.plusDays(1));
    answer(north, TASK_APPROVE_INCIDENT_NOTIFICATION, vars());
    answer(north, TASK_CONFIRM_LSCBS, vars(PARTNER_LSCBS.name(), ""));
    assertThat(north).isWaitingAt(TASK_SEND_REFERRAL_TO_LEAD);
    assertThatThrownBy(() -> answer(north, TASK_SEND_REFERRAL_TO_LEAD,
        vars(REFERRAL_SENT_TO_LEAD_ON.name(), AWARE.toString())))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining(REFERRAL_SENT_TO_LEAD_ON.name());
    answer(north, TASK_SEND_REFERRAL_TO_LEAD, vars(REFERRAL_SENT_TO_LEAD_ON.name(), AWARE.plusDays(1).toString()));
    assertThat(north).isEnded().hasPassed(SeriousCaseReview.END_REFERRAL_SENT_TO_LEAD, END_REVIEW_LED_ELSEWHERE)
        .hasNotPassed(SeriousCaseReview.TASK_HAND_OVER_TO_LEAD_LSCB, SeriousCaseReview.TASK_PRODUCE_DECISION_RECORD);
    assertThat(driver.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .count()).isZero();
  }

  /** Opens the referral as Northmoor's business manager, for a child who lives in {@code residence}. */
  private ProcessInstance openAsNorthmoor(String ref, String residence, boolean lookedAfter, String responsible) {
    Referrals.onboard(driver.engine(), List.of("police", "health"));
    driver.today(AWARE);
    Map<String, Object> referral = StandardAnswers.referral(ref, "Child " + ref.substring(3), residence,
        "WEST_MIDLANDS", AWARE, List.of("police", "health")).with(LOOKED_AFTER, lookedAfter);
    if (responsible != null) {
      referral.put(RESPONSIBLE_AUTHORITY_LSCB.name(), responsible);
    }
    var identity = driver.engine().getIdentityService();
    identity.setAuthentication("businessmanager", List.of("lscb-business-manager"), List.of(NORTHMOOR));
    ProcessInstance review;
    try {
      review = driver.engine().getRuntimeService().startProcessInstanceByKey(SeriousCaseReview.KEY, ref, referral);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(review.getTenantId()).isEqualTo(NORTHMOOR);
    driver.runJobs(review);
    return review;
  }

  private List<Task> decisionTasksSeenBy(String user, String lscb, String ref) {
    var identity = driver.engine().getIdentityService();
    identity.setAuthentication(user, List.of("lscb-chair"), List.of(lscb));
    try {
      return driver.engine().getTaskService().createTaskQuery().taskDefinitionKey(TASK_DECIDE_INITIATION)
          .processInstanceBusinessKey(ref).list();
    } finally {
      identity.clearAuthentication();
    }
  }

  private Object variable(ProcessInstance instance, String name) {
    return driver.engine().getRuntimeService().getVariable(instance.getId(), name);
  }

  private Object historic(ProcessInstance instance, String name) {
    var found = driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return found == null ? null : found.getValue();
  }
}
