package org.scrworkflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.IndividualManagementReview.CHRONOLOGY_FILE;
import static org.scrworkflow.process.IndividualManagementReview.DECLARATION_DATE;
import static org.scrworkflow.process.IndividualManagementReview.DIRECT_INVOLVEMENT;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_NAME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_ROLE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER;
import static org.scrworkflow.process.IndividualManagementReview.RECORDS_SECURED_ON;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DRAW_UP_PROJECT_PLAN;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SET_UP_PANEL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.notification.NotificationLog;
import org.scrworkflow.notification.NotificationRecord;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Browser;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Uploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist in a real browser: the business manager opens a referral from the start form, a bad value is
 * refused next to its field, and the first tasks are worked by the roles they belong to. State is checked
 * through the REST API, over HTTP. Screenshots of each form go to target/screenshots.
 */
@H2DemoApplicationTest
class TasklistBrowserTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired NotificationLog notifications;

  Browser browser;
  String today;

  @BeforeEach
  void open() {
    browser = new Browser("http://localhost:" + port);
    today = LocalDate.now(ZoneId.of("Europe/London")).format(UK);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  @DisplayName("S-01 to S-07 in Tasklist: start form with validation, then each task completed by its role")
  void referralToDecisionInTasklist() throws Exception {
    browser.login("tasklist", "businessmanager", PASSWORD);
    browser.waitFor(By.xpath("//*[contains(text(), \"My group's tasks\")]"));
    browser.screenshot("01-tasklist-business-manager");

    browser.clickText("Start process");
    browser.clickText("Serious Case Review");
    browser.waitFor(By.cssSelector(".fjs-form"));
    browser.type("Case reference", "Kylie Brennan");
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
    // Bad input: a name where the case reference goes is refused next to the field, and Start stays disabled
    // in plain words: what the field takes, never the pattern's regular expression
    assertThat(browser.errorOf("Case reference")).startsWith("Not in the form this field takes: ")
        .contains("e.g. CR-1101").contains("At most 12 characters.").doesNotContain("pattern", "^CR", "[0-9]");
    assertThat(browser.driver().findElement(
        By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']")).isEnabled()).isFalse();
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(By.xpath(
            "//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), 'Case reference')]]")));
    browser.screenshot("02-start-form-validation");
    assertThat(rest("/process-instance?businessKey=CR-7701")).isEmpty();

    browser.type("Case reference", "CR-7701");
    browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field')][.//label["
        + "contains(normalize-space(.), 'Case reference')]]//*[contains(@class,'fjs-form-field-error')]"))).isEmpty();
    browser.screenshot("03-start-form-incident-notified");
    browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"));

    String taskId = awaitTask("CR-7701", TASK_APPROVE_INCIDENT_NOTIFICATION);
    JsonNode variables = rest("/process-instance?businessKey=CR-7701").get(0);
    JsonNode vars = rest("/process-instance/" + variables.get("id").asText() + "/variables");
    // typed day first in an English (UK) browser, read day first: the date stored is the date typed
    String isoToday = LocalDate.now(ZoneId.of("Europe/London")).toString();
    assertThat(vars.at("/awarenessDate/value").asText()).startsWith(isoToday);
    assertThat(vars.at("/incidentDate/value").asText()).startsWith(isoToday);
    assertThat(vars.at("/incidentType/value").asText()).isEqualTo("DEATH");
    assertThat(vars.at("/notifiable/value").asBoolean()).isTrue();

    // Southfield LSCB's business manager has the same role and sees nothing of Northmoor's review
    browser.login("tasklist", "southbusinessmanager", PASSWORD);
    browser.clickText("My group's tasks");
    // the list has loaded (its tasks, or the sentence that there are none) before anything is said of what it lacks
    browser.waitFor(By.xpath("//ol[contains(@class,'tasks-list')] | //div[contains(@class,'well')]"
        + "[contains(normalize-space(.), 'No task matching')]"));
    assertThat(browser.driver().getPageSource()).doesNotContain("CR-7701");
    browser.screenshot("23-other-lscb-sees-nothing");
    browser.login("tasklist", "businessmanager", PASSWORD);

    browser.openTask(taskId);
    browser.choose("Reason for the notification", "SCR possible");
    browser.type("Summary for Ofsted and GO/DfE", "Child A died; neglect suspected.");
    browser.screenshot("04-approve-incident-notification");
    browser.clickText("Complete");

    taskId = awaitTask("CR-7701", TASK_CONFIRM_LSCBS);
    assertThat(notifications.forCase(Cases.northmoor("CR-7701"))).extracting(NotificationRecord::template)
        .contains("serious-incident-notification");
    browser.openTask(taskId);
    browser.screenshot("05-confirm-lscbs");
    browser.clickText("Complete");

    taskId = awaitTask("CR-7701", TASK_SCREEN_CASE);
    browser.login("tasklist", "panelmember", PASSWORD);
    browser.openTask(taskId);
    browser.type("paragraph 8.12", "The health visitor's concerns were not passed on.");
    browser.screenshot("06-screen-case");
    browser.clickText("Complete");

    taskId = awaitTask("CR-7701", TASK_RECOMMEND_TO_CHAIR);
    browser.openTask(taskId);
    browser.choose("Recommendation", "Initiate");
    browser.type("Reasons", "A child died; neglect suspected (8.9).");
    browser.screenshot("07-recommend-to-chair");
    browser.clickText("Complete");

    taskId = awaitTask("CR-7701", TASK_DECIDE_INITIATION);
    browser.login("tasklist", "chair", PASSWORD);
    browser.openTask(taskId);
    browser.tick("Initiate a Serious Case Review", true);
    browser.date("Date of the decision", LocalDate.now(ZoneId.of("Europe/London")).minusYears(1).format(UK));
    browser.type("Reasons", "Required under 8.9.");
    browser.clickText("Complete");
    // a decision dated before the notification is refused with the rule's own words
    // ... shown under the field it is about; the notice at the foot says only that nothing was saved
    assertThat(browser.errorOf("Date of the decision")).contains("a decision cannot precede the notification")
        .contains("Incident notified on")
        .doesNotContain("ENGINE-", "Exception", SeriousCaseReview.DECISION_DATE.name());
    browser.screenshot("08-decide-initiation-refused");
    Eventually.await("one plain notice (showing " + visibleNotices() + ")", Duration.ofSeconds(10),
        () -> !visibleNotices().isEmpty() && visibleNotices().stream().allMatch(t -> t.contains("Nothing was saved"))
            ? Optional.of(true) : Optional.empty());
    assertThat(rest("/task/" + taskId).path("id").asText()).isEqualTo(taskId);

    // a required field left empty is marked by the form itself, and nothing can be sent until it is filled in
    browser.date("Date of the decision", today);
    browser.type("Reasons", " ");
    browser.type("Reasons", "");
    assertThat(browser.errorOf("Reasons")).containsIgnoringCase("required");
    assertThat(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Complete']")).isEnabled())
        .as("Complete is offered only when the form is whole").isFalse();

    browser.type("Reasons", "Required under 8.9.");
    browser.screenshot("09-decide-initiation");
    browser.clickText("Complete");
    awaitTask("CR-7701", TASK_SET_UP_PANEL);
    // no notice of the earlier refusal outlives the completion
    Eventually.await("the refusal's notice to close", Duration.ofSeconds(10),
        () -> visibleNotices().isEmpty() ? Optional.of(true) : Optional.empty());
    assertThat(notifications.forCase(Cases.northmoor("CR-7701"))).extracting(NotificationRecord::template)
        .contains("decision-notification");
  }

  @Test
  @DisplayName("The referral's LSCB and agency choices read as names (the LSCB list, the agencies onboarded here)"
      + " and the review started through the form holds their ids")
  void referralChoicesReadAsNamesAndSubmitIds() throws Exception {
    browser.login("tasklist", "businessmanager", PASSWORD);
    browser.waitFor(By.xpath("//*[contains(text(), \"My group's tasks\")]"));
    browser.clickText("Start process");
    browser.clickText("Serious Case Review");
    browser.waitFor(By.cssSelector(".fjs-form"));

    // the agencies: one box per agency onboarded here, by its name (GET /api/agencies)
    By agencyBoxes = By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.),"
        + " 'Agencies involved')]]//label[.//input[@type='checkbox']]");
    List<String> agencies = Eventually.await("the agencies to be offered", Duration.ofSeconds(30), () -> {
      List<String> shown = browser.driver().findElements(agencyBoxes).stream().map(box -> box.getText().strip())
          .toList();
      return shown.isEmpty() ? Optional.empty() : Optional.of(shown);
    });
    assertThat(agencies).containsExactly("Northmoor Health Trust", "Northmoor Police",
        "Northmoor Children's Social Care");
    // the LSCBs: a choice of names, this system's LSCBs and those outside it that the configuration names
    browser.click(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.),"
        + " 'LSCB where the child normally lives')]]//div[contains(@class,'fjs-input-group')]"));
    List<String> lscbs = browser.driver().findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(item -> item.getAttribute("textContent").strip()).toList();
    assertThat(lscbs).contains("Northmoor LSCB", "Southvale LSCB", "Eastmarsh LSCB", "Westfold LSCB")
        .noneMatch(name -> name.startsWith("lscb-"));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='Northmoor LSCB']"));

    browser.type("Case reference", "CR-7711");
    browser.type("Age at the incident", "3");
    browser.date("Date of the incident", today);
    browser.choose("What happened?", "The child died");
    browser.tick("Abuse or neglect is known or suspected", true);
    browser.tick("cause for concern about how agencies worked together", true);
    browser.date("When did the authority become aware?", today);
    browser.choose("Government Office region", "London");
    browser.tick("The child is looked after", true);
    browser.choose("LSCB of the responsible authority", "Southvale LSCB");
    browser.choose("LSCB of the placement", "Eastmarsh LSCB");
    browser.tick("Northmoor Police", true);
    browser.tick("Northmoor Children's Social Care", true);
    browser.type("Summary", "Child A died in foster care; neglect suspected.");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(By.xpath(
            "//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.),"
                + " 'LSCB of the placement')]]")));
    browser.screenshot("45-start-form-lscbs-and-agencies-by-name");
    browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"));

    awaitTask("CR-7711", TASK_APPROVE_INCIDENT_NOTIFICATION);
    JsonNode review = rest("/process-instance?businessKey=CR-7711").get(0);
    JsonNode vars = rest("/process-instance/" + review.get("id").asText() + "/variables");
    assertThat(vars.at("/residenceLscb/value").asText()).isEqualTo("lscb-northmoor");
    assertThat(vars.at("/responsibleAuthorityLscb/value").asText()).isEqualTo("lscb-southvale");
    assertThat(vars.at("/placementLscb/value").asText()).isEqualTo("lscb-eastmarsh");
    JsonNode agenciesHeld = rest("/process-instance/" + review.get("id").asText() + "/variables/"
        + SeriousCaseReview.AGENCIES_INVOLVED.name() + "?deserializeValue=false");
    assertThat(JSON.readTree(agenciesHeld.path("value").asText())).as(agenciesHeld.toString())
        .extracting(JsonNode::asText).containsExactlyInAnyOrder("police", "socialcare");
  }

  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.TaskService tasks;

  @Test
  @DisplayName("S-17 in Tasklist: the IMR author attaches the IMR and chronology; a bad file is refused next to its field; the senior manager opens them")
  void imrUploadInTasklist(@org.junit.jupiter.api.io.TempDir java.nio.file.Path files) throws Exception {
    // Northmoor's review, and its police IMR as the review's call activity starts it (a document is readable only
    // within a review that exists)
    assertThat(Http.startReview(port, "businessmanager", "CR-7702").statusCode()).isEqualTo(200);
    runtime.startProcessInstanceByKey(IndividualManagementReview.KEY, "CR-7702", java.util.Map.of(
        CASE_REFERENCE.name(), "CR-7702", CHILD_PSEUDONYM.name(), "Child B", AGENCY_ID.name(), "police",
        IMR_DUE_DATE.name(), LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2).toString(),
        LEAD_LSCB.name(), "lscb-northmoor", RESIDENCE_LSCB.name(), "lscb-northmoor"));
    String appoint = awaitTask("CR-7702", TASK_APPOINT_IMR_AUTHOR, IndividualManagementReview.KEY);
    tasks.complete(appoint, java.util.Map.of(IMR_AUTHOR_NAME.name(), "Agency Reviewer", IMR_AUTHOR_ROLE.name(),
        "Reviewer",
        DIRECT_INVOLVEMENT.name(), false, LINE_MANAGER_OF_PRACTITIONER.name(), false,
        RECORDS_SECURED_ON.name(), LocalDate.now(ZoneId.of("Europe/London")).toString(),
        DECLARATION_DATE.name(), LocalDate.now(ZoneId.of("Europe/London")).toString()));
    String taskId = awaitTask("CR-7702", TASK_WRITE_IMR, IndividualManagementReview.KEY);

    var imr = files.resolve("Police IMR final.pdf");
    java.nio.file.Files.write(imr, org.scrworkflow.testsupport.Uploads.pdfBytes("Police IMR"));
    var chronology = files.resolve("chronology.pdf");
    java.nio.file.Files.write(chronology, org.scrworkflow.testsupport.Uploads.pdfBytes("Chronology"));
    var program = files.resolve("chronology.exe");
    java.nio.file.Files.write(program, new byte[] {'M', 'Z', 0, 0});
    var empty = files.resolve("empty.pdf");
    java.nio.file.Files.write(empty, new byte[0]);

    browser.login("tasklist", "policeimr", PASSWORD);
    browser.openTask(taskId);
    browser.waitFor(By.xpath("//dd[@data-context='caseReference'][normalize-space(.)='CR-7702']"));
    browser.attach(CHRONOLOGY_FILE.name(), program);
    assertThat(browser.uploadProblem(CHRONOLOGY_FILE.name())).contains("not one of the types allowed (PDF, DOCX, ODT)");
    browser.attach(IMR_FILE.name(), empty);
    assertThat(browser.uploadProblem(IMR_FILE.name())).contains("is empty");
    browser.screenshot("20-write-imr-refused");
    browser.clickText("Complete");
    // the form refuses the files itself: the task is still there and the problem still shown
    assertThat(rest("/task/" + taskId).path("id").asText()).as("a refused form leaves the task open").isEqualTo(taskId);
    assertThat(browser.uploadProblem(IMR_FILE.name())).contains("is empty");

    browser.attach(IMR_FILE.name(), imr);
    browser.attach(CHRONOLOGY_FILE.name(), chronology);
    assertThat(browser.uploadProblem(IMR_FILE.name())).isEmpty();
    assertThat(browser.uploadProblem(CHRONOLOGY_FILE.name())).isEmpty();
    browser.driver().findElement(By.id(IMR_NOTES.name())).sendKeys("Submitted on time.");
    browser.screenshot("21-write-imr");
    browser.clickText("Complete");
    String signOff = awaitTask("CR-7702", TASK_SIGN_OFF_IMR, IndividualManagementReview.KEY);

    JsonNode documents = api("policesenior", "/api/cases/CR-7702/documents");
    assertThat(documents.findValuesAsText("kind")).contains("IMR", "CHRONOLOGY");
    JsonNode uploaded = java.util.stream.StreamSupport.stream(documents.spliterator(), false)
        .filter(d -> d.path("kind").asText().equals("IMR")).findFirst().orElseThrow();
    assertThat(uploaded.path("uploadedAs").asText()).isEqualTo("Police IMR final.pdf");
    assertThat(uploaded.path("fileName").asText()).isEqualTo("CR-7702-police-imr.pdf");
    assertThat(uploaded.path("author").asText()).isEqualTo("policeimr");
    assertThat(uploaded.path("size").asLong()).isEqualTo(java.nio.file.Files.size(imr));
    assertThat(api("healthimr", "/api/cases/CR-7702/documents")).as("another agency sees none of it").isEmpty();

    browser.login("tasklist", "policesenior", PASSWORD);
    browser.openTask(signOff);
    var link = browser.waitFor(By.linkText("The IMR"));
    assertThat(link.getAttribute("href")).endsWith("/api/documents/" + uploaded.path("id").asText());
    browser.screenshot("22-sign-off-imr-with-documents");
    // the link opens with the Tasklist login (no second password): fetch it in the page as the browser would
    Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
                link.getAttribute("href"));
    assertThat(status).isEqualTo(200L);
  }

  @Test
  @DisplayName("R-2.2 in Tasklist: a child's name from the vault typed into a summary is refused with a plain sentence"
      + " naming the field; the task stays open; the pseudonym is accepted")
  void vaultDetailInFreeTextRefusedInTasklist() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-7703").statusCode()).isEqualTo(200);
    var recorded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/cases/CR-7703/identifying-details"))
        .header("Authorization", Http.basic("businessmanager", PASSWORD)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"NAME\",\"value\":\"Kylie Brennan\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(recorded.statusCode()).isEqualTo(201);
    String taskId = awaitTask("CR-7703", TASK_APPROVE_INCIDENT_NOTIFICATION);

    browser.login("tasklist", "businessmanager", PASSWORD);
    browser.openTask(taskId);
    browser.choose("Reason for the notification", "SCR possible");
    browser.type("Summary for Ofsted and GO/DfE", "Kylie Brennan died at home; neglect suspected.");
    browser.clickText("Complete");
    String refusal = browser.waitFor(By.xpath("//*[contains(text(), 'recorded in the identity vault')]")).getText();
    browser.screenshot("05-refused-vault-detail-in-summary");
    assertThat(refusal).contains("Summary for Ofsted and GO/DfE").contains("Write the child's pseudonym instead")
        .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("Brennan");
    assertThat(rest("/task/" + taskId).path("id").asText()).as("the task stays open").isEqualTo(taskId);

    browser.type("Summary for Ofsted and GO/DfE", "Child A died at home; neglect suspected.");
    browser.clickText("Complete");
    awaitTask("CR-7703", TASK_CONFIRM_LSCBS);
  }

  @Test
  @DisplayName("S-10 in Tasklist: a period under review entered the wrong way round is refused under its field, with"
      + " the dates as people write them; the corrected terms complete and no notice stays")
  void periodTheWrongWayRoundInTasklist() throws Exception {
    assertThat(Http.startReview(port, "businessmanager", "CR-7705").statusCode()).isEqualTo(200);
    // the steps before the terms of reference, answered as their roles would, through the Java API
    String taskId = null;
    for (int step = 0; step < 12 && taskId == null; step++) {
      String next = Eventually.await("a step of CR-7705", Duration.ofSeconds(30), () -> {
        JsonNode open = rest("/task?processInstanceBusinessKey=CR-7705");
        return open.size() > 0 ? Optional.of(open.get(0).path("id").asText()) : Optional.empty();
      });
      var task = tasks.createTaskQuery().taskId(next).singleResult();
      if (TASK_AGREE_TERMS_OF_REFERENCE.equals(task.getTaskDefinitionKey())) {
        taskId = next;
      } else {
        tasks.complete(next, StandardAnswers.of(task.getTaskDefinitionKey()).values()
            .on(LocalDate.now(ZoneId.of("Europe/London")), Uploads::pdf));
        Eventually.await("the step " + task.getTaskDefinitionKey() + " to complete", Duration.ofSeconds(30),
            () -> tasks.createTaskQuery().taskId(next).count() == 0 ? Optional.of(true) : Optional.empty());
      }
    }
    assertThat(taskId).as("the terms of reference reached").isNotNull();

    browser.login("tasklist", StandardAnswers.of(TASK_AGREE_TERMS_OF_REFERENCE).user(), PASSWORD);
    browser.openTask(taskId);
    LocalDate now = LocalDate.now(ZoneId.of("Europe/London"));
    browser.date("Period under review from", now.minusMonths(1).format(UK));
    browser.date("Period under review to", now.minusYears(2).format(UK));
    browser.type("Case-specific questions", "Information sharing between agencies.");
    browser.date("Agreed on", today);
    browser.clickText("Complete");
    String refusal = browser.errorOf("Period under review to");
    browser.screenshot("10-terms-of-reference-period-refused");
    assertThat(refusal).contains("is before").contains("a period ends after it starts")
        .contains(String.valueOf(now.minusYears(2).getYear())).doesNotContain("periodUnderReview", "ENGINE-");
    Eventually.await("one plain notice (showing " + visibleNotices() + ")", Duration.ofSeconds(10),
        () -> !visibleNotices().isEmpty() && visibleNotices().stream().allMatch(t -> t.contains("Nothing was saved"))
            ? Optional.of(true) : Optional.empty());
    assertThat(rest("/task/" + taskId).path("id").asText()).as("the task stays open").isEqualTo(taskId);

    // a day after the 12th, typed day first as people in England write it, is read as that day
    LocalDate from = now.minusYears(2).withDayOfMonth(23);
    browser.date("Period under review from", from.format(UK));
    browser.date("Period under review to", now.minusMonths(1).format(UK));
    browser.clickText("Complete");
    awaitTask("CR-7705", TASK_DRAW_UP_PROJECT_PLAN);
    String review = rest("/process-instance?businessKey=CR-7705").get(0).path("id").asText();
    assertThat(rest("/process-instance/" + review + "/variables").at("/periodUnderReviewFrom/value").asText())
        .startsWith(from.toString());
    Eventually.await("the refusal's notice to close (showing " + visibleNotices() + ")", Duration.ofSeconds(10),
        () -> visibleNotices().isEmpty() ? Optional.of(true) : Optional.empty());
  }

  /** The text of each notice Tasklist shows at the foot of the page. */
  private List<String> visibleNotices() {
    return browser.driver().findElements(By.cssSelector(".notifications .alert-danger")).stream()
        .filter(org.openqa.selenium.WebElement::isDisplayed).map(org.openqa.selenium.WebElement::getText).toList();
  }

  private JsonNode api(String user, String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", Http.basic(user, PASSWORD)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private String awaitTask(String caseReference, String taskKey) throws Exception {
    return awaitTask(caseReference, taskKey, SeriousCaseReview.KEY);
  }

  private String awaitTask(String caseReference, String taskKey, String processKey) throws Exception {
    return Eventually.await("task " + taskKey + " for " + caseReference, Duration.ofSeconds(30), () -> {
      JsonNode tasks = rest("/task?processInstanceBusinessKey=" + caseReference + "&taskDefinitionKey=" + taskKey
          + "&processDefinitionKey=" + processKey);
      return tasks.size() == 1 ? Optional.of(tasks.get(0).get("id").asText()) : Optional.empty();
    });
  }

  private JsonNode rest(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
            .header("Authorization", Http.basic("admin", PASSWORD))
            .GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }
}
