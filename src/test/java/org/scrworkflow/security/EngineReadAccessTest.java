package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.CHRONOLOGY_FILE;
import static org.scrworkflow.process.IndividualManagementReview.DECLARATION_DATE;
import static org.scrworkflow.process.IndividualManagementReview.DIRECT_INVOLVEMENT;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_NAME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_ROLE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SCRUTINISED_ON;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SCRUTINY_OUTCOME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_BY;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_ON;
import static org.scrworkflow.process.IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER;
import static org.scrworkflow.process.IndividualManagementReview.RECORDS_SECURED_ON;
import static org.scrworkflow.process.IndividualManagementReview.SCRUTINY_FEEDBACK;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_REVISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SCRUTINISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_RECORDED_BY;
import static org.scrworkflow.process.SeriousCaseReview.CASE_QUESTIONS;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.HEALTH_OVERVIEW_REQUIRED;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS_KNOWN;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_TO;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.SCREENING_ANSWERS;
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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Uploads;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role reads through the engine's REST API, and the webapps' engine API, only what it may read through /api:
 * one Northmoor review, worked over HTTP by the demo users as in Tasklist, reaches the point where two agencies'
 * IMRs are written with notes (the police IMR scrutinised and sent back with feedback, the health IMR awaiting
 * scrutiny). Then every demo user asks every history and variable endpoint for them, and the IMR free text, the
 * IMR instances' rows or counts each answer carries are held against the rule of docs/security.md.
 */
