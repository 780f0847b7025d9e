package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.decision.DecisionTableUnderTest.variables;
import static org.scrworkflow.process.IndividualManagementReview.DIRECT_INVOLVEMENT;
import static org.scrworkflow.process.IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER;
import static org.scrworkflow.process.SeriousCaseReview.INDEPENDENCE_FINDING;
import static org.scrworkflow.process.SeriousCaseReview.INDEPENDENT;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.decision.DecisionTableUnderTest.Outcome;

/** {@code imr-author-independence}; S-13. */
class ImrAuthorIndependenceTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("imr-author-independence");

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  @Test
  @DisplayName("AT-15 R-1.1 the proposed author line-managed the child's social worker: not independent")
  void lineManagerOfAPractitionerIsNotIndependent() {
    Outcome outcome = declare(false, true);

    assertThat(outcome.ruleId()).isEqualTo("Rule_LineManagesPractitioner");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(false);
    assertThat((String) outcome.get(INDEPENDENCE_FINDING.name())).contains("line manager of a practitioner involved");
  }

  @Test
  @DisplayName("AT-15 R-1.1 the new author declares no conflict: independent, S-13 may close")
  void noConflictIsIndependent() {
    Outcome outcome = declare(false, false);

    assertThat(outcome.ruleId()).isEqualTo("Rule_Independent");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(true);
  }

  @Test
  @DisplayName("R-1.1 the author had direct contact with the family: not independent")
  void directInvolvementIsNotIndependent() {
    Outcome outcome = declare(true, false);

    assertThat(outcome.ruleId()).isEqualTo("Rule_DirectlyInvolved");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(false);
    assertThat((String) outcome.get(INDEPENDENCE_FINDING.name())).contains("directly involved");
  }

  @Test
  @DisplayName("R-1.1 both tests fail: the finding names both")
  void bothTestsFailing() {
    Outcome outcome = declare(true, true);

    assertThat(outcome.ruleId()).isEqualTo("Rule_FailsBothTests");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(false);
    assertThat((String) outcome.get(INDEPENDENCE_FINDING.name())).contains("directly involved", "line manager");
  }

  @Test
  @DisplayName("R-1.1 a failed test outranks an unanswered one: direct involvement, line management unanswered")
  void failedTestOutranksAnUnansweredOne() {
    Outcome outcome = declare(true, null);

    assertThat(outcome.ruleId()).isEqualTo("Rule_DirectlyInvolved");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(false);
  }

  @Test
  @DisplayName("R-1.1 an unanswered question never counts as a pass: not shown to be independent")
  void unansweredQuestionIsNotAPass() {
    Outcome outcome = declare(false, null);

    assertThat(outcome.ruleId()).isEqualTo("Rule_DeclarationIncomplete");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(false);
    assertThat((String) outcome.get(INDEPENDENCE_FINDING.name())).contains("must be answered");
  }

  private static Outcome declare(Boolean directInvolvement, Boolean lineManagerOfPractitioner) {
    return TABLE.evaluate(
        variables(DIRECT_INVOLVEMENT.name(), directInvolvement, LINE_MANAGER_OF_PRACTITIONER.name(),
            lineManagerOfPractitioner));
  }
}
