package org.scrworkflow.notification;

import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_REASONS;
import static org.scrworkflow.process.ScrPublication.WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_REASON;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.STAND_DOWN_DECIDED_ON;
import static org.scrworkflow.process.SeriousCaseReview.STAND_DOWN_REASONS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.document.PdfRenderer;
import org.scrworkflow.document.StoredDocument;
import org.scrworkflow.process.ProcessVariable;
import org.scrworkflow.review.Agencies;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CodeWords;
import org.scrworkflow.security.AgencyList;
import org.scrworkflow.security.LscbList;
import org.scrworkflow.security.Lscbs;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.stereotype.Component;

/**
 * What each statutory notice says in full (R-3.1, R-3.2, domain §6.2 and §6.3): the serious-incident notification
 * with the fields of Ofsted's form, the chair's decision with its reasons, and the notices that carry reasons
 * (stand-down, overview report withheld, not published). Codes are given in the words the forms use
 * ({@link CodeWords}), agencies and LSCBs by name. The full notice is a PDF in the case's documents; the mail only
 * links to it, since it holds identifying details (the vault's) or free text that may name people.
 */
@Component
class StatutoryNotices {

  /** A notice in full: the document kind it is stored as (its classification), its title and rows. */
  record Notice(DocumentKind kind, String title, String introduction, List<Map<String, String>> rows) {

    /** The values a row holds, for a test or a check: every row's value, one after another. */
    String text() {
      return rows.stream().map(row -> row.get("label") + ": " + row.get("value")).collect(Collectors.joining("\n"));
    }
  }

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final String WT2010 = "Working Together to Safeguard Children (2010), Chapter 8. ";

  private final PdfRenderer renderer;
  private final DocumentStore documents;
  private final CodeWords words;
  private final IdentityVault vault;
  private final AgencyList agencyList;
  private final Agencies agencies;
  private final Lscbs lscbs;
  private final LscbList lscbList;

  StatutoryNotices(PdfRenderer renderer, DocumentStore documents, CodeWords words, IdentityVault vault,
      AgencyList agencyList, Agencies agencies, Lscbs lscbs, LscbList lscbList) {
    this.renderer = renderer;
    this.documents = documents;
    this.words = words;
    this.vault = vault;
    this.agencyList = agencyList;
    this.agencies = agencies;
    this.lscbs = lscbs;
    this.lscbList = lscbList;
  }

  /** The notice in full for a template that carries content; empty for a template whose mail says it all. */
  Optional<Notice> of(NotificationTemplate template, DelegateExecution execution, CaseKey caseKey,
      LocalDate sendDate) {
    return Optional.ofNullable(switch (template) {
      case SERIOUS_INCIDENT_NOTIFICATION -> incident(execution, caseKey, sendDate);
      case DECISION_NOTIFICATION -> decision(execution, caseKey);
      case REVIEW_STOOD_DOWN -> standDown(execution, caseKey);
      case OVERVIEW_REPORT_WITHHELD -> withheld(execution, caseKey);
      case NOT_PUBLISHED -> notPublished(execution, caseKey);
      default -> null;
    });
  }

  /**
   * Stores the notice as a PDF in the case's documents, with the classification of its kind; a retry of the same
   * sending (the same file name) finds the one it stored before.
   */
  StoredDocument store(Notice notice, CaseKey caseKey, String processInstanceId, String fileName, Instant at) {
    return documents.ofCase(caseKey).stream()
        .filter(stored -> stored.kind() == notice.kind() && stored.fileName().equals(fileName))
        .findFirst()
        .orElseGet(() -> {
          Map<String, Object> values = new HashMap<>();
          values.put("title", notice.title());
          values.put(CASE_REFERENCE.name(), caseKey.reference());
          values.put("classification", notice.kind().classification().name());
          values.put("introduction", notice.introduction());
          values.put("rows", notice.rows());
          values.put("footer", "Issued by SCR Workflow on " + DAY.format(at.atZone(java.time.ZoneId.of(
              "Europe/London")).toLocalDate()) + " for the Local Safeguarding Children Board.");
          return documents.store(caseKey, processInstanceId, notice.kind(), fileName, "application/pdf",
              renderer.render(notice.kind().template(), values), "scr-workflow", at);
        });
  }

