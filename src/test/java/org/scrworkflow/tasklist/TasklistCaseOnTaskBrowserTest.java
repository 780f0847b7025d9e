package org.scrworkflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.testsupport.Browser;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #26: in Tasklist's list every role sees whose case each task is (the case reference, the child's pseudonym)
 * and the day it is due, the panel and agencies included, who may not read the review itself; a case reference typed
 * into the search box finds that review's tasks, in the person's own LSCB only. Screenshots go to target/screenshots
 * (35-...).
 */
@H2DemoApplicationTest
class TasklistCaseOnTaskBrowserTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final By CARDS = By.cssSelector("ol.tasks-list li.task");
  private static final By NO_TASK = By.xpath("//div[contains(@class,'well')][contains(normalize-space(.),"
      + " 'No task matching')]");
  private static final By SEARCH = By.cssSelector("[cam-widget-search] input.main-field");

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  Browser browser;
  OpenSteps steps;

  @BeforeEach
  void open() {
    browser = new Browser("http://localhost:" + port);
    steps = new OpenSteps(port, tasks);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  @DisplayName("The business manager, the chair and the panel member each see the case reference, the pseudonym and"
      + " the due day of each of their tasks in the list; two tasks of one name are told apart; the panel member"
      + " reads nothing of the review but those two copies")
  void everyRoleSeesTheCaseOfEachTask() throws Exception {
    start("businessmanager", "CR-4101", "Child A");
    start("businessmanager", "CR-4102", "Child B");
    start("businessmanager", "CR-4103", "Child C");
    start("businessmanager", "CR-4104", "Child D");
    String screenA = steps.walkTo("CR-4101", TASK_SCREEN_CASE);
    String screenB = steps.walkTo("CR-4102", TASK_SCREEN_CASE);
    String decide = steps.walkTo("CR-4103", TASK_DECIDE_INITIATION);
    String approve = steps.awaitTask("CR-4104", TASK_APPROVE_INCIDENT_NOTIFICATION);

    Map<String, String> panel = listedAs("panelmember", Map.of("CR-4101", screenA, "CR-4102", screenB));
    String step = steps.rest("/task/" + screenA).path("name").asText();
    assertThat(panel.get("CR-4101")).contains(step).contains("Child A").doesNotContain("Child B");
    assertThat(panel.get("CR-4102")).contains(step).contains("Child B").doesNotContain("Child A");
    browser.screenshot("35-tasklist-panel-member-sees-each-case");
    // opened from the list, the task's form names the same case at its top
    browser.click(By.xpath("//ol[contains(@class,'tasks-list')]/li[.//*[normalize-space(.)='CR-4101']]//h4/a"));
    browser.waitFor(By.cssSelector(".fjs-form"));
    assertThat(fieldValue("Case reference")).isEqualTo("CR-4101");
    assertThat(fieldValue("Child (pseudonym)")).isEqualTo("Child A");
    browser.screenshot("39-tasklist-panel-member-task-opened");

    assertThat(listedAs("chair", Map.of("CR-4103", decide)).get("CR-4103")).contains("Child C");
    browser.screenshot("36-tasklist-chair-sees-each-case");
    assertThat(listedAs("businessmanager", Map.of("CR-4104", approve)).get("CR-4104")).contains("Child D");

    // the panel member reads the two copies on their own task, and still nothing of the review itself
    String review = steps.rest("/task/" + screenA).path("processInstanceId").asText();
    Set<String> read = new TreeSet<>();
    get("panelmember", "/variable-instance?processInstanceIdIn=" + review).forEach(v -> read.add(v.path("name")
        .asText()));
    assertThat(read).containsExactlyInAnyOrder(TASK_CASE_REFERENCE.name(), TASK_CHILD_PSEUDONYM.name());
    assertThat(status("panelmember", "/process-instance/" + review + "/variables")).isEqualTo(403);
    assertThat(get("panelmember", "/process-instance?processInstanceIds=" + review)).isEmpty();
  }

  @Test
  @DisplayName("A case reference typed into the search box finds that review's tasks and not another review's;"
      + " another LSCB's review of the same or another reference is not found")
  void searchFindsTheCaseInTheOwnLscbOnly() throws Exception {
    start("businessmanager", "CR-4111", "Child E");
    start("businessmanager", "CR-4112", "Child F");
    // Southvale numbers its own cases: it has a CR-4111 too, and a CR-4113 Northmoor does not have
    start("southbusinessmanager", "CR-4111", "Child S");
    start("southbusinessmanager", "CR-4113", "Child T");
    String ours = steps.awaitTask("CR-4111", TASK_APPROVE_INCIDENT_NOTIFICATION, "lscb-northmoor");
    steps.awaitTask("CR-4112", TASK_APPROVE_INCIDENT_NOTIFICATION);

    browser.login("tasklist", "businessmanager", PASSWORD);
    browser.clickText("My group's tasks");
    browser.waitFor(CARDS);
    search("cr-4111");
    Map<String, String> found = awaitCards("only CR-4111's task", cards -> cards.size() == 1
        && cards.containsKey("CR-4111"));
    assertThat(found.get("CR-4111")).contains("Child E").doesNotContain("Child S");
    assertThat(pills()).containsExactly("Process Instance Business Key = CR-4111");
    assertThat(cardIds()).containsExactly(ours);
    browser.screenshot("37-tasklist-search-by-case-reference");

    removePills();
    search("CR-4113");
    browser.waitFor(NO_TASK);
    assertThat(pills()).containsExactly("Process Instance Business Key = CR-4113");
    assertThat(browser.driver().findElements(CARDS)).as("Southvale's CR-4113 is not found in Northmoor").isEmpty();
    browser.screenshot("38-tasklist-search-other-lscb-not-found");

    // and the other way round: Southvale's business manager finds Southvale's CR-4111, not Northmoor's
    browser.login("tasklist", "southbusinessmanager", PASSWORD);
    browser.clickText("My group's tasks");
    browser.waitFor(CARDS);
    search("CR-4111");
    found = awaitCards("only Southvale's CR-4111", cards -> cards.size() == 1 && cards.containsKey("CR-4111"));
    assertThat(found.get("CR-4111")).contains("Child S").doesNotContain("Child E");
  }

  /** Logs in, opens "My group's tasks" and waits for the given tasks; each listed task's text by case reference. */
  private Map<String, String> listedAs(String user, Map<String, String> expected) throws Exception {
    browser.login("tasklist", user, PASSWORD);
    browser.clickText("My group's tasks");
    Map<String, String> cards = awaitCards(user + " sees " + expected.keySet(),
        shown -> shown.keySet().containsAll(expected.keySet()));
    // the pointer off the filter's name, whose tooltip would cover the filters in the screenshot
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.driver().findElement(
        By.cssSelector("ol.tasks-list"))).perform();
    Eventually.await("the filter's tooltip to close", Duration.ofSeconds(5), () -> browser.driver().findElements(
        By.cssSelector(".tooltip")).stream().noneMatch(WebElement::isDisplayed) ? Optional.of(true) : Optional.empty());
    for (var task : expected.entrySet()) {
      String card = cards.get(task.getKey());
      assertThat(card).as(user + ": " + task.getKey()).contains("Case:").contains("Child:").contains("Due in")
          .containsPattern(dueDay(task.getValue()));
    }
    return cards;
  }

  /** The day a task is due, as the card writes it ("(24 Mar 2027)"; a month may be written "Sept"). */
  private String dueDay(String taskId) throws Exception {
    String due = steps.rest("/task/" + taskId).path("due").asText();
    assertThat(due).as("task " + taskId + " has a due date").isNotBlank();
    var day = OffsetDateTime.parse(due, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
        .atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDate();
    return "\\(" + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)
        .substring(0, 3) + "[a-z]*\\.? " + day.getYear() + "\\)";
  }

  /** Waits until the list shows what the condition asks for; each card's text by the case reference it shows. */
  private Map<String, String> awaitCards(String what, java.util.function.Predicate<Map<String, String>> condition)
      throws Exception {
    return Eventually.await(what, Duration.ofSeconds(30), () -> {
      Map<String, String> cards = new LinkedHashMap<>();
      try {
        for (WebElement card : browser.driver().findElements(CARDS)) {
          String text = card.getText();
          var reference = java.util.regex.Pattern.compile("Case:\\s*(CR-[0-9]+)").matcher(text);
          cards.put(reference.find() ? reference.group(1) : "(none)", text);
        }
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        return Optional.empty();
      }
      return condition.test(cards) ? Optional.of(cards) : Optional.empty();
    });
  }

  private String fieldValue(String label) {
    return browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[normalize-space(.)='" + label
        + "']]//input")).getAttribute("value");
  }

  private List<String> cardIds() {
    List<String> ids = new ArrayList<>();
    for (WebElement link : browser.driver().findElements(By.cssSelector("ol.tasks-list li.task h4.task a"))) {
      var id = java.util.regex.Pattern.compile("task=([^&]+)").matcher(link.getAttribute("href"));
      ids.add(id.find() ? id.group(1) : "");
    }
    return ids;
  }

  private void search(String text) {
    WebElement box = browser.waitFor(SEARCH);
    box.click();
    box.sendKeys(text);
    box.sendKeys(Keys.ENTER);
  }

  private List<String> pills() {
    return browser.driver().findElements(By.cssSelector("[cam-widget-search] .search-label")).stream()
        .map(pill -> pill.getText().replaceAll("\\s+", " ").trim()).toList();
  }

  private void removePills() throws Exception {
    for (WebElement remove : browser.driver().findElements(By.cssSelector("[cam-widget-search] .remove-search"))) {
      remove.click();
    }
    Eventually.await("the search emptied", Duration.ofSeconds(10),
        () -> pills().isEmpty() ? Optional.of(true) : Optional.empty());
  }

  private void start(String user, String caseReference, String pseudonym) throws Exception {
    HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/engine-rest/process-definition/key/" + SeriousCaseReview.KEY + "/start"))
        .header("Authorization", Http.basic(user, PASSWORD)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Http.startBody(user, caseReference, "")
            .replace("\"Child A\"", "\"" + pseudonym + "\""))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, path);
    assertThat(response.statusCode()).as(user + " " + path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private int status(String user, String path) throws Exception {
    return send(user, path).statusCode();
  }

  private HttpResponse<String> send(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/engine-rest" + path)).header("Authorization", Http.basic(user, PASSWORD)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
