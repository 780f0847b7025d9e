package org.scrworkflow.contract;

import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.GROUNDS_RAISED_NOT_TO_PUBLISH;
import static org.scrworkflow.process.ScrPublication.OTHER_REQUESTS_AND_REPLIES;
import static org.scrworkflow.process.ScrPublication.PROCEEDINGS_ENDED;
import static org.scrworkflow.process.ScrPublication.PROCEEDINGS_ENDED_ON;
import static org.scrworkflow.process.ScrPublication.PROCEEDINGS_EXPECTED_END;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.PUBLISH_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.ACTIONS_CARRIED_FORWARD;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_REVIEW_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.ALL_ACTIONS_COMPLETE;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.BOTH_CHAIRS_AGREE_LEAD;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DEFERRAL_EXPECTED_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_DATE;
import static org.scrworkflow.process.SeriousCaseReview.IMMEDIATE_ACTION_STATUS;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_OVERRIDE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SENT_ON;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_GRADE;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_LETTER_DATE;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_TO;
import static org.scrworkflow.process.SeriousCaseReview.PROPOSED_LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_HANDED_OVER_BY;
import static org.scrworkflow.process.SeriousCaseReview.REFERRAL_SENT_TO_LEAD_ON;
import static org.scrworkflow.process.SeriousCaseReview.REVIEW_WILL_SLIP;
import static org.scrworkflow.process.SeriousCaseReview.REVISED_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SIX_MONTH_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.SLIPPAGE_REASONS;

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
   * The dates of the steps, in order: the incident before the LSCB became aware of it (S-01); awareness before a
   * notification sent before the referral was entered (S-02); the notification before the chair's decision (S-07); a period under review that ends after it starts (section 6.4 item 4, S-10).
   */
  static final List<DateOrder> DATE_ORDERS = List.of(
      new DateOrder(INCIDENT_DATE.name(), AWARENESS_DATE.name(),
          "the LSCB cannot have become aware of the incident before it happened.", "S-01"),
      new DateOrder(AWARENESS_DATE.name(), NOTIFICATION_SENT_ON.name(),
          "a notification cannot have been sent before the LSCB knew of the incident.", "S-02"),
      new DateOrder(INCIDENT_NOTIFIED_ON.name(), DECISION_DATE.name(),
          "a decision cannot precede the notification.", "S-07"),
      new DateOrder(INCIDENT_NOTIFIED_ON.name(), REFERRAL_SENT_TO_LEAD_ON.name(),
          "the referral cannot have been sent to the lead LSCB before the incident was notified.", "S-03, G-4"),
      new DateOrder(PERIOD_UNDER_REVIEW_FROM.name(), PERIOD_UNDER_REVIEW_TO.name(),
          "a period ends after it starts.", "terms of reference, 6.4 item 4 (S-10)"));

  /** The one ground on which the overview report may be withheld (G-9, letter of 10 June 2010). */
  static final String CHILD_WELFARE = "CHILD_WELFARE";

  /** Ofsted's answer when it did not evaluate the review (its evaluations ended in 2012). */
  static final String NOT_EVALUATED = "NOT_EVALUATED";

  private CrossFieldRules() {}

  static List<Problem> problems(StepForm form, Map<String, Object> values) {
    return problems(form, values, null);
  }

  /**
   * @param today the engine's day, for rules about dates still to come; null where no such rule applies (a
   *     correction of a past step)
   */
  static List<Problem> problems(StepForm form, Map<String, Object> values, LocalDate today) {
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
    // G-8 (letter of 10 June 2010): a review initiated on or after 10 June 2010 publishes its anonymised
    // overview report with the executive summary; only the welfare of a child directly concerned withholds it (G-9)
    FormField overview = form.field(PUBLISHABLE_OVERVIEW_REPORT.name());
    if (overview != null && !overview.readonly() && Boolean.TRUE.equals(values.get(PUBLISH_OVERVIEW_REPORT.name()))
        && StepContract.blank(values.get(PUBLISHABLE_OVERVIEW_REPORT.name()))) {
      problems.add(new Problem(PUBLISHABLE_OVERVIEW_REPORT.name(), StepContract.quoted(overview) + " is required:"
          + " the review was initiated on or after 10 June 2010, so its anonymised overview report is published with"
          + " the executive summary (R-7.1, letter of 10 June 2010). Only compelling reasons about the welfare of a"
          + " child directly concerned withhold it, decided at \"Consider requests not to publish\" (G-9)."));
    }
    // S-22, R-3.3: a review that will miss its target says why and gives a revised target after the six-month
    // target and after today (the consultation names it, and the next warning is set from it, T-8)
    // a deferral expected to end after the six-month target (T-3) is a known delay: the same slippage (S-22, R-3.3)
    LocalDate deferralEnd = form.field(DEFERRAL_EXPECTED_DATE.name()) == null ? null
        : dateOrNull(values.get(DEFERRAL_EXPECTED_DATE.name()));
    LocalDate sixMonths = dateOrNull(values.get(SIX_MONTH_TARGET.name()));
    boolean deferredPastTarget = deferralEnd != null && sixMonths != null && deferralEnd.isAfter(sixMonths);
    if (deferredPastTarget) {
      LocalDate revised = dateOrNull(values.get(REVISED_TARGET.name()));
      FormField field = form.field(REVISED_TARGET.name());
      if (revised != null && field != null && !revised.isAfter(deferralEnd)) {
        problems.add(new Problem(REVISED_TARGET.name(), StepContract.quoted(field) + " (" + WRITTEN.format(revised)
            + ") must be after the day the deferral is expected to end (" + WRITTEN.format(deferralEnd) + "): the"
            + " review cannot finish before it (S-22, R-5.6)."));
      }
    }
    if (deferredPastTarget || form.field(REVIEW_WILL_SLIP.name()) != null
        && Boolean.TRUE.equals(values.get(REVIEW_WILL_SLIP.name()))) {
      requiredWhen(form, values, REVISED_TARGET.name(), "when the review will miss its target: GO/DfE are"
          + " consulted on it and the next warning is set from it (S-22, R-3.3).", problems);
      requiredWhen(form, values, SLIPPAGE_REASONS.name(), "when the review will miss its target: the consultation"
          + " gives them (S-22, R-3.3).", problems);
      LocalDate revised = dateOrNull(values.get(REVISED_TARGET.name()));
      LocalDate target = dateOrNull(values.get(SIX_MONTH_TARGET.name()));
      FormField field = form.field(REVISED_TARGET.name());
      if (revised != null && field != null) {
        if (target != null && !revised.isAfter(target)) {
          problems.add(new Problem(REVISED_TARGET.name(), StepContract.quoted(field) + " (" + WRITTEN.format(revised)
              + ") must be after the six-month target (" + WRITTEN.format(target) + "): it is the later date the"
              + " review will now finish by (S-22)."));
        } else if (today != null && !revised.isAfter(today)) {
          problems.add(new Problem(REVISED_TARGET.name(), StepContract.quoted(field) + " (" + WRITTEN.format(revised)
              + ") must be after today: it is the date the review will now finish by (S-22)."));
        }
      }
    }
    // S-29, T-14-FINAL: at the final review, an action still open is carried into the plan that will see it done
    if (form.field(ACTIONS_CARRIED_FORWARD.name()) != null
        && Boolean.FALSE.equals(values.get(ALL_ACTIONS_COMPLETE.name()))) {
      requiredWhen(form, values, ACTIONS_CARRIED_FORWARD.name(), "when an action is still open at the final review:"
          + " the review's monitoring of the plan ends, so the plan that carries it is recorded (S-29).", problems);
    }
    // S-16, R-5.7: an immediate action is tracked until complete, or cancelled with the reasons recorded
    if (form.field(IMMEDIATE_ACTION_STATUS.name()) != null
        && "CANCELLED".equals(values.get(IMMEDIATE_ACTION_STATUS.name()))) {
      requiredWhen(form, values, ACTION_REVIEW_NOTES.name(), "when the immediate action is cancelled: the reasons"
          + " are recorded, and the overview report accounts for it (S-16, R-5.7).", problems);
    }
    // G-9, R-7.2: the overview report is withheld only for compelling reasons about a child's welfare, recorded
    if (form.field(COMPELLING_WELFARE_REASONS.name()) != null
        && Boolean.TRUE.equals(values.get(COMPELLING_WELFARE_REASONS.name()))) {
      requiredWhen(form, values, WELFARE_REASONS.name(), "when the overview report is withheld for the welfare of"
          + " a child: the reasons are recorded and sent to the DfE (G-9, R-7.2).", problems);
    }
    // G-9, R-7.2, AT-21: a request on any ground but a child's welfare is refused, and each reply is recorded
    List<String> grounds = StepContract.choices(values.get(GROUNDS_RAISED_NOT_TO_PUBLISH.name()));
    if (form.field(GROUNDS_RAISED_NOT_TO_PUBLISH.name()) != null && grounds != null
        && grounds.stream().anyMatch(ground -> !CHILD_WELFARE.equals(ground))) {
      requiredWhen(form, values, OTHER_REQUESTS_AND_REPLIES.name(), "when a request not to publish gave a ground"
          + " other than the welfare of a child directly concerned: it is refused, and the reply is recorded (G-9,"
          + " R-7.2).", problems);
    }
    // G-4, AT-06: a lead other than the one the rule proposed needs reasons and both chairs' agreement on record
    FormField lead = form.field(LEAD_LSCB.name());
    Object proposed = values.get(PROPOSED_LEAD_LSCB.name());
    if (lead != null && !lead.readonly() && !StepContract.blank(proposed)
        && !StepContract.blank(values.get(LEAD_LSCB.name())) && !proposed.equals(values.get(LEAD_LSCB.name()))) {
      requiredWhen(form, values, LEAD_OVERRIDE_REASONS.name(), "when the lead is not the one the lead-LSCB rule"
          + " proposed (" + proposed + ", G-4).", problems);
      FormField agreed = form.field(BOTH_CHAIRS_AGREE_LEAD.name());
      if (agreed != null && !Boolean.TRUE.equals(values.get(BOTH_CHAIRS_AGREE_LEAD.name()))) {
        problems.add(new Problem(BOTH_CHAIRS_AGREE_LEAD.name(), StepContract.quoted(agreed) + " must be yes: a lead"
            + " other than the one proposed (" + proposed + ") needs both chairs' agreement on record (G-4, AT-06)."));
      }
    }
    // G-4, R-1.3: a referral handed over by the LSCB that notified it cannot be handed back by naming that LSCB the
    // lead: it has confirmed it does not lead; the business manager and both chairs settle it with that LSCB
    Object handedOverBy = values.get(REFERRAL_HANDED_OVER_BY.name());
    if (lead != null && !lead.readonly() && handedOverBy != null
        && handedOverBy.equals(values.get(LEAD_LSCB.name()))) {
      problems.add(new Problem(LEAD_LSCB.name(), StepContract.quoted(lead) + " cannot be the LSCB that handed this"
          + " referral over: it confirmed that it does not lead (G-4). Agree the lead with its business manager and"
          + " both chairs; this LSCB leads until then."));
    }
    // AT-16: nothing is published while criminal proceedings are live: ended, the day they ended; still live,
    // the day they are now expected to end (after today), when the business manager is asked again
    if (form.field(PROCEEDINGS_ENDED.name()) != null) {
      if (Boolean.TRUE.equals(values.get(PROCEEDINGS_ENDED.name()))) {
        requiredWhen(form, values, PROCEEDINGS_ENDED_ON.name(), "when the proceedings have ended: publication may"
            + " follow from that day (R-7.7).", problems);
      } else {
        requiredWhen(form, values, PROCEEDINGS_EXPECTED_END.name(), "while the proceedings are live: you are asked"
            + " again on that day, and nothing is published before they end (R-7.7).", problems);
        LocalDate expected = dateOrNull(values.get(PROCEEDINGS_EXPECTED_END.name()));
        FormField field = form.field(PROCEEDINGS_EXPECTED_END.name());
        if (expected != null && field != null && today != null && !expected.isAfter(today)) {
          problems.add(new Problem(PROCEEDINGS_EXPECTED_END.name(), StepContract.quoted(field) + " ("
              + WRITTEN.format(expected) + ") must be after today: it is the day you are asked again (R-7.7)."));
        }
      }
    }
    // S-28, G-15: a grade comes with the date of Ofsted's letter; a review Ofsted did not evaluate has neither
    Object grade = values.get(OFSTED_GRADE.name());
    if (form.field(OFSTED_GRADE.name()) != null && !StepContract.blank(grade) && !NOT_EVALUATED.equals(grade)) {
      requiredWhen(form, values, OFSTED_LETTER_DATE.name(), "with Ofsted's grade: the re-review period (T-15) and"
          + " the reports count from it (S-28).", problems);
    }
    return problems;
  }

  /** The value as a date; null when it is not given. */
  private static LocalDate dateOrNull(Object value) {
    return StepContract.blank(value) ? null : StepContract.date(value);
  }

  /** A field that a yes elsewhere on the step makes required. */
  private static void requiredWhen(StepForm form, Map<String, Object> values, String key, String when,
      List<Problem> problems) {
    FormField field = form.field(key);
    if (field != null && StepContract.blank(values.get(key))) {
      problems.add(new Problem(key, StepContract.quoted(field) + " is required " + when));
    }
  }
}
