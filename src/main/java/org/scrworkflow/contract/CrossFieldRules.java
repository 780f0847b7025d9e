package org.scrworkflow.contract;

import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_TO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules between fields of one step that a form cannot state, each named by the part of the guidance it
 * comes from. They apply to a step whose form has both fields; the field-by-field rules run first, so a value here
 * is already a real date.
 */
final class CrossFieldRules {

  /** A period: its start field, its end field, and where the guidance asks for it. */
  record Period(String from, String to, String source) {}

  /** The periods of the steps: the period under review of the terms of reference (section 6.4, item 4; S-10). */
  static final List<Period> PERIODS = List.of(
      new Period(PERIOD_UNDER_REVIEW_FROM.name(), PERIOD_UNDER_REVIEW_TO.name(),
          "terms of reference, 6.4 item 4 (S-10)"));

  private CrossFieldRules() {}

  static List<Problem> problems(StepForm form, Map<String, Object> values) {
    List<Problem> problems = new ArrayList<>();
    for (Period period : PERIODS) {
      FormField from = form.field(period.from());
      FormField to = form.field(period.to());
      if (from == null || to == null || StepContract.blank(values.get(period.from()))
          || StepContract.blank(values.get(period.to()))) {
        continue;
      }
      LocalDate start = StepContract.date(values.get(period.from()));
      LocalDate end = StepContract.date(values.get(period.to()));
      if (start != null && end != null && end.isBefore(start)) {
        problems.add(new Problem(period.to(), StepContract.quoted(to) + " (" + end + ") is before "
            + StepContract.quoted(from) + " (" + start + "): a period ends after it starts. Check the day and month"
            + " (" + period.source() + ")."));
      }
    }
    return problems;
  }
}
