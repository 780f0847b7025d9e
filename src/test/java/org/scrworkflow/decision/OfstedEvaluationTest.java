package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.decision.DecisionTableUnderTest.variables;
import static org.scrworkflow.process.SeriousCaseReview.EVALUATION_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_GRADE;
import static org.scrworkflow.process.SeriousCaseReview.RE_REVIEW_REQUIRED;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrworkflow.decision.DecisionTableUnderTest.Outcome;

/** {@code ofsted-evaluation}: G-15. */
class OfstedEvaluationTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("ofsted-evaluation");

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  @Test
  @DisplayName("AT-23 G-15 Ofsted grades the review inadequate: re-review and resubmit (T-15)")
  void inadequateLeadsToAReReview() {
    Outcome outcome = TABLE.evaluate(variables(OFSTED_GRADE.name(), "INADEQUATE"));

    assertThat(outcome.ruleId()).isEqualTo("Rule_Inadequate");
    assertThat(outcome.get(RE_REVIEW_REQUIRED.name())).isEqualTo(true);
    assertThat((String) outcome.get(EVALUATION_OUTCOME.name())).contains("re-reviews and resubmits", "T-15");
  }

  @ParameterizedTest(name = "G-15 R-8.2 graded {0}: evaluation closed")
  @CsvSource({"OUTSTANDING, Rule_Outstanding", "GOOD, Rule_Good", "ADEQUATE, Rule_Adequate"})
  @DisplayName("G-15 R-8.2 outstanding, good or adequate: evaluation closed, no re-review")
  void otherGradesCloseTheEvaluation(String grade, String rule) {
    Outcome outcome = TABLE.evaluate(variables(OFSTED_GRADE.name(), grade));

    assertThat(outcome.ruleId()).isEqualTo(rule);
    assertThat(outcome.get(RE_REVIEW_REQUIRED.name())).isEqualTo(false);
    assertThat((String) outcome.get(EVALUATION_OUTCOME.name())).contains("evaluation closed");
  }

  @Test
  @DisplayName("S-28 G-15 not evaluated (Ofsted's evaluations ended in 2012): no re-review, closed without a grade")
  void notEvaluatedClosesWithoutAGrade() {
    Outcome outcome = TABLE.evaluate(variables(OFSTED_GRADE.name(), "NOT_EVALUATED"));

    assertThat(outcome.ruleId()).isEqualTo("Rule_NotEvaluated");
    assertThat(outcome.get(RE_REVIEW_REQUIRED.name())).isEqualTo(false);
    assertThat((String) outcome.get(EVALUATION_OUTCOME.name())).contains("without a grade");
  }

  @Test
  @DisplayName("G-15 R-8.2 a grade not on the scale matches no row (the scale is edited in the table)")
  void gradeNotOnTheScaleMatchesNothing() {
    assertThat(TABLE.evaluate(variables(OFSTED_GRADE.name(), "SATISFACTORY")).ruleId()).isNull();
  }
}
