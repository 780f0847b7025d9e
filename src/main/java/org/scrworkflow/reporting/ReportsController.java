package org.scrworkflow.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.scrworkflow.reporting.ReviewSummary.OpenImr;
import org.scrworkflow.reporting.TimelinessReport.LscbTimeliness;
import org.scrworkflow.reporting.TimelinessReport.Measure;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' figures over HTTP (/api/reports), for the Cockpit dashboard and for spreadsheets (CSV). The
 * caller is the one the filter on /api/* authenticated (HTTP Basic, or a Cockpit or Tasklist login for GET);
 * queries run as that user, so Camunda's authorizations choose the reviews. Only managers, LSCB chairs, business
 * managers and administrators read the figures.
 */
@RestController
class ReportsController {

  static final Set<String> READERS = Set.of(Role.MANAGER.groupId(), Role.LSCB_CHAIR.groupId(),
      Role.BUSINESS_MANAGER.groupId(), Groups.CAMUNDA_ADMIN);
  static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

  private final ReviewReports reports;
  private final Caller caller;

  ReportsController(ReviewReports reports, Caller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @GetMapping("/api/reports/reviews")
  ResponseEntity<?> reviews() {
    return asReader(() -> ResponseEntity.ok(reports.reviews()));
  }

  @GetMapping("/api/reports/reviews.csv")
  ResponseEntity<?> reviewsCsv() {
    return asReader(() -> csv("reviews.csv", reviewsTable(reports.reviews())));
  }

  @GetMapping("/api/reports/reviews/{caseReference}/timeline")
  ResponseEntity<?> timeline(@PathVariable String caseReference) {
    return asReader(() -> reports.timeline(caseReference).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> message(HttpStatus.NOT_FOUND, "No review " + caseReference + " that you may read")));
  }

  @GetMapping("/api/reports/timeliness")
  ResponseEntity<?> timeliness(@RequestParam(required = false) String lscb,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return asReader(() -> ResponseEntity.ok(reports.timeliness(blankToNull(lscb), day("from", from), day("to", to))));
  }

  @GetMapping("/api/reports/timeliness.csv")
  ResponseEntity<?> timelinessCsv(@RequestParam(required = false) String lscb,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return asReader(() -> csv("timeliness.csv",
        timelinessTable(reports.timeliness(blankToNull(lscb), day("from", from), day("to", to)))));
  }

  /** 401 without a login, 403 for a role not entitled to the figures, 400 for a bad parameter. */
  private ResponseEntity<?> asReader(Supplier<ResponseEntity<?>> answer) {
    if (!caller.authenticated()) {
      return message(HttpStatus.UNAUTHORIZED, "Log in to read the reports.");
    }
    if (!caller.inAnyOf(READERS)) {
      return message(HttpStatus.FORBIDDEN,
          "Only managers, LSCB chairs, business managers and administrators may read the reports.");
    }
    try {
      return answer.get();
    } catch (IllegalArgumentException e) {
      return message(HttpStatus.BAD_REQUEST, e.getMessage());
    } catch (AuthorizationException e) {
      return message(HttpStatus.FORBIDDEN, e.getMessage());
    }
  }

  private static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' must be a date yyyy-MM-dd, not '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }

  private static ResponseEntity<String> csv(String fileName, Csv table) {
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(table.toString());
  }

  static Csv reviewsTable(List<ReviewSummary> reviews) {
    Csv csv = new Csv().row(List.of("caseReference", "childPseudonym", "lscb", "region", "stage", "status",
        "awarenessDate", "notificationDue", "notifiedOn", "decisionDue", "decisionDate", "initiated",
        "sixMonthTarget", "revisedTarget", "completedOn", "sixMonthTargetMet", "daysSinceDecision",
        "daysToSixMonthTarget", "slipped", "slippageConsultations", "openImrs", "overdueImrs", "openImrDetails",
        "openIncidents", "submittedOn", "publication", "publishedOn", "withholdingReasonsRecorded", "ofstedGrade",
        "ofstedLetterDate", "closedOn", "late"));
    for (ReviewSummary r : reviews) {
      List<Object> row = new ArrayList<>();
      row.add(r.caseReference());
      row.add(r.childPseudonym());
      row.add(r.lscb());
      row.add(r.region());
      row.add(r.stage());
      row.add(r.status());
      row.add(r.awarenessDate());
      row.add(r.notificationDue());
      row.add(r.notifiedOn());
      row.add(r.decisionDue());
      row.add(r.decisionDate());
      row.add(r.initiated());
      row.add(r.sixMonthTarget());
      row.add(r.revisedTarget());
      row.add(r.completedOn());
      row.add(r.sixMonthTargetMet());
      row.add(r.daysSinceDecision());
      row.add(r.daysToSixMonthTarget());
      row.add(r.slipped());
      row.add(r.slippageConsultations());
      row.add(r.openImrs().size());
      row.add(r.overdueImrs());
      row.add(r.openImrs().stream().map(ReportsController::describe).collect(Collectors.joining("; ")));
      row.add(r.openIncidents());
      row.add(r.submittedOn());
      row.add(r.publication());
      row.add(r.publishedOn());
      row.add(r.withholdingReasonsRecorded());
      row.add(r.ofstedGrade());
      row.add(r.ofstedLetterDate());
      row.add(r.closedOn());
      row.add(r.late().stream().map(ReviewSummary.LateStep::words).collect(Collectors.joining("; ")));
      csv.row(row);
    }
    return csv;
  }

  private static String describe(OpenImr imr) {
    return imr.agencyId() + " due " + imr.dueDate() + (imr.overdue() ? " OVERDUE" : "");
  }

  static Csv timelinessTable(TimelinessReport report) {
    List<Object> header = new ArrayList<>(List.of("lscb", "from", "to", "asOf"));
    for (String measure : List.of("notification", "decision", "completion")) {
      for (String column : List.of("Due", "OnTime", "Late", "Overdue", "Pending", "PercentOnTime")) {
        header.add(measure + column);
      }
    }
    header.addAll(List.of("publishedFullReport", "publishedSummaryOnlyBefore10June2010", "overviewWithheldWelfare",
        "notPublishedLegal", "withheldWithoutReasonsRecorded"));
    TimelinessFigures.OFSTED_SCALE.forEach(grade -> header.add("ofsted" + grade));
    Csv csv = new Csv().row(header);
    for (LscbTimeliness row : report.lscbs()) {
      List<Object> cells = new ArrayList<>(List.of(row.lscb(), text(report.from()), text(report.to()), report.asOf()));
      for (Measure m : List.of(row.notification(), row.decision(), row.completion())) {
        cells.addAll(Arrays.asList(m.due(), m.onTime(), m.late(), m.overdue(), m.pending(), m.percentOnTime()));
      }
      var p = row.publication();
      cells.addAll(List.of(p.fullReport(), p.summaryOnlyBefore10June2010(), p.overviewWithheldWelfare(),
          p.notPublishedLegal(), p.withheldWithoutReasonsRecorded()));
      TimelinessFigures.OFSTED_SCALE.forEach(grade -> cells.add(row.ofstedGrades().getOrDefault(grade, 0)));
      csv.row(cells);
    }
    return csv;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
