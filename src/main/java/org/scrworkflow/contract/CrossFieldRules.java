package org.scrworkflow.contract;

import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_TO;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules between fields of one step that a form cannot state, each named by the part of the guidance it
 * comes from. A rule applies to a step whose form has its fields (entered there or shown there); the field-by-field
 * rules run first, so a value here is already a real date. Each problem is reported under the field the person
 * entered last in the order, with the dates written as people in England write them.
 */
final class CrossFieldRules {

  /** How a date is written in a refusal: 14 March 2011. */
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * Two dates in the order the guidance gives them: the earlier field, the later one, why, and where the guidance
   * says so.
   */
  record DateOrder(String earlier, String later, String why, String source) {}

  /**
   * The dates of the steps, in order: the incident before the LSCB became aware of it (S-01); the notification
   * before the chair's decision (S-07); a period under review that ends after it starts (section 6.4 item 4, S-10).
   */
  static final List<DateOrder> DATE_ORDERS = List.of(
      new DateOrder(INCIDENT_DATE.name(), AWARENESS_DATE.name(),
          "the LSCB cannot have become aware of the incident before it happened.", "S-01"),
      new DateOrder(INCIDENT_NOTIFIED_ON.name(), DECISION_DATE.name(),
          "a decision cannot precede the notification.", "S-07"),
      new DateOrder(PERIOD_UNDER_REVIEW_FROM.name(), PERIOD_UNDER_REVIEW_TO.name(),
          "a period ends after it starts.", "terms of reference, 6.4 item 4 (S-10)"));

  private CrossFieldRules() {}

  static List<Problem> problems(StepForm form, Map<String, Object> values) {
    List<Problem> problems = new ArrayList<>();
    for (DateOrder order : DATE_ORDERS) {
      FormField earlier = form.field(order.earlier());
      FormField later = form.field(order.later());
      if (earlier == null || later == null || StepContract.blank(values.get(order.earlier()))
          || StepContract.blank(values.get(order.later()))) {
        continue;
      }
      LocalDate start = StepContract.date(values.get(order.earlier()));
      LocalDate end = StepContract.date(values.get(order.later()));
      if (start != null && end != null && end.isBefore(start)) {
        problems.add(new Problem(order.later(), StepContract.quoted(later) + " (" + WRITTEN.format(end)
            + ") is before " + StepContract.quoted(earlier) + " (" + WRITTEN.format(start) + "): " + order.why()
            + " Check the day and month (" + order.source() + ")."));
      }
    }
    // where the criteria make a review required, the chair initiates it
    if (form.field(INITIATE_REVIEW.name()) != null && Boolean.FALSE.equals(values.get(INITIATE_REVIEW.name()))
        && "REQUIRED".equals(values.get(CRITERIA_OUTCOME.name()))) {
      problems.add(new Problem(INITIATE_REVIEW.name(), StepContract.quoted(form.field(INITIATE_REVIEW.name()))
          + " must be yes: the criteria make a Serious Case Review required (R-4.1 to R-4.3). If the screening"
          + " facts are wrong, correct them before deciding."));
    }
    return problems;
  }
}
