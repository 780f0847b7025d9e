package org.scrworkflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.review.CaseRegister;
import org.scrworkflow.tasklist.OpenSteps;
import org.scrworkflow.testsupport.Browser;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #26, a page per review: opened from a task's link in Tasklist, the page of the review shows the steps and
 * dates the engine's history holds, in dates as people in England write them; another LSCB's review is not
 * reachable from it. Screenshots go to target/screenshots (50-...), copied into docs/images/user-guide.
 */
@H2DemoApplicationTest
class ReviewPageBrowserTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\\d{4})");
  private static final By STEP_ROWS = By.cssSelector("#scr-steps tbody tr");

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired CaseRegister register;

  Browser browser;

  @BeforeEach
  void open() {
    browser = new Browser("http://localhost:" + port);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  @DisplayName("Opened from the chair's task, the review page shows the steps and dates of the engine's history, the"
      + " deadline ahead in words and the notices sent; another LSCB's review is not reachable from it")
  void theReviewPageShowsTheEnginesHistory() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-8941").statusCode()).isEqualTo(200);
    String decide = new OpenSteps(port, tasks).walkTo("CR-8941", TASK_DECIDE_INITIATION);
    assertThat(Http.startReview(port, "southbusinessmanager", "CR-8942").statusCode()).isEqualTo(200);

    browser.login("tasklist", "chair", PASSWORD);
    browser.clickText("My group's tasks");
    WebElement cardLink = browser.waitFor(By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4//a[contains(@href,"
        + " 'task=" + decide + "')]]//a[contains(@class,'scr-review-link')]"));
    assertThat(cardLink.getText()).isEqualTo("Review CR-8941");
    browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4//a[contains(@href, 'task=" + decide + "')]"));
    WebElement taskLink = browser.waitFor(By.cssSelector(".names .scr-review-link"));
    assertThat(taskLink.getAttribute("href")).endsWith("/review.html?case=CR-8941&lscb=lscb-northmoor");
    String tasklist = browser.driver().getWindowHandle();
    taskLink.click();
    Eventually.await("the review page in a new tab", Duration.ofSeconds(10),
        () -> browser.driver().getWindowHandles().size() == 2 ? Optional.of(true) : Optional.empty());
    browser.driver().getWindowHandles().stream().filter(handle -> !handle.equals(tasklist)).findFirst()
        .ifPresent(handle -> browser.driver().switchTo().window(handle));

    browser.waitFor(STEP_ROWS);
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Review CR-8941");
    assertThat(browser.driver().findElement(By.cssSelector(".scr-facts")).getText())
        .contains("Northmoor LSCB", "Decision", "Child A");
    assertThat(browser.driver().findElement(By.id("scr-status")).getText()).isEqualTo("On track");

    String reviewId = register.find(Cases.northmoor("CR-8941")).orElseThrow().processInstanceId();
    List<String> expected = new ArrayList<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(reviewId).list()
        .stream().sorted(Comparator.comparing(HistoricTaskInstance::getStartTime)
            .thenComparing(HistoricTaskInstance::getId)).toList()) {
      expected.add(task.getName() + " | " + day(task.getStartTime()) + " | " + day(task.getDueDate()) + " | "
          + day(task.getEndTime()));
    }
    List<String> shown = new ArrayList<>();
    for (WebElement row : browser.driver().findElements(STEP_ROWS)) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      shown.add(cells.get(0).getText() + " | " + parsed(cells.get(4).getText()) + " | "
          + parsed(cells.get(5).getText()) + " | " + parsed(cells.get(6).getText()));
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
    assertThat(shown).containsExactlyElementsOf(expected);
    String decideName = tasks.createTaskQuery().taskId(decide).singleResult().getName();
    WebElement open = browser.driver().findElements(STEP_ROWS).get(expected.size() - 1);
    assertThat(open.getText()).contains(decideName, "Open", "LSCB chair", "Open in Tasklist")
        .containsPattern("in \\d+ days?");
    assertThat(browser.driver().findElement(By.id("scr-deadlines")).getText()).contains(decideName);
    assertThat(browser.driver().findElement(By.id("scr-notices")).getText())
        .contains("Notification of a serious incident", "Sent");
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
        .doesNotContain("neglect is suspected");
    browser.screenshot("54-review-page");

    // another LSCB's review: not by its reference, nor by naming its LSCB, nor by naming this LSCB for it
    for (String page : List.of("/review.html?case=CR-8942", "/review.html?case=CR-8942&lscb=lscb-southvale",
        "/review.html?case=CR-8941&lscb=lscb-southvale")) {
      browser.driver().get("http://localhost:" + port + page);
      assertThat(browser.waitFor(By.id("scr-problem")).getText()).as(page).startsWith("No case CR-894");
      assertThat(browser.driver().findElements(By.id("scr-steps"))).as(page).isEmpty();
    }
    browser.screenshot("55-review-page-other-lscb-not-found");
  }

  @Test
  @DisplayName("Without a login, the review page asks the person to log in to Tasklist and shows nothing of the case")
  void withoutLoginThePageAsksForOne() {
    browser.driver().get("http://localhost:" + port + "/review.html?case=CR-8941");
    assertThat(browser.waitFor(By.id("scr-problem")).getText()).startsWith("Log in to Tasklist first");
    assertThat(browser.driver().findElements(By.id("scr-steps"))).isEmpty();
  }

  private static String day(Date date) {
    return date == null ? "" : LocalDate.ofInstant(date.toInstant(), LONDON).toString();
  }

  /** "8 Dec 2026" (a month may be written "Sept") as 2026-12-08; "" stays "". */
  private static String parsed(String text) {
    Matcher day = DAY.matcher(text.trim());
    if (!day.matches()) {
      assertThat(text.trim()).as("a date as people in England write it, or nothing").isEmpty();
      return "";
    }
    return LocalDate.parse(day.group(1) + " " + day.group(2) + " " + day.group(3),
        DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)).toString();
  }
}