  /** §6.2: notifier and LA; date; reason; child; family; agencies; summary. IDENTIFYING. */
  private Notice incident(DelegateExecution execution, CaseKey caseKey, LocalDate sendDate) {
    Rows rows = new Rows(caseKey, execution);
    rows.add("Notifier", lscbName(caseKey.lscb()));
    rows.add("Local authority area (where the child normally lives)", lscbName(RESIDENCE_LSCB.from(execution)));
    rows.add("Date of the notification", DAY.format(sendDate));
    rows.add("Reason for the notification", words.of(NOTIFICATION_REASON.name(), NOTIFICATION_REASON.from(execution)));
    Long age = CHILD_AGE_YEARS.from(execution);
    rows.add("Age of the child at the incident", age == null ? "Not recorded" : age + " years");
    rows.add("What happened", words.of(INCIDENT_TYPE.name(), INCIDENT_TYPE.from(execution))
        + date(execution, INCIDENT_DATE).map(day -> ", on " + day).orElse(""));
    List<IdentifyingDetail> details = vault.detailsOf(caseKey).stream()
        .filter(detail -> detail.kind() != IdentifierKind.PRACTITIONER_NAME).toList();
    rows.add("The child and family: identifying details", details.isEmpty()
        ? "None recorded in the identity vault."
        : details.stream().map(detail -> kindInWords(detail.kind()) + ": " + detail.value())
            .collect(Collectors.joining("\n")));
    Map<String, String> names = agencyList.all();
    List<String> involved = agencies.ids(execution.getVariable(AGENCIES_INVOLVED.name()));
    rows.add("Agencies involved", involved.isEmpty() ? "None named."
        : involved.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("\n")));
    String summary = NOTIFICATION_SUMMARY.from(execution);
    rows.add("Summary", summary == null || summary.isBlank() ? text(REFERRAL_SUMMARY.from(execution)) : summary);
    return new Notice(DocumentKind.INCIDENT_NOTIFICATION, "Notification of a serious incident",
        WT2010 + "The LSCB notifies Ofsted and the Government Office or DfE of a serious incident concerning a child"
            + " (the form's fields). It holds identifying details: keep it with the case, never publish it.",
        rows.list);
  }

  /** §6.3, R-3.2: the decision whichever way it goes, its date, the criteria in words and the chair's reasons. */
  private Notice decision(DelegateExecution execution, CaseKey caseKey) {
    Rows rows = new Rows(caseKey, execution);
    boolean held = Boolean.TRUE.equals(INITIATE_REVIEW.from(execution));
    rows.add("Decision", held ? "A Serious Case Review will be held." : "A Serious Case Review will not be held.");
    rows.add(held ? "Date of the decision (the initiation date)" : "Date of the decision",
        date(execution, DECISION_DATE).orElse("Not recorded"));
    rows.add("Serious incident notified on", date(execution, INCIDENT_NOTIFIED_ON).orElse("Not recorded"));
    rows.add("The criteria", words.of(CRITERIA_REASON.name(), CRITERIA_REASON.from(execution)));
    rows.add("The sub-group's recommendation", words.of(RECOMMENDATION.name(), RECOMMENDATION.from(execution)));
    rows.add("The chair's reasons", text(DECISION_REASONS.from(execution)));
    return new Notice(DocumentKind.STATUTORY_NOTICE, "Decision on a Serious Case Review",
        WT2010 + "The LSCB chair's decision whether to hold a Serious Case Review, sent whichever way it goes.",
        rows.list);
  }

  private Notice standDown(DelegateExecution execution, CaseKey caseKey) {
    Rows rows = new Rows(caseKey, execution);
    rows.add("Decision", "The Serious Case Review is stood down. Every open step of it has ended.");
    rows.add("Date of the decision", date(execution, STAND_DOWN_DECIDED_ON).orElse("Not recorded"));
    rows.add("The chair's reasons", text(STAND_DOWN_REASONS.from(execution)));
    return new Notice(DocumentKind.STATUTORY_NOTICE, "Serious Case Review stood down",
        WT2010 + "The LSCB chair has stood the review down.", rows.list);
  }

  /** G-9: what is withheld, on the one ground there is, and why; never who asked. */
  private Notice withheld(DelegateExecution execution, CaseKey caseKey) {
    Rows rows = new Rows(caseKey, execution);
    rows.add("What is withheld", "The overview report. The executive summary is published.");
    rows.add("Ground", "Compelling reasons relating to the welfare of a child directly concerned in the case.");
    rows.add("Reasons", text(WELFARE_REASONS.from(execution)));
    return new Notice(DocumentKind.STATUTORY_NOTICE, "Overview report withheld",
        WT2010 + "The LSCB will not publish the overview report of this Serious Case Review.", rows.list);
  }

  private Notice notPublished(DelegateExecution execution, CaseKey caseKey) {
    Rows rows = new Rows(caseKey, execution);
    rows.add("Decision", "The reports of this Serious Case Review will not be published.");
    rows.add("Independent legal advice", words.of(LEGAL_ADVICE_OUTCOME.name(), LEGAL_ADVICE_OUTCOME.from(execution)));
    rows.add("Reasons", text(LEGAL_ADVICE_REASONS.from(execution)));
    return new Notice(DocumentKind.STATUTORY_NOTICE, "Serious Case Review not published",
        WT2010 + "After independent legal advice the LSCB will not publish the reports.", rows.list);
  }

  private String lscbName(String id) {
    if (id == null || id.isBlank()) {
      return "Not recorded";
    }
    return lscbList.withTenants(lscbs.all()).getOrDefault(id, id);
  }

  private static Optional<String> date(DelegateExecution execution, ProcessVariable<LocalDate> variable) {
    return Optional.ofNullable(variable.from(execution)).map(DAY::format);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? "Not recorded" : value.strip();
  }

  private static String kindInWords(IdentifierKind kind) {
    return switch (kind) {
      case NAME -> "Name";
      case ALIAS -> "Also known as";
      case DATE_OF_BIRTH -> "Date of birth";
      case ADDRESS -> "Address";
      case SCHOOL -> "School";
      case PRACTITIONER_NAME -> "Practitioner";
    };
  }

  /** The rows of a notice, starting with the case. */
  private static final class Rows {
    private final List<Map<String, String>> list = new ArrayList<>();

    Rows(CaseKey caseKey, DelegateExecution execution) {
      add("Case reference", caseKey.reference());
      add("Child (pseudonym)", text(CHILD_PSEUDONYM.from(execution)));
    }

    void add(String label, String value) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("label", label);
      row.put("value", value);
      list.add(row);
    }
  }
}
