package org.scrworkflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.security.Role;
import org.scrworkflow.testsupport.Browser;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rough edges of Tasklist that issue #26 names, each tried as a person meets it in a real browser: a
 * confirmation after a start and after a completion, which goes by itself; a refused claim in one sentence; a start
 * form that Escape does not throw away; a date picker low on the page that opens in sight; long checkbox labels
 * that wrap. Screenshots go to target/screenshots (30-...).
 */
@H2DemoApplicationTest
class TasklistRoughEdgesBrowserTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final By CONFIRMATION = By.cssSelector(".scr-confirmation");
  private static final By START_FORM = By.cssSelector(".modal [cam-tasklist-form] .fjs-form");
  private static final By OPEN_CALENDAR = By.cssSelector(".flatpickr-calendar.open");

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  OpenSteps steps;

  Browser browser;
  String today;

  @BeforeEach
  void open() {
    steps = new OpenSteps(port, tasks);
    browser = new Browser("http://localhost:" + port);
    today = LocalDate.now(ZoneId.of("Europe/London")).format(UK);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  @DisplayName("The start form: Escape in a date picker keeps the dialog and what was typed, the calendar opens in"
      + " sight, a long checkbox label wraps on a narrow screen, and the started review is confirmed, then the"
      + " confirmation goes")
  void startFormKeptOnEscapeAndStartConfirmed() throws Exception {
    browser.login("tasklist", "businessmanager", PASSWORD);
    // a laptop's half screen: the start dialog is narrower than the longest criterion
    browser.driver().manage().window().setSize(new Dimension(900, 1000));
    browser.clickText("Start process");
    browser.clickText("Serious Case Review");
    browser.waitFor(START_FORM);
    browser.type("Case reference", "CR-2601");

    WebElement label = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]//label[contains("
        + "normalize-space(.), 'cause for concern about how agencies worked together')]"));
    @SuppressWarnings("unchecked")
    Map<String, Object> fit = (Map<String, Object>) js(
        "var label = arguments[0], box = label.getBoundingClientRect(), rects = [];"
            + "var walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);"
            + "for (var node = walker.nextNode(); node; node = walker.nextNode()) {"
            + "  if (!node.data.trim()) continue;"
            + "  var range = document.createRange(); range.selectNodeContents(node);"
            + "  rects = rects.concat(Array.from(range.getClientRects()).filter(r => r.width > 0)); }"
            + "return {scroll: label.scrollWidth, client: label.clientWidth,"
            + "  lines: new Set(rects.map(r => Math.round(r.top))).size,"
            + "  inside: rects.every(r => r.right <= box.right + 1 && r.bottom <= box.bottom + 1)};", label);
    assertThat(((Number) fit.get("scroll")).intValue()).as("the label is not cut off")
        .isLessThanOrEqualTo(((Number) fit.get("client")).intValue());
    assertThat(fit.get("inside")).as("the label's whole text lies inside it").isEqualTo(true);
    assertThat(((Number) fit.get("lines")).intValue()).as("the long label wraps").isGreaterThan(1);
    browser.screenshot("33-start-form-long-label-wraps");
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));

    // the awareness date's calendar, the field brought to the foot of the dialog: it opens where it can be seen
    WebElement aware = dateInput("When did the authority become aware?");
    js("arguments[0].scrollIntoView({block: 'end'});", aware);
    aware.click();
    assertCalendarInSight("the start dialog");

    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    Eventually.await("the calendar to close", Duration.ofSeconds(5),
        () -> browser.driver().findElements(OPEN_CALENDAR).isEmpty() ? Optional.of(true) : Optional.empty());
    assertThat(browser.driver().findElements(START_FORM)).as("the start dialog stays open").hasSize(1);
    assertThat(input("Case reference").getAttribute("value")).as("what was typed is kept").isEqualTo("CR-2601");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertThat(browser.driver().findElements(START_FORM)).as("a second Escape does not close it either").hasSize(1);

    browser.type("Age at the incident", "3");
    browser.date("Date of the incident", today);
    browser.choose("What happened?", "The child died");
    browser.tick("Abuse or neglect is known or suspected", true);
    browser.tick("cause for concern about how agencies worked together", true);
    browser.date("When did the authority become aware?", today);
    browser.choose("LSCB where the child normally lives", "Northmoor LSCB");
    browser.choose("Government Office region", "London");
    browser.tick("Northmoor Police", true);
    browser.tick("Northmoor Health Trust", true);
    browser.type("Summary", "Child A died at home; neglect suspected.");
    browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"));

    String confirmed = browser.waitFor(CONFIRMATION).getText();
    browser.screenshot("30-review-started-confirmation");
    assertThat(confirmed).isEqualTo("The review CR-2601 has started.");
    assertConfirmationGoes();
  }

  @Test
  @DisplayName("A completed step is confirmed by its name only, and the confirmation goes by itself")
  void completionConfirmed() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-2602").statusCode()).isEqualTo(200);
    String taskId = steps.awaitTask("CR-2602", TASK_APPROVE_INCIDENT_NOTIFICATION);
    String step = steps.rest("/task/" + taskId).path("name").asText();

    browser.login("tasklist", "businessmanager", PASSWORD);
    browser.openTask(taskId);
    browser.choose("Reason for the notification", "SCR possible");
    browser.type("Summary for Ofsted and GO/DfE", "Child A died; neglect suspected.");
    browser.clickText("Complete");

    String confirmed = browser.waitFor(CONFIRMATION).getText();
    browser.screenshot("31-step-complete-confirmation");
    assertThat(confirmed).isEqualTo("Done: " + step + " is complete.").doesNotContain("Child A");
    assertThat(steps.rest("/task?processInstanceBusinessKey=CR-2602&taskDefinitionKey="
        + TASK_APPROVE_INCIDENT_NOTIFICATION)).as("the step is done").isEmpty();
    assertConfirmationGoes();
  }

  @Test
  @DisplayName("A business manager's claim of a panel member's step is refused in one plain sentence naming the role;"
      + " the chair's decision date, low on the page, opens its calendar in sight")
  void refusedClaimInPlainWordsAndDatePickerInSight() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-2603").statusCode()).isEqualTo(200);
    String screen = steps.walkTo("CR-2603", TASK_SCREEN_CASE);

    browser.login("tasklist", "businessmanager", PASSWORD);
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + screen);
    browser.waitFor(By.cssSelector(".fjs-form"));
    browser.click(By.xpath("//button[normalize-space(.)='Claim']"));
    String sentence = "You cannot take this step: it belongs to the " + Role.PANEL_MEMBER.displayName() + " role.";
    String notice = Eventually.await("the refused claim's notice in one sentence", Duration.ofSeconds(15), () -> {
      List<String> shown = browser.driver().findElements(By.cssSelector(".notifications .alert-danger")).stream()
          .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
      return shown.size() == 1 && shown.get(0).contains(sentence) ? Optional.of(shown.get(0)) : Optional.empty();
    });
    browser.screenshot("32-claim-refused-plain-sentence");
    assertThat(notice.replace("×", "").trim()).isEqualTo(sentence);
    assertThat(notice).doesNotContain("TASK_WORK", "UPDATE_TASK", "ENGINE-", "Exception", "An error happened",
        screen);
    assertThat(steps.rest("/task/" + screen).path("assignee").isNull()).as("nobody holds the step").isTrue();

    String decide = steps.walkTo("CR-2603", TASK_DECIDE_INITIATION);
    browser.login("tasklist", StandardAnswers.of(TASK_DECIDE_INITIATION).user(), PASSWORD);
    browser.openTask(decide);
    WebElement date = dateInput("Date of the decision");
    // the field at the foot of the task's pane, just above the page's footer
    js("var field = arguments[0]; field.scrollIntoView({block: 'end'});"
        + "var footer = document.querySelector('footer').getBoundingClientRect().top;"
        + "var over = field.getBoundingClientRect().bottom - (footer - 12);"
        + "for (var box = field.parentElement; box && over > 0; box = box.parentElement) {"
        + "  if (box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== 'visible') {"
        + "    box.scrollTop += over; over = 0; } }", date);
    date.click();
    @SuppressWarnings("unchecked")
    Map<String, Object> room = (Map<String, Object>) js("var c = document.querySelector('.flatpickr-calendar.open');"
        + "return {below: document.querySelector('footer').getBoundingClientRect().top"
        + "  - arguments[0].getBoundingClientRect().bottom, height: c.getBoundingClientRect().height};", date);
    assertThat(((Number) room.get("below")).doubleValue()).as("the field is low: its calendar does not fit below it")
        .isLessThan(((Number) room.get("height")).doubleValue());
    assertCalendarInSight("the task page");
    browser.screenshot("34-date-picker-in-sight");
  }

  /** The open calendar lies inside the window, above the footer, and nothing covers its middle or its last row. */
  private void assertCalendarInSight(String where) throws Exception {
    browser.waitFor(OPEN_CALENDAR);
    @SuppressWarnings("unchecked")
    Map<String, Object> seen = (Map<String, Object>) Eventually.await("the calendar placed", Duration.ofSeconds(5),
        () -> Optional.ofNullable(js("var c = document.querySelector('.flatpickr-calendar.open');"
            + "var r = c.getBoundingClientRect(), footer = document.querySelector('footer');"
            + "var modal = document.querySelector('.modal');"
            + "var bottom = modal ? innerHeight : Math.min(innerHeight, footer.getBoundingClientRect().top);"
            + "var mid = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "var low = document.elementFromPoint(r.left + r.width / 2, r.bottom - 6);"
            + "return r.top >= 0 && r.left >= 0 && r.right <= innerWidth && r.bottom <= bottom"
            + "  && c.contains(mid) && c.contains(low) ? {top: r.top, bottom: r.bottom} : null;")));
    assertThat(seen).as("the calendar in " + where + " is in sight").isNotNull();
  }

  private void assertConfirmationGoes() throws Exception {
    Eventually.await("the confirmation to go by itself", Duration.ofSeconds(15),
        () -> browser.driver().findElements(CONFIRMATION).isEmpty() ? Optional.of(true) : Optional.empty());
  }

  private WebElement dateInput(String label) {
    return input(label);
  }

  private WebElement input(String label) {
    return browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), \""
        + label + "\")]]//input[not(@type='hidden')]"));
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }
}
