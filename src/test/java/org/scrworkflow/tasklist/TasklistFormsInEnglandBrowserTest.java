package org.scrworkflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Browser;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Uploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The last small points of issues #23 and #26, tried in Debian's Chromium as a person meets them: dates in a Camunda
 * Form as people in England write them even where the browser's interface is English (US); an IMR's forms name the
 * agency as the one agency list does ("Northmoor Police"), not by its id; "Create task" only for the administrator.
 * Screenshots go to target/screenshots (50-...).
 */
@H2DemoApplicationTest
class TasklistFormsInEnglandBrowserTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final By START_FORM = By.cssSelector(".modal [cam-tasklist-form] .fjs-form");
  private static final By CREATE_TASK = By.cssSelector(".create-task-action");

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("A date field reads dd/mm/yyyy and takes 04/05/2011 as 4 May, in a browser whose interface is English"
      + " (US) and whose user prefers English (UK)")
  void datesAsWrittenInEngland() throws Exception {
    browser = new Browser("http://localhost:" + port, "en-US");
    browser.login("tasklist", "businessmanager", PASSWORD);
    assertThat(js("return new Date(2011, 4, 4).toLocaleDateString();"))
        .as("the browser itself writes dates the American way").isEqualTo("5/4/2011");
    browser.clickText("Start process");
    browser.clickText("Serious Case Review");
    browser.waitFor(START_FORM);
    WebElement aware = dateInput("When did the authority become aware?");
    assertThat(aware.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    browser.date("When did the authority become aware?", "04/05/2011");
    Object chosen = Eventually.await("the date picker to read the date", Duration.ofSeconds(10), () -> {
      Object read = js("var p = arguments[0]._flatpickr; var d = p && p.selectedDates[0];"
          + " return d ? [d.getDate(), d.getMonth() + 1, d.getFullYear()].join('.') : null;", aware);
      return Optional.ofNullable(read);
    });
    assertThat(chosen).as("4 May 2011, not 5 April").isEqualTo("4.5.2011");
    assertThat(aware.getAttribute("value")).isEqualTo("04/05/2011");
    browser.screenshot("50-start-form-date-as-in-england");
  }

  @Test
  @DisplayName("The IMR's forms name the agency as the agency list does: appointing the author, writing, signing off")
  void imrFormsNameTheAgency() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-2661").statusCode()).isEqualTo(200);
    runtime.startProcessInstanceByKey(IndividualManagementReview.KEY, "CR-2661", Map.of(
        CASE_REFERENCE.name(), "CR-2661", CHILD_PSEUDONYM.name(), "Child N", AGENCY_ID.name(), "police",
        IMR_DUE_DATE.name(), LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2).toString(),
        LEAD_LSCB.name(), "lscb-northmoor", RESIDENCE_LSCB.name(), "lscb-northmoor"));
    browser = new Browser("http://localhost:" + port);

    String appoint = imrTask(TASK_APPOINT_IMR_AUTHOR);
    browser.login("tasklist", "policesenior", PASSWORD);
    browser.openTask(appoint);
    WebElement agency = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[normalize-space(.)"
        + "='Agency']]"));
    Eventually.await("the agency's name", Duration.ofSeconds(30),
        () -> agency.getText().contains("Northmoor Police") ? Optional.of(true) : Optional.empty());
    assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("police");
    browser.screenshot("51-appoint-imr-author-agency-named");
    complete(appoint);

    String write = imrTask(TASK_WRITE_IMR);
    browser.login("tasklist", "policeimr", PASSWORD);
    browser.openTask(write);
    WebElement shown = browser.waitFor(By.cssSelector("form.scr-upload-form dd[data-context='agencyId']"));
    Eventually.await("the agency's name", Duration.ofSeconds(30),
        () -> shown.getText().equals("Northmoor Police") ? Optional.of(true) : Optional.empty());
    browser.screenshot("52-write-imr-agency-named");
    complete(write);

    String signOff = imrTask(TASK_SIGN_OFF_IMR);
    browser.login("tasklist", "policesenior", PASSWORD);
    browser.openTask(signOff);
    WebElement signed = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[normalize-space(.)"
        + "='Agency']]"));
    Eventually.await("the agency's name", Duration.ofSeconds(30),
        () -> signed.getText().contains("Northmoor Police") ? Optional.of(true) : Optional.empty());
  }

  @Test
  @DisplayName("Create task: hidden from the business manager (the engine refuses them), shown to the administrator")
  void createTaskOnlyForWhoMay() throws Exception {
    browser = new Browser("http://localhost:" + port);
    browser.login("tasklist", "admin", PASSWORD);
    Eventually.await("the administrator's Create task", Duration.ofSeconds(30), () -> {
      List<WebElement> links = browser.driver().findElements(CREATE_TASK);
      return !links.isEmpty() && links.get(0).isDisplayed() ? Optional.of(true) : Optional.empty();
    });

    browser.close();
    browser = new Browser("http://localhost:" + port);
    browser.login("tasklist", "businessmanager", PASSWORD);
    Eventually.await("the engine's answer for the business manager", Duration.ofSeconds(30), () -> {
      List<WebElement> links = browser.driver().findElements(CREATE_TASK);
      return !links.isEmpty() && "false".equals(links.get(0).getAttribute("data-scr-allowed"))
          ? Optional.of(true) : Optional.empty();
    });
    assertThat(browser.driver().findElements(CREATE_TASK)).allSatisfy(link -> assertThat(link.isDisplayed())
        .isFalse());
    assertThat(browser.driver().findElements(By.xpath("//a[normalize-space(.)='Create task']")))
        .noneMatch(WebElement::isDisplayed);
    browser.screenshot("53-tasklist-business-manager-no-create-task");
  }

  /** The open step of CR-2661's police IMR with that key, once there is one. */
  private String imrTask(String taskKey) throws Exception {
    return Eventually.await(taskKey + " of CR-2661", Duration.ofSeconds(30), () -> {
      var found = tasks.createTaskQuery().processInstanceBusinessKey("CR-2661")
          .processDefinitionKey(IndividualManagementReview.KEY).taskDefinitionKey(taskKey).list();
      return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
    });
  }

  private void complete(String taskId) {
    var task = tasks.createTaskQuery().taskId(taskId).singleResult();
    tasks.complete(taskId, StandardAnswers.of(task.getTaskDefinitionKey()).values()
        .on(LocalDate.now(ZoneId.of("Europe/London")), Uploads::pdf));
  }

  private WebElement dateInput(String label) {
    return browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), \""
        + label + "\")]]//input[not(@type='hidden')]"));
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }
}
