package org.scrworkflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ScrFurtherReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.ReviewWalk;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Drivers;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The bad-input suite, generated from the deployed forms and sent over real HTTP as a council's system would: for
 * the start and for every step a review reaches on its way, each required field left out, each choice given an
 * unknown value, each date written the wrong way round or set a month ahead, each number and yes/no given text,
 * each field the step only shows changed, and one variable the step does not have. Every one is refused with 400 naming the field,
 * and the review is as it was (same variables, same open task); then the step's standard answer, sent the same
 * way, is accepted. The clock is the engine's: the review is walked through its timers as they fall due.
 */
@SpringBootTest(classes = ScrWorkflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:scr-contracts;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "scr.demo.seed-reviews=false"})
@ActiveProfiles("demo")
@Import(Drivers.class)
class ContractOverHttpTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate AWARE = LocalDate.of(2011, 3, 14);
  static final String NOT_A_FIELD = "notAFieldOfThisStep";
  /** Marks the second bad version of a date field: the same field, a date in the future. */
  static final String FUTURE = " (in the future)";
  static final String NOT_LISTED = " (not on its list)";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ReviewDriver driver;
  @Autowired IdentityVault vault;

  final HttpClient http = HttpClient.newHttpClient();
  /** Every bad request sent, and every one refused as it should be. */
  int tried;
  final List<String> notRefused = new ArrayList<>();
  final Set<String> stepsChecked = new TreeSet<>();

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }

  @Test
  @DisplayName("Every bad start and every bad completion of each step of a review is a 400 naming the field, and"
      + " changes nothing; the standard answers pass")
  void everyStepRefusesBadInputOverHttp() throws Exception {
    driver.today(AWARE);
    String ref = "CR-8801";
    Map<String, Object> referral = new LinkedHashMap<>(StandardAnswers.referral(ref, "Child C", "lscb-northmoor",
        "NORTH_WEST", AWARE, List.of("police", "health")));
    StepForm startForm = form("incident-notified.form");
    for (Map.Entry<String, Map<String, Object>> bad : badVariants(startForm, referral, Map.of(), driver.day()).entrySet()) {
      String badRef = "CR-88%02d".formatted(10 + tried);
      Map<String, Object> values = new LinkedHashMap<>(bad.getValue());
      if (!bad.getKey().startsWith(SeriousCaseReview.CASE_REFERENCE.name())) {
        values.put(SeriousCaseReview.CASE_REFERENCE.name(), badRef);
      }
      HttpResponse<String> response = post("/engine-rest/process-definition/key/serious-case-review/start",
          "{\"businessKey\":\"" + badRef + "\",\"variables\":" + variables(values) + "}");
      expectRefused("start", bad.getKey(), response);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(badRef)
          .count()).as("nothing started for %s", bad.getKey()).isZero();
    }
    stepsChecked.add("start");
    walkTrying(referral, Map.of());
    // a referral that is not notifiable: closed with reasons (G-1 no)
    walkTrying(referralFor("CR-8802", Map.of(SeriousCaseReview.ABUSE_OR_NEGLECT.name(), false)), Map.of());
    // serious harm without concern about how agencies worked together: the chair decides not to hold a review
    walkTrying(referralFor("CR-8803", Map.of(SeriousCaseReview.INCIDENT_TYPE.name(), "SERIOUS_HARM",
        SeriousCaseReview.SERIOUS_HARM_KIND.name(), "SERIOUS_SEXUAL_ABUSE",
        SeriousCaseReview.INTERAGENCY_CONCERN.name(), false)), Map.of(
        SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR, Map.of(SeriousCaseReview.RECOMMENDATION.name(), "DO_NOT_INITIATE"),
        SeriousCaseReview.TASK_DECIDE_INITIATION, Map.of(SeriousCaseReview.INITIATE_REVIEW.name(), false)));
    // a review with a health overview, parallel proceedings, a family that takes part and a court order
    walkTrying(referralFor("CR-8804", Map.of()), Map.of(
        SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE, Map.of(SeriousCaseReview.HEALTH_OVERVIEW_REQUIRED.name(), true,
            SeriousCaseReview.PARALLEL_PROCEEDINGS.name(), true),
        SeriousCaseReview.TASK_RECORD_FAMILY_RESPONSE, Map.of(SeriousCaseReview.FAMILY_RESPONSE.name(), "TAKES_PART"),
        ScrPublication.TASK_CHECK_LEGAL_RESTRICTIONS, Map.of(ScrPublication.LEGAL_RESTRICTION.name(), true),
        // actions still open at every three-monthly review: the final review a year after acceptance (T-14-FINAL)
        SeriousCaseReview.TASK_REVIEW_ACTION_PLAN, Map.of(SeriousCaseReview.ALL_ACTIONS_COMPLETE.name(), false)));

    // a looked-after child placed in Northmoor by an authority whose LSCB is outside this system: that LSCB leads,
    // and the business manager sends it the referral (G-4)
    walkTrying(referralFor("CR-880001", Map.of(SeriousCaseReview.LOOKED_AFTER.name(), true,
        SeriousCaseReview.RESPONSIBLE_AUTHORITY_LSCB.name(), "lscb-eastmarsh",
        SeriousCaseReview.PLACEMENT_LSCB.name(), "lscb-northmoor")), Map.of());

    // round the loops once: an author with a conflict, a revised IMR, interviews deferred, an immediate lesson (still
    // open at its first review), a further review and a stand-down the chair declines raised by message, the
    // six-month warning, an anonymisation that fails and is redacted, an inadequate grade
    String loops = "CR-8806";
    vault.add(Cases.northmoor(loops), new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"),
        "businessmanager");
    walkTrying(referralFor(loops, Map.of()), Map.of(
        SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE, Map.of(SeriousCaseReview.PARALLEL_PROCEEDINGS.name(), true),
        SeriousCaseReview.TASK_LIAISE_ON_PROCEEDINGS, Map.of(SeriousCaseReview.INTERVIEWS_DEFERRED.name(), true),
        SeriousCaseReview.TASK_TRACK_IMMEDIATE_ACTION,
        Map.of(SeriousCaseReview.IMMEDIATE_ACTION_STATUS.name(), "OPEN")),
        Map.of(IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR,
            Map.of(IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER.name(), true),
            IndividualManagementReview.TASK_SCRUTINISE_IMR,
            Map.of(IndividualManagementReview.IMR_SCRUTINY_OUTCOME.name(), "REVISE",
                IndividualManagementReview.SCRUTINY_FEEDBACK.name(), "The analysis is thin."),
            ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS, Map.of(ScrPublication.PUBLISHABLE_OVERVIEW_REPORT.name(),
                "Child C attended St Hilda's\nPrimary School until 2009."),
            SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION, Map.of(SeriousCaseReview.OFSTED_GRADE.name(), "INADEQUATE")),
        Map.of(SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE, review -> {
          HttpResponse<String> lesson = post("/engine-rest/message", "{\"messageName\":\"ImmediateLessonIdentified\","
              + "\"businessKey\":\"" + loops + "\",\"processVariablesLocal\":" + variables(Map.of(
                  SeriousCaseReview.LESSON_RAISED_ON.name(), driver.day().toString(),
                  SeriousCaseReview.IMMEDIATE_ACTION.name(), "Check every child protection plan.",
                  SeriousCaseReview.ACTION_OWNER.name(), "Head of service")) + "}");
          assertThat(lesson.statusCode()).as(lesson.body()).isIn(200, 204);
          // the family's contribution, late (S-15, T-17): the message carries nothing
          HttpResponse<String> family = post("/engine-rest/message", "{\"messageName\":"
              + "\"FamilyContributesLate\",\"businessKey\":\"" + loops + "\"}");
          assertThat(family.statusCode()).as(family.body()).isIn(200, 204);
          HttpResponse<String> further = post("/engine-rest/message", "{\"messageName\":"
              + "\"FurtherReviewCommissioned\",\"businessKey\":\"" + loops + "\"}");
          assertThat(further.statusCode()).as(further.body()).isIn(200, 204);
          // a proposal to stand the review down, which the chair declines
          HttpResponse<String> standDown = post("/engine-rest/message", "{\"messageName\":\"StandDownProposed\","
              + "\"businessKey\":\"" + loops + "\","
              + "\"processVariablesLocal\":" + variables(Map.of(SeriousCaseReview.STAND_DOWN_PROPOSAL.name(),
                  "The facts may no longer meet the criteria.")) + "}");
          assertThat(standDown.statusCode()).as(standDown.body()).isIn(200, 204);
        }, SeriousCaseReview.TASK_INVITE_FAMILY, review -> {
          // T-8: the six-month warning falls due, and the business manager revises the project plan
          driver.fireTimer(review, SeriousCaseReview.START_SIX_MONTH_WARNING);
          driver.runJobs(review);
        }));

    assertThat(notRefused).as("bad requests that were not refused as they should be").isEmpty();
    Set<String> allSteps = new TreeSet<>(userTasks());
    allSteps.removeAll(stepsChecked);
    System.out.printf("contract over HTTP: %d bad requests tried, all refused, over %d steps (start and %d of %d"
        + " user tasks); steps not on these reviews' paths: %s%n", tried, stepsChecked.size(),
        stepsChecked.size() - 1, userTasks().size(), allSteps);
    assertThat(tried).isGreaterThan(250);
    assertThat(allSteps).as("every user task of every model is tried").isEmpty();
  }

  @Test
  @DisplayName("A review's values are set only through its steps: what the business manager, the chair and an"
      + " administrator write outside one (REST, the webapps' API, a message) is refused naming the variable, and a"
      + " correction needs a reason and is in the audit trail")
  void ownedVariablesAreRefusedAndCorrectionsAudited() throws Exception {
    driver.today(AWARE);
    String ref = "CR-8805";
    HttpResponse<String> started = post("/engine-rest/process-definition/key/serious-case-review/start",
        "{\"businessKey\":\"" + ref + "\",\"variables\":" + variables(referralFor(ref, Map.of())) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(JSON.readTree(started.body()).path("id").asText()).singleResult();
    ReviewWalk walk = new ReviewWalk(driver, review, Uploads::pdf).until(SeriousCaseReview.TASK_DECIDE_INITIATION);
    Task decide = driver.task(review, SeriousCaseReview.TASK_DECIDE_INITIATION);
    String instance = "/engine-rest/process-instance/" + review.getId() + "/variables";
    Map<String, Object> before = engine.getRuntimeService().getVariables(review.getId());

    // recorded by the engine, worked out by a decision table, a document id, and a value a step collected
    Map<String, String> owned = new LinkedHashMap<>();
    owned.put(SeriousCaseReview.INCIDENT_NOTIFIED_ON.name(), "{\"value\":\"2011-01-01\"}");
    owned.put(SeriousCaseReview.NOTIFIABLE.name(), "{\"value\":false}");
    owned.put(ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID.name(), "{\"value\":1,\"type\":\"Long\"}");
    owned.put(SeriousCaseReview.INCIDENT_DATE.name(), "{\"value\":\"2011-01-02\"}");
    int refused = 0;
    for (String user : List.of("businessmanager", "chair", "admin")) {
      for (Map.Entry<String, String> variable : owned.entrySet()) {
        String name = variable.getKey();
        List<HttpResponse<String>> answers = List.of(
            send("PUT", user, instance + "/" + name, variable.getValue()),
            send("POST", user, instance, "{\"modifications\":{\"" + name + "\":" + variable.getValue() + "}}"),
            send("PUT", user, "/engine-rest/task/" + decide.getId() + "/variables/" + name, variable.getValue()),
            send("PUT", user, "/engine-rest/task/" + decide.getId() + "/localVariables/" + name, variable.getValue()),
            send("POST", user, "/engine-rest/message", "{\"messageName\":\"FurtherReviewCommissioned\","
                + "\"businessKey\":\"" + ref + "\",\"processVariables\":{\"" + name + "\":" + variable.getValue()
                + "}}"));
        if (before.containsKey(name)) {
          answers = new ArrayList<>(answers);
          answers.add(send("DELETE", user, instance + "/" + name, null));
        }
        for (HttpResponse<String> answer : answers) {
          refused++;
          // the business manager and the chair may be stopped by their rights first; an administrator has every
          // right, so only the review's own rule stops them
          assertThat(answer.statusCode()).as("%s writing %s: %s", user, name, answer.body())
              .isIn(user.equals("admin") ? List.of(400) : List.of(400, 403));
          if (answer.statusCode() == 400) {
            assertThat(JSON.readTree(answer.body()).path("message").asText()).as("%s writing %s", user, name)
                .contains(name).doesNotContain("ENGINE-", "Exception", "org.camunda");
          }
        }
      }
    }
    // the engine's other ways in carry no values from a person: a start at a later step, a modification with
    // values, a message's values for the scope it triggers
    HttpResponse<String> atLaterStep = send("POST", "admin", "/engine-rest/process-definition/key/"
        + SeriousCaseReview.KEY + "/start", "{\"businessKey\":\"CR-8807\",\"variables\":"
        + variables(referralFor("CR-8807", Map.of())) + ",\"startInstructions\":[{\"type\":\"startBeforeActivity\","
        + "\"activityId\":\"" + SeriousCaseReview.TASK_DECIDE_INITIATION + "\"}]}");
    HttpResponse<String> modified = send("POST", "admin", "/engine-rest/process-instance/" + review.getId()
        + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
        + SeriousCaseReview.TASK_DECIDE_INITIATION + "\",\"variables\":{\"" + SeriousCaseReview.NOTIFIABLE.name()
        + "\":{\"value\":false}}}]}");
    HttpResponse<String> toScope = send("POST", "admin", "/engine-rest/message", "{\"messageName\":"
        + "\"FurtherReviewCommissioned\",\"businessKey\":\"" + ref + "\",\"processVariablesToTriggeredScope\":{\""
        + SeriousCaseReview.NOTIFIABLE.name() + "\":{\"value\":false}}}");
    for (HttpResponse<String> answer : List.of(atLaterStep, modified, toScope)) {
      refused++;
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      assertThat(JSON.readTree(answer.body()).path("message").asText()).startsWith("Nothing was saved.");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("CR-8807")
        .count()).isZero();
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_DECIDE_INITIATION)).hasSize(1);
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_RECORD_FURTHER_REVIEW)).isEmpty();

    // the webapps' own engine API (Cockpit's variable editing) is the same engine, and refuses the same way
    HttpClient cockpit = Http.loggedInToTasklist(port, "admin", "Demo-Pass-2010");
    // the webapps hand out the session's CSRF token with the first call after the login, as a browser's page load
    cockpit.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/camunda/api/engine/engine/default/task/count")).GET().build(), HttpResponse.BodyHandlers.discarding());
    String token = ((java.net.CookieManager) cockpit.cookieHandler().orElseThrow()).getCookieStore().getCookies()
        .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst()
        .orElse("");
    HttpResponse<String> fromCockpit = cockpit.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/engine/engine/default/process-instance/" + review.getId() + "/variables/"
            + SeriousCaseReview.NOTIFIABLE.name()))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":false}")).build(), HttpResponse.BodyHandlers.ofString());
    refused++;
    assertThat(fromCockpit.statusCode()).as(fromCockpit.body()).isEqualTo(400);
    assertThat(fromCockpit.body()).contains(SeriousCaseReview.NOTIFIABLE.name());
    assertThat(engine.getRuntimeService().getVariables(review.getId())).asString()
        .as("nothing changed by %d refused writes", refused).isEqualTo(String.valueOf(before));

    // a message carries only the fields of its form: the immediate lesson's (once the review is under way), and
    // nothing else
    walk.until(SeriousCaseReview.TASK_SET_UP_PANEL);
    String lesson = "\"processVariablesLocal\":{\"lessonRaisedOn\":{\"value\":\"2011-03-14\"},"
        + "\"immediateAction\":{\"value\":\"Check plans\"},\"actionOwner\":{\"value\":\"Head of service\"}";
    HttpResponse<String> smuggled = send("POST", "admin", "/engine-rest/message", "{\"messageName\":"
        + "\"ImmediateLessonIdentified\",\"businessKey\":\"" + ref + "\"," + lesson + ",\""
        + SeriousCaseReview.NOTIFIABLE.name() + "\":{\"value\":false}}}");
    assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
    assertThat(smuggled.body()).contains(SeriousCaseReview.NOTIFIABLE.name());
    HttpResponse<String> noDate = send("POST", "admin", "/engine-rest/message", "{\"messageName\":"
        + "\"ImmediateLessonIdentified\",\"businessKey\":\"" + ref + "\",\"processVariablesLocal\":{"
        + "\"immediateAction\":{\"value\":\"Check plans\"},\"actionOwner\":{\"value\":\"Head of service\"}}}");
    assertThat(noDate.statusCode()).as(noDate.body()).isEqualTo(400);
    assertThat(noDate.body()).contains(SeriousCaseReview.LESSON_RAISED_ON.name());
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_TRACK_IMMEDIATE_ACTION)).isEmpty();
    HttpResponse<String> raised = send("POST", "admin", "/engine-rest/message", "{\"messageName\":"
        + "\"ImmediateLessonIdentified\",\"businessKey\":\"" + ref + "\"," + lesson + "}}");
    assertThat(raised.statusCode()).as(raised.body()).isIn(200, 204);
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_TRACK_IMMEDIATE_ACTION)).hasSize(1);

    // a correction: the business manager of the case's LSCB, with a reason, to a value the step would take
    String corrections = "/api/cases/" + ref + "/corrections";
    String field = SeriousCaseReview.INCIDENT_DATE.name();
    String rightDate = AWARE.minusDays(2).toString();
    HttpResponse<String> noReason = send("POST", "businessmanager", corrections,
        "{\"field\":\"" + field + "\",\"value\":\"" + rightDate + "\"}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(JSON.readTree(noReason.body()).path("problems").get(0).path("field").asText()).isEqualTo("reason");
    HttpResponse<String> computed = send("POST", "businessmanager", corrections, "{\"field\":\""
        + SeriousCaseReview.NOTIFIABLE.name() + "\",\"value\":false,\"reason\":\"Wrong\"}");
    assertThat(computed.statusCode()).as(computed.body()).isEqualTo(400);
    assertThat(computed.body()).contains("cannot be corrected");
    HttpResponse<String> future = send("POST", "businessmanager", corrections, "{\"field\":\"" + field
        + "\",\"value\":\"" + AWARE.plusMonths(1) + "\",\"reason\":\"Typed wrongly\"}");
    assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
    assertThat(future.body()).contains("in the future");
    assertThat(send("POST", "chair", corrections, "{\"field\":\"" + field + "\",\"value\":\"" + rightDate
        + "\",\"reason\":\"Typed wrongly\"}").statusCode()).isEqualTo(403);
    assertThat(send("POST", "southbusinessmanager", corrections, "{\"field\":\"" + field + "\",\"value\":\""
        + rightDate + "\",\"reason\":\"Typed wrongly\"}").statusCode()).isEqualTo(404);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), field)).isEqualTo(before.get(field));

    HttpResponse<String> corrected = send("POST", "businessmanager", corrections, "{\"field\":\"" + field
        + "\",\"value\":\"" + rightDate + "\",\"reason\":\"The police report gives the 12th; the 13th was"
        + " typed from the referral call.\"}");
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), field)).isEqualTo(rightDate);
    HttpResponse<String> summary = send("POST", "businessmanager", corrections, "{\"field\":\""
        + SeriousCaseReview.REFERRAL_SUMMARY.name() + "\",\"value\":\"A child died at home; neglect is suspected"
        + " by the police.\",\"reason\":\"The police view was left out.\"}");
    assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
    // what the review acted on is not corrected by hand: an LSCB that opens the case to another, a decision
    for (String choice : List.of(SeriousCaseReview.PARTNER_LSCBS.name(), SeriousCaseReview.INITIATE_REVIEW.name(),
        SeriousCaseReview.INCIDENT_TYPE.name())) {
      HttpResponse<String> refusedChoice = send("POST", "businessmanager", corrections, "{\"field\":\"" + choice
          + "\",\"value\":\"lscb-southvale\",\"reason\":\"Wrong\"}");
      assertThat(refusedChoice.statusCode()).as(refusedChoice.body()).isEqualTo(400);
    }
    HttpResponse<String> audit = send("GET", "businessmanager", "/api/cases/" + ref + "/audit", null);
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    // each correction's reason is on its own entry
    List<String> reasons = new ArrayList<>();
    JSON.readTree(audit.body()).forEach(entry -> {
      if (entry.path("detail").asText().contains("Correction of ")) {
        reasons.add(entry.path("user").asText() + ": " + entry.path("detail").asText());
      }
    });
    assertThat(reasons).hasSize(2).anyMatch(line -> line.startsWith("businessmanager")
            && line.contains("Correction of " + field + ": The police report gives the 12th"))
        .anyMatch(line -> line.contains("Correction of " + SeriousCaseReview.REFERRAL_SUMMARY.name()
            + ": The police view was left out."));
  }

  @Test
  @DisplayName("The agencies of a referral come from the agency list (the agencies onboarded here): an unknown"
      + " agency is a 400 naming agenciesInvolved and listing the agencies, nothing saved; an agency onboarded now"
      + " is accepted with no form deployed; GET /api/agencies answers a signed-in user, 401 to nobody")
  void agenciesComeFromTheAgencyList() throws Exception {
    driver.today(AWARE);
    String ref = "CR-8907";
    String start = "/engine-rest/process-definition/key/" + SeriousCaseReview.KEY + "/start";
    Map<String, Object> unknown = referralFor(ref, Map.of(SeriousCaseReview.AGENCIES_INVOLVED.name(),
        List.of("police", "youth-justice")));
    HttpResponse<String> refused = post(start, "{\"businessKey\":\"" + ref + "\",\"variables\":"
        + variables(unknown) + "}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(refused.body());
    assertThat(body.path("problems").findValuesAsText("field")).containsExactly(
        SeriousCaseReview.AGENCIES_INVOLVED.name());
    assertThat(body.path("message").asText()).contains("\"Agencies involved\" (agenciesInvolved)",
        "\"youth-justice\", which is not an agency of the agency list", "health (Northmoor Health Trust)",
        "police (Northmoor Police)", "socialcare (Northmoor Children's Social Care)")
        .doesNotContain("\"police\",", "ENGINE-", "Exception");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
        .count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName(SeriousCaseReview.AGENCIES_INVOLVED.name()).list())
        .noneMatch(variable -> String.valueOf(variable.getValue()).contains("youth-justice"));

    HttpResponse<String> list = send("GET", "businessmanager", "/api/agencies", null);
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode agencies = JSON.readTree(list.body());
    assertThat(agencies.findValuesAsText("id")).containsExactly("health", "police", "socialcare");
    assertThat(agencies.findValuesAsText("name")).contains("Northmoor Police");
    agencies.forEach(agency -> assertThat(agency.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "name"));
    assertThat(send("GET", "policeimr", "/api/agencies", null).statusCode()).isEqualTo(200);
    HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/agencies")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(unsigned.statusCode()).isEqualTo(401);

    // an administrator onboards the agency: the same start is accepted, no form or model deployed for it
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    HttpResponse<String> onboarded = post("/api/admin/agencies",
        "{\"id\":\"youth-justice\",\"name\":\"Northmoor Youth Justice Service\"}");
    assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(200);
    assertThat(JSON.readTree(send("GET", "businessmanager", "/api/agencies", null).body()))
        .anySatisfy(agency -> assertThat(agency.toString()).isEqualTo(
            "{\"id\":\"youth-justice\",\"name\":\"Northmoor Youth Justice Service\"}"));
    HttpResponse<String> started = post(start, "{\"businessKey\":\"" + ref + "\",\"variables\":"
        + variables(unknown) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    String id = JSON.readTree(started.body()).path("id").asText();
    assertThat(String.valueOf(engine.getRuntimeService().getVariable(id, SeriousCaseReview.AGENCIES_INVOLVED.name())))
        .contains("police", "youth-justice");
  }

  @Test
  @DisplayName("The rules between fields and the LSCB list refuse the same bad input over REST as in Tasklist:"
      + " awareness before the incident, a free-text LSCB, a \"no\" the criteria forbid, a period the wrong way"
      + " round; each a 400 naming the field, nothing saved")
  void crossFieldRulesOverHttp() throws Exception {
    driver.today(AWARE);
    String ref = "CR-8808";
    Map<String, Object> referral = new LinkedHashMap<>(referralFor(ref, Map.of()));
    referral.put(SeriousCaseReview.INCIDENT_DATE.name(), AWARE.toString());
    referral.put(SeriousCaseReview.AWARENESS_DATE.name(), AWARE.minusDays(3).toString());
    expectRefused("start", SeriousCaseReview.AWARENESS_DATE.name(), post("/engine-rest/process-definition/key/"
        + SeriousCaseReview.KEY + "/start", "{\"businessKey\":\"" + ref + "\",\"variables\":" + variables(referral)
        + "}"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
        .count()).isZero();
    // the child's home LSCB typed as a name, not an id of the LSCB list that GET /api/lscbs gives
    Map<String, Object> typedLscb = new LinkedHashMap<>(referralFor(ref, Map.of()));
    typedLscb.put(SeriousCaseReview.RESIDENCE_LSCB.name(), "Northmoor LSCB");
    expectRefused("start", SeriousCaseReview.RESIDENCE_LSCB.name(), post("/engine-rest/process-definition/key/"
        + SeriousCaseReview.KEY + "/start", "{\"businessKey\":\"" + ref + "\",\"variables\":"
        + variables(typedLscb) + "}"));
    HttpResponse<String> list = send("GET", "businessmanager", "/api/lscbs", null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(list.body()).findValuesAsText("id")).contains("lscb-northmoor", "lscb-southvale",
        "lscb-eastmarsh").doesNotContain("Northmoor LSCB");
    assertThat(list.body()).contains("\"usesThisSystem\":true").contains("\"usesThisSystem\":false");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
        .count()).isZero();

    HttpResponse<String> started = post("/engine-rest/process-definition/key/" + SeriousCaseReview.KEY + "/start",
        "{\"businessKey\":\"" + ref + "\",\"variables\":" + variables(referralFor(ref, Map.of())) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(JSON.readTree(started.body()).path("id").asText()).singleResult();
    // S-02: a notification cannot have been sent before the LSCB knew of the incident
    refusedStep(review, SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION, Map.of(
        SeriousCaseReview.NOTIFICATION_SENT_ON.name(), AWARE.minusDays(2).toString()),
        SeriousCaseReview.NOTIFICATION_SENT_ON.name());
    ReviewWalk walk = new ReviewWalk(driver, review, Uploads::pdf).until(SeriousCaseReview.TASK_CONFIRM_LSCBS);
    // G-4, AT-06: another lead than the one proposed, with reasons but without both chairs' agreement
    refusedStep(review, SeriousCaseReview.TASK_CONFIRM_LSCBS, Map.of(SeriousCaseReview.LEAD_LSCB.name(),
        "lscb-southvale", SeriousCaseReview.LEAD_OVERRIDE_REASONS.name(), "The family moved."),
        SeriousCaseReview.BOTH_CHAIRS_AGREE_LEAD.name());
    refusedStep(review, SeriousCaseReview.TASK_CONFIRM_LSCBS, Map.of(SeriousCaseReview.LEAD_LSCB.name(), "Northmoor",
        SeriousCaseReview.LEAD_OVERRIDE_REASONS.name(), "The child lived there."), SeriousCaseReview.LEAD_LSCB.name());
    walk.until(SeriousCaseReview.TASK_DECIDE_INITIATION);
    refusedStep(review, SeriousCaseReview.TASK_DECIDE_INITIATION,
        Map.of(SeriousCaseReview.INITIATE_REVIEW.name(), false), SeriousCaseReview.INITIATE_REVIEW.name());
    walk.until(SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE);
    refusedStep(review, SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE, Map.of(
        SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM.name(), driver.day().minusMonths(1).toString(),
        SeriousCaseReview.PERIOD_UNDER_REVIEW_TO.name(), driver.day().minusYears(2).toString()),
        SeriousCaseReview.PERIOD_UNDER_REVIEW_TO.name());
    assertThat(notRefused).isEmpty();
  }

  @Test
  @DisplayName("R-7.1, G-8 over REST: a review initiated after 10 June 2010 publishes its overview report, so the"
      + " business manager's publication versions or redaction without it are 400s naming the field, nothing saved;"
      + " with it they are accepted")
  void r71_overviewReportRequiredOverRest() throws Exception {
    String ref = "CR-8901";
    vault.add(Cases.northmoor(ref), new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"),
        "businessmanager");
    ProcessInstance review = walkTo(startedOverRest(ref), ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS);
    String publication = driver.task(review, ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS).getProcessInstanceId();
    String overview = ScrPublication.PUBLISHABLE_OVERVIEW_REPORT.name();
    // the scope the publication worked out from the decision date (14 March 2011): both documents are published
    assertThat(engine.getRuntimeService().getVariable(publication, ScrPublication.PUBLISH_OVERVIEW_REPORT.name()))
        .isEqualTo(true);

    Map<String, String> leftOut = refusedOverRest(review, ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS,
        with(Map.of(), overview, null), overview);
    assertThat(leftOut.get(overview)).startsWith("\"Overview report as it will be published\" (" + overview
        + ") is required").contains("R-7.1", "10 June 2010");
    refusedOverRest(review, ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS, Map.of(overview, "   "), overview);
    assertThat(engine.getRuntimeService().getVariable(publication, overview)).isNull();

    // accepted with it; the school in it, across a line break, fails the check of the bundle and sends the
    // versions to redaction
    acceptedOverRest(review, ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS, Map.of(overview,
        "Child C attended St Hilda's\nPrimary School until 2009."));
    assertThat(driver.tasks(review, ScrPublication.TASK_REDACT_DOCUMENTS)).hasSize(1);
    // nor may the redaction empty it: the text the publication holds counts, a blank sent over it does not
    Map<String, String> emptied = refusedOverRest(review, ScrPublication.TASK_REDACT_DOCUMENTS,
        Map.of(overview, ""), overview);
    assertThat(emptied.get(overview)).startsWith("\"Overview report\" (" + overview + ") is required")
        .contains("R-7.1");
    assertThat(engine.getRuntimeService().getVariable(publication, overview)).asString().contains("Hilda");
    acceptedOverRest(review, ScrPublication.TASK_REDACT_DOCUMENTS, Map.of());
    assertThat(engine.getRuntimeService().getVariable(publication, overview)).isEqualTo(StandardAnswers.CLEAN_OVERVIEW);
    assertThat(driver.tasks(review, ScrPublication.TASK_SIGN_OFF_PUBLICATION)).hasSize(1);
  }

  @Test
  @DisplayName("G-9, R-7.2 over REST: the chair's welfare ground ticked without its reasons is a 400 naming the"
      + " reasons, nothing saved and the DfE told nothing; with them it is accepted, the overview report is"
      + " withheld, and the publication versions then go without it")
  void g9_welfareGroundNeedsItsReasonsOverRest() throws Exception {
    String ref = "CR-8902";
    ProcessInstance review = walkTo(startedOverRest(ref), ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH);
    String publication = driver.task(review, ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH)
        .getProcessInstanceId();
    String ticked = ScrPublication.COMPELLING_WELFARE_REASONS.name();
    String reasons = ScrPublication.WELFARE_REASONS.name();

    Map<String, String> without = refusedOverRest(review, ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH,
        Map.of(ticked, true), reasons);
    assertThat(without.get(reasons)).startsWith("\"The reasons\" (" + reasons + ") is required when the overview"
        + " report is withheld").contains("G-9");
    refusedOverRest(review, ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, Map.of(ticked, true,
        reasons, " "), reasons);
    assertThat(engine.getRuntimeService().getVariable(publication, ticked)).isNull();
    assertThat(notifications(ref)).doesNotContain("overview-report-withheld");

    acceptedOverRest(review, ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, Map.of(ticked, true,
        reasons, "A surviving sibling would recognise the account."));
    assertThat(engine.getRuntimeService().getVariable(publication, ScrPublication.PUBLISH_OVERVIEW_REPORT.name()))
        .isEqualTo(false);
    assertThat(notifications(ref)).contains("overview-report-withheld");
    // the other way: an overview report withheld is not asked for
    walkTo(review, ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS);
    acceptedOverRest(review, ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS,
        with(Map.of(), ScrPublication.PUBLISHABLE_OVERVIEW_REPORT.name(), null));
    assertThat(driver.tasks(review, ScrPublication.TASK_SIGN_OFF_PUBLICATION)).hasSize(1);
  }

  @Test
  @DisplayName("S-22, R-3.3 over REST: a review that will slip without a revised target and reasons, or with a"
      + " revised target not after the six-month target or not after today, is a 400 naming the field, nothing"
      + " saved and nobody consulted; with both it is accepted and GO/DfE are consulted")
  void s22_slippageNeedsRevisedTargetAndReasonsOverRest() throws Exception {
    String ref = "CR-8903";
    ProcessInstance review = startedOverRest(ref);
    new ReviewWalk(driver, review, Uploads::pdf).until(SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE);
    // T-3: six months from the decision on Mon 14 March 2011; T-8 warns 28 days before
    LocalDate target = SeriousCaseReview.SIX_MONTH_TARGET.from(engine.getRuntimeService().getVariables(review.getId()));
    assertThat(target).isEqualTo(LocalDate.of(2011, 9, 14));
    driver.fireTimer(review, SeriousCaseReview.START_SIX_MONTH_WARNING);
    assertThat(driver.day()).isEqualTo(LocalDate.of(2011, 8, 17));
    String slips = SeriousCaseReview.REVIEW_WILL_SLIP.name();
    String revised = SeriousCaseReview.REVISED_TARGET.name();
    String why = SeriousCaseReview.SLIPPAGE_REASONS.name();

    Map<String, String> neither = refusedOverRest(review, SeriousCaseReview.TASK_REVISE_PROJECT_PLAN,
        Map.of(slips, true), revised, why);
    assertThat(neither.get(revised)).startsWith("\"Revised target\" (" + revised + ") is required").contains("S-22");
    assertThat(neither.get(why)).startsWith("\"Reasons\" (" + why + ") is required").contains("S-22");
    refusedOverRest(review, SeriousCaseReview.TASK_REVISE_PROJECT_PLAN, Map.of(slips, true,
        revised, "2011-10-31"), why);
    Map<String, String> notLater = refusedOverRest(review, SeriousCaseReview.TASK_REVISE_PROJECT_PLAN,
        Map.of(slips, true, revised, "2011-09-14", why, "IMRs late."), revised);
    assertThat(notLater.get(revised)).isEqualTo("\"Revised target\" (" + revised + ") (14 September 2011) must be"
        + " after the six-month target (14 September 2011): it is the later date the review will now finish by"
        + " (S-22).");
    // the business manager answers after the target has passed, with a revised target already behind them
    driver.today(LocalDate.of(2011, 9, 26));
    Map<String, String> past = refusedOverRest(review, SeriousCaseReview.TASK_REVISE_PROJECT_PLAN,
        Map.of(slips, true, revised, "2011-09-21", why, "IMRs late."), revised);
    assertThat(past.get(revised)).contains("(21 September 2011) must be after today");
    assertThat(engine.getRuntimeService().getVariable(review.getId(), revised)).isNull();
    assertThat(notifications(ref)).doesNotContain("slippage-consultation");

    acceptedOverRest(review, SeriousCaseReview.TASK_REVISE_PROJECT_PLAN, Map.of(slips, true,
        revised, "2011-11-30", why, "IMRs late."));
    assertThat(engine.getRuntimeService().getVariable(review.getId(), revised)).isEqualTo("2011-11-30");
    assertThat(notifications(ref)).contains("slippage-consultation");
  }

  @Test
  @DisplayName("S-28, G-15 over REST: any grade from Ofsted without the date of its letter is a 400 naming the date,"
      + " nothing saved; \"not evaluated\" without a letter is accepted and asks for no re-review")
  void s28_gradeNeedsOfstedLetterDateOverRest() throws Exception {
    String ref = "CR-8904";
    ProcessInstance review = walkTo(startedOverRest(ref), SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION);
    String grade = SeriousCaseReview.OFSTED_GRADE.name();
    String letter = SeriousCaseReview.OFSTED_LETTER_DATE.name();
    for (String graded : List.of("OUTSTANDING", "GOOD", "ADEQUATE", "INADEQUATE")) {
      Map<String, String> problems = refusedOverRest(review, SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION,
          with(Map.of(grade, graded), letter, null), letter);
      assertThat(problems.get(letter)).as(graded).startsWith("\"Date of Ofsted's letter\" (" + letter + ") is"
          + " required with Ofsted's grade").contains("S-28");
    }
    assertThat(engine.getRuntimeService().getVariable(review.getId(), grade)).isNull();

    acceptedOverRest(review, SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION,
        with(Map.of(grade, "NOT_EVALUATED"), letter, null));
    assertThat(engine.getRuntimeService().getVariable(review.getId(), grade)).isEqualTo("NOT_EVALUATED");
    assertThat(engine.getRuntimeService().getVariable(review.getId(), letter)).isNull();
    assertThat(engine.getRuntimeService().getVariable(review.getId(),
        SeriousCaseReview.RE_REVIEW_REQUIRED.name())).isEqualTo(false);
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_RE_REVIEW)).isEmpty();
  }

  @Test
  @DisplayName("A stand-down is proposed through the application for the caller's own LSCB's case: without its"
      + " reasons a 400 naming the field, by a panel member a 403, by another LSCB a 404; then the chair decides")
  void standDownProposedOverHttp() throws Exception {
    driver.today(AWARE);
    String ref = "CR-8809";
    HttpResponse<String> started = post("/engine-rest/process-definition/key/" + SeriousCaseReview.KEY + "/start",
        "{\"businessKey\":\"" + ref + "\",\"variables\":" + variables(referralFor(ref, Map.of())) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String path = "/api/cases/" + ref + "/stand-down-proposal";
    String body = "{\"" + SeriousCaseReview.STAND_DOWN_PROPOSAL.name() + "\":\"The injury was accidental.\"}";

    HttpResponse<String> empty = send("POST", "businessmanager", path, "{}");
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(JSON.readTree(empty.body()).path("problems").findValuesAsText("field"))
        .contains(SeriousCaseReview.STAND_DOWN_PROPOSAL.name());
    assertThat(send("POST", "panelmember", path, body).statusCode()).isEqualTo(403);
    assertThat(send("POST", "southbusinessmanager", path, body).statusCode()).isEqualTo(404);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(JSON.readTree(started.body()).path("id").asText()).singleResult();
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_DECIDE_STAND_DOWN)).isEmpty();

    // nobody signed in: 401 for the proposal and for the LSCB list
    for (String anonymous : List.of(path, "/api/lscbs")) {
      HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
          + anonymous)).header("Content-Type", "application/json").method(anonymous.equals(path) ? "POST" : "GET",
          anonymous.equals(path) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(unsigned.statusCode()).as(anonymous).isEqualTo(401);
    }
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_DECIDE_STAND_DOWN)).isEmpty();
    HttpResponse<String> proposed = send("POST", "businessmanager", path, body);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_DECIDE_STAND_DOWN)).hasSize(1);
  }

  @Test
  @DisplayName("S-30, AT-25 A further review is recorded through the application for the caller's own LSCB's case:"
      + " a running review records it in its own steps, a closed one gets a further review that reopens the action"
      + " plan (once); a panel member 403, another LSCB 404, nobody signed in 401")
  void furtherReviewOverHttp() throws Exception {
    driver.today(AWARE);
    String ref = "CR-8906";
    ProcessInstance review = startedOverRest(ref);
    String path = "/api/cases/" + ref + "/further-review";
    assertThat(send("POST", "panelmember", path, "{}").statusCode()).isEqualTo(403);
    assertThat(send("POST", "southbusinessmanager", path, "{}").statusCode()).isEqualTo(404);
    HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_RECORD_FURTHER_REVIEW)).isEmpty();

    HttpResponse<String> running = send("POST", "businessmanager", path, "{}");
    assertThat(running.statusCode()).as(running.body()).isEqualTo(200);
    assertThat(JSON.readTree(running.body()).path("message").asText()).contains("still running");
    assertThat(driver.tasks(review, SeriousCaseReview.TASK_RECORD_FURTHER_REVIEW)).hasSize(1);

    new ReviewWalk(driver, review, Uploads::pdf).toTheEnd();
    HttpResponse<String> closed = send("POST", "chair", path, "{}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
    ProcessInstance further = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ScrFurtherReview.KEY).processInstanceBusinessKey(ref).singleResult();
    assertThat(further.getTenantId()).isEqualTo("lscb-northmoor");
    assertThat(engine.getRuntimeService().getVariable(further.getId(), SeriousCaseReview.CHILD_PSEUDONYM.name()))
        .isEqualTo("Child C");
    assertThat(driver.tasks(further, ScrFurtherReview.TASK_RECORD_FURTHER_REVIEW)).hasSize(1);
    HttpResponse<String> again = send("POST", "businessmanager", path, "{}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ScrFurtherReview.KEY)
        .processInstanceBusinessKey(ref).count()).isEqualTo(1);
    assertThat(completeOverRest(further, ScrFurtherReview.TASK_RECORD_FURTHER_REVIEW, Map.of()).statusCode())
        .isEqualTo(204);
    assertThat(driver.tasks(further, ScrFurtherReview.TASK_REOPEN_ACTION_PLAN)).hasSize(1);
  }

  @Test
  @DisplayName("R-7.7, AT-16 over REST: a review that knew of criminal proceedings is held before publication; still"
      + " live without an expected end, or with one not after today, or ended without the day, is a 400 naming the"
      + " field with nothing saved; still live with a later end is accepted and the hold waits for that day")
  void r77_proceedingsHoldOverRest() throws Exception {
    driver.today(AWARE);
    ProcessInstance review = startedOverRest("CR-8908");
    ReviewWalk walk = new ReviewWalk(driver, review, Uploads::pdf).answer(
        SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE, Map.of(SeriousCaseReview.PARALLEL_PROCEEDINGS.name(), true));
    String confirm = ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED;
    for (int round = 0; round < 400 && driver.tasks(review, confirm).isEmpty(); round++) {
      List<Task> open = driver.openTasks(review);
      if (open.isEmpty()) {
        fireEarliestTimer(review);
      } else {
        walk.step(open.get(0).getTaskDefinitionKey());
      }
    }
    assertThat(driver.tasks(review, ScrPublication.TASK_PUBLISH_REPORTS)).isEmpty();
    String ended = ScrPublication.PROCEEDINGS_ENDED.name();
    String endedOn = ScrPublication.PROCEEDINGS_ENDED_ON.name();
    String expected = ScrPublication.PROCEEDINGS_EXPECTED_END.name();
    Map<String, Object> live = new HashMap<>(Map.of(ended, false));
    live.put(endedOn, null);
    assertThat(refusedOverRest(review, confirm, live, expected).get(expected)).contains("is required", "R-7.7");
    live.put(expected, driver.day().toString());
    assertThat(refusedOverRest(review, confirm, live, expected).get(expected)).contains("must be after today");
    Map<String, Object> endedNoDay = new HashMap<>(Map.of(ended, true));
    endedNoDay.put(endedOn, null);
    refusedOverRest(review, confirm, endedNoDay, endedOn);
    live.put(expected, driver.day().plusMonths(6).toString());
    acceptedOverRest(review, confirm, live);
    assertThat(driver.timers(review, ScrPublication.TIMER_PROCEEDINGS_EXPECTED_END)).hasSize(1);
    assertThat(driver.tasks(review, ScrPublication.TASK_PUBLISH_REPORTS)).isEmpty();
  }

  /** A review of Northmoor started over REST by its business manager on {@link #AWARE}. */
  ProcessInstance startedOverRest(String ref) throws Exception {
    HttpResponse<String> started = send("POST", "businessmanager", "/engine-rest/process-definition/key/"
        + SeriousCaseReview.KEY + "/start", "{\"businessKey\":\"" + ref + "\",\"variables\":"
        + variables(referralFor(ref, Map.of())) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(JSON.readTree(started.body()).path("id").asText()).singleResult();
  }

  /**
   * Walks the review with the standard answers, each step by its user, firing the earliest timer when no step is
   * open, until a step with that key is open.
   */
  ProcessInstance walkTo(ProcessInstance review, String taskKey) {
    ReviewWalk walk = new ReviewWalk(driver, review, Uploads::pdf);
    for (int round = 0; round < 400 && driver.tasks(review, taskKey).isEmpty(); round++) {
      List<Task> open = driver.openTasks(review);
      if (open.isEmpty()) {
        fireEarliestTimer(review);
      } else {
        walk.step(open.get(0).getTaskDefinitionKey());
      }
    }
    assertThat(driver.tasks(review, taskKey)).as("%s reached", taskKey).hasSize(1);
    return review;
  }

  /**
   * Completes the step over REST as the user whose role takes it, with its standard answer and these values over it
   * (a null value leaves the field out).
   */
  HttpResponse<String> completeOverRest(ProcessInstance review, String taskKey, Map<String, Object> values)
      throws Exception {
    Task task = driver.task(review, taskKey);
    return send("POST", StandardAnswers.of(taskKey).user(), "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":" + variables(StandardAnswers.answer(taskKey, driver.day(), Uploads::pdf, values)) + "}");
  }

  /**
   * As {@link #completeOverRest}: refused with 400 for exactly these fields, in words (no engine code, class name or
   * pattern); the step stays open and its process holds what it held. Returns each field's problem.
   */
  Map<String, String> refusedOverRest(ProcessInstance review, String taskKey, Map<String, Object> values,
      String... fields) throws Exception {
    Task task = driver.task(review, taskKey);
    Map<String, Object> before = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
    HttpResponse<String> response = completeOverRest(review, taskKey, values);
    assertThat(response.statusCode()).as("%s with %s: %s", taskKey, values, response.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    Map<String, String> problems = new LinkedHashMap<>();
    body.path("problems").forEach(problem -> problems.put(problem.path("field").asText(),
        problem.path("message").asText()));
    assertThat(problems).as(response.body()).containsOnlyKeys(fields);
    assertThat(body.path("message").asText()).startsWith("Nothing was saved.")
        .doesNotContain("ENGINE-", "Exception", "org.camunda", "org.scrworkflow", "\\d", "[0-9", "(?");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId())).asString()
        .isEqualTo(String.valueOf(before));
    return problems;
  }

  /** As {@link #completeOverRest}: accepted with 204, the step done; then runs the jobs that follow. */
  void acceptedOverRest(ProcessInstance review, String taskKey, Map<String, Object> values) throws Exception {
    Task task = driver.task(review, taskKey);
    HttpResponse<String> done = completeOverRest(review, taskKey, values);
    assertThat(done.statusCode()).as("%s with %s: %s", taskKey, values, done.body()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    driver.runJobs(review);
  }

  /** The templates of the case's notifications, as its business manager reads them over REST. */
  List<String> notifications(String ref) throws Exception {
    HttpResponse<String> sent = send("GET", "businessmanager", "/api/cases/" + ref + "/notifications", null);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    return JSON.readTree(sent.body()).findValuesAsText("template");
  }

  /** Completes the step over REST with its standard answer and these values over it: refused naming the field. */
  void refusedStep(ProcessInstance review, String taskKey, Map<String, Object> values, String field) throws Exception {
    Task task = driver.task(review, taskKey);
    Map<String, Object> before = engine.getRuntimeService().getVariables(review.getId());
    Map<String, Object> answer = new LinkedHashMap<>(StandardAnswers.of(taskKey).values().on(driver.day(),
        Uploads::pdf));
    answer.putAll(values);
    expectRefused(taskKey, field, post("/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":" + variables(answer) + "}"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(engine.getRuntimeService().getVariables(review.getId())).asString().isEqualTo(String.valueOf(before));
  }

  HttpResponse<String> send(String method, String user, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, "Demo-Pass-2010")).header("Content-Type", "application/json")
        .header("Accept", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  Map<String, Object> referralFor(String ref, Map<String, Object> overrides) {
    driver.today(AWARE);
    Map<String, Object> referral = new LinkedHashMap<>(StandardAnswers.referral(ref, "Child C", "lscb-northmoor",
        "NORTH_WEST", AWARE, List.of("police", "health")));
    referral.putAll(overrides);
    return referral;
  }

  /**
   * Starts the review over HTTP and walks it to its end (tasks, then timers as they fall due), sending the bad
   * versions of each step's answer the first time the step is met, then its standard answer with these values
   * over it.
   */
  void walkTrying(Map<String, Object> referral, Map<String, Map<String, Object>> overrides) throws Exception {
    walkTrying(referral, overrides, Map.of(), Map.of());
  }

  /** Something sent over HTTP while the review waits at a step, before that step is first completed. */
  interface Before {
    void send(ProcessInstance review) throws Exception;
  }

  /**
   * As {@link #walkTrying(Map, Map)}, with values over the standard answer of a step the first time it is completed
   * only (to send a review round a loop once: a revised IMR, an inadequate grade), and messages sent before a step is
   * first completed.
   */
  void walkTrying(Map<String, Object> referral, Map<String, Map<String, Object>> overrides,
      Map<String, Map<String, Object>> firstTime, Map<String, Before> messages) throws Exception {
    Map<String, Map<String, Object>> once = new HashMap<>(firstTime);
    Map<String, Before> sendBefore = new HashMap<>(messages);
    driver.today(AWARE);
    String ref = (String) referral.get(SeriousCaseReview.CASE_REFERENCE.name());
    HttpResponse<String> started = post("/engine-rest/process-definition/key/serious-case-review/start",
        "{\"businessKey\":\"" + ref + "\",\"variables\":" + variables(referral) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(JSON.readTree(started.body()).path("id").asText()).singleResult();
    driver.runJobs(review);

    for (int round = 0; round < 400 && !ended(review); round++) {
      List<Task> open = driver.openTasks(review);
      if (open.isEmpty()) {
        fireEarliestTimer(review);
        continue;
      }
      Task task = open.get(0);
      Before message = sendBefore.remove(task.getTaskDefinitionKey());
      if (message != null) {
        message.send(review);
        continue; // the message may have opened steps of its own
      }
      StepForm form = formOf(task);
      Map<String, Object> answer = new LinkedHashMap<>(StandardAnswers.of(task.getTaskDefinitionKey()).values()
          .on(driver.day(), Uploads::pdf));
      answer.putAll(overrides.getOrDefault(task.getTaskDefinitionKey(), Map.of()));
      answer.putAll(once.getOrDefault(task.getTaskDefinitionKey(), Map.of()));
      once.remove(task.getTaskDefinitionKey());
      if (stepsChecked.add(task.getTaskDefinitionKey())) {
        Map<String, Object> held = engine.getTaskService().getVariables(task.getId());
        for (Map.Entry<String, Map<String, Object>> bad : badVariants(form, answer, held, driver.day()).entrySet()) {
          Map<String, Object> before = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
          Map<String, Object> sent = new LinkedHashMap<>(bad.getValue());
          sent.values().removeIf(value -> value instanceof FileValue); // files are not sent as JSON here
          HttpResponse<String> response = post("/engine-rest/task/" + task.getId() + "/complete",
              "{\"variables\":" + variables(sent) + "}");
          expectRefused(task.getTaskDefinitionKey(), bad.getKey(), response);
          assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
          // compared as text: JSON values (the agencies) are equal in content, not as objects
          assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId())).asString()
              .isEqualTo(String.valueOf(before));
        }
      }
      if (answer.values().stream().anyMatch(value -> !(value instanceof String || value instanceof Boolean
          || value instanceof Number || value == null))) {
        driver.complete(review, task, answer); // an upload: files go through the Java API here
      } else {
        HttpResponse<String> done = post("/engine-rest/task/" + task.getId() + "/complete",
            "{\"variables\":" + variables(answer) + "}");
        assertThat(done.statusCode()).as("%s with its standard answer: %s", task.getTaskDefinitionKey(),
            done.body()).isEqualTo(204);
        driver.runJobs(review);
      }
    }
    assertThat(ended(review)).as("%s walked to its end", ref).isTrue();
  }

  /**
   * The bad versions of a good set of values, each named by the field it breaks: every required field left out
   * (where the process does not already hold it), every choice unknown, every date, number and yes/no of the wrong
   * kind, every shown field changed, one unknown variable.
   */
  static Map<String, Map<String, Object>> badVariants(StepForm form, Map<String, Object> good,
      Map<String, Object> held, LocalDate today) {
    Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
    for (FormField field : form.fields().values()) {
      if (field.readonly()) {
        // shown, hidden or in words: never changed by the caller
        if (held.get(field.key()) instanceof String) {
          bad.put(field.key(), with(good, field.key(), "changed by the caller"));
        }
        continue;
      }
      if ("file".equals(field.type()) || field.hide() != null) {
        continue;
      }
      if ((field.required() || "checkbox".equals(field.type())) && good.containsKey(field.key())
          && StepContract.blank(held.get(field.key()))) {
        Map<String, Object> without = new LinkedHashMap<>(good);
        without.remove(field.key());
        bad.put(field.key(), without);
      } else if (field.isChoice() && !"checklist".equals(field.type())) {
        bad.put(field.key(), with(good, field.key(), "NOT_ONE_OF_THE_CHOICES"));
      } else if (field.isDate()) {
        bad.put(field.key(), with(good, field.key(), "14/03/2011"));
      } else if ("number".equals(field.type())) {
        bad.put(field.key(), with(good, field.key(), "forty-two"));
      } else if ("checkbox".equals(field.type())) {
        bad.put(field.key(), with(good, field.key(), "perhaps"));
      } else if (field.maxLength() != null) {
        bad.put(field.key(), with(good, field.key(), "x".repeat(field.maxLength() + 1)));
      }
    }
    for (FormField field : form.fields().values()) {
      if (field.isDate() && !field.readonly() && !field.plannedDate() && field.hide() == null) {
        // a date of something that happened, a month ahead of the engine's day
        bad.put(field.key() + FUTURE, with(good, field.key(), today.plusMonths(1).toString()));
      }
    }
    for (FormField field : form.fields().values()) {
      if (field.choicesFrom() != null && !field.readonly() && field.hide() == null) {
        // a name typed where the list's id goes
        bad.put(field.key() + NOT_LISTED, with(good, field.key(), "Northmoor LSCB"));
      }
    }
    bad.put(NOT_A_FIELD, with(good, NOT_A_FIELD, "anything"));
    return bad;
  }

  static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(name, value);
    return changed;
  }

  void expectRefused(String step, String variant, HttpResponse<String> response) throws Exception {
    tried++;
    String field = variant.replace(FUTURE, "").replace(NOT_LISTED, "");
    if (response.statusCode() != 400) {
      notRefused.add(step + " / " + variant + ": " + response.statusCode() + " " + response.body());
      return;
    }
    JsonNode body = JSON.readTree(response.body());
    List<String> fields = new ArrayList<>();
    body.path("problems").forEach(problem -> fields.add(problem.path("field").asText()));
    if (!fields.contains(field)) {
      notRefused.add(step + " / " + variant + ": refused for " + fields + " " + body.path("message").asText());
    }
    assertThat(body.path("message").asText()).as("%s / %s", step, variant)
        .doesNotContain("ENGINE-", "Exception", "org.camunda", "org.scrworkflow");
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", "admin", path, body);
  }

  /** The variables as a REST caller writes them; a list as the start form's checklist sends it (JSON). */
  static String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> dto = new LinkedHashMap<>();
    for (Map.Entry<String, Object> value : values.entrySet()) {
      Map<String, Object> typed = new HashMap<>();
      if (value.getValue() instanceof Collection<?> list) {
        typed.put("value", JSON.writeValueAsString(list));
        typed.put("type", "Json");
      } else {
        typed.put("value", value.getValue());
      }
      dto.put(value.getKey(), typed);
    }
    return JSON.writeValueAsString(dto);
  }

  boolean ended(ProcessInstance review) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(review.getId()).count() == 0;
  }

  void fireEarliestTimer(ProcessInstance review) {
    List<Job> timers = new ArrayList<>();
    for (String id : driver.instanceTree(review)) {
      timers.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).timers().list());
    }
    Job next = timers.stream().min(Comparator.comparing(Job::getDuedate)).orElseThrow(
        () -> new AssertionError("the review waits with no task and no timer"));
    driver.at(driver.local(next.getDuedate()));
    engine.getManagementService().executeJob(next.getId());
    driver.runJobs(review);
  }

  StepForm formOf(Task task) throws Exception {
    String formKey = engine.getFormService().getTaskFormKey(task.getProcessDefinitionId(),
        task.getTaskDefinitionKey());
    if (formKey != null) {
      return form(formKey.substring(formKey.lastIndexOf(':') + 1));
    }
    for (String key : List.of(SeriousCaseReview.KEY, IndividualManagementReview.KEY, ScrPublication.KEY)) {
      UserTask userTask = Bpmn.readModelFromFile(new File("processes/" + key + ".bpmn"))
          .getModelElementById(task.getTaskDefinitionKey());
      if (userTask != null) {
        return form(userTask.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef") + ".form");
      }
    }
    throw new AssertionError("no form for " + task.getTaskDefinitionKey());
  }

  static StepForm form(String file) throws Exception {
    byte[] content = Files.readAllBytes(new File("forms/" + file).toPath());
    return file.endsWith(".form") ? StepForm.ofCamundaForm(content) : StepForm.ofEmbeddedForm(file, content);
  }

  static Set<String> userTasks() {
    Set<String> tasks = new LinkedHashSet<>();
    for (String key : List.of(SeriousCaseReview.KEY, IndividualManagementReview.KEY, ScrPublication.KEY)) {
      Bpmn.readModelFromFile(new File("processes/" + key + ".bpmn")).getModelElementsByType(UserTask.class)
          .forEach(task -> tasks.add(task.getId()));
    }
    return tasks;
  }
}
