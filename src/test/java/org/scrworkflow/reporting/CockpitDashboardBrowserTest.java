package org.scrworkflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The managers' Cockpit plugin in a real browser, on the demo with its sample reviews: the manager logs in to
 * Cockpit, finds the reviews started here on the dashboard, filters by LSCB, sorts, reads a timeline and the
 * timeliness charts, and opens a review's process instance with its timeline tab. Screenshots go to
 * target/screenshots (the user guide's images are copied from there).
 */
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:scr-cockpit;DB_CLOSE_DELAY=-1", "scr.demo.seed-reviews=true"})
@ActiveProfiles("demo")
class CockpitDashboardBrowserTest {

  static final String PASSWORD = "Demo-Pass-2010";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  Browser browser;

  @BeforeEach
  void open() {
    browser = new Browser("http://localhost:" + port);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  /** A referral opened today by the business manager, as Tasklist's start form does. */
  String refer(String ref, String pseudonym, String lscb) {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    identity.setAuthentication("businessmanager", List.of("lscb-business-manager"));
    try {
      return runtime.startProcessInstanceByKey(SeriousCaseReview.KEY, ref, StandardAnswers.referral(ref, pseudonym,
          lscb, "LONDON", LocalDate.parse(today), List.of("police")).with(CHILD_AGE_YEARS, 2L)
          .with(INCIDENT_DATE, LocalDate.parse(today))).getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  List<String> rows() {
    return browser.driver().findElements(By.cssSelector("#scr-reviews tbody tr")).stream()
        .map(row -> row.getAttribute("data-case")).toList();
  }

  void waitUntil(java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> condition.get());
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
  }

  @Test
  @DisplayName("Manager in Cockpit: the reviews on the dashboard, filtered by LSCB, sorted, a timeline, charts, a review's tab")
  void managerReadsTheDashboard() {
    String first = refer("CR-8901", "Child X", "lscb-browser-a");
    refer("CR-8902", "Child Y", "lscb-browser-b");

    // a regional overseer, manager in both demo LSCBs
    browser.login("cockpit", "regionalmanager", PASSWORD);
    browser.waitFor(By.cssSelector("#scr-reviews tbody tr[data-case='CR-8901']"));
    assertThat(rows()).contains("CR-8901", "CR-8902", "CR-9101", "CR-9108");
    WebElement row = browser.waitFor(By.cssSelector("#scr-reviews tbody tr[data-case='CR-8901']"));
    assertThat(row.findElement(By.cssSelector("td[data-key='stage']")).getText()).isEqualTo("Notification");
    assertThat(row.findElement(By.cssSelector("td[data-key='lscb']")).getText()).isEqualTo("lscb-browser-a");
    // issue #26: a review whose IMR is past its due date is not "On track": the status says Late, and what is late
    WebElement late = browser.waitFor(
        By.cssSelector("#scr-reviews tbody tr[data-case='CR-9103'] td[data-key='status']"));
    assertThat(late.getText()).startsWith("Late").contains("Northmoor Health Trust's IMR", "days late");
    scrollTo(browser.waitFor(By.id("scr-reviews-dashboard")));
    browser.screenshot("11-cockpit-dashboard-reviews");

    // filter by LSCB: only that LSCB's review is left
    new Select(browser.waitFor(By.id("scr-filter-lscb"))).selectByValue("lscb-browser-a");
    waitUntil(() -> rows().equals(List.of("CR-8901")));
    assertThat(browser.waitFor(By.cssSelector(".scr-count")).getText()).startsWith("1 of ");
    new Select(browser.waitFor(By.id("scr-filter-lscb"))).selectByValue("lscb-southvale");
    waitUntil(() -> !rows().isEmpty() && rows().stream().allMatch(r -> List.of("CR-9102", "CR-9104", "CR-9106",
        "CR-9108").contains(r)));
    new Select(browser.waitFor(By.id("scr-filter-status"))).selectByValue("OVERDUE");
    waitUntil(() -> rows().equals(List.of("CR-9106")));
    browser.screenshot("12-cockpit-dashboard-filtered");
    new Select(browser.waitFor(By.id("scr-filter-status"))).selectByValue("");

    // sort by stage, then the other way round
    browser.click(By.cssSelector("#scr-reviews th[data-key='stage']"));
    waitUntil(() -> rows().get(0).equals("CR-9102"));
    browser.click(By.cssSelector("#scr-reviews th[data-key='stage']"));
    waitUntil(() -> rows().get(0).equals("CR-9108"));
    assertThat(browser.waitFor(By.cssSelector("#scr-reviews th[data-key='stage']")).getAttribute("aria-sort"))
        .isEqualTo("descending");

    // a closed review's timeline opens on the dashboard: who decided what, planned against actual
    browser.click(By.cssSelector("#scr-reviews tr[data-case='CR-9108']"));
    WebElement timeline = browser.waitFor(By.cssSelector("#scr-dashboard-timeline .scr-timeline-content[data-case='CR-9108']"));
    assertThat(timeline.getText()).contains("Chair's decision", "chair", "OVERVIEW_WITHHELD_WELFARE", "GOOD");
    assertThat(timeline.findElements(By.cssSelector("svg.scr-strip circle"))).isNotEmpty();
    scrollTo(timeline);
    browser.screenshot("13-cockpit-review-timeline");

    // timeliness per LSCB as bars
    new Select(browser.waitFor(By.id("scr-filter-lscb"))).selectByValue("");
    WebElement charts = browser.waitFor(By.cssSelector("#scr-timeliness .scr-chart[data-lscb='ALL'] svg rect.scr-bar"));
    assertThat(charts).isNotNull();
    assertThat(browser.driver().findElements(By.cssSelector("#scr-timeliness .scr-chart")).size()).isGreaterThanOrEqualTo(3);
    scrollTo(browser.waitFor(By.id("scr-timeliness")));
    browser.screenshot("14-cockpit-timeliness");

    // an open review: its row opens the process instance, whose tab shows the timeline
    browser.click(By.cssSelector("#scr-reviews tr[data-case='CR-8901']"));
    waitUntil(() -> browser.driver().getCurrentUrl().contains("/process-instance/" + first));
    browser.clickText("Review timeline");
    WebElement tab = browser.waitFor(By.cssSelector("#scr-timeline-tab .scr-timeline-content[data-case='CR-8901']"));
    assertThat(tab.getText()).contains("Incident notified to Ofsted and GO/DfE", "T-1");
    scrollTo(browser.waitFor(By.cssSelector(".ctn-tabbed-content, #scr-timeline-tab")));
    browser.screenshot("15-cockpit-process-instance-timeline");

    // a manager of Southvale LSCB sees Southvale's reviews and nothing of Northmoor's
    browser.login("cockpit", "southmanager", PASSWORD);
    browser.waitFor(By.cssSelector("#scr-reviews tbody tr[data-case='CR-9108']"));
    assertThat(rows()).contains("CR-9102", "CR-9108").doesNotContain("CR-9101", "CR-9103", "CR-9105", "CR-9107");
    scrollTo(browser.waitFor(By.id("scr-reviews-dashboard")));
    browser.screenshot("16-cockpit-other-lscb-hidden");

    // each review links to its page (issue #26), which the manager reads with the same login: every step, no notice
    WebElement page = browser.waitFor(By.cssSelector("#scr-reviews tr[data-case='CR-9108'] a.scr-review-page"));
    assertThat(page.getAttribute("href")).endsWith("/review.html?case=CR-9108");
    browser.driver().get(page.getAttribute("href"));
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Review CR-9108");
    assertThat(browser.waitFor(By.id("scr-steps")).getText()).contains("Decide whether to initiate");
    assertThat(browser.driver().findElement(By.id("scr-notices-withheld")).getText())
        .contains("business manager and chair");
  }
}
