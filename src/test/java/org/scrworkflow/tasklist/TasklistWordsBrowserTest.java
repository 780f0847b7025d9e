package org.scrworkflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Browser;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #26, words not codes: each role reads its form in words (the criteria, the reason, the recommendation, the
 * agency, the proposed LSCB), dates as people in England write them, and no rule id. Screenshots go to
 * target/screenshots (40-...).
 */
@H2DemoApplicationTest
class TasklistWordsBrowserTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final String RULE_ID = "(?s).*\\b(S|R|G|T|AT)-\\d.*";
  private static final String ISO_DATE = "(?s).*\\d{4}-\\d{2}-\\d{2}.*";

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  Browser browser;
  OpenSteps steps;
  String today;

  @BeforeEach
  void open() {
    browser = new Browser("http://localhost:" + port);
    steps = new OpenSteps(port, tasks);
    today = LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  @DisplayName("From the notification to the chair's decision, each role reads words and dates, never a code or a"
      + " rule id")
  void referralToDecisionInWords() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-7721").statusCode()).isEqualTo(200);

    String form = formAs(TASK_APPROVE_INCIDENT_NOTIFICATION, steps.awaitTask("CR-7721",
        TASK_APPROVE_INCIDENT_NOTIFICATION), "40-approve-notification-date-in-words");
    assertThat(form).contains("The authority became aware on\n" + today);

    form = formAs(TASK_CONFIRM_LSCBS, steps.walkTo("CR-7721", TASK_CONFIRM_LSCBS), "41-confirm-lscbs-in-words");
    assertThat(form).contains("Lead LSCB the rules propose\nNorthmoor LSCB (lscb-northmoor in the LSCB list)")
        .contains("The LSCB where the child normally lives leads");

    form = formAs(TASK_RECOMMEND_TO_CHAIR, steps.walkTo("CR-7721", TASK_RECOMMEND_TO_CHAIR),
        "42-recommend-to-chair-in-words");
    assertThat(form).contains("Met: a Serious Case Review is required.")
        .contains("The child died, and abuse or neglect is known or suspected.")
        .doesNotContain("REQUIRED", "DEATH_ABUSE_NEGLECT");

    form = formAs(TASK_DECIDE_INITIATION, steps.walkTo("CR-7721", TASK_DECIDE_INITIATION),
        "43-decide-initiation-in-words");
    assertThat(form).contains("Met: a Serious Case Review is required.")
        .contains("The sub-group's recommendation\nInitiate a Serious Case Review")
        .contains("Incident notified on\n" + today)
        .contains("About this step").doesNotContain("INITIATE", "REQUIRED");
  }

  @Test
  @DisplayName("The agency's senior manager reads the agency's name, not its id, when appointing the IMR author")
  void agencyInWords() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-7722").statusCode()).isEqualTo(200);
    runtime.startProcessInstanceByKey(IndividualManagementReview.KEY, "CR-7722", Map.of(
        CASE_REFERENCE.name(), "CR-7722", CHILD_PSEUDONYM.name(), "Child B", AGENCY_ID.name(), "socialcare",
        IMR_DUE_DATE.name(), LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2).toString(),
        LEAD_LSCB.name(), "lscb-northmoor", RESIDENCE_LSCB.name(), "lscb-northmoor"));
    String appoint = Eventually.await("the appointment of CR-7722's IMR author", Duration.ofSeconds(30), () -> {
      var found = tasks.createTaskQuery().processInstanceBusinessKey("CR-7722")
          .taskDefinitionKey(TASK_APPOINT_IMR_AUTHOR).list();
      return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
    });
    String form = formAs("socialcaresenior", TASK_APPOINT_IMR_AUTHOR, appoint, "44-appoint-imr-author-agency-in-words");
    // the name the agency list gives it (issue #23), not one spelled in the form
    assertThat(form).contains("Agency").contains("Northmoor Children's Social Care").doesNotContain("socialcare");
  }

  /** The text of the task's form as the role that does it reads it (claimed), after a screenshot. */
  private String formAs(String taskKey, String taskId, String screenshot) throws Exception {
    return formAs(StandardAnswers.of(taskKey).user(), taskKey, taskId, screenshot);
  }

  private String formAs(String user, String taskKey, String taskId, String screenshot) throws Exception {
    browser.login("tasklist", user, PASSWORD);
    browser.openTask(taskId);
    String form = Eventually.await("the form's words", Duration.ofSeconds(30), () -> {
      String text = browser.driver().findElement(By.cssSelector(".fjs-form")).getText();
      return text.contains("About this step") || !text.contains("{{") ? Optional.of(text) : Optional.empty();
    });
    browser.screenshot(screenshot);
    assertThat(form).as(taskKey).doesNotMatch(RULE_ID).doesNotMatch(ISO_DATE).doesNotContain("WT2010", "{{");
    return form;
  }
}