@H2DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineReadAccessTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CASE = "CR-9411";
  private static final String POLICE = "police";
  private static final String HEALTH = "health";
  private static final Set<String> BOTH = Set.of(POLICE, HEALTH);
  private static final Set<String> NONE = Set.of();

  /**
   * The rule (docs/security.md, "Documents and identifying details"): an agency's IMR is read by its own IMR
   * author and senior manager, and by its LSCB's business manager, chair, panel and overview authors; never by a
   * manager, the policy team, another agency or another LSCB.
   */
  private static final Map<String, Set<String>> MAY_READ = new LinkedHashMap<>();

  static {
    MAY_READ.put("admin", BOTH);
    MAY_READ.put("chair", BOTH);
    MAY_READ.put("businessmanager", BOTH);
    MAY_READ.put("panelmember", BOTH);
    MAY_READ.put("overviewauthor", BOTH);
    MAY_READ.put("healthoverview", BOTH);
    MAY_READ.put("manager", NONE);
    MAY_READ.put("regionalmanager", NONE);
    MAY_READ.put("policy", NONE);
    MAY_READ.put("policeimr", Set.of(POLICE));
    MAY_READ.put("policesenior", Set.of(POLICE));
    MAY_READ.put("healthimr", Set.of(HEALTH));
    MAY_READ.put("healthsenior", Set.of(HEALTH));
    MAY_READ.put("socialcareimr", NONE);
    MAY_READ.put("socialcaresenior", NONE);
    MAY_READ.put("southchair", NONE);
    MAY_READ.put("southbusinessmanager", NONE);
    MAY_READ.put("southpanelmember", NONE);
    MAY_READ.put("southmanager", NONE);
  }

  /** Users who read every IMR of their LSCB through every history and variable endpoint (besides decisions). */
  private static final Set<String> CASE_READERS = Set.of("admin", "chair", "businessmanager");

  /** What each agency's IMR holds that nobody else may read: notes, scrutiny feedback, the author's name. */
  private static final Map<String, List<String>> FREE_TEXT = Map.of(
      POLICE, List.of("Rowan Thistlewood", "POLICE-IMR-NOTES", "POLICE-SCRUTINY-FEEDBACK"),
      HEALTH, List.of("Morwenna Ashdown", "HEALTH-IMR-NOTES"));

  @LocalServerPort int port;

  private String review;
  /** Per agency: its IMR instance, its tasks (open and ended), the open one, the ids of its notes variable. */
  private final Map<String, String> imr = new HashMap<>();
  private final Map<String, List<String>> imrTasks = new HashMap<>();
  private final Map<String, String> openTask = new HashMap<>();
  private final Map<String, String> notesVariable = new HashMap<>();
  private final Map<String, String> notesHistoricVariable = new HashMap<>();
  private final Map<String, String> notesDetail = new HashMap<>();

  /** How an answer shows an agency's IMR: its free text, or rows of its instance and tasks, or a count. */
  enum Shows { TEXT, ROWS, COUNT, FOUND }

  /**
   * One request: the path (under /engine-rest or the webapps' engine API), the agencies whose IMR it asks for,
   * whether the LSCB's chair and business manager read it, and the task's candidates reading it (their task).
   */
  record Probe(String path, Shows shows, Set<String> asksFor, boolean caseReaders, String taskReader) {

    /** Who reads what through this probe, as granted: the answer must show exactly that. */
    Set<String> expectedFor(String user) {
      if (user.equals("admin") || (caseReaders && CASE_READERS.contains(user))) {
        return asksFor;
      }
      return user.equals(taskReader) ? asksFor : NONE;
    }
  }

  // --- the review, worked over HTTP by the demo users ---

  @BeforeAll
  void twoAgenciesHaveWrittenTheirImrs() throws Exception {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    String imrDue = LocalDate.parse(today).plusMonths(2).toString();
    var started = send("businessmanager", "POST", "/engine-rest/process-definition/key/serious-case-review/start",
        "{\"businessKey\":\"" + CASE + "\",\"variables\":{" + vars(CASE_REFERENCE.name(), CASE, CHILD_PSEUDONYM.name(),
            "Child N",
            INCIDENT_TYPE.name(), "DEATH", ABUSE_OR_NEGLECT.name(), true, INTERAGENCY_CONCERN.name(), true,
            INCIDENT_DATE.name(), today, AWARENESS_DATE.name(), today, REGION.name(), "NORTH_EAST",
                RESIDENCE_LSCB.name(), "lscb-northmoor",
            LOOKED_AFTER.name(), false, PARALLEL_PROCEEDINGS_KNOWN.name(), false, AGENCIES_INVOLVED.name(),
                "police,health",
            REFERRAL_SUMMARY.name(), "A child died at home; neglect is suspected.",
            AWARENESS_RECORDED_BY.name(), "businessmanager") + "}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    review = JSON.readTree(started.body()).get("id").asText();

    work("businessmanager", TASK_APPROVE_INCIDENT_NOTIFICATION, null,
        vars(NOTIFICATION_REASON.name(), "SCR_POSSIBLE", NOTIFICATION_SUMMARY.name(),
            "Child N died; neglect suspected."));
    work("businessmanager", TASK_CONFIRM_LSCBS, null, vars(LEAD_LSCB.name(), "lscb-northmoor", PARTNER_LSCBS.name(),
        ""));
    work("panelmember", TASK_SCREEN_CASE, null, vars(SCREENING_ANSWERS.name(), "Answers to 8.12."));
    work("panelmember", TASK_RECOMMEND_TO_CHAIR, null,
        vars(RECOMMENDATION.name(), "INITIATE", RECOMMENDATION_REASONS.name(), "As screened."));
    work("chair", TASK_DECIDE_INITIATION, null,
        vars(INITIATE_REVIEW.name(), true, DECISION_DATE.name(), today, DECISION_REASONS.name(), "Criteria met."));
    work("businessmanager", TASK_SET_UP_PANEL, null, vars(PANEL_CHAIR_NAME.name(), "Independent Chair",
        OVERVIEW_AUTHOR_NAME.name(), "Independent Author", PANEL_CHAIR_CONNECTED_TO_AGENCY.name(), false,
        OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY.name(), false));
    work("panelmember", TASK_AGREE_TERMS_OF_REFERENCE, null, vars(PERIOD_UNDER_REVIEW_FROM.name(), "2008-01-01",
        PERIOD_UNDER_REVIEW_TO.name(), today, CASE_QUESTIONS.name(), "Information sharing.",
            HEALTH_OVERVIEW_REQUIRED.name(), false,
        PARALLEL_PROCEEDINGS.name(), false));
    work("panelmember", TASK_DRAW_UP_PROJECT_PLAN, null, vars(IMR_DUE_DATE.name(), imrDue));

    for (String agency : List.of(POLICE, HEALTH)) {
      String author = agency.equals(POLICE) ? "Rowan Thistlewood" : "Morwenna Ashdown";
      work(agency + "senior", TASK_APPOINT_IMR_AUTHOR, agency, vars(IMR_AUTHOR_NAME.name(), author,
          IMR_AUTHOR_ROLE.name(), "Reviewing officer", DIRECT_INVOLVEMENT.name(), false,
              LINE_MANAGER_OF_PRACTITIONER.name(), false,
          RECORDS_SECURED_ON.name(), today, DECLARATION_DATE.name(), today));
      work(agency + "imr", TASK_WRITE_IMR, agency, vars(IMR_NOTES.name(),
          agency.toUpperCase() + "-IMR-NOTES: the referral of March was not followed up.")
          + "," + file(IMR_FILE.name(), "imr.pdf") + "," + file(CHRONOLOGY_FILE.name(), "chronology.pdf"));
      work(agency + "senior", TASK_SIGN_OFF_IMR, agency,
          vars(IMR_SIGNED_OFF_BY.name(), "Head of service", IMR_SIGNED_OFF_ON.name(), today));
    }
    work("panelmember", TASK_SCRUTINISE_IMR, POLICE, vars(IMR_SCRUTINY_OUTCOME.name(), "REVISE",
        IMR_SCRUTINISED_ON.name(), today, SCRUTINY_FEEDBACK.name(),
            "POLICE-SCRUTINY-FEEDBACK: the analysis stops in 2009."));

    // the police IMR waits for its author's revision, the health IMR for the panel's scrutiny
    openTask.put(POLICE, task(TASK_REVISE_IMR, POLICE));
    openTask.put(HEALTH, task(TASK_SCRUTINISE_IMR, HEALTH));
    for (String agency : List.of(POLICE, HEALTH)) {
      String instance = admin("/engine-rest/task/" + openTask.get(agency)).get("processInstanceId").asText();
      imr.put(agency, instance);
      List<String> tasks = new ArrayList<>();
      admin("/engine-rest/history/task?processInstanceId=" + instance).forEach(t -> tasks.add(t.get("id").asText()));
      imrTasks.put(agency, tasks);
      notesVariable.put(agency, admin("/engine-rest/variable-instance?variableName=imrNotes&processInstanceIdIn="
          + instance).get(0).get("id").asText());
      String historic = admin("/engine-rest/history/variable-instance?variableName=imrNotes&processInstanceId="
          + instance).get(0).get("id").asText();
      notesHistoricVariable.put(agency, historic);
      notesDetail.put(agency, admin("/engine-rest/history/detail?variableInstanceId=" + historic).get(0).get("id")
          .asText());
    }
    assertThat(imr.get(POLICE)).isNotEqualTo(imr.get(HEALTH));
  }

  /** Every history and variable endpoint, asked for each agency's IMR (and unscoped where the API allows). */
  List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    probes.add(new Probe("/variable-instance", Shows.TEXT, BOTH, true, null));
    probes.add(new Probe("/history/variable-instance", Shows.TEXT, BOTH, true, null));
    probes.add(new Probe("/history/detail", Shows.TEXT, BOTH, true, null));
    probes.add(new Probe("/history/process-instance?superProcessInstanceId=" + review, Shows.ROWS, BOTH, true, null));
    probes.add(new Probe("/history/identity-link-log?processDefinitionKey=individual-management-review", Shows.ROWS,
        BOTH, true, null));
    probes.add(new Probe("/history/user-operation?processDefinitionKey=individual-management-review", Shows.ROWS,
        BOTH, true, null));
    for (String agency : List.of(POLICE, HEALTH)) {
      Set<String> only = Set.of(agency);
      String id = imr.get(agency);
      String task = openTask.get(agency);
      // the candidates of the open task: the police IMR author (revision), the panel (health scrutiny)
      String candidate = agency.equals(POLICE) ? "policeimr" : "panelmember";
      probes.add(new Probe("/variable-instance?processInstanceIdIn=" + id, Shows.TEXT, only, true, null));
      // the candidate counts its own task's copies of the case reference and pseudonym (tasklist/CaseOnEveryTask),
      // which it reads on the task anyway; the TEXT probe above still shows it no IMR text
      probes.add(new Probe("/variable-instance/count?processInstanceIdIn=" + id, Shows.COUNT, only, true,
          candidate));
      probes.add(new Probe("/variable-instance/" + notesVariable.get(agency), Shows.TEXT, only, true, null));
      // a text variable has no binary content: nobody gets a 200, the point is that nobody learns more than a 4xx
      probes.add(new Probe("/variable-instance/" + notesVariable.get(agency) + "/data", Shows.FOUND, NONE, true, null));
      probes.add(new Probe("/process-instance/" + id + "/variables", Shows.TEXT, only, true, null));
      probes.add(new Probe("/process-instance/" + id + "/variables/imrNotes", Shows.TEXT, only, true, null));
      probes.add(new Probe("/execution/" + id + "/localVariables", Shows.TEXT, only, true, null));
      probes.add(new Probe("/task/" + task + "/variables", Shows.TEXT, only, true, candidate));
      probes.add(new Probe("/task/" + task + "/form-variables", Shows.TEXT, only, true, candidate));
      probes.add(new Probe("/task/" + task + "/localVariables", Shows.TEXT, NONE, true, null));
      probes.add(new Probe("/process-instance?processInstanceIds=" + id, Shows.ROWS, only, true, null));
      probes.add(new Probe("/history/variable-instance?processInstanceId=" + id, Shows.TEXT, only, true, null));
      probes.add(new Probe("/history/variable-instance/count?processInstanceId=" + id, Shows.COUNT, only, true, null));
      probes.add(new Probe("/history/variable-instance/" + notesHistoricVariable.get(agency), Shows.TEXT, only, true,
          null));
      probes.add(new Probe("/history/variable-instance/" + notesHistoricVariable.get(agency) + "/data", Shows.FOUND,
          NONE, true, null));
      probes.add(new Probe("/history/detail?processInstanceId=" + id, Shows.TEXT, only, true, null));
      probes.add(new Probe("/history/detail/count?processInstanceId=" + id, Shows.COUNT, only, true, null));
      probes.add(new Probe("/history/detail/" + notesDetail.get(agency), Shows.TEXT, only, true, null));
      probes.add(new Probe("/history/task?processInstanceId=" + id, Shows.ROWS, only, true, null));
      probes.add(new Probe("/history/task/count?processInstanceId=" + id, Shows.COUNT, only, true, null));
      probes.add(new Probe("/history/activity-instance?processInstanceId=" + id, Shows.ROWS, only, true, null));
      probes.add(new Probe("/history/activity-instance/count?processInstanceId=" + id, Shows.COUNT, only, true, null));
      probes.add(new Probe("/history/process-instance?processInstanceId=" + id, Shows.ROWS, only, true, null));
      probes.add(new Probe("/history/process-instance/count?processInstanceId=" + id, Shows.COUNT, only, true, null));
      probes.add(new Probe("/history/process-instance/" + id, Shows.FOUND, only, true, null));
      probes.add(new Probe("/history/user-operation?processInstanceId=" + id, Shows.ROWS, only, true, null));
      probes.add(new Probe("/history/user-operation/count?processInstanceId=" + id, Shows.COUNT, only, true, null));
      // decisions' history needs READ_HISTORY on the decision, which no role holds: administrators only
      probes.add(new Probe("/history/decision-instance?includeInputs=true&includeOutputs=true&processInstanceId=" + id,
          Shows.ROWS, only, false, null));
      probes.add(new Probe("/history/decision-instance/count?processInstanceId=" + id, Shows.COUNT, only, false,
          null));
      probes.add(new Probe("/history/identity-link-log?taskId=" + task, Shows.ROWS, only, true, null));
      probes.add(new Probe("/history/identity-link-log/count?taskId=" + task, Shows.COUNT, only, true, null));
    }
    return probes;
  }

  @Test
  @DisplayName("Every demo user reads an IMR's notes, feedback and author through /engine-rest exactly as the rule allows, and no more")
  void engineRestShowsImrsOnlyToTheirReaders() throws Exception {
    assertEveryProbe("/engine-rest", this::basicClient);
  }

  @Test
  @DisplayName("The same through the webapps' engine API (Cockpit and Tasklist sessions)")
  void webappEngineApiShowsImrsOnlyToTheirReaders() throws Exception {
    assertEveryProbe("/camunda/api/engine/engine/default", user -> {
      try {
        return Http.loggedInToTasklist(port, user, PASSWORD);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  @DisplayName("The rule's table itself: nobody is granted an IMR the rule does not give them")
  void grantsStayWithinTheRule() {
    for (Probe probe : probes()) {
      MAY_READ.forEach((user, allowed) ->
          assertThat(allowed).as(user + " " + probe.path()).containsAll(probe.expectedFor(user)));
    }
  }

  @Test
  @DisplayName("A manager follows the review in Cockpit and the dashboard: its steps, dates and IMR due dates, none of its variables or IMRs")
  void managerFollowsTheReviewWithoutItsTexts() throws Exception {
    for (String user : List.of("manager", "regionalmanager")) {
      assertThat(get(user, "/engine-rest/process-instance?businessKey=" + CASE).body()).as(user).hasSize(1);
      assertThat(get(user, "/engine-rest/history/activity-instance?processInstanceId=" + review).body())
          .as(user + " sees the review's steps").isNotEmpty();
      assertThat(get(user, "/engine-rest/process-instance/" + review + "/variables").status()).as(user).isEqualTo(403);
      assertThat(get(user, "/engine-rest/history/variable-instance?processInstanceId=" + review).body()).isEmpty();
      Answer dashboard = get(user, "/api/reports/reviews");
      assertThat(dashboard.status()).isEqualTo(200);
      JsonNode row = null;
      for (JsonNode r : dashboard.body()) {
        if (r.path(CASE_REFERENCE.name()).asText().equals(CASE)) {
          row = r;
        }
      }
      assertThat(row).as(user + " sees the review on the dashboard").isNotNull();
      assertThat(row.path("openImrs").toString()).contains(POLICE, HEALTH);
      assertThat(dashboard.raw()).doesNotContain("IMR-NOTES", "Thistlewood", "Ashdown", "SCRUTINY");
      assertThat(get(user, "/api/reports/reviews/" + CASE + "/timeline").status()).isEqualTo(200);
    }
    assertThat(get("southmanager", "/engine-rest/process-instance?businessKey=" + CASE).body()).isEmpty();
  }

  @Test
  @DisplayName("A manager cannot use a review's free text as a query condition (403 in plain English), on REST, the webapps' engine API or Cockpit's search; the chair can")
  void onlyReadersOfVariablesQueryByThem() throws Exception {
    String guess = URLEncoder.encode("decisionReasons_eq_Criteria met.", StandardCharsets.UTF_8);
    for (String query : List.of("/history/process-instance?processInstanceId=" + review,
        "/process-instance?processInstanceIds=" + review, "/history/task?processInstanceId=" + review,
        "/execution?processInstanceId=" + review)) {
      String condition = query + (query.contains("task") || query.contains("execution") ? "&processVariables="
          : "&variables=") + guess;
      assertThat(get("manager", "/engine-rest" + query).body()).as("manager " + query).isNotEmpty();
      Answer refused = get("manager", "/engine-rest" + condition);
      assertThat(refused.status()).as("manager " + condition).isEqualTo(403);
      assertThat(refused.raw()).contains(VariableConditionGuard.REFUSAL).doesNotContain("ENGINE-");
      assertThat(get("chair", "/engine-rest" + condition).body()).as("chair " + condition).isNotEmpty();
    }
    String inOrQuery = "{\"orQueries\":[{\"variables\":[{\"name\":\"decisionReasons\",\"operator\":\"like\","
        + "\"value\":\"Criteria%\"}]}]}";
    assertThat(send("manager", "POST", "/engine-rest/process-instance", inOrQuery).statusCode()).isEqualTo(403);
    String sorted = "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
        + "\"parameters\":{\"variable\":\"decisionReasons\",\"type\":\"String\"}}]}";
    assertThat(send("manager", "POST", "/engine-rest/history/task", sorted).statusCode()).isEqualTo(403);

    HttpClient cockpit = Http.loggedInToTasklist(port, "manager", PASSWORD);
    String webapp = "http://localhost:" + port + "/camunda/api";
    var engineApi = cockpit.send(HttpRequest.newBuilder(URI.create(webapp + "/engine/engine/default/history/"
        + "process-instance?processInstanceId=" + review + "&variables=" + guess)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(engineApi.statusCode()).isEqualTo(403);
    // the next page load after the login gives the session its CSRF token, as in the browser
    cockpit.send(HttpRequest.newBuilder(URI.create(webapp + "/engine/engine/default/task/count")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String token = ((java.net.CookieManager) cockpit.cookieHandler().orElseThrow()).getCookieStore().getCookies()
        .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst()
        .orElse("");
    String definition = admin("/engine-rest/process-definition/key/serious-case-review").get("id").asText();
    String search = webapp + "/cockpit/plugin/base/default/process-instance";
    String plain = "{\"processDefinitionId\":\"" + definition + "\"}";
    String byReasons = "{\"processDefinitionId\":\"" + definition + "\",\"variables\":[{\"name\":\"decisionReasons\","
        + "\"operator\":\"eq\",\"value\":\"Criteria met.\"}]}";
    for (String body : List.of(plain, byReasons)) {
      var answer = cockpit.send(HttpRequest.newBuilder(URI.create(search)).header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(body.equals(plain) ? 200 : 403);
    }
  }

  private void assertEveryProbe(String base, Function<String, HttpClient> clientOf) throws Exception {
    List<Probe> probes = probes();
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    int refused = 0;
    Set<String> unanswered = new TreeSet<>();
    for (String user : MAY_READ.keySet()) {
      HttpClient client = clientOf.apply(user);
      for (Probe probe : probes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + probe.path()))
            .header("Accept", "application/json").GET();
        if (base.startsWith("/engine-rest")) {
          request.header("Authorization", Http.basic(user, PASSWORD));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // The webapps' engine API answers another LSCB's instance with the engine's own 500 (the tenant check),
        // where /engine-rest has the application's 404: nothing is read either way; any other 5xx is a failure.
        boolean tenantRefusal = !base.startsWith("/engine-rest") && response.body().contains("ENGINE-13034");
        if (response.statusCode() >= 500 && !tenantRefusal) {
          unanswered.add(response.statusCode() + " " + probe.path() + ": " + response.body());
        }
        Set<String> shown = shown(probe, response);
        tried++;
        if (shown.isEmpty()) {
          refused++;
        }
        if (!MAY_READ.get(user).containsAll(shown)) {
          wrong.add("LEAK " + user + " reads " + shown + " through " + probe.path());
        } else if (!shown.equals(probe.expectedFor(user))) {
          wrong.add(user + " reads " + shown + " through " + probe.path() + " (" + response.statusCode()
              + "), expected " + probe.expectedFor(user));
        }
      }
    }
    // the figure for the report: pairs of (endpoint, user) tried and those that showed nothing of an IMR
    System.out.printf("%s: %d (endpoint, user) pairs tried, %d showed no IMR data%n", base, tried, refused);
    assertThat(unanswered).as("server errors").isEmpty();
    assertThat(wrong).as("answers against the rule or the grants").isEmpty();
  }

  /** The agencies whose IMR this answer shows. */
  private Set<String> shown(Probe probe, HttpResponse<String> response) throws Exception {
    Set<String> shown = new TreeSet<>();
    if (response.statusCode() != 200) {
      return shown;
    }
    String body = response.body();
    for (String agency : List.of(POLICE, HEALTH)) {
      boolean text = FREE_TEXT.get(agency).stream().anyMatch(body::contains);
      boolean rows = body.contains(imr.get(agency)) || imrTasks.get(agency).stream().anyMatch(body::contains);
      boolean show = switch (probe.shows()) {
        case TEXT -> text;
        case ROWS -> text || rows;
        case COUNT -> JSON.readTree(body).path("count").asLong() > 0 && probe.asksFor().contains(agency);
        case FOUND -> probe.path().contains(imr.get(agency)) || probe.path().contains(notesVariable.get(agency))
            || probe.path().contains(notesHistoricVariable.get(agency));
      };
      if (show) {
        shown.add(agency);
      }
    }
    return shown;
  }

  // --- HTTP ---

  private HttpClient basicClient(String user) {
    return HttpClient.newHttpClient();
  }

  record Answer(int status, JsonNode body, String raw) {}

  private Answer get(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, "GET", path, null);
    boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
    return new Answer(response.statusCode(),
        response.statusCode() == 200 && json ? JSON.readTree(response.body()) : JSON.nullNode(), response.body());
  }

  private JsonNode admin(String path) throws Exception {
    Answer answer = get("admin", path);
    assertThat(answer.status()).as(path).isEqualTo(200);
    return answer.body();
  }

  private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .header("Authorization", Http.basic(user, PASSWORD));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The one open task with that key in the case (of that agency's IMR), waiting for the job executor. */
  private String task(String taskKey, String agency) throws Exception {
    String path = "/engine-rest/task?processInstanceBusinessKey=" + CASE + "&taskDefinitionKey=" + taskKey
        + (agency == null ? "" : "&processVariables=" + URLEncoder.encode("agencyId_eq_" + agency,
            StandardCharsets.UTF_8));
    return Eventually.await("a single open task " + taskKey + " in " + CASE + (agency == null ? "" : " for " + agency),
        Duration.ofSeconds(30), () -> {
          JsonNode tasks = admin(path);
          return tasks.size() == 1 ? Optional.of(tasks.get(0).get("id").asText()) : Optional.empty();
        });
  }

  /** The user claims the task and completes it with these variables, as Tasklist does. */
  private void work(String user, String taskKey, String agency, String variables) throws Exception {
    String id = task(taskKey, agency);
    var claim = send(user, "POST", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}");
    assertThat(claim.statusCode()).as(user + " claims " + taskKey + ": " + claim.body()).isEqualTo(204);
    var done = send(user, "POST", "/engine-rest/task/" + id + "/complete",
        "{\"variables\":{" + withStandardAnswer(taskKey, variables) + "}}");
    assertThat(done.statusCode()).as(user + " completes " + taskKey + ": " + done.body()).isEqualTo(204);
  }

  /** The given JSON members and, for every other field of the step's standard answer (not files), its value. */
  private static String withStandardAnswer(String taskKey, String variables) throws Exception {
    List<String> members = new ArrayList<>(variables.isBlank() ? List.of() : List.of(variables));
    var answer = StandardAnswers.of(taskKey).values().on(LocalDate.now(ZoneId.of("Europe/London")), name -> null);
    for (var field : answer.entrySet()) {
      if (field.getValue() != null && !variables.contains(JSON.writeValueAsString(field.getKey()) + ":")) {
        members.add(vars(field.getKey(), field.getValue()));
      }
    }
    return String.join(",", members);
  }

  /** Variables as JSON members: name, value pairs. */
  private static String vars(Object... namesAndValues) throws Exception {
    List<String> members = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      members.add(JSON.writeValueAsString(namesAndValues[i]) + ":{\"value\":"
          + JSON.writeValueAsString(namesAndValues[i + 1]) + "}");
    }
    return String.join(",", members);
  }

  /** A PDF as Tasklist's file field sends it. */
  private static String file(String name, String fileName) {
    return "\"" + name + "\":{\"type\":\"File\",\"value\":\""
        + Base64.getEncoder().encodeToString(Uploads.pdfBytes(fileName)) + "\","
        + "\"valueInfo\":{\"filename\":\"" + fileName + "\",\"mimeType\":\"application/pdf\"}}";
  }
}
